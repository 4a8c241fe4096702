/**
 * Typing slips reviewers mark in published reports (G11): a word written twice ("资金资金"), half-width , ; : ( )
 * inside Chinese sentences, brackets or quotes left open, a paragraph without its closing punctuation. Findings are
 * offsets into one block's text, so the editor can underline the very characters.
 */

export type LintKind = 'repeat' | 'halfwidth' | 'unbalanced' | 'ending';

export interface LintFinding {
  kind: LintKind;
  start: number;
  end: number;
  /** what was found, quoted in the message */
  found: string;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Two to four hanzi written twice. Reduplications that are words ("研究研究" is not written in reports, but "常常",
 * "人人" are single characters and not matched) are few; the ones seen in reports are listed.
 */
const REPEAT = /([\u4e00-\u9fff]{2,4})\1/g;
const REPEAT_ALLOWED = new Set(['一个', '一件', '一项', '一条', '一次', '一步', '一批', '一年']);
/** "的的", "了了" are slips; "不了了之", "的的确确" are words. */
const PARTICLE_REPEAT = /(?<!不)(的的|了了)(?!之|确)/g;

const HALF_WIDTH = /[,;:]/g;
const HALF_BRACKETS = /\(([^()]*)\)|[()]/g;

const PAIRS: Readonly<Record<string, string>> = { '（': '）', '(': ')', '“': '”', '‘': '’', '《': '》', '【': '】', '「': '」' };
const CLOSERS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));
const BRACKET_CHARS: ReadonlySet<string> = new Set([...Object.keys(PAIRS), ...Object.values(PAIRS)]);

const END_PUNCT = /[。！？；：…”’）)」』】》.!?;:—]$/;
/** A paragraph that is only a sub-heading ("（一）主动公开情况") ends without a full stop. */
const OUTLINE_START = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d{1,2}[.．、])/;

function repeats(text: string, out: LintFinding[]): void {
  for (const re of [REPEAT, PARTICLE_REPEAT]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const word = m[1] ?? '';
      if (REPEAT_ALLOWED.has(word)) continue;
      out.push({ kind: 'repeat', start: m.index, end: m.index + m[0].length, found: m[0] });
    }
  }
}

function halfWidth(text: string, out: LintFinding[]): void {
  HALF_WIDTH.lastIndex = 0;
  for (let m = HALF_WIDTH.exec(text); m; m = HALF_WIDTH.exec(text)) {
    const i = m.index;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    // 1,234 and 9:00 are figures, not sentences.
    if (/\d/.test(before) && /\d/.test(after)) continue;
    if (HAN.test(before) || HAN.test(after)) out.push({ kind: 'halfwidth', start: i, end: i + 1, found: m[0] });
  }
  // Brackets around Chinese words ("(以下简称《条例》)") belong to the Chinese sentence; "(PDF)" to the Latin text.
  HALF_BRACKETS.lastIndex = 0;
  for (let m = HALF_BRACKETS.exec(text); m; m = HALF_BRACKETS.exec(text)) {
    const i = m.index;
    const end = i + m[0].length;
    const inner = m[1];
    const chinese = inner === undefined ? HAN.test(text[i - 1] ?? '') || HAN.test(text[i + 1] ?? '') : HAN.test(inner);
    if (!chinese) continue;
    out.push({ kind: 'halfwidth', start: i, end: i + 1, found: text[i] ?? '' });
    if (inner !== undefined) out.push({ kind: 'halfwidth', start: end - 1, end, found: ')' });
  }
}

function balance(text: string, out: LintFinding[]): void {
  const open: { ch: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (!BRACKET_CHARS.has(ch)) continue;
    if (PAIRS[ch]) {
      open.push({ ch, at: i });
      continue;
    }
    const opener = CLOSERS[ch];
    if (!opener) continue;
    const top = open[open.length - 1];
    if (top && top.ch === opener) {
      open.pop();
      continue;
    }
    // A closer whose opener is further down (a bracket left open inside quotes) closes that one; the ones above it
    // are the unbalanced ones.
    const k = open.map((o) => o.ch).lastIndexOf(opener);
    if (k >= 0) {
      for (const o of open.splice(k)) if (o.ch !== opener) out.push({ kind: 'unbalanced', start: o.at, end: o.at + 1, found: o.ch });
      continue;
    }
    out.push({ kind: 'unbalanced', start: i, end: i + 1, found: ch });
  }
  for (const o of open) out.push({ kind: 'unbalanced', start: o.at, end: o.at + 1, found: o.ch });
}

function ending(text: string, out: LintFinding[]): void {
  const t = text.trimEnd();
  if (t === '' || END_PUNCT.test(t)) return;
  if (OUTLINE_START.test(t.trimStart()) && t.length <= 40 && !t.includes('。')) return;
  // A byline or a date line ("沭阳县人民政府", "2026年1月23日") is not a sentence.
  if (t.length <= 20 && !/[，。；：、,;:]/.test(t)) return;
  const size = /[\ud800-\udbff][\udc00-\udfff]$/.test(t) ? 2 : 1;
  out.push({ kind: 'ending', start: t.length - size, end: t.length, found: t.slice(-8) });
}

const caches = { paragraph: new Map<string, readonly LintFinding[]>(), heading: new Map<string, readonly LintFinding[]>() };
const CACHE_LIMIT = 2000;

/** The findings in one block's text; a paragraph is also checked for its closing punctuation. */
export function lintText(text: string, paragraph: boolean): readonly LintFinding[] {
  const cache = paragraph ? caches.paragraph : caches.heading;
  const hit = cache.get(text);
  if (hit) return hit;
  const out: LintFinding[] = [];
  repeats(text, out);
  halfWidth(text, out);
  balance(text, out);
  if (paragraph) ending(text, out);
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  // Typing produces a new text per keystroke; the cache only has to hold the paragraphs of the open report.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

export const LINT_MESSAGE: Readonly<Record<LintKind, (found: string) => string>> = {
  repeat: (f) => `“${f}”疑为重复录入`,
  halfwidth: (f) => `中文句子中使用了半角“${f}”，应为全角“${({ ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' } as Record<string, string>)[f] ?? f}”`,
  unbalanced: (f) => `“${f}”没有配对的${PAIRS[f] ? `“${PAIRS[f]}”` : `“${CLOSERS[f] ?? ''}”`}`,
  ending: (f) => `段落“…${f}”末尾缺少标点`,
};
