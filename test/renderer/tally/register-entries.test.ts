/** The 台账 page's entries: new ones dated in the register's year, an entry replaced in place, an import added once. */
import { describe, expect, it } from 'vitest';
import { mergeImported, newApplication, newCase, putEntry, withoutEntry } from '../../../renderer/src/tally/register-entries';
import { blankApplication, emptyBook } from '../../../shared/tally';

describe('the entries of the register page', () => {
  it('dates a new entry today within the register year, else 1 January of it', () => {
    expect(newApplication(2026, '2026-12-04').received).toBe('2026-12-04');
    expect(newApplication(2025, '2026-12-04').received).toBe('2025-01-01');
    expect(newCase(2025, '2026-12-04')).toMatchObject({ received: '2025-01-01', kind: '行政复议', result: '', resultDate: null });
  });

  it('replaces an entry of the same id in place, adds a new one at the end, and removes one by id', () => {
    const a = blankApplication('a', '2026-01-05');
    const b = blankApplication('b', '2026-02-05');
    const a2 = { ...a, number: '2026-001' };
    expect(putEntry([a, b], a2)).toEqual([a2, b]);
    expect(putEntry([a], b)).toEqual([a, b]);
    expect(withoutEntry([a, b], 'a')).toEqual([b]);
  });

  it('adds an imported register once: an entry already kept, by 编号 and date or as a whole, is not added again', () => {
    const book = {
      ...emptyBook('某局', 2026),
      applications: [{ ...blankApplication('a', '2026-01-05'), number: '2026-001' }, blankApplication('b', '2026-02-05')],
    };
    const imported = {
      ...emptyBook('某局', 2026),
      applications: [{ ...blankApplication('x', '2026-01-05'), number: '2026-001' }, blankApplication('y', '2026-02-05'), blankApplication('z', '2026-03-05')],
      cases: [{ id: 'c', number: 'F1', kind: '行政复议', afterReview: false, received: '2026-03-01', result: '', resultDate: null }],
    };
    const merged = mergeImported(book, imported);
    expect(merged.book.applications.map((a) => a.id)).toEqual(['a', 'b', 'z']);
    expect(merged.book.cases.map((c) => c.id)).toEqual(['c']);
    expect(merged.message).toBe('已导入 1 件申请、1 件案件；2 件已在台账中，未重复导入');
    expect(mergeImported(merged.book, imported).message).toBe('已导入 0 件申请；4 件已在台账中，未重复导入');
  });
});
