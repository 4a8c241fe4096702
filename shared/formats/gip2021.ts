/** 《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）, for reports of 2021 onward. */
import { OVERVIEW_ASPECTS, T3_OTHER_LABEL, officialFormat, t2Block, t2Table, t3Category, t3WithOther } from './common';
import type { ColumnDef } from './types';

/** 第二十条第（一）项's columns: the documents issued and repealed this year, and those in force (the X2 stock). */
const DOCUMENTS: readonly ColumnDef[] = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数' },
  { key: 'valid', label: '现行有效件数' },
];
const DECISIONS = { key: 'decisions', label: '本年处理决定数量' } as const;

export const GIP_2021 = officialFormat({
  id: 'gip-2021',
  shortName: '2021年版格式',
  source: '国办公开办函〔2021〕30号',
  years: { from: 2021, to: null },
  // 表二's block headings and the rows both formats print are in common.ts (t2Block); this format adds its columns
  // and its own rows.
  t2: t2Table([
    t2Block('regulations', DOCUMENTS, [{ key: 'normative', label: '行政规范性文件', aliases: ['规范性文件'] }]),
    t2Block('licensing', [DECISIONS]),
    t2Block('enforcement', [DECISIONS]),
    t2Block('fees', [{ key: 'amount', label: '本年收费金额（单位：万元）', kind: 'wan' }]),
  ]),
  t3: t3WithOther(
    t3Category('other', T3_OTHER_LABEL, {
      no_correction: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      no_fee: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      other: '3.其他',
    }),
  ),
  overviewAspects: OVERVIEW_ASPECTS,
});
