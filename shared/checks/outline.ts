/**
 * The outline audit (G10). The six section titles are printed from the format, so in the text a section title is
 * either shifted (二–六 renumbered 一–五), misplaced or a duplicate of the printed one. Sub-headings — a heading block
 * or a paragraph opening with （一）, 1. or （1） — are numbered in sequence per level, each level in one style.
 */
import type { CompiledFormat, NarrativeSectionKey } from '../formats';
import { blockText, type Block } from '../model/report';
import { parseChineseNumber } from './chinese-numerals';

export interface OutlineFinding {
  index: number;
  start: number;
  end: number;
  message: string;
  /** a second place the finding is about (a sub-heading run into an earlier paragraph) */
  also?: { index: number; start: number; end: number };
  /** stable across edits elsewhere in the section */
  key: string;
}

type Level = 'cn-paren' | 'arabic' | 'arabic-paren';

const LEVELS: readonly { level: Level; re: RegExp; name: string }[] = [
  { level: 'cn-paren', re: /^[（(]([一二三四五六七八九十]+)[）)]/, name: '（一）' },
  { level: 'arabic-paren', re: /^[（(](\d{1,2})[）)]/, name: '（1）' },
  { level: 'arabic', re: /^(\d{1,2})([.．、])(?!\d)/, name: '1.' },
];
const RANK: Readonly<Record<Level, number>> = { 'cn-paren': 0, arabic: 1, 'arabic-paren': 2 };

const SECTION_TITLE = /^\s*([一二三四五六七八九十])、\s*(.+?)[。：:]?\s*$/;
const CN = '〇一二三四五六七八九十';

function numeral(n: number, level: Level): string {
  if (level === 'arabic') return `${n}.`;
  if (level === 'arabic-paren') return `（${n}）`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const cn = n < 10 ? (CN[n] ?? '') : `${tens > 1 ? (CN[tens] ?? '') : ''}十${ones ? (CN[ones] ?? '') : ''}`;
  return `（${cn}）`;
}

interface TitleInfo {
  key: NarrativeSectionKey | string;
  number: string;
  title: string;
  /** the title words without the number, of the title and its variants */
  words: string[];
}

const titleCache = new WeakMap<CompiledFormat, TitleInfo[]>();
function titles(format: CompiledFormat): TitleInfo[] {
  let t = titleCache.get(format);
  if (!t) {
    t = format.def.sections.map((s) => ({
      key: s.key,
      number: s.title.split('、')[0] ?? '',
      title: s.title,
      words: [s.title, ...s.titleVariants].map((x) => x.slice(x.indexOf('、') + 1)),
    }));
    titleCache.set(format, t);
  }
  return t;
}

/** A block that reads as one of the six section titles, and which. */
function sectionTitleOf(text: string, format: CompiledFormat): { number: string; target: TitleInfo; length: number } | null {
  const m = SECTION_TITLE.exec(text);
  if (!m || text.length > 40) return null;
  const words = (m[2] ?? '').replace(/\s/g, '');
  const target = titles(format).find((t) => t.words.includes(words));
  return target ? { number: m[1] ?? '', target, length: text.trimEnd().length } : null;
}

export function auditOutline(blocks: readonly Block[], section: NarrativeSectionKey, format: CompiledFormat): OutlineFinding[] {
  const out: OutlineFinding[] = [];
  const own = titles(format).find((t) => t.key === section);
  const last: Partial<Record<Level, number>> = {};
  const styles = new Map<Level, { sep: string; index: number }>();
  const headingLevels = new Map<number, { level: Level; index: number }>();
  blocks.forEach((b, index) => {
    if (b.kind === 'figure') return;
    const text = blockText(b);
    const lead = text.length - text.trimStart().length;
    const body = text.slice(lead);
    const title = sectionTitleOf(text, format);
    if (title) {
      const { number, target } = title;
      const span = { index, start: lead, end: title.length };
      if (number !== target.number) {
        out.push({ ...span, key: `title:${target.key}`, message: `“${body}”编号错位，该部分应为“${target.title}”` });
      } else if (target.key === section) {
        out.push({ ...span, key: `title:${target.key}`, message: `正文中又写了本部分标题“${target.title}”；标题按格式自动排出，导出后会出现两次` });
      } else {
        out.push({ ...span, key: `title:${target.key}`, message: `“${target.title}”是另一部分的标题，不应出现在“${own?.title ?? ''}”中` });
      }
      return;
    }
    for (const { level, re, name } of LEVELS) {
      const m = re.exec(body);
      if (!m) continue;
      const n = level === 'cn-paren' ? parseChineseNumber(m[1] ?? '') : Number(m[1]);
      if (n === null || n <= 0) return;
      const span = { index, start: lead, end: lead + m[0].length };
      const prev = last[level] ?? 0;
      if (n === prev) {
        out.push({ ...span, key: `seq:${level}:${n}:${index}`, message: `小标题编号“${m[0]}”重复` });
      } else if (n > prev + 1) {
        const missing = Array.from({ length: n - prev - 1 }, (_, i) => numeral(prev + 1 + i, level));
        // Published reports often run a sub-heading into the paragraph before it (洪泽区 2024: "…予以答复。（三）政府信息管理情况。").
        const runIn = blocks.slice(0, index).findIndex((x) => x.kind !== 'figure' && blockText(x).indexOf(missing[0] ?? '') > 0);
        const runInBlock = blocks[runIn];
        const at = runInBlock ? blockText(runInBlock).indexOf(missing[0] ?? '') : -1;
        out.push({
          ...span,
          ...(at > 0 ? { also: { index: runIn, start: at, end: at + (missing[0]?.length ?? 0) } } : {}),
          key: `seq:${level}:${n}:${index}`,
          message:
            runIn >= 0
              ? `小标题编号从“${numeral(prev, level)}”跳到“${m[0]}”：“${missing[0] ?? ''}”写在了第${runIn + 1}段中间，应另起一段`
              : `小标题编号从${prev ? `“${numeral(prev, level)}”` : '开头'}跳到“${m[0]}”，缺少${missing.join('')}`,
        });
      } else if (n < prev) {
        out.push({ ...span, key: `seq:${level}:${n}:${index}`, message: `小标题编号“${m[0]}”排在“${numeral(prev, level)}”之后，顺序颠倒` });
      }
      last[level] = n;
      // A higher level starts a new run of the levels below it.
      for (const l of Object.keys(RANK) as Level[]) if (RANK[l] > RANK[level]) delete last[l];
      if (level === 'arabic') {
        const sep = m[2] ?? '.';
        const first = styles.get(level);
        if (!first) styles.set(level, { sep, index });
        else if (first.sep !== sep) {
          out.push({ ...span, key: `style:${level}:${index}`, message: `同一级编号混用“${n}${sep}”和“${n}${first.sep}”两种写法，应统一为“1.”` });
        }
      }
      if (b.kind === 'heading') {
        const seen = headingLevels.get(b.level);
        if (!seen) headingLevels.set(b.level, { level, index });
        else if (seen.level !== level) {
          const other = LEVELS.find((x) => x.level === seen.level)?.name ?? '';
          out.push({ ...span, key: `system:${b.level}:${index}`, message: `同一级小标题混用“${other}”和“${name}”两种编号` });
        }
      }
      return;
    }
  });
  return out;
}
