/** 《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）, for reports of 2021 onward. */
import { OVERVIEW_ASPECTS, SECTIONS, T3_OTHER_LABEL, T4, t3WithOther } from './common';
import type { FormatDefinition } from './types';

const DECISIONS = { key: 'decisions', label: '本年处理决定数量' } as const;

export const GIP_2021: FormatDefinition = {
  id: 'gip-2021',
  name: '2021年版格式（国办公开办函〔2021〕30号）',
  shortName: '2021年版格式',
  source: '国办公开办函〔2021〕30号',
  years: { from: 2021, to: null },
  sections: SECTIONS,
  t2: {
    contentLabel: '信息内容',
    blocks: [
      {
        heading: '第二十条第（一）项',
        columns: [
          { key: 'issued', label: '本年制发件数' },
          { key: 'repealed', label: '本年废止件数' },
          { key: 'valid', label: '现行有效件数' },
        ],
        rows: [
          { key: 'rules', label: '规章' },
          { key: 'normative', label: '行政规范性文件', aliases: ['规范性文件'] },
        ],
      },
      { heading: '第二十条第（五）项', columns: [DECISIONS], rows: [{ key: 'licensing', label: '行政许可' }] },
      {
        heading: '第二十条第（六）项',
        columns: [DECISIONS],
        rows: [
          { key: 'penalty', label: '行政处罚' },
          { key: 'coercion', label: '行政强制' },
        ],
      },
      {
        heading: '第二十条第（八）项',
        columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', kind: 'wan' }],
        rows: [{ key: 'fees', label: '行政事业性收费' }],
      },
    ],
  },
  t3: t3WithOther({
    key: 'other',
    label: T3_OTHER_LABEL,
    items: [
      { key: 'no_correction', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
      { key: 'no_fee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
      { key: 'other', label: '3.其他' },
    ],
  }),
  t4: T4,
  overviewAspects: OVERVIEW_ASPECTS,
};
