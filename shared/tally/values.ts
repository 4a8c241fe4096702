/**
 * Reading one register cell as people type it: dates in every form §7 lists, applicant types, yes/no and day
 * counts. Each reader says why a value cannot be read, so the row is listed rather than guessed.
 */
import { z } from 'zod';
import { normaliseNumberText } from '../model/numbers';

/** A cell as a spreadsheet reader hands it over: a date cell already as YYYY-MM-DD, anything else as typed. */
export const registerCellSchema = z.union([z.string(), z.number(), z.boolean(), z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }), z.null()]);
export type RegisterCell = z.infer<typeof registerCellSchema>;

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The cell as the user sees it, for messages and the mapping dialog. */
export function cellText(cell: RegisterCell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.date;
  return String(cell).trim();
}

export function isBlankCell(cell: RegisterCell): boolean {
  return cellText(cell) === '';
}

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const TYPED_DATE = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?(?:\d{1,2}[:：时]\d{2}分?(?:[:：]\d{2}秒?)?)?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** A date: a date cell, or typed as 2025-03-14, 2025/3/14, 2025.3.14, 2025年3月14日 or 20250314. Blank is null. */
export function readDate(cell: RegisterCell): Read<string | null> {
  if (cell === null) return { ok: true, value: null };
  if (typeof cell === 'object') return { ok: true, value: cell.date };
  if (typeof cell === 'boolean') return { ok: false, reason: '不是日期' };
  const text = typeof cell === 'number' ? String(cell) : normaliseNumberText(cell.replace(/[\uFF0F]/g, '/'));
  if (text === '') return { ok: true, value: null };
  for (const re of TYPED_DATE) {
    const m = re.exec(text);
    if (!m) continue;
    const date = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { ok: true, value: date } : { ok: false, reason: '不是有效的日期' };
  }
  return { ok: false, reason: '无法识别的日期（应写作 2025-03-14、2025/3/14、2025.3.14、2025年3月14日 或 20250314）' };
}

/** 是 / 否 as registers write them; blank is no. */
export function readYesNo(cell: RegisterCell): Read<boolean> {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const t = cellText(cell).replace(/\s/g, '');
  if (t === '' || /^(否|无|不|未延期|不延期|n|no|false|0|×|—|-|\/)$/i.test(t)) return { ok: true, value: false };
  if (/^(是|有|延期|已延期|√|✓|y|yes|true|1)$/i.test(t) || /^延长/.test(t)) return { ok: true, value: true };
  return { ok: false, reason: '应填写“是”或“否”' };
}

/** A number of working days (补正 / 征求意见 time that does not count); blank is 0. */
export function readDays(cell: RegisterCell): Read<number> {
  const t = normaliseNumberText(cellText(cell)).replace(/(个)?(工作日|日|天)$/, '');
  if (t === '') return { ok: true, value: 0 };
  if (!/^\d{1,3}$/.test(t)) return { ok: false, reason: '应填写工作日天数（整数）' };
  return { ok: true, value: Number(t) };
}
