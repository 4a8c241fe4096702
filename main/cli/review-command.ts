import { SEVERITY_LABEL } from '../../shared/checks';
import { reviewSummary, VETO_RULES, type ReviewEntry } from '../../shared/review';
import { UserError } from '../services/errors';
import { reviewPaths } from '../services/review/review';
import { writeReviewWorkbook } from '../services/review/workbook';
import { diagnosticJson } from './check-command';
import type { Io } from './output';

export interface ReviewArgs {
  paths: string[];
  json: boolean;
  xlsx?: string;
}

function entryJson(e: ReviewEntry): Record<string, unknown> {
  if (!e.imported) return e as unknown as Record<string, unknown>;
  return { ...e, diagnostics: e.diagnostics.map(diagnosticJson) };
}

export function formatReviewText(entries: readonly ReviewEntry[]): string {
  const s = reviewSummary(entries);
  const failed = entries.filter((e) => !e.imported);
  const lines = [`共 ${s.files} 个文件：导入 ${s.imported} 份报告，其中 ${s.withErrors} 份有错误${failed.length ? `；${failed.length} 个文件无法导入` : ''}。`];
  for (const e of entries) {
    if (!e.imported) continue;
    const veto = VETO_RULES.filter((v) => e.veto[v.rule] > 0).map((v) => `${v.label} ${e.veto[v.rule]} 处`);
    const head = `${e.agency} ${e.year}年（${e.file}）：${e.errors || e.warnings ? `错误 ${e.errors} 项，警告 ${e.warnings} 项` : '没有错误和警告'}${veto.length ? `，其中${veto.join('、')}` : ''}${e.priorFile ? '；已对照上年报告' : ''}`;
    lines.push('', head);
    for (const d of e.diagnostics) if (d.severity !== 'info') lines.push(`  ${SEVERITY_LABEL[d.severity]} [${d.rule}] ${d.message}`);
    for (const w of e.importWarnings) lines.push(`  导入提示 ${w}`);
  }
  if (failed.length) {
    lines.push('', '无法导入的文件：');
    for (const e of failed) if (!e.imported) lines.push(`  ${e.importError}`);
  }
  return lines.join('\n');
}

export async function runReview(args: ReviewArgs, io: Io): Promise<number> {
  const { entries } = await reviewPaths(args.paths);
  const s = reviewSummary(entries);
  if (s.imported === 0) {
    const first = entries.find((e) => !e.imported);
    throw new UserError(
      entries.length === 0
        ? `在 ${args.paths.join('、')} 中没有找到年报文件（.txt .html .docx .doc .wps .pdf .json）`
        : `没有一个文件能导入：${first && !first.imported ? first.importError : ''}`,
    );
  }
  if (args.xlsx) {
    await writeReviewWorkbook(args.xlsx, entries);
    io.err(`已写入工作簿：${args.xlsx}`);
  }
  if (args.json) io.out(JSON.stringify({ reports: entries.map(entryJson), summary: s }, null, 2));
  else io.out(formatReviewText(entries));
  return s.imported === s.files && s.withErrors === 0 ? 0 : 1;
}
