import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../shared/checks';
import type { Block } from '../../../shared/model';
import { FIXTURES, loadFixture } from '../../helpers/reports';

const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });

describe('the old format in a new report (G14)', () => {
  it('finds the 2019 notice and the 2019 column names in a 2021-format report, where they are', () => {
    const r = loadFixture('淮安市人民政府_2024');
    const old = {
      ...r,
      sections: {
        ...r.sections,
        preface: [para('本报告根据国办公开办函〔2019〕60号的要求编制。'), ...r.sections.preface],
        overview: [...r.sections.overview, para('全年规章对外公开总数量12件，政府集中采购项目的目录按规定公开。')],
      },
    };
    const found = checkReport(old).filter((d) => d.rule === 'G14');
    expect(found.map((d) => d.message)).toEqual([
      '“前言”第1段写有“国办公开办函〔2019〕60号”，这是2019年版格式（试行，国办公开办函〔2019〕60号）的文号；本报告使用2021年版格式（国办公开办函〔2021〕30号），请按现行格式改写',
      expect.stringMatching(/^“一、总体情况”第\d+段写有“对外公开总数量”，这是2019年版格式（试行，国办公开办函〔2019〕60号）的栏目；/),
    ]);
    expect(found[1]?.spans?.[0]).toMatchObject({ section: 'overview', start: 4, end: 11 });
  });

  it('finds a 前言 carried over from last year: its statistics period and the report name of another year', () => {
    const r = loadFixture('淮安市人民政府_2024');
    const carried = {
      ...r,
      sections: {
        ...r.sections,
        preface: [
          para('按照《关于做好2023年政府信息公开工作年度报告编制发布工作的通知》要求，现公布本报告。报告所列统计期限自2023年1月1日起至2023年12月31日止。'),
          para('与2023年相比，依申请公开数量有所增加。本报告所列数据统计期限从2024年1月1日到12月31日止。'),
        ],
      },
    };
    const found = checkReport(carried).filter((d) => d.rule === 'G14');
    expect(found.map((d) => [d.spans?.[0]?.index, d.message])).toEqual([
      [0, '“前言”第1段写有“2023年政府信息公开工作年度报告”，其中的2023年不是本报告的2024年度；请核对是否沿用了其他年度的前言'],
      [0, '“前言”第1段写有“2023年1月1日起至2023年12月31日”，其中的2023年不是本报告的2024年度；请核对是否沿用了其他年度的前言'],
    ]);
    const [first] = found;
    const text = carried.sections.preface[0]?.kind === 'paragraph' ? carried.sections.preface[0].runs[0]?.text : '';
    expect(text?.slice(first?.spans?.[0]?.start, first?.spans?.[0]?.end)).toBe('2023年政府信息公开工作年度报告');
  });

  it('is quiet on every sample report, 2019-format ones citing their own notice included', () => {
    const names = readdirSync(`${FIXTURES}reports`)
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.replace(/\.json$/, ''));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect([name, checkReport(loadFixture(name)).filter((d) => d.rule === 'G14')]).toEqual([name, []]);
  });
});
