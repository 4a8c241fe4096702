/**
 * Last year's text against this year's, sentence by sentence (与上年对照): a sentence carried over unchanged is
 * the 内容雷同 that X5 warns about, so it is marked as such on both sides; a rewritten sentence shows only the
 * characters that changed (often just the year and the figures); new and dropped sentences are marked whole.
 * The comparison is the `diff` library's (Myers), on sentences first and characters within a rewrite.
 */
import { diffArrays, diffChars } from 'diff';

/** carried: a whole sentence unchanged; same: unchanged characters of a rewritten sentence; new / removed: the rest. */
export type SegmentKind = 'carried' | 'same' | 'new' | 'removed';

/** Below this share of common characters a rewritten passage counts as new text. */
const MOSTLY_SAME = 0.5;

export interface Segment {
  text: string;
  kind: SegmentKind;
}

export interface TextComparison {
  before: Segment[];
  now: Segment[];
  /** share of this year's characters in sentences carried over unchanged */
  carriedShare: number;
}

/** Sentences with their closing punctuation, and paragraph breaks kept as their own tokens. */
export function sentences(text: string): string[] {
  return text.match(/[^。！？；\n]*[。！？；]+[”’）)]*|[^。！？；\n]+|\n/g) ?? [];
}

function push(list: Segment[], text: string, kind: SegmentKind): void {
  if (text === '') return;
  const last = list[list.length - 1];
  if (last && last.kind === kind) last.text += text;
  else list.push({ text, kind });
}

/** One sentence against its rewrite; a sentence mostly rewritten is new text, not confetti of common characters. */
function rewrite(out: TextComparison, before: string, after: string): void {
  const parts = before && after ? diffChars(before, after) : [];
  const common = parts.reduce((n, d) => n + (d.added || d.removed ? 0 : d.value.length), 0);
  if (common < MOSTLY_SAME * Math.max(before.length, after.length)) {
    push(out.before, before, 'removed');
    push(out.now, after, 'new');
    return;
  }
  for (const d of parts) {
    if (d.removed) push(out.before, d.value, 'removed');
    else if (d.added) push(out.now, d.value, 'new');
    else {
      push(out.before, d.value, 'same');
      push(out.now, d.value, 'same');
    }
  }
}

export function compareTexts(before: string, now: string): TextComparison {
  const out: TextComparison = { before: [], now: [], carriedShare: 0 };
  const changes = diffArrays(sentences(before), sentences(now));
  let carried = 0;
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    if (!c) continue;
    const text = c.value.join('');
    if (!c.added && !c.removed) {
      // A paragraph break is not content carried over.
      for (const s of c.value) {
        const kind = s === '\n' ? 'same' : 'carried';
        push(out.before, s, kind);
        push(out.now, s, kind);
        if (kind === 'carried') carried += s.length;
      }
      continue;
    }
    const next = changes[i + 1];
    if (c.removed && next?.added) {
      // A rewrite: old and new sentences paired in order, each pair compared by characters, so that a changed year
      // or figure stands out in an otherwise old sentence; the unpaired ones are dropped or new.
      const olds = c.value;
      const news = next.value;
      for (let k = 0; k < Math.max(olds.length, news.length); k++) rewrite(out, olds[k] ?? '', news[k] ?? '');
      i++;
      continue;
    }
    if (c.removed) push(out.before, text, 'removed');
    else push(out.now, text, 'new');
  }
  const total = now.replace(/\n/g, '').length;
  out.carriedShare = total === 0 ? 0 : carried / total;
  return out;
}
