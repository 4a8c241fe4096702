/**
 * The characters of GB 2312, which is all that 仿宋_GB2312 and 方正小标宋简体 can print (G12). The set is built
 * once by decoding every row/cell position of the EUC-CN code table with the GB 18030 decoder that Chromium and
 * Node both ship (TextDecoder), so no table of 7 445 characters is kept in the source.
 */

/** EUC-CN rows: symbols in A1–A9, the 6 763 hanzi in B0–F7; cells A1–FE. */
const ROWS: readonly [number, number][] = [
  [0xa1, 0xa9],
  [0xb0, 0xf7],
];

let charset: Set<number> | null = null;

function build(): Set<number> {
  const bytes: number[] = [];
  for (const [from, to] of ROWS) {
    for (let row = from; row <= to; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  }
  const set = new Set<number>();
  let text: string;
  try {
    text = new TextDecoder('gb18030').decode(new Uint8Array(bytes));
  } catch {
    // A runtime without the GB decoders cannot tell; every character then counts as printable.
    return set;
  }
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    // Unassigned positions decode to the private use area (or U+FFFD): not printable characters.
    if ((cp >= 0xe000 && cp <= 0xf8ff) || cp === 0xfffd) continue;
    set.add(cp);
  }
  return set;
}

function gb2312(): Set<number> {
  charset ??= build();
  return charset;
}

const WHITESPACE = /\s/;

/** Whether the official fonts can print this character (ASCII and whitespace always can). */
export function printableInGb2312(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return true;
  const set = gb2312();
  return set.size === 0 || set.has(cp) || WHITESPACE.test(ch);
}

export interface OutsideChar {
  char: string;
  /** UTF-16 offset in the text */
  start: number;
  end: number;
}

/** Every character of the text the official fonts cannot print. */
export function charsOutsideGb2312(text: string): OutsideChar[] {
  const out: OutsideChar[] = [];
  const set = gb2312();
  if (set.size === 0) return out;
  // Checked per UTF-16 unit: this runs on every keystroke over the whole section.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || set.has(c)) continue;
    const cp = text.codePointAt(i) ?? c;
    const len = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + len);
    if (!WHITESPACE.test(ch)) out.push({ char: ch, start: i, end: i + len });
    i += len - 1;
  }
  return out;
}
