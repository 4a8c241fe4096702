/** What every rule reads: the report, its compiled format, the prior year's report, and small helpers. */
import { getFormat, partTitle, type CompiledFormat } from '../formats';
import type { NarrativeSectionKey, TableKey } from '../formats/types';
import { blockText, type Report } from '../model/report';
import { getProfile, type ReportProfile } from '../profiles';
import type { RuleId } from './rules';
import { RULES } from './rules';
import type { BlockRef, Diagnostic, TextSpan } from './types';

export interface CheckContext {
  report: Report;
  format: CompiledFormat;
  prior?: Report;
  /** a profile tried in place of the report's own (CheckOptions.profile) */
  profile?: ReportProfile;
}

/** The profile the checks apply: the one being tried, else the report's. */
export function profileOf(ctx: CheckContext): ReportProfile {
  return ctx.profile ?? getProfile(ctx.report.profile);
}

/** Dependency tokens besides cell ids. */
export const DEP_SECTIONS = '@sections';
export const DEP_META = '@meta';
/** one narrative section changed: the rules that read only that section re-run on a keystroke in it */
export function DEP_SECTION(key: NarrativeSectionKey): string {
  return `@section:${key}`;
}
export { NARRATIVE_KEYS } from '../formats/types';
/** a cell outside the report's format was added, changed or removed */
export const DEP_FOREIGN_CELL = '@foreign-cell';

export interface CheckUnit {
  deps: readonly string[];
  run(ctx: CheckContext): Diagnostic[];
}

export function v(ctx: CheckContext, id: string): number | null {
  const x = ctx.report.cells[id];
  return x === undefined ? null : x;
}

export function priorValue(ctx: CheckContext, id: string): number | null {
  const x = ctx.prior?.cells[id];
  return x === undefined ? null : x;
}

export function cellName(format: CompiledFormat, id: string): string {
  return format.cells.get(id)?.name ?? id;
}

export function fmt(n: number): string {
  // Sums of decimals (万元) must not print binary noise such as 0.30000000000000004.
  return String(Math.round(n * 10000) / 10000);
}

export function diag(
  rule: RuleId,
  fields: { cells?: string[]; blocks?: BlockRef[]; spans?: TextSpan[]; message: string; expected?: number | null; actual?: number | null; key?: string },
): Diagnostic {
  const cells = fields.cells ?? [];
  const d: Diagnostic = {
    rule,
    severity: RULES[rule].severity,
    cells,
    message: fields.message,
    key: `${rule}:${fields.key ?? cells[0] ?? fields.blocks?.map((b) => `${b.section}#${b.index}`).join(',') ?? ''}`,
  };
  if (fields.blocks) d.blocks = fields.blocks;
  else if (fields.spans?.length) d.blocks = fields.spans.map(({ section, index }) => ({ section, index }));
  if (fields.spans?.length) d.spans = fields.spans;
  if (fields.expected !== undefined) d.expected = fields.expected;
  if (fields.actual !== undefined) d.actual = fields.actual;
  return d;
}

export function sectionText(report: Report, key: NarrativeSectionKey): string {
  return report.sections[key].map(blockText).join('\n');
}

export function tableName(format: CompiledFormat, table: TableKey): string {
  const title = format.def.sections.find((s) => s.key === table)?.title ?? table;
  return `表${title.split('、')[0]}`;
}

export { getFormat };

export interface SumCheck {
  rule: RuleId;
  scope: string;
  partsText: string;
  parts: readonly string[];
  target: string;
  targetLabel: string;
}

/**
 * target = Σ parts. Blank parts count as 0 once anything is entered; nothing entered yet is left to B5.
 * A blank target beside filled parts is reported with the value it should hold.
 */
export function checkSum(ctx: CheckContext, s: SumCheck): Diagnostic[] {
  let sum = 0;
  let filled = 0;
  for (const id of s.parts) {
    const x = v(ctx, id);
    if (x !== null) {
      sum += x;
      filled++;
    }
  }
  if (filled === 0) return [];
  const t = v(ctx, s.target);
  const cells = [s.target, ...s.parts];
  if (t === null) {
    return [diag(s.rule, { cells, message: `${s.scope}：${s.partsText}=${fmt(sum)}，${s.targetLabel}未填写`, expected: sum, actual: null })];
  }
  if (t === sum) return [];
  return [
    diag(s.rule, {
      cells,
      message: `${s.scope}：${s.partsText}=${fmt(sum)}，${s.targetLabel}填写为${fmt(t)}，相差${fmt(Math.abs(sum - t))}`,
      expected: sum,
      actual: t,
    }),
  ];
}

/** Names the place of a block for messages: "一、总体情况第3段". */
export function placeOf(format: CompiledFormat, section: NarrativeSectionKey, index: number): string {
  return `“${partTitle(format.def.id, section)}”第${index + 1}段`;
}
