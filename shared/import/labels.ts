/**
 * Matching printed labels against the format definition, tolerating what publication does to them
 * (formats.md §9): half-width punctuation, "1、" for "1.", spaces and line breaks inside labels, lost quotes.
 * Comparison keys only; text that is kept is never normalised.
 */

const PUNCT: Readonly<Record<string, string>> = {
  '(': '（',
  ')': '）',
  ':': '：',
  ',': '，',
  ';': '；',
  '．': '.',
};

export function labelKey(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/[\s\u00A0\u3000\u200B\uFEFF]/g, '')
    .replace(/[():,;．]/g, (c) => PUNCT[c] ?? c)
    .replace(/["“”'‘’「」]/g, '')
    .replace(/^(\d+)[、.．]/, '$1.')
    .replace(/^#+/, '');
}

/** The label without its list marker: "1.属于国家秘密" → "属于国家秘密", "（一）予以公开" → "予以公开". */
export function unnumberedKey(text: string): string {
  return labelKey(text).replace(/^(?:[（][一二三四五六七八九十\d]+[）]|[一二三四五六七八九十]+、|\d+\.)/, '');
}
