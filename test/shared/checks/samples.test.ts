/** What the checks say about real published reports (docs/spec/checks.md examples). */
import { describe, expect, it } from 'vitest';
import { checkReport, type Diagnostic } from '../../../shared/checks';
import { loadFixture } from '../../helpers/reports';

const errors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error');
const byRule = (ds: Diagnostic[], rule: string) => ds.filter((d) => d.rule === rule);

describe('real samples', () => {
  it('洪泽区 2023 gives the two B3 errors of table 四, and B5 for the sub-items its one-row （六） does not print', () => {
    const found = errors(checkReport(loadFixture('淮安市洪泽区人民政府_2023')));
    expect(found.map((d) => [d.rule, d.message, d.expected, d.actual])).toEqual([
      ['B3', '行政复议：结果维持+结果纠正+其他结果+尚未审结=11，总计填写为0，相差11', 11, 0],
      ['B3', '行政诉讼·复议后起诉：结果维持+结果纠正+其他结果+尚未审结=5，总计填写为0，相差5', 5, 0],
      ['B5', expect.stringContaining('等14个单元格未填写'), undefined, undefined],
    ]);
    expect(found[0]?.cells[0]).toBe('t4.review.total');
    expect(found[1]?.cells[0]).toBe('t4.suit_after_review.total');
  });

  it('上海 2019 gives B5 blanks, the missing B1 row totals and the two D2 warnings', () => {
    const found = checkReport(loadFixture('上海市人民政府办公厅_2019'));
    expect(new Set(errors(found).map((d) => d.rule))).toEqual(new Set(['B1', 'B5']));
    const b5 = byRule(found, 'B5');
    expect(b5.find((d) => d.cells[0]?.startsWith('t3.'))?.cells).toHaveLength(126);
    const b1 = byRule(found, 'B1');
    expect(b1).toHaveLength(11);
    expect(b1.every((d) => d.actual === null && d.cells[0]?.endsWith('.total'))).toBe(true);
    expect(b1.map((d) => d.expected)).toEqual([272, 3, 14, 5, 4, 12, 265, 47, 25, 149, 9]);
    const d2 = byRule(found, 'D2').map((d) => [d.actual, d.expected]);
    expect(d2).toHaveLength(2);
    expect(d2).toEqual(
      expect.arrayContaining([
        [258, 275],
        [265, 337],
      ]),
    );
    expect(byRule(found, 'D2').every((d) => d.severity === 'warning')).toBe(true);
  });

  it.each(['淮安市人民政府_2024', '沭阳县人民政府_2025', '杭州市科技局_2020'])('%s gives no errors', (name) => {
    expect(errors(checkReport(loadFixture(name)))).toEqual([]);
  });

  it('淮安 2024: the text agrees with the tables (no D warnings)', () => {
    const found = checkReport(loadFixture('淮安市人民政府_2024'));
    expect(found.filter((d) => d.rule.startsWith('D'))).toEqual([]);
  });

  it('洪泽区 2024: the office-only figure in the text is a D1 warning with a scope note (17 vs 95)', () => {
    const found = checkReport(loadFixture('淮安市洪泽区人民政府_2024'));
    expect(byRule(found, 'D1').map((d) => [d.actual, d.expected])).toEqual([[17, 95]]);
    expect(byRule(found, 'D5')).toHaveLength(1);
    // （六） is printed as one row: its two unprinted sub-items are blank, not 0.
    expect(errors(found).map((d) => [d.rule, d.cells.length])).toEqual([['B5', 14]]);
  });

  it('宿迁 2024: 备案 figures in the text differ from table 四 as warnings, never errors', () => {
    const d3 = byRule(checkReport(loadFixture('宿迁市_2024_全市汇总_仅表格')), 'D3');
    expect(d3.map((d) => [d.actual, d.expected])).toEqual([
      [134, 170],
      [57, 77],
    ]);
    expect(d3.every((d) => d.severity === 'warning')).toBe(true);
  });

  it.each([
    ['宿迁市_2024_全市汇总_仅表格', '宿迁市_2023_全市汇总_仅表格'],
    ['淮安市洪泽区人民政府_2024', '淮安市洪泽区人民政府_2023'],
  ])('%s after %s passes X1 and X2', (now, before) => {
    const found = checkReport(loadFixture(now), { prior: loadFixture(before) });
    expect(found.filter((d) => d.rule === 'X1' || d.rule === 'X2')).toEqual([]);
  });

  it('X1 catches a carry-over that does not match, per column', () => {
    const prior = loadFixture('宿迁市_2023_全市汇总_仅表格');
    const report = loadFixture('宿迁市_2024_全市汇总_仅表格');
    report.cells['t3.carried.commercial'] = 2;
    report.cells['t3.carried.total'] = 120;
    const x1 = byRule(checkReport(report, { prior }), 'X1');
    expect(x1.map((d) => [d.cells[0], d.expected, d.actual])).toEqual([
      ['t3.carried.commercial', 3, 2],
      ['t3.carried.total', 121, 120],
    ]);
    expect(x1[0]?.severity).toBe('error');
  });
});
