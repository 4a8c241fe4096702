/**
 * Last year's text against this year's, sentence by sentence (与上年对照): a sentence carried over unchanged is
 * the 内容雷同 that X5 warns about, so it is marked as such on both sides; a rewritten sentence shows only the
 * characters that changed (often just the year and the figures); new and dropped sentences are marked whole.
 * The comparison is the `diff` library's (Myers), on sentences first and characters within a rewrite.
 */
import { diffArrays, diffChars } from 'diff';

/** carried: a whole sentence unchanged; same: unchanged characters of a rewritten sentence; new / removed: the rest. */
export type SegmentKind = 'carried' | 'same' | 'new' | 'removed';

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
      // A rewrite: compare its characters, so that a changed year or figure stands out in an otherwise old sentence.
      for (const d of diffChars(text, next.value.join(''))) {
        if (d.removed) push(out.before, d.value, 'removed');
        else if (d.added) push(out.now, d.value, 'new');
        else {
          push(out.before, d.value, 'same');
          push(out.now, d.value, 'same');
        }
      }
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
