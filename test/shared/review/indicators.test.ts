import { describe, expect, it } from 'vitest';
import { INDICATORS, formatIndicator, indicatorsOf, missingUnits, parseUnitList, priorIndexes, spread } from '../../../shared/review';
import { makeReport, withCells } from '../../helpers/reports';

describe('indicators', () => {
  it('computes the four figures of a report, and no rate where nothing was decided', () => {
    const r = withCells(makeReport('gip-2021'), { 't4.review.corrected': 1, 't4.review.upheld': 3, 't4.review.total': 5, 't4.review.pending': 1 });
    expect(indicatorsOf(r)).toEqual({ requests: 6, grantRate: 4 / 6, reviewCorrectionRate: 0.25, suitCorrectionRate: null });
    expect(formatIndicator(INDICATORS[1]!, 4 / 6)).toBe('66.7%');
    expect(formatIndicator(INDICATORS[1]!, null)).toBe('—');
  });

  it('gives median and quartiles across a folder, ignoring reports without a value', () => {
    expect(spread([1, 2, 3, 4, null, 5])).toEqual({ count: 5, min: 1, q1: 2, median: 3, q3: 4, max: 5 });
    expect(spread([1, 2, 3, 4])).toMatchObject({ q1: 1.75, median: 2.5, q3: 3.25 });
    expect(spread([null])).toBeNull();
  });
});

describe('folder pairing and unit lists', () => {
  it('pairs a report with the same agency’s previous year, also when one year prints the city before the name', () => {
    const reports = [
      { agency: '淮安市洪泽区人民政府', year: 2024 },
      { agency: '洪泽区人民政府', year: 2023 },
      { agency: '淮安市人民政府', year: 2024 },
      null,
      { agency: '某某局', year: 2022 },
    ];
    expect(priorIndexes(reports)).toEqual([1, null, null, null, null]);
  });

  it('reads a pasted list and finds the units that filed nothing', () => {
    const units = parseUnitList('教育局\r\n民政局、财政局\n\n教育局');
    expect(units).toEqual(['教育局', '民政局', '财政局']);
    expect(missingUnits(units, ['某某县教育局', '某某县财政局'])).toEqual(['民政局']);
  });
});
