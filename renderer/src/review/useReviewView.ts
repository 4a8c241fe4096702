/** The 审核 table as the user arranges it: the search box, the 显示 choice, the sort column, the rows they leave, and the rows ticked. */
import { useCallback, useMemo, useState } from 'react';
import type { ReviewedReport } from '../../../shared/review';
import { withMember } from '../sets';
import { reviewRows, type Show, type Sort } from './review-rows';

export interface ReviewView {
  query: string;
  setQuery(query: string): void;
  show: Show;
  setShow(show: Show): void;
  sort: Sort;
  setSort(sort: Sort): void;
  rows: readonly ReviewedReport[];
  /** the files ticked, for 汇总所选报告 */
  selected: ReadonlySet<string>;
  select(file: string, on: boolean): void;
  clearSelection(): void;
}

export function useReviewView(reports: readonly ReviewedReport[]): ReviewView {
  const [query, setQuery] = useState('');
  const [show, setShow] = useState<Show>('all');
  const [sort, setSort] = useState<Sort>({ key: 'agency', dir: 'asc' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => reviewRows(reports, query, show, sort), [reports, query, show, sort]);
  const select = useCallback((file: string, on: boolean) => setSelected((s) => withMember(s, file, on)), []);
  const clearSelection = useCallback(() => setSelected(new Set()), []);
  return { query, setQuery, show, setShow, sort, setSort, rows, selected, select, clearSelection };
}
