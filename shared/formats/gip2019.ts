/** 《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）, for 2019 and 2020. */
import { OVERVIEW_ASPECTS, T3_OTHER_LABEL, officialFormat, t2Block, t2Table, t3WithOther } from './common';
import type { ColumnDef } from './types';

/** 第二十条第（一）项's columns: the documents made and published this year, and all published. */
const DOCUMENTS: readonly ColumnDef[] = [
  { key: 'made', label: '本年新制作数量' },
  { key: 'published', label: '本年新公开数量' },
  { key: 'total', label: '对外公开总数量' },
];
const PREV = { key: 'prev', label: '上一年项目数量' } as const;
const DELTA: ColumnDef = { key: 'delta', label: '本年增/减', kind: 'signed' };
const DECISIONS = { key: 'decisions', label: '处理决定数量' } as const;

export const GIP_2019 = officialFormat({
  id: 'gip-2019',
  shortName: '2019年版格式',
  source: '国办公开办函〔2019〕60号',
  trial: true,
  years: { from: 2019, to: 2020 },
  // 表二's block headings and the rows both formats print are in common.ts (t2Block); this format adds its columns
  // and its own rows.
  t2: t2Table([
    t2Block('regulations', DOCUMENTS, [{ key: 'normative', label: '规范性文件' }]),
    t2Block('licensing', [PREV, DELTA, DECISIONS], [{ key: 'services', label: '其他对外管理服务事项' }]),
    t2Block('enforcement', [PREV, DELTA, DECISIONS]),
    t2Block('fees', [PREV, DELTA]),
    {
      heading: '第二十条第（九）项',
      columns: [
        { key: 'projects', label: '采购项目数量' },
        { key: 'amount', label: '采购总金额', kind: 'amount' },
      ],
      rows: [{ key: 'procurement', label: '政府集中采购' }],
    },
  ]),
  t3: t3WithOther({ key: 'other', label: T3_OTHER_LABEL }),
  // The five aspects of 一 are the 2021 format's (〔2021〕30号 （一）); the 条例's 考核/评议/追责 duty (F4) holds for both.
  overviewAspects: OVERVIEW_ASPECTS.filter((a) => a.governmentOnly),
});
