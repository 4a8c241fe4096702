/** Summing reports (interchange.md §6): every cell is the sum of its inputs, and the sums keep the tables' balance. */
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../shared/checks';
import { getFormat, type FormatId } from '../../../shared/formats';
import { parseReportJson, type Report } from '../../../shared/model';
import { contributions, sumReports } from '../../../shared/review';
import { makeReport, withCells } from '../../helpers/reports';

const BALANCE_RULES = new Set(['A1', 'B1', 'B2', 'B3', 'B4', 'B8']);

/** A small deterministic generator (mulberry32), so a failing case can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A report whose tables balance (A1, B1–B4, B8 hold), with random figures; sometimes nobody applied at all. */
function randomReport(format: FormatId, random: () => number, agency: string): Report {
  const f = getFormat(format);
  const int = (max: number) => Math.floor(random() * (max + 1));
  const quiet = random() < 0.15;
  const cells: Record<string, number | null> = {};
  for (const id of f.cellIds) cells[id] = f.cells.get(id)?.kind === 'signed' ? int(6) - 3 : int(30);
  cells[format === 'gip-2021' ? 't2.fees.amount' : 't2.procurement.amount'] = Math.round(random() * 1_000_000) / 10_000;
  const applicants = f.t3Columns.filter((c) => c !== 'total');
  const outcomes = f.t3Rows.filter((r) => r.outcome);
  for (const col of applicants) {
    let total = 0;
    for (const r of outcomes) {
      const n = quiet ? 0 : random() < 0.6 ? 0 : int(5);
      cells[`t3.${r.id}.${col}`] = n;
      total += n;
    }
    const forward = quiet ? 0 : int(3);
    const carried = quiet ? 0 : Math.min(int(3), total + forward);
    cells[`t3.total.${col}`] = total;
    cells[`t3.forward.${col}`] = forward;
    cells[`t3.carried.${col}`] = carried;
    cells[`t3.new.${col}`] = total + forward - carried;
  }
  for (const r of f.t3Rows) cells[`t3.${r.id}.total`] = applicants.reduce((a, c) => a + (cells[`t3.${r.id}.${c}`] ?? 0), 0);
  for (const g of f.def.t4.groups) {
    const parts = ['upheld', 'corrected', 'other', 'pending'].map((k) => {
      const n = int(4);
      cells[`t4.${g.key}.${k}`] = n;
      return n;
    });
    cells[`t4.${g.key}.total`] = parts.reduce((a, b) => a + b, 0);
  }
  const base = makeReport(format);
  return { ...base, agency, cells, ...(format === 'gip-2019' ? { units: { 't2.procurement.amount': '万元' as const } } : {}) };
}

/** Now and then a report with one figure off, so the implication is tested from both sides. */
function maybeBroken(r: Report, random: () => number): Report {
  if (random() > 0.2) return r;
  const ids = Object.keys(r.cells).filter((id) => id.startsWith('t3') || id.startsWith('t4'));
  const id = ids[Math.floor(random() * ids.length)] ?? 't3.new.total';
  return withCells(r, { [id]: (r.cells[id] ?? 0) + 1 });
}

const balanceErrors = (r: Report) => checkReport(r).filter((d) => BALANCE_RULES.has(d.rule) && d.severity === 'error');

describe('sumReports', () => {
  it.each(['gip-2021', 'gip-2019'] as const)(
    '%s: each cell is the sum of its inputs, and A1/B1–B4/B8 hold on the sum whenever they hold on every input',
    (format) => {
      const random = rng(format === 'gip-2021' ? 2021 : 2019);
      for (let round = 0; round < 60; round++) {
        const n = 1 + Math.floor(random() * 6);
        const inputs = Array.from({ length: n }, (_, i) => ({
          report: maybeBroken(randomReport(format, random, `某某县第${i + 1}局`), random),
          file: `${i + 1}.json`,
        }));
        const { report, warnings } = sumReports(inputs, '某某县人民政府');
        expect(warnings).toEqual([]);
        for (const id of getFormat(format).cellIds) {
          const expected = inputs.reduce((a, i) => a + (i.report.cells[id] ?? 0), 0);
          expect(report.cells[id], `${id} in round ${round}`).toBeCloseTo(expected, 6);
        }
        if (inputs.every((i) => balanceErrors(i.report).length === 0)) {
          expect(balanceErrors(report), `round ${round}`).toEqual([]);
        }
        expect(parseReportJson(JSON.stringify(report)).ok).toBe(true);
      }
    },
  );

  it('names the result, records the sources, leaves the narrative empty and lists each input’s contribution', () => {
    const a = withCells({ ...makeReport('gip-2021'), agency: '某某县教育局' }, { 't3.new.natural': 5 });
    const b = withCells({ ...makeReport('gip-2021'), agency: '某某县民政局' }, { 't3.new.natural': 2 });
    const { report } = sumReports(
      [
        { report: a, file: '教育局.json' },
        { report: b, file: '民政局.docx' },
      ],
      '某某县人民政府',
    );
    expect(report).toMatchObject({ agency: '某某县人民政府', agencyKind: 'government', year: 2025, format: 'gip-2021' });
    expect(report.sections).toEqual({ preface: [], overview: [], problems: [], other: [] });
    expect(report.sources?.map((s) => [s.agency, s.file])).toEqual([
      ['某某县教育局', '教育局.json'],
      ['某某县民政局', '民政局.docx'],
    ]);
    expect(report.cells['t3.new.natural']).toBe(7);
    expect(contributions(report, 't3.new.natural')).toEqual([
      { agency: '某某县教育局', value: 5 },
      { agency: '某某县民政局', value: 2 },
    ]);
  });

  it('keeps a cell blank only where every input is blank, and warns about a blank among numbers naming agency and cell', () => {
    const a = withCells({ ...makeReport('gip-2021'), agency: '甲局' }, { 't2.rules.issued': null, 't2.fees.amount': null });
    const b = withCells({ ...makeReport('gip-2021'), agency: '乙局' }, { 't2.rules.issued': null, 't2.fees.amount': 0.1 });
    const { report, warnings } = sumReports(
      [
        { report: a, file: 'a.json' },
        { report: b, file: 'b.json' },
      ],
      '某某市',
    );
    expect(report.cells['t2.rules.issued']).toBeNull();
    expect(report.cells['t2.fees.amount']).toBe(0.1);
    expect(warnings).toEqual(['甲局（a.json）的“行政事业性收费 本年收费金额（单位：万元）”未填写，汇总时按0计']);
  });

  it('adds 2019 procurement amounts of different units in 元, and leaves blank an amount whose unit is unknown', () => {
    const a = { ...withCells(makeReport('gip-2019'), { 't2.procurement.amount': 1.5 }), agency: '甲局', units: { 't2.procurement.amount': '万元' as const } };
    const b = { ...withCells(makeReport('gip-2019'), { 't2.procurement.amount': 2000 }), agency: '乙局', units: { 't2.procurement.amount': '元' as const } };
    const mixed = sumReports(
      [
        { report: a, file: 'a' },
        { report: b, file: 'b' },
      ],
      '某某市',
    );
    expect(mixed.report.cells['t2.procurement.amount']).toBe(17000);
    expect(mixed.report.units).toEqual({ 't2.procurement.amount': '元' });
    const c = { ...withCells(makeReport('gip-2019'), { 't2.procurement.amount': 3 }), agency: '丙局' };
    const unknown = sumReports(
      [
        { report: a, file: 'a' },
        { report: c, file: 'c' },
      ],
      '某某市',
    );
    expect(unknown.report.cells['t2.procurement.amount']).toBeNull();
    expect(unknown.warnings.join('')).toContain('丙局（c）');
  });

  it('warns when the same agency is summed twice', () => {
    const a = { ...makeReport('gip-2021'), agency: '甲局' };
    const { warnings } = sumReports(
      [
        { report: a, file: '甲局.docx' },
        { report: a, file: '甲局.html' },
      ],
      '某某市',
    );
    expect(warnings).toEqual(['甲局（甲局.docx）与甲局（甲局.html）是同一机关的报告，汇总中计算了两次，请确认是否重复']);
  });

  it('refuses mixed years or formats with one Chinese sentence naming the inputs', () => {
    const a = { ...makeReport('gip-2021'), agency: '甲局' };
    expect(() =>
      sumReports(
        [
          { report: a, file: 'a.json' },
          { report: { ...a, agency: '乙局', year: 2024 }, file: 'b.json' },
        ],
        '某某市',
      ),
    ).toThrow('只能汇总同一年度的报告：甲局（a.json）为2025年，乙局（b.json）为2024年');
    expect(() =>
      sumReports(
        [
          { report: a, file: 'a.json' },
          { report: { ...makeReport('gip-2019'), year: 2025 }, file: 'c.json' },
        ],
        '某某市',
      ),
    ).toThrow(/只能汇总同一格式的报告/);
    expect(() => sumReports([], '某某市')).toThrow('请先勾选要汇总的报告');
  });
});
