/** Every rule, on both formats: the complete test report passes it, and one realistic mistake fails it. */
import { describe, expect, it } from 'vitest';
import { checkReport, RULES, type Diagnostic, type RuleId } from '../../../shared/checks';
import type { FormatId } from '../../../shared/formats';
import type { Block, Report } from '../../../shared/model';
import { getProfile, type ReportProfile } from '../../../shared/profiles';
import { makeReport, withCells } from '../../helpers/reports';

const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });

interface Case {
  rule: RuleId;
  what: string;
  formats: FormatId[];
  /** the report that breaks the rule (and the prior year's report for cross-year rules) */
  broken(base: Report, format: FormatId): { report: Report; prior?: Report };
  /** for cross-year rules: a prior that agrees with the base report */
  prior?(base: Report, format: FormatId): Report;
  /** a report that states the same thing correctly (default: the complete test report) */
  ok?(base: Report, format: FormatId): Report;
  kind?: Report['agencyKind'];
  /** a profile tried in place of the report's (the rules whose figures only some provinces set) */
  profile?: ReportProfile;
}

/**
 * A city's rules as a profile would carry them, for G15/G16: no entry of PROFILES sets a length limit or an extra
 * statement yet, as none has a published document to name.
 */
const CITY_RULES: ReportProfile = {
  ...getProfile('national'),
  name: '某市（试用）',
  overviewMaxChars: { chars: 1000, source: '某市年报编制要求（测试）' },
  requiredStatements: [
    { key: 'training', section: 'problems', what: '说明本年政务公开培训情况', evidence: ['培训'], source: '某市年报编制要求（测试）' },
    {
      key: 'government-only',
      section: 'other',
      what: '说明政务公开考核结果',
      evidence: ['考核'],
      agencyKinds: ['government'],
      source: '某市年报编制要求（测试）',
    },
  ],
};

const withText = (r: Report, key: keyof Report['sections'], ...texts: string[]): Report => ({ ...r, sections: { ...r.sections, [key]: texts.map(para) } });
const addText = (r: Report, key: keyof Report['sections'], ...texts: string[]): Report => ({
  ...r,
  sections: { ...r.sections, [key]: [...r.sections[key], ...texts.map(para)] },
});

const BOTH: FormatId[] = ['gip-2021', 'gip-2019'];

/** A prior year that the base report continues correctly. */
function priorOf(base: Report, format: FormatId): Report {
  const prior = withCells({ ...base, year: base.year - 1 }, {});
  const t3cols = ['natural', 'commercial', 'research', 'welfare', 'legal', 'other_org', 'total'];
  for (const c of t3cols) prior.cells[`t3.forward.${c}`] = base.cells[`t3.carried.${c}`] ?? 0;
  if (format === 'gip-2021') Object.assign(prior.cells, { 't2.normative.valid': 10, 't2.rules.valid': 0 });
  else Object.assign(prior.cells, { 't2.licensing.prev': 11, 't2.licensing.delta': -1 });
  prior.sections = {
    ...base.sections,
    overview: [para('上一年度，本机关围绕中心工作，依法做好政府信息主动公开，规范依申请公开办理，完善平台建设和监督保障。')],
    problems: [para('上年存在的主要问题是队伍建设有待加强，改进措施是组织专题培训。')],
    other: [para('上年未收取信息处理费。')],
  };
  return prior;
}

const CASES: Case[] = [
  { rule: 'A1', what: '结转下年度与勾稽不符', formats: BOTH, broken: (r) => ({ report: withCells(r, { 't3.forward.natural': 2, 't3.forward.total': 2 }) }) },
  { rule: 'B1', what: '总计不等于各申请人之和', formats: BOTH, broken: (r) => ({ report: withCells(r, { 't3.granted.total': 5 }) }) },
  {
    rule: 'B2',
    what: '（七）总计不等于各结果之和',
    formats: BOTH,
    broken: (r) => ({ report: withCells(r, { 't3.unable.not_held.natural': 1, 't3.unable.not_held.total': 1 }) }),
  },
  { rule: 'B3', what: '复议总计为0', formats: BOTH, broken: (r) => ({ report: withCells(r, { 't4.review.total': 0 }) }) },
  { rule: 'B4', what: '负数', formats: BOTH, broken: (r) => ({ report: withCells(r, { 't4.suit_direct.upheld': -1 }) }) },
  { rule: 'B5', what: '空白单元格', formats: BOTH, broken: (r) => ({ report: withCells(r, { 't3.rejected.mass.legal': null }) }) },
  { rule: 'B7', what: '（信息）分类小计', formats: BOTH, broken: (r) => ({ report: r }) },
  {
    rule: 'B8',
    what: '无申请却有办理结果',
    formats: BOTH,
    broken: (r) => {
      const cells: Record<string, number> = {};
      for (const id of Object.keys(r.cells)) if (id.startsWith('t3.')) cells[id] = 0;
      return { report: withCells(r, { ...cells, 't3.granted.natural': 1 }) };
    },
  },
  {
    rule: 'C1',
    what: '收费金额超过4位小数或件数带小数',
    formats: BOTH,
    broken: (r, f) => ({ report: withCells(r, f === 'gip-2021' ? { 't2.fees.amount': 1.23456 } : { 't2.licensing.decisions': 2.5 }) }),
  },
  { rule: 'C2', what: '收费金额疑似按元填写', formats: ['gip-2021'], broken: (r) => ({ report: withCells(r, { 't2.fees.amount': 77302800 }) }) },
  {
    rule: 'C3',
    what: '县级机关填了规章',
    formats: BOTH,
    broken: (r, f) => ({ report: { ...withCells(r, { [f === 'gip-2021' ? 't2.rules.issued' : 't2.rules.made']: 1 }), agency: '某某县教育局' } }),
  },
  {
    rule: 'C4',
    what: '废止多于可废止数',
    formats: ['gip-2021'],
    prior: priorOf,
    broken: (r, f) => ({ report: withCells(r, { 't2.normative.repealed': 20, 't2.normative.valid': -7 }), prior: priorOf(r, f) }),
  },
  { rule: 'C5', what: '采购总金额无单位', formats: ['gip-2019'], broken: (r) => ({ report: withCells(r, { 't2.procurement.amount': 251000 }) }) },
  {
    rule: 'D1',
    what: '正文受理数与表不符',
    formats: BOTH,
    broken: (r) => ({ report: { ...r, sections: { ...r.sections, preface: [para('本机关全年共受理政府信息公开申请9件。')] } } }),
  },
  {
    rule: 'D2',
    what: '正文引用自然人一列',
    formats: BOTH,
    broken: (r) => ({ report: { ...r, sections: { ...r.sections, preface: [para('予以公开及部分公开4件。')] } } }),
  },
  {
    rule: 'D3',
    what: '正文复议数与表四不符',
    formats: BOTH,
    broken: (r) => ({ report: { ...r, sections: { ...r.sections, preface: [para('发生政府信息公开行政复议3件，行政诉讼1件。')] } } }),
  },
  {
    rule: 'D5',
    what: '部门年报按全市口径叙述',
    formats: BOTH,
    broken: (r) => ({ report: { ...r, sections: { ...r.sections, preface: [para('全市共受理政府信息公开申请6件。')] } } }),
  },
  {
    rule: 'D6',
    what: '正文用中文数字写的复议数与表四不符（“行政复议三起”）',
    formats: BOTH,
    ok: (r) => withText(r, 'preface', '全年发生政府信息公开行政复议两起，共受理政府信息公开申请六件。'),
    broken: (r) => ({ report: withText(r, 'preface', '全年发生政府信息公开行政复议三起，共受理政府信息公开申请十二件。') }),
  },
  {
    rule: 'D7',
    what: '“占…%”不等于表三的比例',
    formats: BOTH,
    ok: (r) => withText(r, 'preface', '予以公开4件，占66.7%；不予公开1件，占16.7%。行政复议纠错率为0%。'),
    broken: (r) => ({ report: withText(r, 'preface', '予以公开4件，占33.9%；不予公开1件，占4.34%。') }),
  },
  {
    rule: 'D8',
    what: '“未发生行政复议”而表四有复议案件',
    formats: BOTH,
    ok: (r) => withText(r, 'preface', '全年未发生因政府信息公开工作被提起行政诉讼的情况。'),
    broken: (r) => ({ report: withText(r, 'preface', '全年未发生因政府信息公开工作被申请行政复议的情况。') }),
  },
  {
    rule: 'F4',
    what: '人民政府年报未写考核评议追责',
    formats: BOTH,
    kind: 'government',
    broken: (r) => ({
      report: { ...r, sections: { ...r.sections, overview: r.sections.overview.filter((b) => !(b.kind === 'paragraph' && b.runs[0]?.text.includes('考核'))) } },
    }),
  },
  {
    rule: 'G1',
    what: '部门年报签发晚于1月31日',
    formats: BOTH,
    ok: (r) => ({ ...r, signoff: { date: `${r.year + 1}-01-20` } }),
    broken: (r) => ({ report: { ...r, signoff: { date: `${r.year + 1}-02-15` } } }),
  },
  { rule: 'G2', what: '缺第五部分', formats: BOTH, broken: (r) => ({ report: { ...r, sections: { ...r.sections, problems: [] } } }) },
  {
    rule: 'G3',
    what: '总体情况缺平台建设',
    // The five aspects are the 2021 format's (〔2021〕30号 （一））; a 2019-format report is not held to them.
    formats: ['gip-2021'],
    broken: (r) => ({
      report: {
        ...r,
        sections: {
          ...r.sections,
          overview: r.sections.overview.filter(
            (b) => !(b.kind === 'heading' && b.text.includes('平台')) && !(b.kind === 'paragraph' && b.runs[0]?.text.includes('网站')),
          ),
        },
      },
    }),
  },
  {
    rule: 'G13',
    what: '正文写出申请人的身份证号',
    formats: BOTH,
    broken: (r) => ({
      report: { ...r, sections: { ...r.sections, problems: [...r.sections.problems, para('申请人（身份证号11010519491231002X）对答复不服。')] } },
    }),
  },
  {
    rule: 'G14',
    what: '2021年版年报引用2019年版文号',
    formats: ['gip-2021'],
    broken: (r) => ({ report: { ...r, sections: { ...r.sections, preface: [para('本报告根据国办公开办函〔2019〕60号编制。'), ...r.sections.preface] } } }),
  },
  {
    rule: 'G15',
    what: '总体情况超过所选检查配置的1000字',
    formats: BOTH,
    profile: CITY_RULES,
    broken: (r) => ({ report: addText(r, 'overview', `本年度，本机关${'持续深化政务公开，'.repeat(110)}。`) }),
  },
  {
    rule: 'G16',
    what: '所选检查配置要求说明培训情况，问题与改进中未写',
    formats: BOTH,
    profile: CITY_RULES,
    ok: (r) => addText(r, 'problems', '下一步将加强业务培训。'),
    broken: (r) => ({ report: withText(r, 'problems', '存在的主要问题是公开的及时性有待提高。改进措施是建立定期更新机制。') }),
  },
  {
    rule: 'G5',
    what: '其他事项只写“无”',
    formats: ['gip-2021'],
    broken: (r) => ({ report: { ...r, sections: { ...r.sections, other: [para('无。')] } } }),
  },
  { rule: 'G6', what: '标题少“工作”', formats: BOTH, broken: (r) => ({ report: { ...r, title: `${r.agency}${r.year}年政府信息公开年度报告` } }) },
  {
    rule: 'G9',
    what: '沿用另一版格式的栏目',
    formats: BOTH,
    broken: (r, f) => ({ report: withCells(r, f === 'gip-2021' ? { 't3.other.total': 1 } : { 't3.other.no_fee.total': 1 }) }),
  },
  {
    rule: 'G10',
    what: '小标题跳号（（二）之后是（四），如洪泽区2024年报）',
    formats: BOTH,
    broken: (r) => ({
      report: {
        ...r,
        sections: {
          ...r.sections,
          overview: r.sections.overview.map((b) =>
            b.kind === 'heading' && b.text.startsWith('（三）') ? { ...b, text: b.text.replace('（三）', '（四）') } : b,
          ),
        },
      },
    }),
  },
  {
    rule: 'G11',
    what: '（信息）重复录入、半角标点',
    formats: BOTH,
    broken: (r) => ({ report: addText(r, 'problems', '下一步将加大资金资金投入,提升公开质量。') }),
  },
  {
    rule: 'G12',
    what: '联系人姓名用了GB 2312以外的字',
    formats: BOTH,
    ok: (r) => addText(r, 'preface', '联系人：王镇，联系电话：0527-88888888。'),
    broken: (r) => ({ report: addText(r, 'preface', '联系人：王鎔，联系电话：0527-88888888。') }),
  },
  {
    rule: 'X1',
    what: '上年结转与上年结转下年度不符',
    formats: BOTH,
    prior: priorOf,
    broken: (r, f) => ({ report: r, prior: withCells(priorOf(r, f), { 't3.forward.natural': 3, 't3.forward.total': 3 }) }),
  },
  {
    rule: 'X2',
    what: '现行有效件数不衔接',
    formats: ['gip-2021'],
    prior: priorOf,
    broken: (r, f) => ({ report: r, prior: withCells(priorOf(r, f), { 't2.normative.valid': 30 }) }),
  },
  {
    rule: 'X3',
    what: '（信息）上年为2019年版',
    formats: ['gip-2021'],
    prior: priorOf,
    broken: (r) => ({ report: r, prior: { ...makeReport('gip-2019'), year: r.year - 1, agency: r.agency } }),
  },
  {
    rule: 'X4',
    what: '项目数量不衔接',
    formats: ['gip-2019'],
    prior: priorOf,
    broken: (r, f) => ({ report: r, prior: withCells(priorOf(r, f), { 't2.licensing.delta': 4 }) }),
  },
  {
    rule: 'X5',
    what: '问题与改进照抄上年',
    formats: BOTH,
    prior: priorOf,
    broken: (r, f) => ({ report: r, prior: { ...priorOf(r, f), sections: { ...priorOf(r, f).sections, problems: r.sections.problems } } }),
  },
  {
    rule: 'X6',
    what: '机关名称与上年不同',
    formats: BOTH,
    prior: priorOf,
    broken: (r, f) => ({ report: r, prior: { ...priorOf(r, f), agency: '某某市教育委员会' } }),
  },
];

const rulesOf = (ds: Diagnostic[], rule: RuleId) => ds.filter((d) => d.rule === rule);

describe('the complete test report', () => {
  for (const format of BOTH) {
    for (const kind of ['department', 'government'] as const) {
      it(`${format} ${kind}: passes every rule, with the prior year too`, () => {
        const base = makeReport(format, kind);
        const found = checkReport(base, { prior: priorOf(base, format) }).filter((d) => d.severity !== 'info');
        expect(found).toEqual([]);
      });
    }
  }
});

describe('each rule', () => {
  it('has a test case for every rule the engine implements', () => {
    const tested = new Set(CASES.map((c) => c.rule));
    const implemented = new Set<RuleId>();
    for (const c of CASES)
      for (const f of c.formats) {
        const base = makeReport(f, c.kind);
        const { report, prior } = c.broken(base, f);
        for (const d of checkReport(report, { ...(prior ? { prior } : {}), ...(c.profile ? { profile: c.profile } : {}) })) implemented.add(d.rule);
      }
    expect([...implemented].filter((r) => !tested.has(r))).toEqual([]);
    expect(Object.keys(RULES).sort()).toEqual([...tested].sort());
  });

  for (const c of CASES) {
    for (const format of c.formats) {
      it(`${c.rule} (${format}): ${c.what}`, () => {
        const base = makeReport(format, c.kind);
        const trying = c.profile ? { profile: c.profile } : {};
        const passing = checkReport(c.ok ? c.ok(base, format) : base, { ...trying, ...(c.prior ? { prior: c.prior(base, format) } : {}) });
        const { report, prior } = c.broken(base, format);
        const failing = checkReport(report, { ...trying, ...(prior ? { prior } : {}) });
        if (RULES[c.rule].severity === 'info') {
          expect(rulesOf(failing, c.rule).length).toBeGreaterThan(0);
          if (c.rule !== 'B7') expect(rulesOf(passing, c.rule)).toEqual([]);
          return;
        }
        expect(rulesOf(passing, c.rule)).toEqual([]);
        const found = rulesOf(failing, c.rule);
        expect(found.length).toBeGreaterThan(0);
        for (const d of found) {
          expect(d.severity).toBe(RULES[c.rule].severity);
          expect(d.message).toMatch(/[\u4e00-\u9fff]/);
          expect(d.key.startsWith(`${c.rule}:`)).toBe(true);
        }
      });
    }
  }
});

describe('G3 and the 2019 format', () => {
  it("does not ask a 2019-format report for the 2021 format's five aspects, but a government still for 考核评议追责 (F4)", () => {
    const bare = (f: FormatId, kind?: 'government') => {
      const r = makeReport(f, kind);
      return { ...r, sections: { ...r.sections, overview: [para('本年度主动公开政府信息若干条。')] } };
    };
    expect(rulesOf(checkReport(bare('gip-2019')), 'G3')).toEqual([]);
    expect(rulesOf(checkReport(bare('gip-2021')), 'G3').length).toBeGreaterThan(0);
    expect(rulesOf(checkReport(bare('gip-2019', 'government')), 'F4').length).toBeGreaterThan(0);
  });
});

describe('messages', () => {
  it('B3 names what is compared, both sides and the difference', () => {
    const r = withCells(makeReport('gip-2021'), { 't4.review.upheld': 10, 't4.review.corrected': 1, 't4.review.pending': 0, 't4.review.total': 0 });
    const [d] = rulesOf(checkReport(r), 'B3');
    expect(d).toMatchObject({
      message: '行政复议：结果维持+结果纠正+其他结果+尚未审结=11，总计填写为0，相差11',
      cells: ['t4.review.total', 't4.review.upheld', 't4.review.corrected', 't4.review.other', 't4.review.pending'],
      expected: 11,
      actual: 0,
    });
  });

  it('B1 says what a blank total should hold', () => {
    const r = withCells(makeReport('gip-2019'), { 't3.granted.total': null });
    const [d] = rulesOf(checkReport(r), 'B1');
    expect(d?.message).toBe('（一）予以公开：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他=4，总计未填写');
    expect(d?.cells[0]).toBe('t3.granted.total');
    expect(d?.expected).toBe(4);
    expect(d?.actual).toBeNull();
  });

  it('A1 applies to every column, not only 总计', () => {
    const r = withCells(makeReport('gip-2021'), { 't3.new.commercial': 2, 't3.new.total': 7, 't3.new.natural': 5 });
    const a1 = rulesOf(checkReport(r), 'A1');
    expect(a1.map((d) => d.message.split('列')[0])).toEqual(['商业企业', '总计']);
  });

  it('A1 waits for a column that is not begun on one side, and otherwise counts blanks as 0', () => {
    const fresh = withCells(makeReport('gip-2021'), { 't3.new.natural': null, 't3.total.natural': null, 't3.forward.natural': null });
    expect(rulesOf(checkReport(fresh), 'A1').filter((d) => d.cells.includes('t3.forward.natural'))).toEqual([]);
    const partly = withCells(makeReport('gip-2021'), { 't3.forward.natural': null });
    expect(rulesOf(checkReport(partly), 'A1').map((d) => [d.expected, d.actual])).toEqual([[6, 5]]);
  });

  it('D3 reads cases counted in 起 as well as 件', () => {
    const r = makeReport('gip-2021');
    const broken = { ...r, sections: { ...r.sections, preface: [para('全年发生行政复议5起。')] } };
    expect(rulesOf(checkReport(broken), 'D3').map((d) => [d.actual, d.expected])).toEqual([[5, 2]]);
  });

  it('blank and 0 are different: a blank is B5, a 0 is a value', () => {
    const zero = withCells(makeReport('gip-2021'), { 't2.rules.issued': 0 });
    const blank = withCells(makeReport('gip-2021'), { 't2.rules.issued': null });
    expect(rulesOf(checkReport(zero), 'B5')).toEqual([]);
    expect(rulesOf(checkReport(blank), 'B5')[0]?.cells).toEqual(['t2.rules.issued']);
  });

  it('narrative rules are warnings and point at the paragraph', () => {
    const r = makeReport('gip-2021');
    const broken = { ...r, sections: { ...r.sections, preface: [para('全年共受理政府信息公开申请9件。')] } };
    const [d] = rulesOf(checkReport(broken), 'D1');
    expect(d?.severity).toBe('warning');
    expect(d?.blocks).toEqual([{ section: 'preface', index: 0 }]);
    expect(d?.message).toContain('9件');
    expect(d?.message).toContain('相差3');
  });
});
