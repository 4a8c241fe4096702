/**
 * The app's side of the register (「从台账统计」and the 台账 page): counting a file the user picked or the register
 * kept in the app — both through tallySheets, the one count `nianbao tally` runs — and keeping, importing and
 * exporting that register.
 */
import { randomUUID } from 'node:crypto';
import type { ExportOutcome, ImportedRegister, RegisterTally, RegisterTarget } from '../../../shared/api/types';
import { basename } from 'node:path';
import {
  BOOK_HEADERS,
  BOOK_SHEETS,
  bookFromRegister,
  bookGrids,
  localToday,
  normaliseHeader,
  readRegisterSheets,
  tallySheets,
  TallyError,
  type HeaderMapping,
  type RegisterBook,
  type SheetGrid,
} from '../../../shared/tally';
import { UserError } from '../errors';
import type { RegisterStore } from '../library/registers';
import { writeOutputFile } from '../report-file';
import { readWorkbook } from './read-workbook';
import { tallyGrids } from './tally-file';

/** A mapping as the dialog sends it, keyed by the headers as compared. */
function normalised(mapping: HeaderMapping): HeaderMapping {
  return Object.fromEntries(
    Object.entries(mapping)
      .map(([h, c]) => [normaliseHeader(h), c])
      .filter(([h]) => h !== ''),
  );
}

export async function tallyRegisterFile(
  store: RegisterStore,
  fileName: string,
  data: Uint8Array,
  target: RegisterTarget,
  mapping: HeaderMapping,
): Promise<RegisterTally> {
  const given = normalised(mapping);
  // Mapped once, remembered for the agency: next year's count of the same register needs no mapping.
  const used = Object.keys(given).length ? await store.remember(target.agency, given) : await store.mapping(target.agency);
  const values = await store.values(target.agency);
  const grids = readWorkbook(data, fileName);
  try {
    const counted = tallySheets(basename(fileName), grids, null, { year: target.year, format: target.format, mapping: used, values, asOf: localToday() });
    return { source: fileName, ...counted, problem: null, mapping: used, values };
  } catch (e) {
    // A column it cannot find is the user's to map, in the dialog: say which, with the headers found.
    if (e instanceof TallyError) return { source: fileName, tally: null, problem: e.message, layouts: [...e.layouts], mapping: used, values };
    throw e;
  }
}

export async function tallyKeptRegister(store: RegisterStore, target: RegisterTarget): Promise<RegisterTally> {
  const book = await store.load(target.agency, target.year);
  if (book.applications.length === 0) throw new UserError(`本程序中还没有${target.agency} ${target.year} 年的台账；请在“台账”页登记申请，或选择台账文件`);
  const { register, cases } = bookGrids(book);
  const values = await store.values(target.agency);
  const counted = tallyGrids(`本程序中的 ${target.year} 年台账`, [register], cases ? [cases] : null, { year: target.year, format: target.format, values });
  return { source: `本程序中的 ${target.year} 年台账`, ...counted, problem: null, mapping: {}, values };
}

export async function importRegisterFile(store: RegisterStore, fileName: string, data: Uint8Array, agency: string, year: number): Promise<ImportedRegister> {
  const read = readRegisterSheets(readWorkbook(data, fileName), await store.mapping(agency));
  if (read.applications.length === 0 && !read.layouts.some((l) => l.kind === 'register' && l.missing.length === 0)) {
    throw new UserError(`${fileName}：找不到台账的表头（需要“收到日期”“申请人类型”两列；标题行下方的第一行表头）`);
  }
  return bookFromRegister(read, agency, year, randomUUID);
}

function bookSheetRows(grid: SheetGrid): (string | number | Date | null)[][] {
  return grid.rows.map((row) =>
    row.map((c) => (c !== null && typeof c === 'object' ? new Date(`${c.date}T00:00:00Z`) : typeof c === 'boolean' ? (c ? '是' : '否') : c)),
  );
}

/** The register as an `.xlsx` a user can open, edit in Excel or WPS and count or import again. */
export async function registerWorkbook(book: RegisterBook): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '年报编制助手';
  const { register, cases } = bookGrids(book);
  const grids = [register, cases ?? { name: BOOK_SHEETS.cases, firstRow: 1, rows: [[...BOOK_HEADERS.cases]] }];
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of bookSheetRows(grid)) ws.addRow(row);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((col) => {
      col.width = 14;
    });
    ws.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      });
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function exportRegisterTo(path: string, book: RegisterBook): Promise<ExportOutcome> {
  await writeOutputFile(path, await registerWorkbook(book));
  return { path, notices: [], fontDetails: [] };
}
