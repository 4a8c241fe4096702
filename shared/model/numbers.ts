/**
 * The one parser for numbers people type or paste into a cell: full-width digits (１２), thousands separators
 * (1,234), stray spaces. Empty input is blank (null), never 0.
 */
import type { ValueKind } from '../formats/types';

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; message: string };

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

/** Maps full-width digits and signs to ASCII and drops every kind of space. */
export function normaliseNumberText(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/[\uFF0C]/g, ',')
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\uFF0D\u2212\u2012\u2013]/g, '-')
    .replace(/\uFF0B/g, '+')
    .replace(/[\s\u00A0\u3000\u200B\uFEFF]/g, '');
}

const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

export const KIND_HINT: Readonly<Record<ValueKind, string>> = {
  count: '非负整数',
  signed: '整数（可为负数）',
  wan: '非负数，最多4位小数（单位：万元）',
  amount: '非负数，最多4位小数',
};

/**
 * A number as written (全角, 1,234, a sign, any decimals), before the rules of a cell's kind: what an importer
 * takes as printed, leaving the kind's rules to the checks (C1, B4). null: blank.
 */
export function readNumberText(text: string): { ok: true; value: number | null; decimals: number } | { ok: false; message: string } {
  const s = normaliseNumberText(text);
  if (s === '') return { ok: true, value: null, decimals: 0 };
  const m = NUMBER.exec(s);
  if (!m) return { ok: false, message: `“${text.trim()}”不是数字` };
  const [, sign, intPart = '', frac = ''] = m;
  const value = Number(`${sign === '-' ? '-' : ''}${intPart.replace(/,/g, '')}${frac ? `.${frac}` : ''}`);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) return { ok: false, message: `“${text.trim()}”超出可填写的范围` };
  return { ok: true, value: value === 0 ? 0 : value, decimals: frac.replace(/0+$/, '').length };
}

export function parseCellInput(text: string, kind: ValueKind): ParsedNumber {
  const read = readNumberText(text);
  if (!read.ok) return { ok: false, message: /不是数字$/.test(read.message) ? `${read.message}，应填写${KIND_HINT[kind]}` : read.message };
  const { value } = read;
  if (value === null) return { ok: true, value: null };
  if (value < 0 && kind !== 'signed') {
    return { ok: false, message: `不能为负数，应填写${KIND_HINT[kind]}` };
  }
  const significantDecimals = read.decimals;
  if ((kind === 'count' || kind === 'signed') && significantDecimals > 0) {
    return { ok: false, message: `件数不能有小数，应填写${KIND_HINT[kind]}` };
  }
  if (significantDecimals > 4) {
    return { ok: false, message: `最多保留4位小数（${kind === 'wan' ? '单位：万元' : '金额'}）` };
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Whether a stored number is valid for its kind (the same rules as the parser, for values read from files). */
export function valueProblem(value: number, kind: ValueKind): string | null {
  if (!Number.isFinite(value)) return '不是有效数字';
  if (value < 0 && kind !== 'signed') return '不能为负数';
  if ((kind === 'count' || kind === 'signed') && !Number.isInteger(value)) return '件数不能有小数';
  if ((kind === 'wan' || kind === 'amount') && decimals(value) > 4) return '最多保留4位小数';
  return null;
}

export function decimals(value: number): number {
  const s = String(value);
  if (s.includes('e-')) return Number(s.split('e-')[1]);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** How a number is written in a report: grouped digits are not used in the official tables. */
export function formatCellValue(value: number | null): string {
  return value === null ? '' : String(value);
}

/** A cell as printed: the number, with its unit where the format leaves the unit to the report (2019 采购总金额). */
export function printedCellValue(report: { cells: Record<string, number | null>; units?: Record<string, string> }, id: string): string {
  const v = report.cells[id];
  const text = formatCellValue(v === undefined ? null : v);
  return text && report.units?.[id] ? `${text}${report.units[id]}` : text;
}
