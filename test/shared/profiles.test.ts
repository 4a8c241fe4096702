/** Check profiles (P1): data read by the checks (X5, G1) and the exports, saved in the report. */
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../shared/checks';
import { parseReportJson, type Block, type Report } from '../../shared/model';
import { deadlineOf, getProfile, layoutOf, PROFILES } from '../../shared/profiles';
import { LAYOUT_PROFILES } from '../../shared/layout';
import { makeReport } from '../helpers/reports';

const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });

describe('profiles', () => {
  it('全国默认 and 江苏（宿迁监测） hold the figures of checks.md P1, each with an existing layout', () => {
    expect(PROFILES.map((p) => [p.id, p.name, p.x5Threshold, p.deadline.department, p.deadline.government, p.layout])).toEqual([
      ['national', '全国默认', 0.85, '01-31', '03-31', 'gbt9704'],
      ['jiangsu-suqian', '江苏（宿迁监测）', 0.5, '03-31', '03-31', 'jiangsu'],
    ]);
    for (const p of PROFILES) expect(LAYOUT_PROFILES.some((l) => l.id === p.layout)).toBe(true);
    expect(getProfile(undefined).id).toBe('national');
    expect(deadlineOf(getProfile('national'), 2026, 'department')).toBe('2027-01-31');
    expect(layoutOf({}).id).toBe('gbt9704');
    expect(layoutOf({ profile: 'jiangsu-suqian' }).id).toBe('jiangsu');
  });

  it('is saved in the report; absent means 全国默认; an unknown one is refused in Chinese', () => {
    const base = makeReport('gip-2021');
    const saved = parseReportJson(JSON.stringify({ ...base, profile: 'jiangsu-suqian' }));
    expect(saved.ok && saved.report.profile).toBe('jiangsu-suqian');
    const plain = parseReportJson(JSON.stringify(base));
    expect(plain.ok && plain.report.profile).toBeUndefined();
    const bad = parseReportJson(JSON.stringify({ ...base, profile: 'beijing' }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/^字段 profile：检查配置应为/);
  });

  it('X5 uses the profile threshold: 60 % shared wording passes nationally and is 内容雷同 under 宿迁 monitoring', () => {
    const base = makeReport('gip-2021');
    const thisYear = '针对存在问题，下一步将加强政策解读，重点提升解读的针对性和通俗化，探索建立多元参与的政策宣传解读模式。';
    const lastYear = '针对存在问题，下一步将加强政策解读，重点提升解读的针对性，同时规范依申请公开答复文书，组织业务培训两次。';
    const report: Report = { ...base, sections: { ...base.sections, problems: [para(thisYear)] } };
    const prior: Report = { ...base, year: base.year - 1, sections: { ...base.sections, problems: [para(lastYear)] } };
    const x5 = (r: Report) => checkReport(r, { prior }).filter((d) => d.rule === 'X5' && d.key === 'X5:problems');
    expect(x5(report)).toEqual([]);
    const [d] = x5({ ...report, profile: 'jiangsu-suqian' });
    expect(d?.message).toMatch(/^“五、存在的主要问题及改进情况”与2024年报告的相似度为\d+%（江苏（宿迁监测）以50%为限）/);
  });

  it('G1 uses the profile deadline: a department signing on 3月15日 is late nationally, in time under 宿迁', () => {
    const base = { ...makeReport('gip-2021'), signoff: { date: '2026-03-15' } };
    expect(checkReport(base).filter((d) => d.rule === 'G1').map((d) => d.message)).toEqual([
      '签发日期2026-03-15晚于公开期限2026-01-31（全国默认：部门年报应于2026年1月31日前公开）',
    ]);
    expect(checkReport({ ...base, profile: 'jiangsu-suqian' }).filter((d) => d.rule === 'G1')).toEqual([]);
    expect(checkReport({ ...base, profile: 'jiangsu-suqian', signoff: { date: '2026-04-01' } }).filter((d) => d.rule === 'G1')).toHaveLength(1);
  });
});
