/**
 * Personal data in a report's text (G13), the single-veto item of inspections: ID card numbers (18 digits with a
 * valid check digit, or the old 15), mobile numbers, landlines and e-mail addresses that are not the office's own
 * published contact (the 前言 states it), bank card numbers (Luhn), and a person's name right after 申请人, 当事人,
 * 举报人, 投诉人 or 信访人. Findings are offsets into one block's text, so the editor can underline and mask them.
 */

export type PersonalKind = 'id' | 'mobile' | 'landline' | 'bank' | 'email' | 'name';

export interface PersonalFinding {
  kind: PersonalKind;
  start: number;
  end: number;
  found: string;
}

export const PERSONAL_LABEL: Readonly<Record<PersonalKind, string>> = {
  id: '身份证号码',
  mobile: '手机号码',
  landline: '电话号码',
  bank: '银行卡号',
  email: '电子邮箱',
  name: '个人姓名',
};

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isIdNumber(s: string): boolean {
  const t = s.toUpperCase();
  if (/^\d{17}[\dX]$/.test(t)) {
    if (!validDate(Number(t.slice(6, 10)), Number(t.slice(10, 12)), Number(t.slice(12, 14)))) return false;
    const sum = ID_WEIGHTS.reduce((a, w, i) => a + w * Number(t[i]), 0);
    return ID_CHECK[sum % 11] === t[17];
  }
  // The first-generation card: 15 digits, the year in two.
  return /^\d{15}$/.test(t) && validDate(1900 + Number(t.slice(6, 8)), Number(t.slice(8, 10)), Number(t.slice(10, 12)));
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** The words an office's contact line starts with ("（联系人：…，联系方式：…）"): the office's, never personal data. */
export const CONTACT_WORDS = '联系人|联系电话|联系方式|咨询电话';
const CONTACT_LINE = new RegExp(`^[（(]?\\s*(?:${CONTACT_WORDS})[：:]`);

export function isContactLine(text: string): boolean {
  return CONTACT_LINE.test(text.trim());
}

/** The office's own contact numbers and addresses, as the 前言 publishes them: never personal data. */
export function ownContacts(texts: readonly string[]): Set<string> {
  const own = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) own.add(m[0].toLowerCase());
    for (const m of t.matchAll(/(?<!\d)[（(]?0\d{2,3}[)）]?[-－—\s]?\d{7,8}(?!\d)|(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g)) own.add(digitsOf(m[0]));
  }
  return own;
}

/** The most common surnames, without those that also begin everyday words after 申请人 (于, 向, 高, 方, 万…). */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫雷侯黎贺顾毛郝龚邵钱严覃戴莫孔汤';
const NAME = new RegExp(
  `(申请人|当事人|举报人|投诉人|信访人)(?:为|是|[：:]\\s*)?([${SURNAMES}][\\u4e00-\\u9fff]{1,2}?)(?=[，。、；：（(）)”\\s]|提出|申请|要求|来信|来电|于\\d|向本|对本|因|等人|等\\d|女士|先生)`,
  'g',
);

const PATTERNS: readonly { kind: Exclude<PersonalKind, 'name'>; re: RegExp }[] = [
  { kind: 'email', re: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  { kind: 'id', re: /(?<![\dA-Za-z])(?:\d{17}[\dXx]|\d{15})(?![\dA-Za-z])/g },
  { kind: 'bank', re: /(?<!\d)\d{4}(?:[\s-]?\d{4}){3}(?:[\s-]?\d{1,3})?(?!\d)/g },
  { kind: 'mobile', re: /(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g },
  { kind: 'landline', re: /(?<!\d)[（(]?0\d{2,3}[)）]?[-－—]\d{7,8}(?!\d)/g },
];

/** Personal data in one block's text; `own` holds the office's published contacts, which are never findings. */
export function findPersonalData(text: string, own: ReadonlySet<string> = new Set()): PersonalFinding[] {
  const out: PersonalFinding[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const found = m[0];
      const digits = digitsOf(found);
      if (kind === 'email' ? own.has(found.toLowerCase()) : own.has(digits)) continue;
      if (kind === 'id' && !isIdNumber(found)) continue;
      if (kind === 'bank' && (!passesLuhn(digits) || isIdNumber(digits))) continue;
      taken.push([start, end]);
      out.push({ kind, start, end, found });
    }
  }
  // The office's contact person, named in a contact line, is not an applicant.
  if (isContactLine(text)) return out.sort((a, b) => a.start - b.start);
  NAME.lastIndex = 0;
  for (const m of text.matchAll(NAME)) {
    const name = m[2] ?? '';
    if (name.includes('某')) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ kind: 'name', start, end: start + name.length, found: name });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The finding masked as 遮蔽 does: the first and last character kept, the rest ＊. */
export function maskPersonal(found: string): string {
  const chars = Array.from(found);
  if (chars.length <= 2) return `${chars[0] ?? ''}＊`;
  return `${chars[0]}${'＊'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
