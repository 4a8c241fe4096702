/** Starting a year from the last one, on the real pairs and on a 2019-format prior. */
import { describe, expect, it } from 'vitest';
import { checkReport, autoTotals } from '../../shared/checks';
import { getFormat } from '../../shared/formats';
import { applyMention, blankReport, numberChanges, rollForward, yearMentions } from '../../shared/rollover';
import { loadFixture, makeReport, withCells } from '../helpers/reports';

const COLS = ['natural', 'commercial', 'research', 'welfare', 'legal', 'other_org', 'total'];

describe('rollForward', () => {
  it.each([
    ['宿迁市_2023_全市汇总_仅表格', '宿迁市_2024_全市汇总_仅表格'],
    ['淮安市洪泽区人民政府_2023', '淮安市洪泽区人民政府_2024'],
  ])('%s → next year: 上年结转 equals the published next report, every other statistic blank', (from, to) => {
    const prior = loadFixture(from);
    const published = loadFixture(to);
    const { report } = rollForward(prior, prior.year + 1);
    expect(COLS.map((c) => report.cells[`t3.carried.${c}`])).toEqual(COLS.map((c) => published.cells[`t3.carried.${c}`]));
    const filled = Object.entries(report.cells).filter(([id, v]) => v !== null && !id.startsWith('t3.carried.'));
    expect(filled).toEqual([]);
    expect(report.year).toBe(prior.year + 1);
    expect(report.title).toBeUndefined();
    expect(checkReport(report, { prior }).filter((d) => d.rule === 'X1')).toEqual([]);
  });

  it('never carries last year’s numbers as this year’s', () => {
    const prior = loadFixture('淮安市人民政府_2024');
    const { report } = rollForward(prior, 2025);
    expect(report.cells['t2.licensing.decisions']).toBeNull();
    expect(report.cells['t3.new.total']).toBeNull();
    expect(report.cells['t4.review.total']).toBeNull();
    expect(report.cells['t3.carried.total']).toBe(103);
  });

  it('migrates the 2020 杭州市科技局 report (2019 format) to a 2021-format report, saying what cannot carry', () => {
    const prior = loadFixture('杭州市科技局_2020');
    const { report, notes } = rollForward(prior, 2021);
    expect(report.format).toBe('gip-2021');
    expect(Object.keys(report.cells).sort()).toEqual([...getFormat('gip-2021').cellIds].sort());
    expect(COLS.map((c) => report.cells[`t3.carried.${c}`])).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(report.cells['t2.normative.valid']).toBeNull();
    expect(notes.join('')).toContain('对外公开总数量');
    expect(notes.join('')).toContain('X3');
    expect(checkReport(report, { prior }).some((d) => d.rule === 'X3')).toBe(true);
  });

  it('carries the narrative as an unreviewed draft and proposes year updates without applying them', () => {
    const prior = loadFixture('淮安市洪泽区人民政府_2023');
    const { report, mentions } = rollForward(prior, 2024);
    const paragraphs = report.sections.overview.filter((b) => b.kind !== 'figure');
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(paragraphs.every((b) => 'unreviewed' in b && b.unreviewed === true)).toBe(true);
    const first = mentions.find((m) => m.from === '2023');
    expect(first?.to).toBe('2024');
    const text = JSON.stringify(report.sections);
    expect(text).toContain('2023年');
    const applied = applyMention(report, first ?? mentions[0]!);
    expect(JSON.stringify(applied.sections[first?.section ?? 'overview'][first?.index ?? 0])).toContain('2024');
    expect(yearMentions(report)).toEqual(mentions);
  });

  it('flags text carried unchanged (X5) until it is rewritten', () => {
    const prior = loadFixture('淮安市洪泽区人民政府_2023');
    const { report } = rollForward(prior, 2024);
    expect(checkReport(report, { prior }).filter((d) => d.rule === 'X5').length).toBeGreaterThan(0);
  });
});

describe('year-over-year numbers', () => {
  it('lists every number with last year’s value and flags ×5 / ÷5 jumps', () => {
    const prior = loadFixture('宿迁市_2023_全市汇总_仅表格');
    const now = withCells(loadFixture('宿迁市_2024_全市汇总_仅表格'), { 't2.licensing.decisions': 1 });
    const changes = numberChanges(now, prior);
    expect(changes).toHaveLength(getFormat('gip-2021').cellIds.length);
    expect(changes.find((c) => c.id === 't2.licensing.decisions')?.jump).toBe(true);
    expect(changes.find((c) => c.id === 't3.carried.total')).toMatchObject({ prior: 96, now: 121, jump: false });
  });
});

describe('blankReport', () => {
  it('starts with every cell blank and 一 with the five aspects as headings', () => {
    const r = blankReport('某某县人民政府', 'government', 2026);
    expect(r.format).toBe('gip-2021');
    expect(Object.values(r.cells).every((v) => v === null)).toBe(true);
    expect(r.sections.overview.map((b) => (b.kind === 'heading' ? b.text : ''))).toEqual([
      '（一）主动公开情况',
      '（二）依申请公开情况',
      '（三）政府信息管理情况',
      '（四）政府信息公开平台建设情况',
      '（五）政府信息公开监督保障情况',
    ]);
  });
});

describe('autoTotals', () => {
  it('fills the totals the table implies, only where parts are filled, and leaves a consistent table', () => {
    const base = makeReport('gip-2021');
    const broken = withCells(base, { 't3.granted.total': null, 't3.total.natural': null, 't3.total.total': null, 't4.review.total': 0 });
    const totals = autoTotals(broken);
    expect(totals).toEqual({ 't3.total.natural': 5, 't3.total.total': 6, 't3.granted.total': 4, 't4.review.total': 2 });
    const fixed = withCells(broken, totals);
    expect(checkReport(fixed).filter((d) => ['B1', 'B2', 'B3'].includes(d.rule))).toEqual([]);
    expect(autoTotals(blankReport('某局', 'department', 2025))).toEqual({});
  });
});
