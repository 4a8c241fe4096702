/**
 * A register file as sheets of cells: `.xlsx`, `.xls`, `.et` (WPS), `.ods` and `.csv` (UTF-8 or GBK), read with
 * SheetJS. Date cells arrive as dates (the workbook's 1900 or 1904 system applied); everything else as typed, so
 * the shared reader decides what a text means.
 */
import { basename, extname } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { SheetGrid } from '../../../shared/tally';
import type { RegisterCell } from '../../../shared/tally/values';
import { MAX_IMPORT_BYTES } from '../../../shared/api/limits';
import { decodeText } from '../../../shared/import/decode-text';
import { UserError } from '../errors';
import { readInputFile } from '../report-file';

/** A register of many thousand rows with long texts stays far below this: the app's limit for any file it reads. */
export const MAX_REGISTER_BYTES = MAX_IMPORT_BYTES;

interface DateCode {
  y: number;
  m: number;
  d: number;
}

function dateCell(serial: number, date1904: boolean): RegisterCell {
  const code = XLSX.SSF.parse_date_code(serial, { date1904 }) as DateCode | null;
  if (!code) return serial;
  const p = (n: number) => String(n).padStart(2, '0');
  return { date: `${code.y}-${p(code.m)}-${p(code.d)}` };
}

function toCell(cell: XLSX.CellObject | undefined, date1904: boolean): RegisterCell {
  if (!cell) return null;
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      return typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z) ? dateCell(v, date1904) : v;
    }
    case 'd': {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      const p = (n: number) => String(n).padStart(2, '0');
      return Number.isNaN(d.getTime()) ? String(cell.w ?? '') : { date: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}` };
    }
    case 'b':
      return cell.v === true;
    case 's':
      return String(cell.v ?? '');
    case 'e':
      return String(cell.w ?? '');
    default:
      return null;
  }
}

function workbookProblem(name: string, e: unknown): string {
  const m = e instanceof Error ? e.message : '';
  if (/password/i.test(m)) return `${name}：表格设有打开密码，请在 Excel 或 WPS 中取消密码后另存再统计`;
  return `${name}：无法读取表格（文件已损坏，或不是 Excel、WPS 表格、ODS、CSV 文件）`;
}

/** The sheets of a register given as bytes; `name` is the file's name, for the kind and for messages. */
export function readWorkbook(data: Uint8Array, name: string): SheetGrid[] {
  const ext = extname(name).toLowerCase();
  const shown = basename(name);
  const zip = data[0] === 0x50 && data[1] === 0x4b;
  const ole = data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0;
  let wb: XLSX.WorkBook;
  try {
    if (!zip && !ole && (ext === '.csv' || ext === '.txt' || ext === '')) {
      // Typed as text: dates and numbers stay as people wrote them (SheetJS would turn 3/4 into a US date).
      wb = XLSX.read(decodeText(data, shown), { type: 'string', raw: true, dense: true });
    } else {
      wb = XLSX.read(data, { type: 'array', dense: true, cellDates: false, cellNF: true, cellHTML: false, cellFormula: false });
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(workbookProblem(shown, e));
  }
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const grids: SheetGrid[] = [];
  for (const sheetName of wb.SheetNames) {
    const ws = wb.Sheets[sheetName];
    const ref = ws?.['!ref'];
    if (!ws || !ref) continue;
    const range = XLSX.utils.decode_range(ref);
    const dense = (ws as XLSX.DenseWorkSheet)['!data'] ?? [];
    const rows: RegisterCell[][] = [];
    for (let r = range.s.r; r <= range.e.r; r++) {
      const line = dense[r] ?? [];
      const row: RegisterCell[] = [];
      for (let c = 0; c <= range.e.c; c++) row.push(toCell(line[c], date1904));
      rows.push(row);
    }
    grids.push({ name: sheetName, firstRow: range.s.r + 1, rows });
  }
  if (grids.length === 0) throw new UserError(`${shown}：表格是空的`);
  return grids;
}

export async function readWorkbookFile(path: string): Promise<SheetGrid[]> {
  const data = await readInputFile(path, MAX_REGISTER_BYTES, '一份台账');
  return readWorkbook(data, path);
}
