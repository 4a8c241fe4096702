/** 《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）, for 2019 and 2020. */
import { OVERVIEW_ASPECTS, SECTIONS, T3_OTHER_LABEL, T4, t3WithOther } from './common';
import type { ColumnDef, FormatDefinition } from './types';

const PREV = { key: 'prev', label: '上一年项目数量' } as const;
const DELTA: ColumnDef = { key: 'delta', label: '本年增/减', kind: 'signed' };
const DECISIONS = { key: 'decisions', label: '处理决定数量' } as const;

export const GIP_2019: FormatDefinition = {
  id: 'gip-2019',
  name: '2019年版格式（试行，国办公开办函〔2019〕60号）',
  shortName: '2019年版格式',
  source: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  sections: SECTIONS,
  t2: {
    contentLabel: '信息内容',
    blocks: [
      {
        heading: '第二十条第（一）项',
        columns: [
          { key: 'made', label: '本年新制作数量' },
          { key: 'published', label: '本年新公开数量' },
          { key: 'total', label: '对外公开总数量' },
        ],
        rows: [
          { key: 'rules', label: '规章' },
          { key: 'normative', label: '规范性文件' },
        ],
      },
      {
        heading: '第二十条第（五）项',
        columns: [PREV, DELTA, DECISIONS],
        rows: [
          { key: 'licensing', label: '行政许可' },
          { key: 'services', label: '其他对外管理服务事项' },
        ],
      },
      {
        heading: '第二十条第（六）项',
        columns: [PREV, DELTA, DECISIONS],
        rows: [
          { key: 'penalty', label: '行政处罚' },
          { key: 'coercion', label: '行政强制' },
        ],
      },
      { heading: '第二十条第（八）项', columns: [PREV, DELTA], rows: [{ key: 'fees', label: '行政事业性收费' }] },
      {
        heading: '第二十条第（九）项',
        columns: [
          { key: 'projects', label: '采购项目数量' },
          { key: 'amount', label: '采购总金额', kind: 'amount' },
        ],
        rows: [{ key: 'procurement', label: '政府集中采购' }],
      },
    ],
  },
  t3: t3WithOther({ key: 'other', label: T3_OTHER_LABEL }),
  t4: T4,
  // The five aspects of 一 are the 2021 format's (〔2021〕30号 （一）); the 条例's 考核/评议/追责 duty (F4) holds for both.
  overviewAspects: OVERVIEW_ASPECTS.filter((a) => a.governmentOnly),
};
