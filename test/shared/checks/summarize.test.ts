/** One way of counting diagnostics, for the library, the editor, the export notice and `check`. */
import { describe, expect, it } from 'vitest';
import { checkReport, publishedCounts, summarize, type Diagnostic } from '../../../shared/checks';
import { loadFixture, makeReport, withCells } from '../../helpers/reports';

const d = (rule: Diagnostic['rule'], severity: Diagnostic['severity'], key: string, cells: string[] = []): Diagnostic => ({
  rule,
  severity,
  key,
  cells,
  message: key,
});

describe('summarize', () => {
  it('counts blank cells apart from errors, by cell, and explained warnings apart from open ones', () => {
    const list = [
      d('B1', 'error', 'b1'),
      d('B5', 'error', 't3', ['t3.new.legal', 't3.new.other']),
      d('B5', 'error', 't2', ['t2.fees.amount']),
      d('D2', 'warning', 'd2a'),
      d('D2', 'warning', 'd2b'),
      d('G11', 'info', 'g11'),
    ];
    expect(summarize(list, { d2a: { note: '口径不同' } })).toEqual({
      blockingErrors: 1,
      blankCells: 3,
      blankFindings: 2,
      openWarnings: 1,
      acknowledgedWarnings: 1,
      infos: 1,
    });
    expect(summarize(list, new Set(['d2b']))).toMatchObject({ openWarnings: 1, acknowledgedWarnings: 1 });
  });

  it('never lets an acknowledgement hide an error', () => {
    expect(summarize([d('B1', 'error', 'b1')], { b1: { note: '' } })).toMatchObject({ blockingErrors: 1 });
  });

  it('gives check and review their published counts: a blank table is an error, every warning counts', () => {
    const s = summarize([d('B5', 'error', 't3', ['a', 'b']), d('B1', 'error', 'b1'), d('D2', 'warning', 'w')], { w: { note: 'x' } });
    expect(publishedCounts(s)).toEqual({ errors: 2, warnings: 1 });
  });

  it('counts a complete report as clean and a report with one blank cell as one cell to fill, no error', () => {
    expect(summarize(checkReport(makeReport('gip-2021')))).toMatchObject({ blockingErrors: 0, blankCells: 0, openWarnings: 0 });
    const blank = summarize(checkReport(withCells(makeReport('gip-2021'), { 't3.new.legal': null, 't3.new.welfare': 0 })));
    expect(blank).toMatchObject({ blockingErrors: 0, blankCells: 1, blankFindings: 1 });
    expect(publishedCounts(blank).errors).toBe(1);
  });

  it('counts a published report with sum errors, blanks and warnings', () => {
    const r = loadFixture('上海市人民政府办公厅_2019');
    const ds = checkReport(r);
    const warning = ds.find((x) => x.severity === 'warning');
    const s = summarize(ds, warning ? { [warning.key]: { note: '已核对' } } : {});
    expect(s.blockingErrors).toBe(ds.filter((x) => x.severity === 'error' && x.rule !== 'B5').length);
    expect(s.blankFindings).toBe(2);
    expect(s.acknowledgedWarnings).toBe(1);
    expect(s.openWarnings).toBe(ds.filter((x) => x.severity === 'warning').length - 1);
  });
});
