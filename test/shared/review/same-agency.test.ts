/**
 * "Same agency" decided once: the editor's cross-year checks (priorYearOf) and the 图解's trend (earlierYearsOf)
 * find the same reports, for an agency that printed its name with and without its place.
 */
import { describe, expect, it } from 'vitest';
import { earlierYearsOf, knownNameOf, priorYearOf, sameAgency } from '../../../shared/review';

const entry = (id: string, agency: string, year: number, savedAt = '2026-01-01T00:00:00Z', deletedAt?: string) => ({
  id,
  agency,
  year,
  savedAt,
  ...(deletedAt ? { deletedAt } : {}),
});

const LIBRARY = [
  entry('a', '洪泽区人民政府', 2023),
  entry('b', '淮安市洪泽区人民政府', 2024),
  entry('c', '淮安市 洪泽区人民政府', 2022),
  entry('d', '淮安市人民政府', 2023),
  entry('e', '淮安市洪泽区人民政府', 2023, '2025-01-01T00:00:00Z'),
  entry('f', '淮安市洪泽区人民政府', 2021, '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'),
];

describe('the same agency across years', () => {
  it('takes a name with or without its place, never another agency of the place', () => {
    expect(sameAgency('洪泽区人民政府', '淮安市洪泽区人民政府')).toBe(true);
    expect(sameAgency('淮安市人民政府', '淮安市洪泽区人民政府')).toBe(false);
    expect(sameAgency('人民政府', '淮安市人民政府')).toBe(false);
  });

  it('gives the cross-year checks and the trend the same reports: the name as printed first, the bin left out', () => {
    expect(priorYearOf(LIBRARY, '淮安市洪泽区人民政府', 2024, 'b')?.id).toBe('e');
    const trend = earlierYearsOf(LIBRARY, '淮安市洪泽区人民政府', 2024, 5).map((s) => s.id);
    expect(trend).toEqual(['e', 'c']);
    expect(trend[0]).toBe(priorYearOf(LIBRARY, '淮安市洪泽区人民政府', 2024, 'b')?.id);
    expect(earlierYearsOf(LIBRARY, '洪泽区人民政府', 2024, 5).map((s) => s.id)).toEqual(['a', 'c']);
    expect(earlierYearsOf(LIBRARY, '淮安市洪泽区人民政府', 2024, 1).map((s) => s.id)).toEqual(['e']);
  });

  it('offers an import the name the library knows the agency by, and nothing for a name known as it is or unknown', () => {
    const known = ['洪泽区人民政府', '淮安市人民政府'];
    expect(knownNameOf('淮安市洪泽区人民政府', known)).toBe('洪泽区人民政府');
    expect(knownNameOf('洪泽区 人民政府', known)).toBeNull();
    expect(knownNameOf('盱眙县人民政府', known)).toBeNull();
    expect(knownNameOf('', known)).toBeNull();
  });
});
