/** The 审核 table's rows as the user filters and sorts them. */
import { describe, expect, it } from 'vitest';
import { nextSort, reviewRows } from '../../../renderer/src/review/review-rows';
import { reviewedEntry } from '../../../shared/review';
import { makeReport } from '../../helpers/reports';

const entry = (agency: string, year: number, errors: number, warnings: number, g13 = 0) => ({
  ...reviewedEntry(`${agency}_${year}.json`, { ...makeReport('gip-2021'), agency, year }, [], []),
  errors,
  warnings,
  veto: { G13: g13, G14: 0 },
});

const reports = [entry('乙局', 2025, 0, 3), entry('甲局', 2025, 2, 0, 1), entry('甲局', 2024, 1, 1)];

describe('the 审核 rows', () => {
  it('sort by agency, then year; a second click on a column turns the order round', () => {
    expect(reviewRows(reports, '', 'all', { key: 'agency', dir: 'asc' }).map((r) => `${r.agency}${r.year}`)).toEqual(['甲局2024', '甲局2025', '乙局2025']);
    const byErrors = nextSort({ key: 'errors', dir: 'asc' }, 'errors');
    expect(byErrors).toEqual({ key: 'errors', dir: 'desc' });
    expect(reviewRows(reports, '', 'all', byErrors).map((r) => r.errors)).toEqual([2, 1, 0]);
    expect(nextSort(byErrors, 'year')).toEqual({ key: 'year', dir: 'asc' });
  });

  it('filter by a name, a file or a year typed in the box, and by what is shown', () => {
    expect(reviewRows(reports, ' 甲局 ', 'all', { key: 'year', dir: 'asc' }).map((r) => r.year)).toEqual([2024, 2025]);
    expect(reviewRows(reports, '2024', 'all', { key: 'agency', dir: 'asc' })).toHaveLength(1);
    expect(reviewRows(reports, '', 'errors', { key: 'agency', dir: 'asc' }).map((r) => r.errors)).toEqual([1, 2]);
    expect(reviewRows(reports, '', 'warnings', { key: 'agency', dir: 'asc' }).map((r) => r.agency)).toEqual(['甲局', '乙局']);
    expect(reviewRows(reports, '', 'veto', { key: 'agency', dir: 'asc' }).map((r) => `${r.agency}${r.year}`)).toEqual(['甲局2025']);
    expect(reviewRows(reports, '', 'failed', { key: 'agency', dir: 'asc' })).toEqual([]);
  });
});
