/** The editor re-checks on every keystroke: an incremental update must say exactly what a full check says. */
import { describe, expect, it } from 'vitest';
import { CheckSession, checkReport } from '../../../shared/checks';
import { getFormat } from '../../../shared/formats';
import type { Report } from '../../../shared/model';
import { loadFixture, makeReport, withCells } from '../../helpers/reports';

const sortKeys = (ds: { key: string; message: string }[]) => ds.map((d) => `${d.key}|${d.message}`).sort();

describe('CheckSession', () => {
  it('after each of many random edits, matches a full check', () => {
    let report: Report = loadFixture('淮安市人民政府_2024');
    const prior = loadFixture('淮安市人民政府_2024');
    const session = new CheckSession(report, prior);
    const ids = getFormat(report.format).cellIds;
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      const id = ids[rnd(ids.length)] ?? '';
      const value = rnd(5) === 0 ? null : rnd(40);
      report = withCells(report, { [id]: value });
      if (i % 50 === 0)
        report = {
          ...report,
          sections: { ...report.sections, preface: [{ kind: 'paragraph', runs: [{ text: `全年共受理政府信息公开申请${rnd(4000)}件。` }] }] },
        };
      session.update(report);
      expect(sortKeys(session.diagnostics())).toEqual(sortKeys(checkReport(report, { prior })));
    }
  });

  it('typing in one section, changing the profile or the sign-off date: the same as a full check', () => {
    let report: Report = loadFixture('淮安市洪泽区人民政府_2024');
    const prior = loadFixture('淮安市洪泽区人民政府_2023');
    const session = new CheckSession(report, prior);
    const keys = ['preface', 'overview', 'problems', 'other'] as const;
    const typed = ['两起', '，占50%', '资金资金', '鎔', '。', '未发生行政复议', '均已办结', '（三）'];
    for (let i = 0; i < 40; i++) {
      const key = keys[i % keys.length] ?? 'overview';
      const blocks = report.sections[key];
      const at = i % Math.max(1, blocks.length);
      const b = blocks[at];
      const next =
        b && b.kind === 'paragraph'
          ? { ...b, runs: [...b.runs, { text: typed[i % typed.length] ?? '' }] }
          : { kind: 'paragraph' as const, runs: [{ text: typed[i % typed.length] ?? '' }] };
      report = { ...report, sections: { ...report.sections, [key]: blocks.length ? blocks.map((x, j) => (j === at ? next : x)) : [next] } };
      if (i === 13) report = { ...report, profile: 'jiangsu-suqian' };
      if (i === 21) report = { ...report, signoff: { date: '2025-02-20' } };
      session.update(report);
      expect(sortKeys(session.diagnostics())).toEqual(sortKeys(checkReport(report, { prior })));
    }
  });

  it('a foreign cell added and removed is noticed (G9)', () => {
    const base = makeReport('gip-2021');
    const session = new CheckSession(base);
    const withForeign = withCells(base, { 't3.other.natural': 1 });
    session.update(withForeign);
    expect(session.diagnostics().some((d) => d.rule === 'G9')).toBe(true);
    const rest = Object.fromEntries(Object.entries(withForeign.cells).filter(([id]) => id !== 't3.other.natural'));
    session.update({ ...withForeign, cells: rest });
    expect(session.diagnostics().some((d) => d.rule === 'G9')).toBe(false);
  });

  it('switching the format re-checks everything', () => {
    const r2021 = makeReport('gip-2021');
    const session = new CheckSession(r2021);
    const r2019 = makeReport('gip-2019');
    session.update(r2019);
    expect(sortKeys(session.diagnostics())).toEqual(sortKeys(checkReport(r2019)));
  });
});
