/** The formats as transcribed from docs/spec/formats.md: exact labels, cell ids of interchange.md, printed grids. */
import { describe, expect, it } from 'vitest';
import { FORMAT_DEFINITIONS, FORMAT_IDS, cellId, formatForYear, getFormat } from '../../../shared/formats';
import { gridWidths } from '../../helpers/grids';
import { loadFixture, makeReport } from '../../helpers/reports';

describe('format definitions', () => {
  it('have the six section titles exactly', () => {
    for (const id of FORMAT_IDS) {
      expect(getFormat(id).def.sections.map((s) => s.title)).toEqual([
        '一、总体情况',
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
        '五、存在的主要问题及改进情况',
        '六、其他需要报告的事项',
      ]);
    }
  });

  it('use the cell ids of interchange.md', () => {
    const f21 = getFormat('gip-2021');
    const f19 = getFormat('gip-2019');
    expect(f21.cellIds.filter((id) => id.startsWith('t2.'))).toEqual([
      't2.rules.issued',
      't2.rules.repealed',
      't2.rules.valid',
      't2.normative.issued',
      't2.normative.repealed',
      't2.normative.valid',
      't2.licensing.decisions',
      't2.penalty.decisions',
      't2.coercion.decisions',
      't2.fees.amount',
    ]);
    expect(f19.cellIds.filter((id) => id.startsWith('t2.'))).toEqual([
      't2.rules.made',
      't2.rules.published',
      't2.rules.total',
      't2.normative.made',
      't2.normative.published',
      't2.normative.total',
      't2.licensing.prev',
      't2.licensing.delta',
      't2.licensing.decisions',
      't2.services.prev',
      't2.services.delta',
      't2.services.decisions',
      't2.penalty.prev',
      't2.penalty.delta',
      't2.penalty.decisions',
      't2.coercion.prev',
      't2.coercion.delta',
      't2.coercion.decisions',
      't2.fees.prev',
      't2.fees.delta',
      't2.procurement.projects',
      't2.procurement.amount',
    ]);
    expect(f21.t3Rows.map((r) => r.id)).toEqual([
      'new',
      'carried',
      'granted',
      'partial',
      'denied.secret',
      'denied.law',
      'denied.safety',
      'denied.third_party',
      'denied.internal',
      'denied.process',
      'denied.enforcement',
      'denied.query',
      'unable.not_held',
      'unable.create',
      'unable.unclear',
      'rejected.petition',
      'rejected.repeat',
      'rejected.publication',
      'rejected.mass',
      'rejected.confirm',
      'other.no_correction',
      'other.no_fee',
      'other.other',
      'total',
      'forward',
    ]);
    expect(f19.t3Rows.map((r) => r.id).slice(20)).toEqual(['other', 'total', 'forward']);
    expect(f21.t3Columns).toEqual(['natural', 'commercial', 'research', 'welfare', 'legal', 'other_org', 'total']);
    expect(f21.cellIds.filter((id) => id.startsWith('t4.'))).toHaveLength(15);
    expect(f21.cells.get('t2.fees.amount')?.kind).toBe('wan');
    expect(f19.cells.get('t2.licensing.delta')?.kind).toBe('signed');
    expect(f19.cells.get('t2.procurement.amount')?.kind).toBe('amount');
  });

  it('keep full-width punctuation exactly', () => {
    const f = getFormat('gip-2021');
    expect(f.def.t3.balanceNote).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(f.t3Rows.find((r) => r.id === 'partial')?.printed).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(f.t3Rows.find((r) => r.id === 'denied.safety')?.label).toBe('3.危及“三安全一稳定”');
    expect(f.def.t2.blocks[3]?.columns[0]?.label).toBe('本年收费金额（单位：万元）');
    expect(getFormat('gip-2019').def.t2.blocks[1]?.columns[1]?.label).toBe('本年增/减');
  });

  it('give every input an accessible name from its row and column labels', () => {
    const f = getFormat('gip-2021');
    expect(f.cells.get('t3.granted.natural')?.name).toBe('（一）予以公开 自然人');
    expect(f.cells.get('t3.denied.secret.total')?.name).toBe('（三）不予公开 1.属于国家秘密 总计');
    expect(f.cells.get('t4.suit_direct.upheld')?.name).toBe('行政诉讼 未经复议直接起诉 结果维持');
  });

  it('print grids whose rows are all as wide as the table, with the official merges', () => {
    for (const id of FORMAT_IDS) {
      const f = getFormat(id);
      for (const grid of Object.values(f.grids)) {
        expect(new Set(gridWidths(grid))).toEqual(new Set([grid.columns]));
        const valueCells = grid.rows
          .flat()
          .filter((c) => c.cellId)
          .map((c) => c.cellId);
        expect(valueCells).toEqual(f.cellIds.filter((c) => c.startsWith(`${grid.table}.`)));
      }
      const vertical = f.grids.t3.rows.flat().find((c) => c.vertical);
      expect(vertical?.text).toBe('三、本年度办理结果');
      expect(vertical?.rowSpan).toBe(id === 'gip-2021' ? 22 : 20);
    }
    expect(getFormat('gip-2021').grids.t2.columns).toBe(4);
    expect(getFormat('gip-2021').grids.t4.columns).toBe(15);
    expect(getFormat('gip-2021').grids.t3.columns).toBe(10);
  });

  it('choose the format by reporting year', () => {
    expect(formatForYear(2020)).toBe('gip-2019');
    expect(formatForYear(2021)).toBe('gip-2021');
    expect(formatForYear(2026)).toBe('gip-2021');
  });

  it("name each format in full and, for a list's column, by the part before its notice", () => {
    for (const def of Object.values(FORMAT_DEFINITIONS)) expect(def.name.startsWith(`${def.shortName}（`)).toBe(true);
    expect(FORMAT_DEFINITIONS['gip-2021'].shortName).toBe('2021年版格式');
  });
});

describe('table relations compiled from the format', () => {
  it.each(FORMAT_IDS)('%s: every sum relation holds on a complete report and names real cells', (id) => {
    const f = getFormat(id);
    const report = makeReport(id);
    for (const r of f.sums) {
      expect(
        [r.target, ...r.parts].every((c) => f.cells.has(c)),
        `${r.rule} ${r.target}`,
      ).toBe(true);
      expect(
        r.parts.reduce((a, c) => a + (report.cells[c] ?? 0), 0),
        `${r.rule} ${r.target}`,
      ).toBe(report.cells[r.target]);
    }
    // B1 once per row of 三, B2 once per column of 三, B3 once per group of 四.
    expect(f.sums.filter((r) => r.rule === 'B1')).toHaveLength(f.t3Rows.length);
    expect(f.sums.filter((r) => r.rule === 'B2')).toHaveLength(f.t3Columns.length);
    expect(f.sums.filter((r) => r.rule === 'B3')).toHaveLength(f.def.t4.groups.length);
  });

  it('holds on a real published report: 淮安 2024, every sum', () => {
    const report = loadFixture('淮安市人民政府_2024');
    const f = getFormat(report.format);
    for (const r of f.sums)
      expect(
        r.parts.reduce((a, c) => a + (report.cells[c] ?? 0), 0),
        r.target,
      ).toBe(report.cells[r.target]);
    expect(f.sums.find((r) => r.target === 't4.review.total')?.parts).toEqual([
      't4.review.upheld',
      't4.review.corrected',
      't4.review.other',
      't4.review.pending',
    ]);
  });

  it.each(FORMAT_IDS)('%s: 上年结转 pairs with last year’s 结转下年度, column by column', (id) => {
    const f = getFormat(id);
    expect(f.carryOver.map((p) => p.column)).toEqual(f.t3Columns);
    expect(f.carryOver[0]).toEqual({ column: 'natural', carried: 't3.carried.natural', forward: 't3.forward.natural' });
    expect([f.t3Named.new.label, f.t3Named.carried.label, f.t3Named.total.label, f.t3Named.forward.label]).toEqual([
      f.def.t3.intake[0]?.label,
      f.def.t3.intake[1]?.label,
      f.def.t3.total.label,
      f.def.t3.forward.label,
    ]);
    expect(cellId('t3', 'denied.secret', 'total')).toBe('t3.denied.secret.total');
    expect(f.cells.has(cellId('t4', 'review', f.t4Total.key))).toBe(true);
  });
});
