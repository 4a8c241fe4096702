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
  const sum = (ids: string[]): number | null => {
    const xs = ids.map(get).filter((x): x is number => x !== null);
    return xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) * 10000) / 10000 : null;
  };
  const totalRow = f.def.t3.total.key;
  const outcomeRows = f.t3Rows.filter((r) => r.outcome).map((r) => r.id);
  // Column sums of （七）总计 first, then every row's 总计 (which includes the （七） row itself).
  for (const c of f.t3Applicants) {
    const s = sum(outcomeRows.map((r) => `t3.${r}.${c}`));
    if (s !== null) set(`t3.${totalRow}.${c}`, s);
  }
  for (const r of f.t3Rows) {
    const s = sum(f.t3Applicants.map((c) => `t3.${r.id}.${c}`));
    if (s !== null) set(`t3.${r.id}.total`, s);
  }
  const t4 = f.def.t4;
  const totalKey = t4.outcomes[t4.outcomes.length - 1]?.key ?? 'total';
  for (const g of t4.groups) {
    const s = sum(t4.outcomes.filter((o) => o.key !== totalKey).map((o) => `t4.${g.key}.${o.key}`));
    if (s !== null) set(`t4.${g.key}.${totalKey}`, s);
  }
  return out;
}
