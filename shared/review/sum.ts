/**
 * Adding reports of one year and one format cell by cell into a 全市汇总 / 本级政府 summary (interchange.md §6).
 * Every equality rule between cells (A1, B1–B3) is linear, so it holds on the sum whenever it holds on each input.
 */
import { UserError } from '../errors';
import { getFormat, type FormatId } from '../formats';
import { agencyKindOf } from '../import/assemble';
import { agencyKey } from './review';
import { CURRENT_SCHEMA_VERSION, cellValue, emptySections, type Cells, type Report, type ReportSource } from '../model';

export interface SumInput {
  report: Report;
  /** where the input came from (a file path or a library title) */
  file: string;
}

export interface SumResult {
  report: Report;
  /** one Chinese sentence each: an input's blank among numbers, a unit that could not be reconciled */
  warnings: string[];
}

/** Reports that cannot be summed: a user error, shown as it is. */
export class SumError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'SumError';
  }
}

/** 万元 amounts carry at most 4 decimals; rounding keeps binary fractions from leaking into the sum. */
function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

const TO_YUAN = { 元: 1, 万元: 10_000 } as const;

/** What deciding whether reports can be summed needs of each: the 审核 page has it without the reports. */
export interface Summable {
  agency: string;
  file: string;
  year: number;
  format: FormatId;
}

export const NOTHING_TO_SUM = '请先勾选要汇总的报告';

function describeInput(i: SumInput): string {
  return `${i.report.agency}（${i.file}）`;
}

/**
 * Why these reports cannot be summed into one 汇总, or null when they can: one year and one format. The 审核 page
 * disables 汇总 with this sentence; sumReports refuses with it.
 */
export function sumProblem(inputs: readonly Summable[]): string | null {
  if (inputs.length === 0) return NOTHING_TO_SUM;
  const describe = (i: Summable) => `${i.agency}（${i.file}）`;
  if (new Set(inputs.map((i) => i.year)).size > 1) return `只能汇总同一年度的报告：${inputs.map((i) => `${describe(i)}为${i.year}年`).join('，')}`;
  if (new Set(inputs.map((i) => i.format)).size > 1)
    return `只能汇总同一格式的报告：${inputs.map((i) => `${describe(i)}为${getFormat(i.format).def.name}`).join('，')}`;
  return null;
}

export function sumReports(inputs: readonly SumInput[], agency: string): SumResult {
  const name = agency.trim();
  if (!name) throw new SumError('汇总报告的机关名称不能为空');
  const problem = sumProblem(inputs.map((i) => ({ agency: i.report.agency, file: i.file, year: i.report.year, format: i.report.format })));
  const first = inputs[0];
  if (problem || !first) throw new SumError(problem ?? NOTHING_TO_SUM);
  const format = getFormat(first.report.format);
  const warnings: string[] = [];
  // The same agency twice (its .docx and its .html, say) would be counted twice.
  const seen = new Map<string, SumInput>();
  for (const i of inputs) {
    const k = agencyKey(i.report.agency);
    const before = seen.get(k);
    if (before) warnings.push(`${describeInput(before)}与${describeInput(i)}是同一机关的报告，汇总中计算了两次，请确认是否重复`);
    else seen.set(k, i);
  }
  const cells: Cells = {};
  const units: Record<string, '元' | '万元'> = {};
  for (const id of format.cellIds) {
    const info = format.cells.get(id);
    const values = inputs.map((i) => cellValue(i.report, id));
    if (values.every((v) => v === null)) {
      cells[id] = null;
      continue;
    }
    inputs.forEach((input, k) => {
      if (values[k] === null) warnings.push(`${describeInput(input)}的“${info?.name ?? id}”未填写，汇总时按0计`);
    });
    if (info?.kind === 'amount') {
      const filled = inputs.map((i, k) => ({ input: i, value: values[k] ?? null, unit: i.report.units?.[id] })).filter((x) => x.value !== null);
      const units_ = new Set(filled.map((x) => x.unit));
      if (units_.size === 1) {
        cells[id] = round4(filled.reduce((a, x) => a + (x.value ?? 0), 0));
        const unit = filled[0]?.unit;
        if (unit) units[id] = unit;
        continue;
      }
      const unknown = filled.filter((x) => x.unit === undefined);
      if (unknown.length > 0) {
        warnings.push(`${unknown.map((x) => describeInput(x.input)).join('、')}的“${info.name}”没有注明单位（元或万元），无法与其他报告相加，汇总中留空`);
        cells[id] = null;
        continue;
      }
      // Units differ but are all known: add in 元, the smaller unit, so nothing is rounded away.
      cells[id] = round4(filled.reduce((a, x) => a + (x.value ?? 0) * TO_YUAN[x.unit ?? '元'], 0));
      units[id] = '元';
      warnings.push(`“${info.name}”各报告单位不同，已统一换算为元后相加`);
      continue;
    }
    const total = values.reduce<number>((a, v) => a + (v ?? 0), 0);
    cells[id] = info?.kind === 'wan' ? round4(total) : total;
  }
  const sources: ReportSource[] = inputs.map((i) => ({
    agency: i.report.agency,
    file: i.file,
    year: i.report.year,
    cells: pick(i.report.cells, format.cellIds),
  }));
  const report: Report = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    format: first.report.format,
    year: first.report.year,
    agency: name,
    agencyKind: agencyKindOf(name),
    sections: emptySections(),
    cells,
    ...(Object.keys(units).length > 0 ? { units } : {}),
    sources,
  };
  return { report, warnings };
}

function pick(cells: Cells, ids: readonly string[]): Cells {
  const out: Cells = {};
  for (const id of ids) if (cells[id] !== undefined) out[id] = cells[id];
  return out;
}

/** What each input contributed to one cell of a summed report, for the cell's tooltip. */
export function contributions(report: Pick<Report, 'sources'>, id: string): { agency: string; value: number | null }[] {
  return (report.sources ?? []).filter((s) => s.cells).map((s) => ({ agency: s.agency, value: s.cells?.[id] ?? null }));
}
