/**
 * Whether an export is a draft (every page stamped 草稿), decided once for the editor's export dialog and the
 * exporter: errors other than blank cells, cells still blank, and figures still waiting for their picture. The
 * editor asks with these reasons before exporting; the exporter stamps the pages and says the same.
 */
import { partTitle } from '../formats';
import type { Block, Report } from '../model/report';
import { isBlank, summarize } from './summary';
import type { Diagnostic } from './types';

export interface DraftReasons {
  /** errors other than blank cells, as the checks give them */
  errors: readonly Pick<Diagnostic, 'message'>[];
  blankCells: number;
  /** one sentence per figure without its picture */
  missingFigures: readonly string[];
}

/** Figures still waiting for their picture: they print as an empty frame. */
export function missingFigures(report: Pick<Report, 'format' | 'sections'>): string[] {
  const out: string[] = [];
  for (const [section, blocks] of Object.entries(report.sections) as [string, Block[]][]) {
    for (const b of blocks) if (b.kind === 'figure' && !b.src) out.push(`“${partTitle(report.format, section)}”中的图“${b.caption}”还没有图片`);
  }
  return out;
}

export function draftReasons(report: Pick<Report, 'format' | 'sections'>, diagnostics: readonly Diagnostic[]): DraftReasons {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error' && !isBlank(d)),
    blankCells: summarize(diagnostics).blankCells,
    missingFigures: missingFigures(report),
  };
}

export function isDraft(r: DraftReasons): boolean {
  return r.errors.length > 0 || r.blankCells > 0 || r.missingFigures.length > 0;
}

/** The reasons in one clause, for the dialog and the export notice: "还有 2 项错误（如：…）、14 个单元格未填写". */
export function draftClause(r: DraftReasons): string {
  const parts: string[] = [];
  const first = r.errors[0];
  if (first) parts.push(`还有 ${r.errors.length} 项错误（如：${first.message}）`);
  if (r.blankCells > 0) parts.push(`${parts.length ? '' : '还有 '}${r.blankCells} 个单元格未填写（没有的填0）`);
  if (r.missingFigures.length > 0) parts.push(`${parts.length ? '' : '还有 '}${r.missingFigures.length} 张图没有图片（如：${r.missingFigures[0] ?? ''}）`);
  return parts.join('、');
}
