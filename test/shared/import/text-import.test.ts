/** Importing published reports copied as plain text (the samples), cell by cell. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import';
import { checkReport } from '../../../shared/checks';
import { FIXTURES, loadFixture } from '../../helpers/reports';

const SAMPLES = `${FIXTURES}samples/`;
const sample = (name: string) => importText(readFileSync(`${SAMPLES}${name}.txt`, 'utf8'));
const names = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

describe('text import of the real samples', () => {
  it.each(names)('%s: every table number equals its fixture, blanks as null', (name) => {
    const { report } = sample(name);
    const fixture = loadFixture(name);
    expect(report.format).toBe(fixture.format);
    expect(report.year).toBe(fixture.year);
    expect(report.agency).toBe(fixture.agency);
    expect(report.cells).toEqual(fixture.cells);
  });

  it('杭州市科技局 2020 is read as the 2019 format, spacer cells and signed figures included', () => {
    const { report, warnings } = sample('杭州市科技局_2020');
    expect(report.format).toBe('gip-2019');
    expect(report.cells).toMatchObject({
      't2.procurement.projects': 12,
      't2.procurement.amount': 2340000,
      't2.services.prev': 24,
      't2.services.delta': -7,
      't2.penalty.delta': -3,
      't2.normative.total': 9,
      't3.new.natural': 11,
      't3.new.total': 12,
      't3.other.natural': 1,
      't3.total.total': 12,
    });
    expect(report.units?.['t2.procurement.amount']).toBeUndefined();
    expect(warnings.some((w) => w.message.includes('图 1'))).toBe(true);
  });

  it('上海 2019 keeps its blanks as null and records the unit of 采购总金额', () => {
    const { report } = sample('上海市人民政府办公厅_2019');
    expect(report.cells['t3.new.research']).toBeNull();
    expect(report.cells['t3.granted.total']).toBeNull();
    expect(report.cells['t3.new.total']).toBe(859);
    expect(report.cells['t2.procurement.amount']).toBe(251000);
    expect(report.units).toEqual({ 't2.procurement.amount': '元' });
    expect(Object.values(report.cells).filter((v) => v === null)).toHaveLength(135);
  });

  it('淮安 2024 reads "1、" numbering and the spaced "第二十条 第（一）项"', () => {
    const { report } = sample('淮安市人民政府_2024');
    expect([report.cells['t3.new.total'], report.cells['t3.carried.total'], report.cells['t3.total.total'], report.cells['t3.forward.total']]).toEqual([
      3119, 34, 3050, 103,
    ]);
    expect(report.cells['t3.other.no_correction.total']).toBe(71);
    expect(report.cells['t2.rules.valid']).toBe(11);
    expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => report.cells[`t4.review.${k}`])).toEqual([72, 64, 178, 37, 351]);
  });

  it('洪泽区 2023: the label typo and the one-row （六） are placed, each with a warning', () => {
    const { report, warnings } = sample('淮安市洪泽区人民政府_2023');
    expect(report.cells['t3.denied.law.total']).toBe(0);
    expect(report.cells['t3.other.other.total']).toBe(0);
    expect(warnings.some((w) => w.message.includes('其他法律行政止公开'))).toBe(true);
    expect(warnings.some((w) => w.message.includes('印为一行') && w.message.includes('留空'))).toBe(true);
    expect(report.cells['t3.other.no_correction.natural']).toBeNull();
    expect(report.cells['t3.other.no_fee.total']).toBeNull();
    expect(report.cells['t4.review.upheld']).toBe(10);
    expect(report.cells['t4.review.total']).toBe(0);
  });

  it('沭阳县发改局 2023: a 2019 label in a 2021 report and the 落款 are recognised', () => {
    const { report, warnings } = sample('沭阳县发展和改革局_2023');
    expect(report.format).toBe('gip-2021');
    expect(report.cells['t2.normative.issued']).toBe(8);
    expect(report.signoff?.date).toBe('2024-01-17');
    expect(report.title).toBe('沭阳县发展和改革局2023年政府信息公开年度报告');
    expect(warnings.some((w) => w.message.includes('规范性文件'))).toBe(true);
  });

  it('宿迁 2023 carries [118,3,0,0,0,0,121] into the next year', () => {
    const { report } = sample('宿迁市_2023_全市汇总_仅表格');
    expect(['natural', 'commercial', 'research', 'welfare', 'legal', 'other_org', 'total'].map((c) => report.cells[`t3.forward.${c}`])).toEqual([
      118, 3, 0, 0, 0, 0, 121,
    ]);
  });

  it('splits the narrative into the four parts with headings and run-in headings', () => {
    const { report } = sample('淮安市洪泽区人民政府_2023');
    expect(report.sections.preface).toHaveLength(1);
    const overview = report.sections.overview;
    expect(overview.some((b) => b.kind === 'heading' && b.text === '（三）政府信息管理情况')).toBe(true);
    const runIn = overview.find((b) => b.kind === 'paragraph' && b.runs[0]?.bold);
    expect(runIn?.kind === 'paragraph' && runIn.runs[0]?.text).toBe('（一）主动公开情况。');
    expect(report.sections.other[0]?.kind).toBe('paragraph');
  });

  it('refuses text that is no report', () => {
    expect(() => importText('今天天气很好。\n明天也是。')).toThrow(/不像是一份政府信息公开工作年度报告/);
  });
});

describe('title and section variants', () => {
  const body = readFileSync(`${SAMPLES}淮安市人民政府_2024.txt`, 'utf8').split('\n# 淮安市人民政府2024年政府信息公开工作年度报告\n')[1] ?? '';

  it('reads a title broken over two lines, as copied from a PDF', () => {
    const { report } = importText(`淮安市人民政府\n2024年政府信息公开工作年度报告\n${body}`);
    expect(report.agency).toBe('淮安市人民政府');
    expect(report.year).toBe(2024);
    expect(report.title).toBeUndefined();
    expect(report.sections.preface[0]?.kind).toBe('paragraph');
    expect(JSON.stringify(report.sections.preface)).not.toContain('2024年政府信息公开工作年度报告');
  });

  it('reads section numbers written "一." or "一 、"', () => {
    const text = `淮安市人民政府2024年政府信息公开工作年度报告\n${body.replace('## 一、总体情况', '一. 总体情况').replace('## 五、存在的主要问题及改进情况', '五 、存在的主要问题及改进情况')}`;
    const { report } = importText(text);
    expect(report.sections.overview.length).toBeGreaterThan(3);
    expect(report.sections.problems.length).toBeGreaterThan(0);
    expect(report.cells['t3.new.total']).toBe(3119);
  });
});

describe('labels wrapped as in text copied from a PDF', () => {
  const sampleText = readFileSync(`${SAMPLES}淮安市人民政府_2024.txt`, 'utf8');

  it('joins a row label broken over two lines, and reads figures on the line after their label', () => {
    const text = sampleText
      .replace(
        '三、本年度办理结果/（五）不予处理/5.要求行政机关确认或重新出具已获取信息\t',
        '三、本年度办理结果/（五）不予处理/5.要求行政机关确认或\n重新出具已获取信息\t',
      )
      .replace('四、结转下年度继续办理\t', '四、结转下年度继续办理\n')
      .replace('一、本年新收政府信息公开申请数量\t', '一、本年新收政府信息\n公开申请数量\t');
    const { report } = importText(text);
    expect(report.cells).toEqual(loadFixture('淮安市人民政府_2024').cells);
  });

  it('reads a label cut short by the column, with a warning', () => {
    const text = sampleText.replace('三、本年度办理结果/（四）无法提供/2.没有现成信息需要另行制作\t', '三、本年度办理结果/（四）无法提供/2.没有现成信息需要\t');
    const { report, warnings } = importText(text);
    expect(report.cells['t3.unable.create.total']).toBe(11);
    expect(warnings.some((w) => w.message.includes('不完整'))).toBe(true);
  });
});

describe('titles as agencies print them (interchange.md §5)', () => {
  const body = readFileSync(`${SAMPLES}淮安市人民政府_2024.txt`, 'utf8').split('\n# 淮安市人民政府2024年政府信息公开工作年度报告\n')[1] ?? '';
  const g6 = (title: string) => {
    const { report, warnings } = importText(`${title}\n${body}`);
    return {
      report,
      warnings,
      g6: checkReport(report)
        .filter((d) => d.rule === 'G6')
        .map((d) => d.message),
    };
  };

  it.each([
    ['2024年淮安市人民政府政府信息公开工作年度报告', '年份写在了机关名称之前'],
    ['淮安市人民政府2024年度政府信息公开工作年度报告', '“2024年度”应为“2024年”'],
    ['淮安市人民政府2024年政府信息公开年度报告', '应为“政府信息公开工作年度报告”'],
    ['淮安市人民政府\n2024年度政府信息公开工作年度报告', '“2024年度”应为“2024年”'],
  ])('%s: agency without the year, the year from the title, and a G6 warning', (title, problem) => {
    const { report, g6: found } = g6(title);
    expect([report.agency, report.year]).toEqual(['淮安市人民政府', 2024]);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(problem);
  });

  it('takes the year from the 统计期限 sentence when the title has none, and says so', () => {
    const { report, warnings, g6: found } = g6('淮安市人民政府政府信息公开工作年度报告');
    expect([report.agency, report.year]).toEqual(['淮安市人民政府', 2024]);
    expect(warnings.some((w) => w.where === '前言' && w.message.includes('统计期限'))).toBe(true);
    expect(found[0]).toContain('缺少年份');
  });
});

describe('units typed into cells (interchange.md §5)', () => {
  const sampleText = readFileSync(`${SAMPLES}淮安市人民政府_2024.txt`, 'utf8');

  it('leaves "2笔" and "984361元" in counting cells blank, each with a warning naming the cell', () => {
    const text = sampleText.replace('一、本年新收政府信息公开申请数量\t3001\t53', '一、本年新收政府信息公开申请数量\t984361元\t2笔');
    const { report, warnings } = importText(text);
    expect(report.cells['t3.new.natural']).toBeNull();
    expect(report.cells['t3.new.commercial']).toBeNull();
    expect(report.cells['t3.new.total']).toBe(3119);
    expect(warnings.some((w) => w.message.includes('984361元') && w.message.includes('未导入') && w.where.includes('行'))).toBe(true);
    expect(warnings.some((w) => w.message.includes('2笔') && w.message.includes('未导入'))).toBe(true);
  });

  it('keeps the unit of 采购总金额, which the 2019 format records', () => {
    const { report } = importText(readFileSync(`${SAMPLES}上海市人民政府办公厅_2019.txt`, 'utf8'));
    expect(report.cells['t2.procurement.amount']).toBe(251000);
    expect(report.units).toEqual({ 't2.procurement.amount': '元' });
  });
});

describe("text on one line (a crawler's or a PDF viewer's copy)", () => {
  /** The sample as a crawler hands it over: no line breaks, cells and labels separated by single spaces. */
  const oneLine = (name: string) => {
    const src = readFileSync(`${SAMPLES}${name}.txt`, 'utf8');
    return src
      .slice(src.search(/^# /m))
      .replace(/^#+\s*/gm, '')
      .replace(/\*\*/g, '')
      .replace(/[\t/]/g, ' ')
      .replace(/\s*\n+\s*/g, ' ');
  };

  it.each(['淮安市人民政府_2024', '杭州市科技局_2020'])('%s: sections and table labels are found inside the line, every cell equal', (name) => {
    const text = oneLine(name);
    expect(text).not.toContain('\n');
    const { report } = importText(text);
    const fixture = loadFixture(name);
    expect([report.format, report.year, report.agency]).toEqual([fixture.format, fixture.year, fixture.agency]);
    expect(report.cells).toEqual(fixture.cells);
    expect(report.sections.overview.length).toBeGreaterThan(0);
  });

  it('上海 2019: where blank cells were lost, figures are placed only when the row total settles them, never guessed', () => {
    const { report, warnings } = importText(oneLine('上海市人民政府办公厅_2019'));
    const fixture = loadFixture('上海市人民政府办公厅_2019');
    expect(report.format).toBe('gip-2019');
    for (const [id, v] of Object.entries(fixture.cells)) {
      // A cell is either read right or left blank; a blank of the source is never filled.
      if (report.cells[id] !== null) expect([id, report.cells[id]]).toEqual([id, v]);
      if (v === null) expect([id, report.cells[id]]).toEqual([id, null]);
    }
    expect(report.cells['t3.new.total']).toBe(859);
    expect(warnings.some((w) => w.message.includes('无法确定各数值所在的栏') && /^第1行第\d+字起/.test(w.where))).toBe(true);
  });

  it('says where a refusal is: a one-line text without any table is still read as paragraphs', () => {
    expect(() => importText(`${'这是一段很长的文字。'.repeat(60)}`)).toThrow(/不像是一份政府信息公开工作年度报告/);
  });
});

describe('digits run together in text on one line', () => {
  const line = () => {
    const src = readFileSync(`${SAMPLES}淮安市人民政府_2024.txt`, 'utf8');
    return src
      .slice(src.search(/^# /m))
      .replace(/^#+\s*/gm, '')
      .replace(/\*\*/g, '')
      .replace(/[\t/]/g, ' ')
      .replace(/\s*\n+\s*/g, ' ');
  };

  it("splits them when the table's identities settle the split uniquely, with one note saying how", () => {
    // 34 0 0 0 0 0 34 printed without separators: only 34+0+0+0+0+0 = 34 adds up.
    const text = line().replace('二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34', '二、上年结转政府信息公开申请数量 340000034');
    const { report, warnings } = importText(text);
    expect(['natural', 'commercial', 'research', 'welfare', 'legal', 'other_org', 'total'].map((c) => report.cells[`t3.carried.${c}`])).toEqual([
      34, 0, 0, 0, 0, 0, 34,
    ]);
    // One note for the table says how its rows were settled, not one per row.
    expect(warnings.filter((w) => w.message.startsWith('表三有 1 行的数字连在一起或空白栏已丢失') && w.message.includes('已按表内勾稽关系'))).toHaveLength(1);
  });

  it('leaves the row blank with a warning when more than one split adds up', () => {
    // "101000011" adds up as 10 1 0 0 0 0 11 and as 1 0 10 0 0 0 11: which one the source meant is unknown.
    const text = line().replace('1.属于国家秘密 2 0 0 0 0 0 2', '1.属于国家秘密 101000011');
    const { report, warnings } = importText(text);
    expect(report.cells['t3.denied.secret.natural']).toBeNull();
    expect(warnings.some((w) => w.message.includes('无法确定各数值所在的栏'))).toBe(true);
  });
});

describe('figures as printed', () => {
  it('imports a fee printed with six decimals as printed, and the checks say what is wrong with it (C1), not that it is blank', () => {
    const src = readFileSync(`${SAMPLES}淮安市人民政府_2024.txt`, 'utf8').replace('行政事业性收费\t96171.6', '行政事业性收费\t4166.241619');
    const { report } = importText(src);
    expect(report.cells['t2.fees.amount']).toBe(4166.241619);
    const found = checkReport(report);
    expect(found.filter((d) => d.rule === 'C1').map((d) => d.message)).toEqual([expect.stringContaining('最多保留4位小数（填写为4166.241619）')]);
    expect(found.filter((d) => d.rule === 'B5' && d.cells.includes('t2.fees.amount'))).toEqual([]);
  });

  it('reads the report on one line with tabs between its cells as it reads it with spaces', () => {
    const src = readFileSync(`${SAMPLES}淮安市人民政府_2024.txt`, 'utf8');
    const body = src
      .slice(src.search(/^# /m))
      .replace(/^#+\s*/gm, '')
      .replace(/\*\*/g, '');
    const withTabs = body.replace(/\s*\n+\s*/g, '\t');
    const withSpaces = body.replace(/[\t/]/g, ' ').replace(/\s*\n+\s*/g, ' ');
    expect(importText(withTabs).report.cells).toEqual(importText(withSpaces).report.cells);
    expect(importText(withTabs).report.cells['t3.new.total']).toBe(loadFixture('淮安市人民政府_2024').cells['t3.new.total']);
  });
});

describe('a title as a Word PDF prints it', () => {
  it("reads a title wrapped inside a word under the site's 索引号 table, and leaves the table out", () => {
    const src = readFileSync(`${SAMPLES}淮安市人民政府_2024.txt`, 'utf8');
    const body = src.slice(src.indexOf('# 淮安市人民政府2024年政府信息公开工作年度报告') + '# 淮安市人民政府2024年政府信息公开工作年度报告'.length);
    const page = [
      '索引号\t014289810/2025-00013\t分类\t政务公开',
      '发布机构\t淮安市人民政府\t发文日期\t2025-02-25',
      '淮安市人民政府2024年政府信息公开工作年度报',
      '告',
      body,
    ].join('\n');
    const { report, warnings } = importText(page);
    expect([report.agency, report.year]).toEqual(['淮安市人民政府', 2024]);
    expect(report.cells).toEqual(importText(src).report.cells);
    // The 索引号 table is one item before the title: left out, and said so.
    expect(warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('标题之前的 1 段'));
  });
});
