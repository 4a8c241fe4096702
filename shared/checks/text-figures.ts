/**
 * Finds the statistics a narrative quotes, with patterns for the phrasings of published reports
 * ("全市共受理政府信息公开申请3119件", "答复805件（含上年度结转申请18件…）", "予以公开及部分公开258件",
 * "行政复议351件"). Each match consumes its span so that "予以公开及部分公开258件" is not read again as
 * "部分公开258件".
 */
import type { NarrativeSectionKey } from '../formats/types';
import { blockText, type Report } from '../model/report';
import { CHINESE_NUMERAL_CHARS, parseCount } from './chinese-numerals';
import type { BlockRef } from './types';

export type FigureKind =
  'received' | 'closed' | 'carried' | 'forward' | 'granted_partial' | 'granted' | 'partial' | 'denied' | 'unable' | 'rejected' | 'other' | 'review' | 'suit';

export interface QuotedFigure {
  kind: FigureKind;
  value: number;
  /** the matched words, quoted back in the message */
  quote: string;
  block: BlockRef;
  /** written in Chinese numerals ("两起"), D6 */
  inWords: boolean;
  /** where the quote stands in the block's text (end exclusive) */
  start: number;
  end: number;
  /** the few characters before the quote: where a scope word (全市, 区政府办) would stand */
  before: string;
}

/** A count in digits or in Chinese numerals (D6: "两起", "十二件", "一百零五件"), then its unit. */
const N = `(\\d[\\d,，]*|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:件|起)`;
const GAP = `[^，、。；！？\\d${CHINESE_NUMERAL_CHARS}\\n]`;
const PAREN = '(?:（[^）]{0,20}）|\\([^)]{0,20}\\))?';

/** In priority order: longer phrasings first. */
const PATTERNS: readonly { kind: FigureKind; re: RegExp; needs?: string }[] = [
  { kind: 'carried', re: new RegExp(`上一?年度?结转(?:的)?(?:政府信息公开)?(?:申请)?(?:案件)?(?:共)?\\s*${N}`, 'g') },
  { kind: 'forward', re: new RegExp(`${N}${GAP}{0,12}?(?:顺延|结转|转入?)(?:至|到)?下一?年度?`, 'g') },
  { kind: 'forward', re: new RegExp(`(?:结转|转)(?:至|到)?下一?年度?(?:继续)?(?:办理|答复)?\\s*${N}`, 'g') },
  { kind: 'received', re: new RegExp(`(?:受理|收到|新收|收办|接收|接到)(${GAP}{0,16}?)${N}`, 'g'), needs: '申请' },
  { kind: 'closed', re: new RegExp(`(?:办结|答复|办理)(?:政府信息公开)?(?:申请)?(?:共|计|完毕)?\\s*${N}`, 'g') },
  { kind: 'granted_partial', re: new RegExp(`(?<!不)予以公开(?:及|和|与|、|并)部分公开(?:的)?(?:共|计)?\\s*${N}`, 'g') },
  { kind: 'granted', re: new RegExp(`(?<!不)予以公开(?:的)?(?:共|计)?\\s*${N}`, 'g') },
  { kind: 'partial', re: new RegExp(`部分公开(?:的)?(?:共|计)?\\s*${N}`, 'g') },
  { kind: 'denied', re: new RegExp(`不予公开(?:的)?(?:共|计)?\\s*${N}`, 'g') },
  { kind: 'unable', re: new RegExp(`无法提供(?:的)?(?:共|计)?\\s*${N}`, 'g') },
  { kind: 'rejected', re: new RegExp(`不予处理(?:的)?(?:共|计)?\\s*${N}`, 'g') },
  { kind: 'other', re: new RegExp(`其他处理${PAREN}(?:的)?(?:共|计)?\\s*${N}`, 'g') },
  { kind: 'review', re: new RegExp(`行政复议(?:案件)?(?:共)?\\s*${N}`, 'g') },
  { kind: 'suit', re: new RegExp(`(?:行政)?诉讼(?:案件)?(?:共)?\\s*${N}`, 'g') },
];

const SECTIONS_QUOTING: readonly NarrativeSectionKey[] = ['preface', 'overview'];

const ANY_COUNT = new RegExp(`[\\d${CHINESE_NUMERAL_CHARS}]\\s*[件起]`);

/**
 * Words that make a numeral something other than a count: "高效办成一件事", "和行政诉讼一起研究". A count in
 * digits is always a count.
 */
function notACount(num: string, text: string, end: number): boolean {
  if (/^\d/.test(num)) return false;
  const next = text[end] ?? '';
  const unit = text[end - 1];
  if (unit === '件' && next === '事') return true;
  return unit === '起' && num === '一' && !/^[，。；、）)\s]?$/.test(next);
}

export function findFigures(text: string, block: BlockRef): QuotedFigure[] {
  if (!ANY_COUNT.test(text)) return [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number): boolean => taken.every(([x, y]) => b <= x || a >= y);
  const out: QuotedFigure[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      if (p.needs) {
        const gap = m[1] ?? '';
        if (!gap.includes(p.needs)) continue;
      }
      const num = m[m.length - 1] ?? '';
      const value = parseCount(num);
      if (value === null || notACount(num, text, end)) continue;
      taken.push([start, end]);
      out.push({ kind: p.kind, value, inWords: !/^\d/.test(num), quote: m[0], block, start, end, before: text.slice(Math.max(0, start - 16), start) });
    }
  }
  return out;
}

/** Every figure quoted in the 前言 and 一、总体情况. */
export function quotedFigures(report: Report): QuotedFigure[] {
  const out: QuotedFigure[] = [];
  for (const section of SECTIONS_QUOTING) {
    report.sections[section].forEach((b, index) => {
      if (b.kind === 'paragraph' || b.kind === 'heading') out.push(...findFigures(blockText(b), { section, index }));
    });
  }
  return out;
}
