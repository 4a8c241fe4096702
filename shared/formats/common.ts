/**
 * The parts both official formats share (国办公开办函〔2019〕60号 and 〔2021〕30号), transcribed character by
 * character from docs/spec/formats.md §§3–6. Full-width （）：，、 and “ ” are deliberate.
 */
import type { ColumnDef, FormatDefinition, OverviewAspect, RowDef, SectionDef, T2BlockDef, T2Def, T3CategoryRow, T3Def, T3LeafRow, T4Def } from './types';

const SECTIONS: readonly SectionDef[] = [
  { kind: 'narrative', key: 'overview', title: '一、总体情况', titleVariants: ['一、概述', '一、总体概述'] },
  { kind: 'table', key: 't2', title: '二、主动公开政府信息情况', titleVariants: [] },
  { kind: 'table', key: 't3', title: '三、收到和处理政府信息公开申请情况', titleVariants: [] },
  {
    kind: 'table',
    key: 't4',
    title: '四、政府信息公开行政复议、行政诉讼情况',
    titleVariants: ['四、因政府信息公开工作被申请行政复议和提起行政诉讼情况', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
  },
  {
    kind: 'narrative',
    key: 'problems',
    title: '五、存在的主要问题及改进情况',
    titleVariants: [
      '五、政府信息公开工作存在的主要问题及改进情况',
      '五、存在的主要问题及整改措施',
      '五、存在的主要问题及改进措施',
      '五、政府信息公开工作存在的问题及改进措施',
      '五、存在的问题及改进措施',
      '五、存在的问题及改进情况',
    ],
  },
  {
    kind: 'narrative',
    key: 'other',
    title: '六、其他需要报告的事项',
    titleVariants: ['六、需要说明的其他事项', '六、需要说明的其他事项与附表', '六、其他需要说明的事项'],
  },
];

/**
 * The blocks of 表二 both formats print (docs/spec/formats.md §4): each block's heading, an item of 条例第二十条, and
 * the rows that read alike in both. Each format brings its own columns and adds its own rows after these.
 */
const T2_SHARED_BLOCKS = {
  regulations: { heading: '第二十条第（一）项', rows: [{ key: 'rules', label: '规章' }] },
  licensing: { heading: '第二十条第（五）项', rows: [{ key: 'licensing', label: '行政许可' }] },
  enforcement: {
    heading: '第二十条第（六）项',
    rows: [
      { key: 'penalty', label: '行政处罚' },
      { key: 'coercion', label: '行政强制' },
    ],
  },
  fees: { heading: '第二十条第（八）项', rows: [{ key: 'fees', label: '行政事业性收费' }] },
} as const satisfies Record<string, { heading: string; rows: readonly RowDef[] }>;

/** A block of 表二 that both formats print, with the format's columns and its rows beyond the shared ones. */
export function t2Block(block: keyof typeof T2_SHARED_BLOCKS, columns: readonly ColumnDef[], ownRows: readonly RowDef[] = []): T2BlockDef {
  const { heading, rows } = T2_SHARED_BLOCKS[block];
  return { heading, columns, rows: [...rows, ...ownRows] };
}

/** 表二 from its blocks; the row-label column is headed alike in every block and both formats. */
export function t2Table(blocks: readonly T2BlockDef[]): T2Def {
  return { contentLabel: '信息内容', blocks };
}

/** A sub-item's label as printed, or the label with what else the row needs (misprints seen in published reports). */
type ItemLabel = string | Omit<T3LeafRow, 'key'>;

/**
 * A category of 三's outcomes from its sub-items, keyed and in printed order: the keys are words, never digits, since
 * an object lists integer-like keys first whatever order they were written in.
 */
export function t3Category(key: string, label: string, items: Readonly<Record<string, ItemLabel>>): T3CategoryRow {
  return { key, label, items: Object.entries(items).map(([k, item]) => (typeof item === 'string' ? { key: k, label: item } : { key: k, ...item })) };
}

const T3_DENIED = t3Category('denied', '（三）不予公开', {
  secret: '1.属于国家秘密',
  law: { label: '2.其他法律行政法规禁止公开', aliases: ['2.其他法律行政止公开'] },
  safety: '3.危及“三安全一稳定”',
  third_party: '4.保护第三方合法权益',
  internal: '5.属于三类内部事务信息',
  process: '6.属于四类过程性信息',
  enforcement: '7.属于行政执法案卷',
  query: '8.属于行政查询事项',
});

const T3_UNABLE = t3Category('unable', '（四）无法提供', {
  not_held: '1.本机关不掌握相关政府信息',
  create: '2.没有现成信息需要另行制作',
  unclear: '3.补正后申请内容仍不明确',
});

const T3_REJECTED = t3Category('rejected', '（五）不予处理', {
  petition: '1.信访举报投诉类申请',
  repeat: '2.重复申请',
  publication: '3.要求提供公开出版物',
  mass: '4.无正当理由大量反复申请',
  confirm: '5.要求行政机关确认或重新出具已获取信息',
});

export const T3_OTHER_LABEL = '（六）其他处理';

/** Builds table 三 around the one block that differs between the formats, （六）其他处理. */
export function t3WithOther(other: T3LeafRow | T3CategoryRow): T3Def {
  return {
    balanceNote: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    applicantsLabel: '申请人情况',
    organisationsLabel: '法人或其他组织',
    columns: [
      { key: 'natural', label: '自然人' },
      { key: 'commercial', label: '商业企业', organisation: true },
      { key: 'research', label: '科研机构', organisation: true },
      { key: 'welfare', label: '社会公益组织', organisation: true },
      { key: 'legal', label: '法律服务机构', organisation: true },
      { key: 'other_org', label: '其他', organisation: true },
      { key: 'total', label: '总计' },
    ],
    intake: [
      { key: 'new', label: '一、本年新收政府信息公开申请数量' },
      { key: 'carried', label: '二、上年结转政府信息公开申请数量' },
    ],
    outcomeLabel: '三、本年度办理结果',
    outcomes: [
      { key: 'granted', label: '（一）予以公开' },
      { key: 'partial', label: '（二）部分公开', note: '（区分处理的，只计这一情形，不计其他情形）' },
      T3_DENIED,
      T3_UNABLE,
      T3_REJECTED,
      other,
    ],
    total: { key: 'total', label: '（七）总计' },
    forward: { key: 'forward', label: '四、结转下年度继续办理' },
  };
}

const T4: T4Def = {
  reviewLabel: '行政复议',
  suitLabel: '行政诉讼',
  groups: [
    { key: 'review', label: '行政复议' },
    { key: 'suit_direct', label: '未经复议直接起诉', parent: 'suit' },
    { key: 'suit_after_review', label: '复议后起诉', parent: 'suit' },
  ],
  outcomes: [
    { key: 'upheld', label: '结果维持' },
    { key: 'corrected', label: '结果纠正' },
    { key: 'other', label: '其他结果' },
    { key: 'pending', label: '尚未审结' },
    { key: 'total', label: '总计' },
  ],
};

/** 〔2021〕30号 一、（一）: the five aspects of 总体情况, plus 考核/评议/追责 for people's governments. */
export const OVERVIEW_ASPECTS: readonly OverviewAspect[] = [
  { key: 'active', label: '主动公开', heading: '（一）主动公开情况', evidence: ['主动公开'] },
  { key: 'request', label: '依申请公开', heading: '（二）依申请公开情况', evidence: ['依申请', '申请公开', '公开申请'] },
  { key: 'management', label: '政府信息管理', heading: '（三）政府信息管理情况', evidence: ['信息管理', '政府信息管理'] },
  {
    key: 'platform',
    label: '政府信息公开平台建设',
    heading: '（四）政府信息公开平台建设情况',
    evidence: ['平台建设', '平台', '网站', '新媒体'],
  },
  { key: 'oversight', label: '监督保障', heading: '（五）政府信息公开监督保障情况', evidence: ['监督保障', '监督', '保障'] },
  {
    key: 'assessment',
    label: '工作考核、社会评议和责任追究结果情况',
    heading: '',
    evidence: ['考核', '评议', '追责', '责任追究'],
    governmentOnly: true,
  },
];

/** What a format's definition file gives: all but the parts every format shares, and its name, which is derived. */
export interface OwnParts extends Omit<FormatDefinition, 'name' | 'sections' | 't4'> {
  /** issued for trial use (试行), which its name says */
  trial?: boolean;
}

/**
 * A format from its own parts. Every format prints the same six sections and the same table 四 (docs/spec/formats.md
 * §6); its name is the short name with the notice that issued it.
 */
export function officialFormat({ trial, ...own }: OwnParts): FormatDefinition {
  return { ...own, name: `${own.shortName}（${trial ? '试行，' : ''}${own.source}）`, sections: SECTIONS, t4: T4 };
}
