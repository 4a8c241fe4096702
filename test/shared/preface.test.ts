import { describe, expect, it } from 'vitest';
import { checkReport } from '../../shared/checks';
import { prefaceText } from '../../shared/preface';
import { makeReport } from '../helpers/reports';

describe('prefaceText', () => {
  it('writes the usual 前言 from its fields, leaving out what is not given', () => {
    expect(
      prefaceText({
        agency: '淮安市洪泽区人民政府',
        year: 2026,
        compiler: '淮安市洪泽区人民政府办公室',
        website: '洪泽区人民政府门户网站',
        address: '洪泽湖大道90号',
        postcode: '223100',
        phone: '0517-87222589',
      }),
    ).toBe(
      '本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定编制。本报告所列数据统计期限为2026年1月1日至2026年12月31日。本报告电子版可在洪泽区人民政府门户网站查阅和下载。如对本报告有疑问，请与淮安市洪泽区人民政府办公室联系（地址：洪泽湖大道90号，邮编：223100，电话：0517-87222589）。',
    );
    expect(prefaceText({ agency: '某某市教育局', year: 2025 })).toBe(
      '本报告由某某市教育局根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定编制。本报告所列数据统计期限为2025年1月1日至2025年12月31日。',
    );
  });

  it('quotes no figures, so it never trips the text-against-table checks', () => {
    const r = makeReport('gip-2021');
    const withPreface = {
      ...r,
      sections: { ...r.sections, preface: [{ kind: 'paragraph' as const, runs: [{ text: prefaceText({ agency: r.agency, year: r.year, phone: '123' }) }] }] },
    };
    expect(checkReport(withPreface).filter((d) => d.rule.startsWith('D'))).toEqual([]);
  });
});
