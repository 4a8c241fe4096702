/**
 * A tally put into a report: only the counted tables are replaced, everything else kept; what it would change
 * is listed first, and 上年结转 is compared with last year's 结转下年度 column by column (rule X1).
 */
import { getFormat } from '../formats';
import { cellValue, type Cells, type Report } from '../model/report';
import { setCells } from '../model/edits';
import type { Tally } from './count';

/** The cells a tally fills: all of table 三, and table 四 when a cases sheet was read. */
export function tallyCells(t: Tally): Cells {
  return Object.fromEntries(Object.entries(t.cells).filter(([id]) => id.startsWith('t3.') || (t.casesRead && id.startsWith('t4.'))));
}

export function applyTally(report: Report, t: Tally): Report {
  return setCells(report, tallyCells(t));
}

export interface CellChange {
  cell: string;
  /** the cell's printed name, e.g. "（一）予以公开 自然人" */
  name: string;
  before: number | null;
  after: number | null;
}

/** What applying the tally would change in the report, in printed order. */
export function tallyChanges(report: Report, t: Tally): CellChange[] {
  const format = getFormat(report.format);
  const counted = tallyCells(t);
  return format.cellIds
    .filter((id) => id in counted)
    .map((id) => ({ cell: id, name: format.cells.get(id)?.name ?? id, before: cellValue(report, id), after: counted[id] ?? null }))
    .filter((c) => c.before !== c.after);
}

export interface CarryOverDifference {
  column: string;
  label: string;
  /** this year's 上年结转 as counted */
  carried: number;
  /** last year's 结转下年度 as published (null: blank there) */
  forward: number | null;
  /** the register numbers counted as carried in this column (编号, or 第N行 where there is none) */
  applications: string[];
  message: string;
}

/** X1 between a tally and last year's report: one difference per column whose counts differ. */
export function compareCarryOver(t: Tally, prior: Report): CarryOverDifference[] {
  const format = getFormat(t.format);
  const out: CarryOverDifference[] = [];
  for (const pair of format.carryOver) {
    const carried = t.cells[pair.carried] ?? 0;
    const forward = cellValue(prior, pair.forward);
    if (forward === carried) continue;
    const label = format.def.t3.columns.find((c) => c.key === pair.column)?.label ?? pair.column;
    const applications = (t.sources[pair.carried] ?? []).map((r) => r.number || `${r.sheet}第${r.row}行`);
    const list = applications.length ? `（${applications.slice(0, 20).join('、')}${applications.length > 20 ? ` 等 ${applications.length} 件` : ''}）` : '';
    out.push({
      column: pair.column,
      label,
      carried,
      forward,
      applications,
      message: `[X1] 上年结转 ${label}：台账中 ${t.year} 年以前收到、${t.year} 年 1 月 1 日仍未办结的申请 ${carried} 件${list}，${prior.year}年报告“结转下年度继续办理”为 ${forward ?? '空白'}${forward === null ? '' : `，相差 ${Math.abs(carried - forward)}`}`,
    });
  }
  return out;
}
