/**
 * Counts written in Chinese numerals ("两起", "十二件", "一百零五件", "二〇二四"), up to 万 (D6). Published reports
 * write small counts in words; they must be read like digits, and anything malformed is not a number (null), so a
 * phrase such as "十十" is never guessed at.
 */

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral is written with, for building patterns. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** A number below 万: "十二", "一百零五", "两千零一十". */
function belowWan(s: string): number | null {
  if (s === '') return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10000;
  let zeroSeen = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    const d = DIGITS[c];
    if (d !== undefined) {
      if (d === 0) {
        // 零 stands for a skipped place ("一百零五"); it cannot end the number or follow another digit.
        if (digit !== null || i === s.length - 1) return null;
        zeroSeen = true;
        continue;
      }
      if (digit !== null) return null;
      digit = d;
      continue;
    }
    const u = UNITS[c];
    if (u === undefined || u >= lastUnit) return null;
    // 十 without a digit before it is 一十 only at the start ("十二"); "一百十" is not written.
    if (digit === null && !(u === 10 && i === 0)) return null;
    if (zeroSeen && digit === null) return null;
    total += (digit ?? 1) * u;
    lastUnit = u;
    digit = null;
    zeroSeen = false;
  }
  if (digit !== null) {
    // A trailing digit after 百 or 千 without 零 ("一百五") is the colloquial 一百五十; reports write it out.
    if (lastUnit > 10 && lastUnit !== 10000 && !zeroSeen) return null;
    total += digit;
  }
  return total;
}

/** The value of a Chinese numeral, or null when it is not a well-formed one. */
export function parseChineseNumber(text: string): number | null {
  const s = text.trim();
  if (s === '' || [...s].some((c) => !CHINESE_NUMERAL_CHARS.includes(c))) return null;
  // Digit by digit, as in years ("二〇二四"): no unit characters at all.
  if (!/[十百千万]/.test(s)) {
    if (s.length === 1) return DIGITS[s] ?? null;
    let n = 0;
    for (const c of s) n = n * 10 + (DIGITS[c] ?? 0);
    return n;
  }
  const parts = s.split('万');
  if (parts.length > 2) return null;
  if (parts.length === 1) return belowWan(s);
  const [high = '', low = ''] = parts;
  const h = belowWan(high);
  if (h === null || h === 0) return null;
  if (low === '') return h * 10000;
  // "一万二千" = 12000, "一万零五十" = 10050.
  const l = belowWan(low.startsWith('零') || low.startsWith('〇') ? low.slice(1) : low);
  if (l === null) return null;
  return h * 10000 + l;
}

/** A count as printed, in digits (with thousands separators) or in Chinese numerals. */
export function parseCount(text: string): number | null {
  const t = text.trim();
  if (/^\d[\d,，]*$/.test(t)) return Number(t.replace(/[,，]/g, ''));
  return parseChineseNumber(t);
}
