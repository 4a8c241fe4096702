/** The 审核 table's rows: filtered by the search box and the 显示 choice, sorted by the column the user chose. */
import { VETO_RULES, type ReviewedReport } from '../../../shared/review';

export type SortKey = 'agency' | 'year' | 'errors' | 'warnings';
export type Show = 'all' | 'errors' | 'warnings' | 'veto' | 'failed';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

function shown(r: ReviewedReport, show: Show): boolean {
  if (show === 'errors') return r.errors > 0;
  if (show === 'warnings') return r.warnings > 0;
  if (show === 'veto') return VETO_RULES.some((v) => r.veto[v.rule] > 0);
  return show === 'all';
}

export function reviewRows(reports: readonly ReviewedReport[], query: string, show: Show, sort: Sort): ReviewedReport[] {
  const q = query.trim();
  const list = reports.filter((r) => (!q || r.agency.includes(q) || r.file.includes(q) || String(r.year) === q) && shown(r, show));
  const sign = sort.dir === 'asc' ? 1 : -1;
  return list.sort((a, b) => {
    const d = sort.key === 'agency' ? a.agency.localeCompare(b.agency, 'zh-CN') : a[sort.key] - b[sort.key];
    return sign * d || a.agency.localeCompare(b.agency, 'zh-CN') || a.year - b.year;
  });
}

/** A click on a column's header: that column ascending, or the other way round when it is already the one. */
export function nextSort(current: Sort, key: SortKey): Sort {
  return { key, dir: current.key === key && current.dir === 'asc' ? 'desc' : 'asc' };
}
