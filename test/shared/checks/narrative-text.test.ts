/**
 * The second round of narrative rules (checks.md §J: D6–D8, G10–G12) on the phrasings of published reports, on both
 * formats, with the words each diagnostic points at.
 */
import { describe, expect, it } from 'vitest';
import { checkReport, findFigures, type Diagnostic, type RuleId, type TextSpan } from '../../../shared/checks';
import { charsOutsideGb2312 } from '../../../shared/checks/gb2312';
import { lintText } from '../../../shared/checks/text-lint';
import type { FormatId } from '../../../shared/formats';
import { blockText, type Block, type Report } from '../../../shared/model';
import { loadFixture, makeReport, withCells } from '../../helpers/reports';

const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
const BOTH: FormatId[] = ['gip-2021', 'gip-2019'];
const byRule = (ds: Diagnostic[], rule: RuleId) => ds.filter((d) => d.rule === rule);
const withText = (r: Report, key: keyof Report['sections'], ...texts: string[]): Report => ({ ...r, sections: { ...r.sections, [key]: texts.map(para) } });

/** The words a span points at. */
function words(report: Report, s: TextSpan): string {
  const b = report.sections[s.section][s.index];
  return b ? blockText(b).slice(s.start, s.end) : '';
}

describe('D6: counts in Chinese numerals', () => {
  it('reads 两起, 十二件, 一百零五件 as counts, with the words they stand in', () => {
    const ref = { section: 'overview' as const, index: 0 };
    const text = '全年共受理政府信息公开申请一百零五件，发生行政复议两起、行政诉讼十二件。';
    const found = findFigures(text, ref).map((f) => [f.kind, f.value, f.inWords, text.slice(f.start, f.end)]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['received', 105, true, '受理政府信息公开申请一百零五件'],
        ['review', 2, true, '行政复议两起'],
        ['suit', 12, true, '行政诉讼十二件'],
      ]),
    );
  });

  it('does not take slogans for counts ("高效办成一件事", "一起研究")', () => {
    const ref = { section: 'overview' as const, index: 0 };
    expect(findFigures('推进政务服务“高效办成一件事”，办理一件事一次办。', ref)).toEqual([]);
    expect(findFigures('对行政复议和行政诉讼一起研究、一起部署。', ref)).toEqual([]);
  });

  for (const format of BOTH) {
    it(`${format}: a count in words that agrees passes, one that differs is D6 pointing at the words`, () => {
      const base = makeReport(format);
      expect(byRule(checkReport(withText(base, 'overview', '行政复议两起，答复政府信息公开申请六件。')), 'D6')).toEqual([]);
      const report = withText(base, 'overview', '全年共发生政府信息公开行政复议三起。');
      const [d] = byRule(checkReport(report), 'D6');
      expect(d).toMatchObject({ severity: 'warning', expected: 2, actual: 3, cells: ['t4.review.total'] });
      expect(d?.message).toBe('正文“行政复议三起”为3件，表四“行政复议”总计为2件，相差1');
      expect(words(report, d?.spans?.[0] as TextSpan)).toBe('行政复议三起');
    });
  }
});

describe('D7: percentages and rates', () => {
  it('上海 2019: "占4.34%" (35 of 805, cut off) and "占19.6%" pass; the shares of the misquoted figures do not', () => {
    const report = loadFixture('上海市人民政府办公厅_2019');
    const d7 = byRule(checkReport(report), 'D7');
    expect(d7.map((d) => [words(report, d.spans?.[0] as TextSpan), d.expected, d.actual])).toEqual([
      ['予以公开及部分公开258件，占33.9%', 34.2, 33.9],
      ['无法提供265件，占32.9%', 41.9, 32.9],
    ]);
    expect(d7[1]?.message).toBe('正文“无法提供265件，占32.9%”与表格不符：表三“（四）无法提供”总计列为337件，占表三“（七）总计”805件的41.9%');
  });

  it('上海 2019: "较去年回落12.3%" needs last year\'s report and is left alone without it', () => {
    const found = byRule(checkReport(loadFixture('上海市人民政府办公厅_2019')), 'D7');
    expect(found.some((d) => d.message.includes('回落'))).toBe(false);
  });

  it('宿迁 2024 against 2023: "3646件，同比增长1.05%" is 3646 against 3607, an increase of 1.08%', () => {
    const report = loadFixture('宿迁市_2024_全市汇总_仅表格');
    const prior = loadFixture('宿迁市_2023_全市汇总_仅表格');
    const [d] = byRule(checkReport(report, { prior }), 'D7');
    expect(d?.message).toContain('本年3646件，2023年3607件，增长1.08%');
    expect([d?.expected, d?.actual]).toEqual([1.08, 1.05]);
    expect(words(report, d?.spans?.[0] as TextSpan)).toBe('收办政府信息公开申请案件3646件，同比增长1.05%');
    const fixed = withText(report, 'overview', '全市全年共收办政府信息公开申请案件3646件，同比增长1.08%。');
    expect(byRule(checkReport(fixed, { prior }), 'D7')).toEqual([]);
  });

  for (const format of BOTH) {
    it(`${format}: 纠错率 against table 四 (长春 2024: 42 of 98 = 42.86%)`, () => {
      const base = withCells(makeReport(format), {
        't4.review.upheld': 50,
        't4.review.corrected': 42,
        't4.review.other': 6,
        't4.review.pending': 0,
        't4.review.total': 98,
      });
      const ok = withText(base, 'overview', '全年办理政府信息公开行政复议案件98件，行政复议纠错率为42.86%。');
      expect(byRule(checkReport(ok), 'D7')).toEqual([]);
      const [d] = byRule(checkReport(withText(base, 'overview', '全年办理政府信息公开行政复议案件98件，行政复议纠错率为40.5%。')), 'D7');
      expect(d?.message).toBe('正文“纠错率为40.5%”与表四不符：行政复议结果纠正42件、总计98件，纠错率为42.9%');
    });

    it(`${format}: a year-on-year change is checked against the prior report`, () => {
      const base = makeReport(format);
      const prior = withCells({ ...base, year: base.year - 1 }, { 't3.new.natural': 4, 't3.new.total': 5 });
      const text = (pct: string) => withText(base, 'overview', `全年共受理政府信息公开申请6件，同比${pct}。`);
      expect(byRule(checkReport(text('增长20%'), { prior }), 'D7')).toEqual([]);
      expect(byRule(checkReport(text('下降20%'), { prior }), 'D7')).toHaveLength(1);
      expect(byRule(checkReport(text('增长25%'), { prior }), 'D7')).toHaveLength(1);
      expect(byRule(checkReport(text('增长25%')), 'D7')).toEqual([]);
    });
  }
});

describe('D8: zero and completeness claims', () => {
  for (const format of BOTH) {
    it(`${format}: "未收到政府信息公开申请" while table 三 has new applications`, () => {
      const report = withText(makeReport(format), 'overview', '本年度，本机关未收到政府信息公开申请。');
      const [d] = byRule(checkReport(report), 'D8');
      expect(d?.message).toBe('正文“未收到政府信息公开申请”，但表三“一、本年新收政府信息公开申请数量”总计为6件');
      expect(d?.cells).toEqual(['t3.new.total']);
      expect(words(report, d?.spans?.[0] as TextSpan)).toBe('未收到政府信息公开申请');
      const zero: Record<string, number> = {};
      for (const id of Object.keys(report.cells)) if (id.startsWith('t3.')) zero[id] = 0;
      expect(byRule(checkReport(withCells(report, zero)), 'D8')).toEqual([]);
    });

    it(`${format}: "均已按时办结" with cases carried forward, unless the sentence states them`, () => {
      const base = makeReport(format);
      const claim = withText(base, 'overview', '全年受理的政府信息公开申请均已按时办结。');
      expect(byRule(checkReport(claim), 'D8').map((d) => d.message)).toEqual([
        '正文“均已按时办结”，但表三“四、结转下年度继续办理”总计为1件；有结转的应写明“结转下年度继续办理1件”',
      ]);
      const stated = withText(base, 'overview', '除结转下年度继续办理的1件外，其余政府信息公开申请均已按时办结。');
      expect(byRule(checkReport(stated), 'D8')).toEqual([]);
    });

    it(`${format}: "未发生…行政复议、行政诉讼" names what table 四 contradicts`, () => {
      const report = withText(makeReport(format), 'overview', '全年未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。');
      expect(byRule(checkReport(report), 'D8').map((d) => d.message)).toEqual([
        '正文“未发生因政府信息公开工作被申请行政复议、提起行政诉讼”，但表四“行政复议”总计为2件',
      ]);
      // An outcome, not an occurrence.
      expect(byRule(checkReport(withText(makeReport(format), 'overview', '行政复议案件无纠错情况。')), 'D8')).toEqual([]);
    });

    it(`${format}: "未收取信息处理费" in 六 while the text states a fee`, () => {
      const base = makeReport(format);
      const report = {
        ...withText(base, 'other', '本年度未收取信息处理费。'),
        sections: {
          ...base.sections,
          other: [para('本年度未收取信息处理费。')],
          overview: [...base.sections.overview, para('全年收取政府信息公开信息处理费3940元。')],
        },
      };
      const [d] = byRule(checkReport(report), 'D8');
      expect(d?.message).toMatch(/^正文“未收取信息处理费”，但“一、总体情况”第\d+段写有“收取政府信息公开信息处理费3940元”$/);
      expect(byRule(checkReport(base), 'D8')).toEqual([]);
    });
  }
});

describe('G10: outline', () => {
  it('洪泽区 2024 runs （三） into the paragraph of （二）', () => {
    const report = loadFixture('淮安市洪泽区人民政府_2024');
    const g10 = byRule(checkReport(report), 'G10');
    expect(g10.map((d) => d.message)).toEqual(['“一、总体情况”第4段：小标题编号从“（二）”跳到“（四）”：“（三）”写在了第3段中间，应另起一段']);
    expect(g10[0]?.spans?.map((s) => [s.index, words(report, s)])).toEqual([
      [3, '（四）'],
      [2, '（三）'],
    ]);
  });

  for (const format of BOTH) {
    it(`${format}: a shifted section title, a repeated one, a repeated number and mixed styles`, () => {
      const report = withText(makeReport(format), 'problems', '四、存在的主要问题及改进情况', '1.公开深度不够。', '2、解读质量不高。', '2、队伍力量薄弱。');
      const messages = byRule(checkReport(report), 'G10').map((d) => d.message);
      expect(messages).toEqual([
        '“五、存在的主要问题及改进情况”第1段：“四、存在的主要问题及改进情况”编号错位，该部分应为“五、存在的主要问题及改进情况”',
        '“五、存在的主要问题及改进情况”第3段：同一级编号混用“2、”和“2.”两种写法，应统一为“1.”',
        '“五、存在的主要问题及改进情况”第4段：小标题编号“2、”重复',
        '“五、存在的主要问题及改进情况”第4段：同一级编号混用“2、”和“2.”两种写法，应统一为“1.”',
      ]);
      const own = withText(makeReport(format), 'other', '六、其他需要报告的事项', '本年度未收取信息处理费。');
      expect(byRule(checkReport(own), 'G10').map((d) => d.message)).toEqual([
        '“六、其他需要报告的事项”第1段：正文中又写了本部分标题“六、其他需要报告的事项”；标题按格式自动排出，导出后会出现两次',
      ]);
    });
  }

  it('sub-levels restart under a new heading: （一）1.2.（二）1.2. passes', () => {
    const r = makeReport('gip-2021');
    const report = withText(r, 'problems', '（一）存在的问题', '1.公开深度不够。', '2.解读质量不高。', '（二）改进措施', '1.加强培训。', '2.完善制度。');
    expect(byRule(checkReport(report), 'G10')).toEqual([]);
  });
});

describe('G11: text lint', () => {
  it('finds a word twice, half-width punctuation, an open bracket and a missing full stop, at their offsets', () => {
    const text = '进一步加大资金资金投入,完善《条例》配套制度(试行，提升公开质量';
    const found = lintText(text, true).map((f) => [f.kind, text.slice(f.start, f.end)]);
    expect(found).toEqual([
      ['repeat', '资金资金'],
      ['halfwidth', ','],
      ['halfwidth', '('],
      ['unbalanced', '('],
      ['ending', '量'],
    ]);
  });

  it('leaves alone figures, Latin brackets, words that repeat by nature and sub-heading lines', () => {
    expect(lintText('全年主动公开政府信息3,119条，9:00至17:00受理，发布PDF(Portable Document Format)文件。', true)).toEqual([]);
    expect(lintText('坚决防止问题不了了之，一个一个抓落实。', true)).toEqual([]);
    expect(lintText('（一）主动公开情况', true)).toEqual([]);
    expect(lintText('沭阳县人民政府', true)).toEqual([]);
    expect(lintText('“谁公开、谁审查”（《条例》第十七条）。', true)).toEqual([]);
  });

  for (const format of BOTH) {
    it(`${format}: lint findings are information, pointing at the paragraph and the words`, () => {
      const report = withText(makeReport(format), 'problems', '下一步将加大资金资金投入，提升公开质量。');
      const [d] = byRule(checkReport(report), 'G11');
      expect(d).toMatchObject({ severity: 'info', message: '“五、存在的主要问题及改进情况”第1段：“资金资金”疑为重复录入' });
      expect(words(report, d?.spans?.[0] as TextSpan)).toBe('资金资金');
    });
  }
});

describe('G12: characters outside GB 2312', () => {
  it('names 鎔, 堃, 珺 and 〇, and passes the characters of GB 2312', () => {
    expect(charsOutsideGb2312('联系人：王鎔、李堃、张珺，二〇二四年').map((c) => c.char)).toEqual(['鎔', '堃', '珺', '〇']);
    expect(charsOutsideGb2312('政府信息公开工作年度报告，“谁公开、谁审查”；——第1页…％')).toEqual([]);
  });

  for (const format of BOTH) {
    it(`${format}: one warning per character and section, with every place it stands`, () => {
      const report = withText(makeReport(format), 'preface', '联系人：王鎔。', '王鎔同志负责本报告的编制。');
      const [d] = byRule(checkReport(report), 'G12');
      expect(d?.message).toBe(
        '“前言”第1、2段的“鎔”（U+9394，共2处）不在 GB 2312 字符集内，仿宋_GB2312、方正小标宋简体打印不出，会以其他字体代替；请核对，必要时改用规范字',
      );
      expect(d?.spans?.map((s) => [s.index, words(report, s)])).toEqual([
        [0, '鎔'],
        [1, '鎔'],
      ]);
      expect(byRule(checkReport({ ...makeReport(format), agency: '某某市堃山区教育局' }), 'G12').map((x) => x.message)).toEqual([
        '机关名称中的“堃”不在 GB 2312 字符集内，方正小标宋简体、仿宋_GB2312打印不出，会以其他字体代替；请核对',
      ]);
    });
  }
});

describe('the clean samples', () => {
  const NEW: RuleId[] = ['D6', 'D7', 'D8', 'G1', 'G10', 'G12'];
  it.each(['淮安市人民政府_2024', '沭阳县人民政府_2025', '杭州市科技局_2020'])('%s gets no new warning', (name) => {
    expect(checkReport(loadFixture(name)).filter((d) => NEW.includes(d.rule))).toEqual([]);
  });

  it('their only new information is what the copies really contain', () => {
    const g11 = (name: string) => byRule(checkReport(loadFixture(name)), 'G11').map((d) => d.message);
    expect(g11('淮安市人民政府_2024')).toEqual([]);
    // 杭州's converted copy breaks a paragraph in the middle of a word ("…再细化、再优化，推" | "息服务精准化").
    expect(g11('杭州市科技局_2020')).toEqual(['“一、总体情况”第3段：段落“…细化、再优化，推”末尾缺少标点']);
    // 沭阳's OCR copy has half-width brackets in Chinese sentences.
    expect(g11('沭阳县人民政府_2025').every((m) => m.includes('半角'))).toBe(true);
  });
});
