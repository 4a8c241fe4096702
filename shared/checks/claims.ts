/**
 * What the text claims beyond single figures: percentages and rates (D7) and zero or completeness statements (D8),
 * each compared with the tables. Findings carry the offsets of the words, so the editor can mark them.
 */
import type { QuotedFigure, FigureKind } from './text-figures';
import type { BlockRef } from './types';

const PERCENT = /(\d+(?:\.(\d+))?)\s*[%％]/g;
const SENTENCE_END = /[。！？；\n]/;

export type RateKind = 'share' | 'yoy' | 'correction';

export interface RateClaim {
  kind: RateKind;
  block: BlockRef;
  start: number;
  end: number;
  quote: string;
  printed: number;
  decimals: number;
  /** share and yoy: the quoted figure the rate is about */
  figure?: QuotedFigure;
  /** yoy: +1 for an increase, −1 for a decrease */
  direction?: 1 | -1;
  /** correction: 行政复议 or 行政诉讼 */
  group?: 'review' | 'suit';
}

/** Figures a share ("占…%") can be a part of: outcomes and the cases carried forward. */
const SHARE_KINDS: ReadonlySet<FigureKind> = new Set(['granted_partial', 'granted', 'partial', 'denied', 'unable', 'rejected', 'other', 'forward']);

const YOY =
  /(?:同比|较上年度?|较去年|比上年度?|比去年|较上一年度?|与上年相比|较\d{4}年)[^，。；！？\d]{0,8}?(增长|增加|上升|提高|提升|下降|减少|回落|降低)了?(?:约)?\s*$/;
const SHARE = /占(?:比|总数|全部|总量|[^，。；！？\d]{0,10}?的)?(?:为|达)?\s*$/;
const CORRECTION = /纠错率(?:为|是|达到?)?\s*$/;

function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (SENTENCE_END.test(text[i] ?? '')) return i + 1;
  return 0;
}

/** The percentages in one block that name table figures. */
export function findRates(text: string, block: BlockRef, figures: readonly QuotedFigure[]): RateClaim[] {
  if (!/[%％]/.test(text)) return [];
  const out: RateClaim[] = [];
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
    const p = m.index;
    const end = p + m[0].length;
    const from = sentenceStart(text, p);
    const before = text.slice(from, p);
    const printed = Number(m[1]);
    const decimals = m[2]?.length ?? 0;
    const base = { block, end, printed, decimals };
    const c = CORRECTION.exec(before);
    if (c) {
      const start = from + c.index;
      const review = before.lastIndexOf('复议');
      const suit = before.lastIndexOf('诉讼');
      out.push({ ...base, kind: 'correction', start, quote: text.slice(start, end), group: suit > review ? 'suit' : 'review' });
      continue;
    }
    // The figure the rate is about is the last one quoted before it in the same sentence.
    const figure = [...figures].reverse().find((f) => f.block.index === block.index && f.block.section === block.section && f.end <= p && f.start >= from);
    if (!figure) continue;
    const y = YOY.exec(before);
    if (y) {
      const direction = /下降|减少|回落|降低/.test(y[1] ?? '') ? -1 : 1;
      out.push({ ...base, kind: 'yoy', start: figure.start, quote: text.slice(figure.start, end), figure, direction });
      continue;
    }
    const between = text.slice(figure.end, p);
    if (SHARE.test(before) && between.length <= 16 && between.includes('占') && SHARE_KINDS.has(figure.kind)) {
      out.push({ ...base, kind: 'share', start: figure.start, quote: text.slice(figure.start, end), figure });
    }
  }
  return out;
}

/** Whether a ratio prints as the quoted percentage, rounded or cut off at the printed precision. */
export function ratePrintsAs(ratio: number, printed: number, decimals: number): boolean {
  const f = 10 ** decimals;
  const x = ratio * 100 * f;
  return Math.round(x) / f === printed || Math.floor(x + 1e-9) / f === printed;
}

export function percentText(ratio: number, decimals: number): string {
  return `${(ratio * 100).toFixed(decimals)}%`;
}

// ---------------------------------------------------------------------------------------------------------------
// D8: zero and completeness statements.

export type ClaimKind = 'no-applications' | 'no-review' | 'no-suit' | 'all-closed' | 'no-fee';

export interface ZeroClaim {
  kind: ClaimKind;
  block: BlockRef;
  start: number;
  end: number;
  quote: string;
}

const NO_APPLICATIONS = /(?:未|没有)(?:收到|受理|接到|接收)(?:过)?[^，。；！？\d]{0,12}?申请(?!人|行政复议|复议)/g;
const NEG_CASE = /(?:未(?:发生|出现|收到|产生|涉及|有)|没有(?:发生|出现|收到|产生)?|无)[^，。；！？\d]{0,16}?(?:行政复议|行政诉讼|复议|诉讼)[^，。；！？]*/g;
/** Outcomes, not occurrence: "无行政复议纠错", "行政诉讼无败诉". */
const OUTCOME_WORDS = /纠错|纠正|败诉|撤销|确认违法|被改变/;
const ALL_CLOSED = /(?:均已|已全部|全部已|均|全部)(?:在法定期限内|按时|按期|依法|如期|及时)?(?:办结|办理完毕|答复完毕|办理完成|处理完毕)/g;
const CARRY_WORDS = /结转|顺延|转入|下一?年度|除/;
const NO_FEE = /(?:未|没有|不|无)(?:收取|收缴|产生)(?:任何)?[^，。；！？\d]{0,10}?处理费|处理费[^，。；！？\d]{0,6}?(?:为)?(?:0|零)(?:\.0+)?元/g;
const FEE_AMOUNT = /(?<![未不没无])(?:收取|收缴)[^，。；！？]{0,20}?处理费[^，。；！？\d]{0,10}?(\d+(?:\.\d+)?)\s*(?:元|万元)/g;

function sentenceOf(text: string, at: number): string {
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end] ?? '')) end++;
  return text.slice(sentenceStart(text, at), end);
}

function collect(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
}

/** Zero and completeness statements in one block. */
export function findZeroClaims(text: string, block: BlockRef): ZeroClaim[] {
  if (!/[未没无均全]/.test(text)) return [];
  const out: ZeroClaim[] = [];
  const push = (kind: ClaimKind, start: number, quote: string) => out.push({ kind, block, start, end: start + quote.length, quote });
  collect(NO_APPLICATIONS, text, (m) => push('no-applications', m.index, m[0]));
  collect(NEG_CASE, text, (m) => {
    if (OUTCOME_WORDS.test(m[0])) return;
    const quote = m[0].replace(/[的等]?(?:情况|情形|案件|事项)?$/, '') || m[0];
    if (/复议/.test(m[0])) push('no-review', m.index, quote);
    if (/诉讼/.test(m[0].replace(/复议后起诉/, ''))) push('no-suit', m.index, quote);
  });
  collect(ALL_CLOSED, text, (m) => {
    const s = sentenceOf(text, m.index);
    if (s.includes('申请') && !CARRY_WORDS.test(s)) push('all-closed', m.index, m[0]);
  });
  collect(NO_FEE, text, (m) => push('no-fee', m.index, m[0]));
  return out;
}

export interface FeeStatement {
  block: BlockRef;
  start: number;
  end: number;
  quote: string;
  amount: number;
}

/** "收取信息处理费3940元": a fee actually charged. */
export function findFees(text: string, block: BlockRef): FeeStatement[] {
  if (!text.includes('处理费')) return [];
  const out: FeeStatement[] = [];
  collect(FEE_AMOUNT, text, (m) => {
    const amount = Number(m[1]);
    if (amount > 0) out.push({ block, start: m.index, end: m.index + m[0].length, quote: m[0], amount });
  });
  return out;
}
