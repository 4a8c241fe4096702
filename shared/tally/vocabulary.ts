/**
 * What register texts mean in the official tables (docs/spec/interchange.md §7): applicant types → the columns of
 * table 三, outcome texts → its rows, case kinds and results → table 四. The row and column keys come from the
 * format definition; only the everyday words people write are listed here. A text that fits no entry, or two, is
 * not guessed: the reader lists the row.
 */
import { getFormat, type CompiledFormat, type FormatId, type T3RowInfo } from '../formats';
import { normaliseHeader } from './columns';
import type { Read } from './values';

/** Applicant type words → the column key of table 三 (the official labels are added from the format). */
const APPLICANT_WORDS: Readonly<Record<string, readonly string[]>> = {
  natural: ['自然人', '公民', '个人', '群众'],
  commercial: ['商业企业', '企业', '公司', '个体工商户', '企业法人'],
  research: ['科研机构', '科研院所', '高校', '高等院校'],
  welfare: ['社会公益组织', '公益组织'],
  legal: ['法律服务机构', '律师事务所', '律师'],
  other_org: ['其他', '其他组织', '其他法人或其他组织', '其他法人', '社会组织'],
};

/** The applicant column a type names: exact words, with a leading "法人或其他组织" before the kind allowed. */
export function readApplicantType(format: CompiledFormat, text: string): Read<string> {
  const t = normaliseHeader(text).replace(/^法人或其他组织[-—·、/|]?(?=.)/, '');
  if (t === '') return { ok: false, reason: '申请人类型为空' };
  const hits = format.t3Applicants.filter((key) => {
    const label = format.def.t3.columns.find((c) => c.key === key)?.label;
    return [...(APPLICANT_WORDS[key] ?? []), ...(label ? [label] : [])].some((w) => w === t);
  });
  if (hits.length === 1 && hits[0]) return { ok: true, value: hits[0] };
  return {
    ok: false,
    reason: hits.length > 1 ? '申请人类型同时符合表三的几列' : '申请人类型不是表三的任何一列（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）',
  };
}

/** The words that name an outcome group (the category of table 三), tested in this order. */
const GROUP_WORDS: readonly { group: string; words: RegExp }[] = [
  { group: 'partial', words: /部分公开/ },
  { group: 'denied', words: /不予公开|不公开/ },
  { group: 'unable', words: /无法提供/ },
  { group: 'rejected', words: /不予处理/ },
  { group: 'other', words: /其他处理/ },
];
const GRANTED = /予以公开|同意公开|已公开|^公开$|^全部公开$/;

/** The reasons that pick a row inside its group; the official label of each row is added from the format. */
const ITEM_WORDS: Readonly<Record<string, readonly string[]>> = {
  'denied.secret': ['国家秘密'],
  'denied.law': ['法律行政法规禁止', '法律、行政法规禁止'],
  'denied.safety': ['三安全一稳定', '国家安全', '公共安全', '经济安全', '社会稳定'],
  'denied.third_party': ['第三方合法权益', '个人隐私', '商业秘密'],
  'denied.internal': ['内部事务'],
  'denied.process': ['过程性'],
  'denied.enforcement': ['行政执法案卷', '执法案卷'],
  'denied.query': ['行政查询'],
  'unable.not_held': ['不掌握', '信息不存在', '未制作', '不存在'],
  'unable.create': ['另行制作', '没有现成信息', '加工分析', '汇总加工'],
  'unable.unclear': ['仍不明确', '内容不明确', '申请内容不明确'],
  'rejected.petition': ['信访', '举报', '投诉'],
  'rejected.repeat': ['重复申请'],
  'rejected.publication': ['公开出版物'],
  'rejected.mass': ['大量反复'],
  'rejected.confirm': ['确认或重新出具', '重新出具', '要求确认'],
  'other.no_correction': ['逾期不补正', '未补正', '不补正'],
  'other.no_fee': ['逾期未缴费', '未缴纳', '未缴费', '逾期未缴纳'],
};

/** Withdrawn applications go to 其他 with a warning: provinces differ on whether to count them there. */
const WITHDRAWN = /撤回/;

export interface OutcomeReading {
  /** the row of table 三 (T3RowInfo id) */
  row: string;
  /** set when the row was chosen by a convention the user should know about */
  note?: string;
}

/** The official label without its number: "1.属于国家秘密" → "属于国家秘密". */
function bareLabel(label: string): string {
  return label.replace(/^\d+\./, '');
}

function itemWords(row: T3RowInfo): readonly string[] {
  // A bare label as short as “其他” would match every text naming （六）其他处理.
  const label = bareLabel(row.label);
  return [...(ITEM_WORDS[row.id] ?? []), ...(label.length > 2 ? [label] : [])];
}

/**
 * The row of table 三 an outcome text names (the 办理结果 column joined with its 理由). Only a text that fits
 * exactly one row is read; a group named without a reason that picks its row is listed, except （六）其他处理,
 * whose last item takes what the others do not.
 */
export function readOutcome(formatId: FormatId, text: string): Read<OutcomeReading> {
  const format = getFormat(formatId);
  const t = text.replace(/[\s\u3000]/g, '');
  if (t === '') return { ok: false, reason: '办理结果为空' };
  const outcomeRows = format.t3Rows.filter((r) => r.outcome && r.id !== format.t3Named.total.key);
  const groupOf = (r: T3RowInfo): string => r.category?.key ?? r.id;
  const groups = GROUP_WORDS.filter((g) => g.words.test(t)).map((g) => g.group);
  const granted = GRANTED.test(t.replace(/部分公开|不予公开|不公开/g, ''));
  if (granted && groups.length === 0) groups.push('granted');
  const withdrawn = WITHDRAWN.test(t);
  if (groups.length > 1) return { ok: false, reason: `办理结果同时符合表三的几行（${groups.map((g) => groupLabel(format, g)).join('、')}）` };
  const candidates = groups.length === 1 ? outcomeRows.filter((r) => groupOf(r) === groups[0]) : outcomeRows;
  const byWords = candidates.filter((r) => r.category && itemWords(r).some((w) => t.includes(w)));
  if (byWords.length > 1) return { ok: false, reason: `办理结果同时符合表三的几行（${byWords.map((r) => rowLabel(r)).join('、')}）` };
  if (byWords.length === 1 && byWords[0]) return { ok: true, value: { row: byWords[0].id } };
  const otherRows = outcomeRows.filter((r) => groupOf(r) === 'other');
  const otherLast = otherRows[otherRows.length - 1];
  // The 2019 format prints （六）其他处理 as one row: the 2021 format's reasons for it all land there.
  const otherWords = Object.entries(ITEM_WORDS)
    .filter(([id]) => id.startsWith('other.'))
    .flatMap(([, w]) => w);
  if (otherRows.length === 1 && otherLast && (groups.length === 0 || groups[0] === 'other') && otherWords.some((w) => t.includes(w))) {
    return { ok: true, value: { row: otherLast.id } };
  }
  if (withdrawn && (groups.length === 0 || groups[0] === 'other') && otherLast) {
    return { ok: true, value: { row: otherLast.id, note: `申请人撤回申请计入“${rowLabel(otherLast)}”（各省口径不一，请按本省要求核对）` } };
  }
  if (groups.length === 1) {
    const rows = candidates;
    if (rows.length === 1 && rows[0]) return { ok: true, value: { row: rows[0].id } };
    if (groups[0] === 'other' && otherLast) return { ok: true, value: { row: otherLast.id } };
    return { ok: false, reason: `办理结果只写了“${groupLabel(format, groups[0] ?? '')}”，没有写明是哪一种情形（可在“理由”列写明）` };
  }
  return { ok: false, reason: '办理结果不是表三的任何一行' };
}

function rowLabel(r: T3RowInfo): string {
  return r.category ? `${r.category.label}${r.label}` : r.label;
}

function groupLabel(format: CompiledFormat, group: string): string {
  const row = format.t3Rows.find((r) => (r.category?.key ?? r.id) === group);
  return row ? (row.category?.label ?? row.label) : group;
}

/** A case's kind as table 四's groups: 行政复议, or 行政诉讼 before or after a 复议. */
export function readCaseKind(kind: string, afterReview: boolean | null): Read<'review' | 'suit_direct' | 'suit_after_review'> {
  const t = kind.replace(/[\s\u3000]/g, '');
  const suit = /诉讼|起诉/.test(t);
  if (suit) {
    if (/复议后|经复议|经过复议/.test(t) || afterReview === true) return { ok: true, value: 'suit_after_review' };
    return { ok: true, value: 'suit_direct' };
  }
  if (/复议/.test(t)) return { ok: true, value: 'review' };
  return { ok: false, reason: t === '' ? '类别为空' : '类别应为行政复议或行政诉讼' };
}

/** What a case's result counts as in table 四; blank and 审理中 are pending. */
export function readCaseResult(text: string): Read<'upheld' | 'corrected' | 'other' | 'pending'> {
  const t = text.replace(/[\s\u3000]/g, '');
  if (t === '' || /审理中|尚未审结|未审结|在审|待审/.test(t)) return { ok: true, value: 'pending' };
  if (/驳回复议申请|驳回诉讼请求/.test(t)) return { ok: true, value: 'upheld' };
  const found = new Set<'upheld' | 'corrected' | 'other'>();
  const rest = t.replace(/驳回起诉/g, () => {
    found.add('other');
    return '';
  });
  if (/维持/.test(rest)) found.add('upheld');
  if (/撤销|变更|确认违法|责令履行|纠正/.test(rest)) found.add('corrected');
  if (/终止|撤诉|调解|其他|和解/.test(rest)) found.add('other');
  if (found.size === 1) return { ok: true, value: [...found][0] ?? 'other' };
  return { ok: false, reason: found.size > 1 ? '结果同时符合表四的几种结果' : '结果不是表四的任何一种（维持、纠正、其他结果、尚未审结）' };
}
