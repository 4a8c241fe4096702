/**
 * The columns of an office's register (登记台账) and of its cases sheet, as docs/spec/interchange.md §7 names them: the
 * header texts each is recognised by, held as data so the reader, the mapping dialog, the 台账 page and its
 * `.xlsx` export spell them once.
 */
import { z } from 'zod';

export const REGISTER_COLUMN_KEYS = [
  'number',
  'received',
  'applicantType',
  'applicant',
  'content',
  'answered',
  'outcome',
  'reason',
  'extended',
  'pausedDays',
  'pauseStart',
  'pauseEnd',
] as const;
export type RegisterColumnKey = (typeof REGISTER_COLUMN_KEYS)[number];

export const CASE_COLUMN_KEYS = ['number', 'kind', 'afterReview', 'received', 'result', 'resultDate'] as const;
export type CaseColumnKey = (typeof CASE_COLUMN_KEYS)[number];

export interface ColumnSpec<K extends string> {
  key: K;
  /** the header the app writes and shows */
  label: string;
  /** header texts recognised, compared after normaliseHeader */
  headers: readonly string[];
  required?: boolean;
  /** personal data: read to be skipped, never printed, exported or logged */
  personal?: boolean;
}

export const REGISTER_COLUMNS: readonly ColumnSpec<RegisterColumnKey>[] = [
  { key: 'number', label: '编号', headers: ['编号', '序号', '受理编号', '申请编号', '登记号', '登记编号'] },
  { key: 'received', label: '收到日期', headers: ['收到日期', '申请日期', '受理日期', '收到申请日期', '登记日期', '收件日期'], required: true },
  { key: 'applicantType', label: '申请人类型', headers: ['申请人类型', '申请人类别', '申请主体', '申请人性质', '申请人身份', '申请主体类型'], required: true },
  { key: 'applicant', label: '申请人', headers: ['申请人', '申请人姓名', '申请人名称', '姓名', '姓名名称', '申请人姓名名称'], personal: true },
  { key: 'content', label: '申请内容', headers: ['申请内容', '内容', '申请事项', '申请公开内容', '所需信息', '所需政府信息'] },
  { key: 'answered', label: '答复日期', headers: ['答复日期', '办结日期', '办理完结日期', '告知日期', '答复时间'] },
  { key: 'outcome', label: '办理结果', headers: ['办理结果', '答复结果', '处理结果', '答复类型', '答复情况'] },
  { key: 'reason', label: '理由', headers: ['理由', '具体情形', '不予公开理由', '依据', '答复理由'] },
  { key: 'extended', label: '延期', headers: ['延期', '是否延期', '延长答复期限', '是否延长答复期限'] },
  { key: 'pausedDays', label: '暂停工作日', headers: ['暂停工作日', '补正天数', '暂停天数', '征求意见天数', '补正及征求意见天数', '不计入期限天数'] },
  { key: 'pauseStart', label: '补正或征求意见开始', headers: ['补正或征求意见开始', '补正告知日期', '补正通知日期', '征求意见日期', '暂停日期'] },
  {
    key: 'pauseEnd',
    label: '补正或征求意见结束',
    headers: ['补正或征求意见结束', '补正完成日期', '补正收到日期', '收到补正日期', '征求意见回复日期', '恢复日期'],
  },
];

export const CASE_COLUMNS: readonly ColumnSpec<CaseColumnKey>[] = [
  { key: 'number', label: '编号', headers: ['编号', '序号', '案号', '案件编号'] },
  { key: 'kind', label: '类别', headers: ['类别', '案件类别', '案件类型', '类型', '案由类别'], required: true },
  { key: 'afterReview', label: '是否经复议', headers: ['是否经复议', '是否复议后起诉', '复议后起诉', '是否经过复议'] },
  { key: 'received', label: '收到日期', headers: ['收到日期', '立案日期', '受理日期', '申请日期', '收案日期'], required: true },
  { key: 'result', label: '结果', headers: ['结果', '审理结果', '复议结果', '判决结果', '结案结果', '办理结果', '裁判结果'] },
  { key: 'resultDate', label: '结果日期', headers: ['结果日期', '审结日期', '决定日期', '判决日期', '结案日期', '裁判日期'] },
];

/** Header text as compared: without spaces, brackets, required-field stars and a trailing colon. */
export function normaliseHeader(text: string): string {
  return text.replace(/[\s\u3000()（）[\]【】*＊:：]/g, '');
}

const MAPPING_TARGETS = [...new Set([...REGISTER_COLUMN_KEYS, ...CASE_COLUMN_KEYS, 'ignore' as const])] as [
  RegisterColumnKey | CaseColumnKey | 'ignore',
  ...(RegisterColumnKey | CaseColumnKey | 'ignore')[],
];
/** A mapping as it crosses a boundary (IPC, the stored mappings file). */
export const headerMappingSchema = z
  .record(z.string().max(100), z.enum(MAPPING_TARGETS))
  .refine((m) => Object.keys(m).length <= 200, { message: '表头对应过多' });
/** A user's own header mapped once to a column (or to nothing), kept per agency. */
export type HeaderMapping = z.output<typeof headerMappingSchema>;

/** Which column a header names, by the user's mapping first, then by the recognised texts. */
export function columnForHeader<K extends string>(specs: readonly ColumnSpec<K>[], header: string, mapping: HeaderMapping = {}): K | 'ignore' | null {
  const h = normaliseHeader(header);
  if (h === '') return null;
  const mapped = mapping[h];
  if (mapped === 'ignore') return 'ignore';
  if (mapped !== undefined && specs.some((s) => s.key === mapped)) return mapped as K;
  return specs.find((s) => s.headers.some((t) => normaliseHeader(t) === h))?.key ?? null;
}
