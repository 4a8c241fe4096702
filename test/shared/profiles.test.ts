/** Check profiles (P1): data read by the checks (X5, G1, G15, G16) and the exports, saved in the report. */
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../shared/checks';
import { parseReportJson, type Block, type Report } from '../../shared/model';
import { deadlineOf, deadlineStatus, getProfile, layoutOf, PROFILES, type ReportProfile } from '../../shared/profiles';
import { LAYOUT_PROFILE_IDS, LAYOUT_PROFILES } from '../../shared/layout';
import { makeReport } from '../helpers/reports';

const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });

describe('profiles', () => {
  it('全国默认 and 江苏（宿迁监测） hold the figures of checks.md P1, each with an existing layout', () => {
    expect(PROFILES.map((p) => [p.id, p.name, p.x5Threshold, p.deadline.department, p.deadline.government, p.layout])).toEqual([
      ['national', '全国默认', 0.85, '01-31', '03-31', 'gbt9704'],
      ['jiangsu-suqian', '江苏（宿迁监测）', 0.5, '03-31', '03-31', 'jiangsu'],
    ]);
    for (const p of PROFILES) expect(LAYOUT_PROFILES.some((l) => l.id === p.layout)).toBe(true);
    expect(LAYOUT_PROFILES.map((l) => l.id)).toEqual([...LAYOUT_PROFILE_IDS]);
    // Every figure names where it comes from; none sets a length limit or an extra statement without one.
    for (const p of PROFILES) {
      expect(p.source).toMatch(/[\u4e00-\u9fff]{4}/);
      if (p.overviewMaxChars) expect(p.overviewMaxChars.source).toMatch(/[\u4e00-\u9fff]{4}/);
      for (const s of p.requiredStatements ?? []) expect(s.source).toMatch(/[\u4e00-\u9fff]{4}/);
    }
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
    expect(
      checkReport(base)
        .filter((d) => d.rule === 'G1')
        .map((d) => d.message),
    ).toEqual(['签发日期2026-03-15晚于公开期限2026-01-31，超期43天（全国默认：部门年报应于2026年1月31日前公开）']);
    expect(checkReport({ ...base, profile: 'jiangsu-suqian' }).filter((d) => d.rule === 'G1')).toEqual([]);
    expect(checkReport({ ...base, profile: 'jiangsu-suqian', signoff: { date: '2026-04-01' } }).filter((d) => d.rule === 'G1')).toHaveLength(1);
  });

  it('counts the deadline to the day: days left on a given day, days late from the 落款', () => {
    const r = makeReport('gip-2021', 'government');
    expect(deadlineStatus(r, `${r.year + 1}-03-01`)).toMatchObject({ deadline: `${r.year + 1}-03-31`, daysLeft: 30 });
    expect(deadlineStatus(r, `${r.year + 1}-04-02`).daysLeft).toBe(-2);
    expect(deadlineStatus({ ...r, agencyKind: 'department' }, `${r.year + 1}-01-31`).daysLeft).toBe(0);
    const late = checkReport({ ...r, signoff: { date: `${r.year + 1}-04-01` } }).filter((d) => d.rule === 'G1');
    expect(late.map((d) => d.message)).toEqual([
      `签发日期${r.year + 1}-04-01晚于公开期限${r.year + 1}-03-31，超期1天（全国默认：人民政府年报应于${r.year + 1}年3月31日前公开）`,
    ]);
    expect(checkReport({ ...r, signoff: { date: `${r.year + 1}-03-31` } }).filter((d) => d.rule === 'G1')).toEqual([]);
  });

  it('a profile with a length limit and required statements: G15 counts characters without spaces, G16 asks only whom it names', () => {
    const city: ReportProfile = {
      ...getProfile('national'),
      name: '某市（试用）',
      overviewMaxChars: { chars: 300, source: '某市年报编制要求（测试）' },
      requiredStatements: [
        {
          key: 'assessment',
          section: 'other',
          what: '说明政务公开考核结果',
          evidence: ['考核'],
          agencyKinds: ['government'],
          source: '某市年报编制要求（测试）',
        },
      ],
    };
    const base = makeReport('gip-2021');
    const overview = [para(`${'公开'.repeat(150)}`), para(' \n　')];
    const exact = { ...base, sections: { ...base.sections, overview } };
    expect(checkReport(exact, { profile: city }).filter((d) => d.rule === 'G15')).toEqual([]);
    const over = { ...base, sections: { ...base.sections, overview: [...overview, para('再多五个字')] } };
    const [g15] = checkReport(over, { profile: city }).filter((d) => d.rule === 'G15');
    expect(g15?.message).toBe('“一、总体情况”共305字，超过某市（试用）规定的300字5字（某市年报编制要求（测试））；请精简');
    expect(g15).toMatchObject({ expected: 300, actual: 305, severity: 'warning' });
    // Under the report's own profile (全国默认) neither rule applies.
    expect(checkReport(over).filter((d) => d.rule === 'G15' || d.rule === 'G16')).toEqual([]);
    const other = { ...base, sections: { ...base.sections, other: [para('本年未收取信息处理费。')] } };
    expect(checkReport(other, { profile: city }).filter((d) => d.rule === 'G16')).toEqual([]);
    const gov = checkReport({ ...other, agencyKind: 'government' }, { profile: city }).filter((d) => d.rule === 'G16');
    expect(gov.map((d) => d.message)).toEqual([
      '某市（试用）要求在“六、其他需要报告的事项”中说明政务公开考核结果（某市年报编制要求（测试）），其中未见相关内容',
    ]);
  });
});
