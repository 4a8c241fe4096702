/**
 * 自动合计: the totals the table structure implies (B1 row totals, B2 （七）总计, B3 复议/诉讼 totals), computed on
 * request for the cells whose parts are filled. The editor applies them only when the user asks.
 */
import { getFormat } from '../formats';
import type { Report } from '../model/report';

export function autoTotals(report: Report): Record<string, number> {
  const f = getFormat(report.format);
  const cells: Record<string, number | null> = { ...report.cells };
  const out: Record<string, number> = {};
  const get = (id: string) => cells[id] ?? null;
  const set = (id: string, v: number) => {
    if (get(id) !== v) out[id] = v;
    cells[id] = v;
  };
  const sum = (ids: readonly string[]): number | null => {
    const xs = ids.map(get).filter((x): x is number => x !== null);
    return xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) * 10000) / 10000 : null;
  };
  // Column sums of （七）总计 first (not its 总计 cell, which is the row sum below), then every row's 总计 (the
  // （七） row included), then table 四.
  const ordered = [
    ...f.sums.filter((r) => r.rule === 'B2' && r.along !== 'total'),
    ...f.sums.filter((r) => r.rule === 'B1'),
    ...f.sums.filter((r) => r.rule === 'B3'),
  ];
  for (const r of ordered) {
    const s = sum(r.parts);
    if (s !== null) set(r.target, s);
  }
  return out;
}
