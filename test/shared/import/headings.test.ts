import { describe, expect, it } from 'vitest';
import { matchSectionTitle, sectionTitles } from '../../../shared/import/headings';

describe('section titles as real reports print them', () => {
  it('maps each variant to its section, as a variant', () => {
    const cases: [string, string][] = [
      ['四、政府信息公开行政复议与行政诉讼情况', 't4'],
      ['四、政府信息公开行政复议和行政诉讼情况', 't4'],
      ['四、政府信息公开行政复议行政诉讼情况', 't4'],
      ['四、政府信息公开行政法复议、行政诉讼情况', 't4'],
      ['四、因政府信息公开被申请行政复议、提起行政诉讼情况', 't4'],
      ['四.政府信息公开行政复议、行政诉讼情况', 't4'],
      ['五、政府信息公开行政复议、行政诉讼情况', 't4'],
      ['三、主动公开政府信息情况', 't2'],
      ['一、概述', 'overview'],
      ['六、需要说明的其他事项与附表', 'other'],
      ['五、政府信息公开存在的问题及改进措施', 'problems'],
    ];
    for (const [text, key] of cases) expect([text, matchSectionTitle(text)]).toEqual([text, expect.objectContaining({ key, variant: true })]);
    expect(matchSectionTitle('四、政府信息公开行政复议、行政诉讼情况')).toMatchObject({ key: 't4', variant: false });
  });

  it('does not take a row label of a table, or a sentence, for a section title', () => {
    for (const text of ['四、结转下年度继续办理', '三、本年度办理结果', '一、本年新收政府信息公开申请数量', '我局主动公开政府信息情况良好。'])
      expect([text, matchSectionTitle(text)]).toEqual([text, null]);
  });

  it('finds the titles inside one line of text, where a crawler put the whole report', () => {
    const line =
      '前言一、总体情况正文二、主动公开政府信息情况表格三、收到和处理政府信息公开申请情况表格四、政府信息公开行政复议与行政诉讼情况表格五、存在的主要问题及改进情况正文六、其他需要报告的事项无';
    const found = sectionTitles()
      .flatMap((t) => [...line.matchAll(t.pattern)].map((m) => [m.index, t.key] as const))
      .sort((a, b) => a[0] - b[0]);
    expect(found.map(([, k]) => k)).toEqual(['overview', 't2', 't3', 't4', 'problems', 'other']);
  });
});
