/**
 * A register's sheets read into applications and cases: the header row found under any title rows, each column
 * named by its header (or by the user's mapping), every other row an entry with the sheet row number it came
 * from. The applicant's name is dropped here, so nothing after this can print it.
 */
import { z } from 'zod';
import { CASE_COLUMNS, REGISTER_COLUMNS, columnForHeader, type CaseColumnKey, type ColumnSpec, type HeaderMapping, type RegisterColumnKey } from './columns';
import { cellText, isBlankCell, registerCellSchema, type RegisterCell } from './values';

/** A sheet as the spreadsheet reader hands it over; rows[0] is sheet row `firstRow` (1-based, as Excel numbers). */
export const sheetGridSchema = z.object({ name: z.string(), firstRow: z.number().int().min(1), rows: z.array(z.array(registerCellSchema)) });
export type SheetGrid = z.infer<typeof sheetGridSchema>;

/** The files a register is read from: Excel (.xlsx, .xls), WPS 表格 (.et), ODS, CSV (UTF-8 or GBK). */
export const REGISTER_FILE_EXTENSIONS = ['.xlsx', '.xls', '.et', '.ods', '.csv'] as const;

export type SheetKind = 'register' | 'cases';

export interface FoundColumn {
  /** 0-based column index in the grid */
  index: number;
  header: string;
  /** null: a header no column is recognised by (the user may map it) */
  column: string | null;
}

export interface SheetLayout {
  sheet: string;
  kind: SheetKind;
  /** sheet row number of the header */
  headerRow: number;
  columns: FoundColumn[];
  /** required columns not found (the sheet is not counted until they are mapped) */
  missing: string[];
}

export interface Entry<K extends string> {
  sheet: string;
  /** sheet row number, as Excel and WPS show it */
  row: number;
  cells: Partial<Record<K, RegisterCell>>;
}

export interface ReadRegister {
  layouts: SheetLayout[];
  applications: Entry<RegisterColumnKey>[];
  cases: Entry<CaseColumnKey>[];
}

/** How far below the top a header row is looked for (title rows, notes, blank rows above it). */
const HEADER_SEARCH_ROWS = 20;

const KINDS: readonly { kind: SheetKind; specs: readonly ColumnSpec<string>[] }[] = [
  { kind: 'register', specs: REGISTER_COLUMNS },
  { kind: 'cases', specs: CASE_COLUMNS },
];

function layoutAt(
  grid: SheetGrid,
  i: number,
  specs: readonly ColumnSpec<string>[],
  mapping: HeaderMapping,
): { columns: FoundColumn[]; recognised: number; missing: string[] } {
  const row = grid.rows[i] ?? [];
  const columns: FoundColumn[] = [];
  const used = new Set<string>();
  row.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === '') return;
    const c = columnForHeader(specs, header, mapping);
    // A header repeated (two 备注 columns) names its first column only.
    const column = c === null || c === 'ignore' || used.has(c) ? null : c;
    if (column) used.add(column);
    columns.push({ index, header, column: c === 'ignore' ? 'ignore' : column });
  });
  const recognised = columns.filter((c) => c.column && c.column !== 'ignore').length;
  const missing = specs.filter((s) => s.required && !used.has(s.key)).map((s) => s.key);
  return { columns, recognised, missing };
}

/** The header row of a sheet and the columns it names, for one kind of sheet; null when nothing looks like one. */
export function findLayout(grid: SheetGrid, kind: SheetKind, mapping: HeaderMapping = {}): SheetLayout | null {
  const specs = KINDS.find((k) => k.kind === kind)?.specs ?? [];
  let best: (ReturnType<typeof layoutAt> & { i: number }) | null = null;
  for (let i = 0; i < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); i++) {
    const l = layoutAt(grid, i, specs, mapping);
    if (l.missing.length === 0) return { sheet: grid.name, kind, headerRow: grid.firstRow + i, columns: l.columns, missing: [] };
    if (l.recognised >= 2 && (!best || l.recognised > best.recognised)) best = { ...l, i };
  }
  return best ? { sheet: grid.name, kind, headerRow: grid.firstRow + best.i, columns: best.columns, missing: best.missing } : null;
}

function entries<K extends string>(grid: SheetGrid, layout: SheetLayout, skip: readonly string[]): Entry<K>[] {
  const out: Entry<K>[] = [];
  const start = layout.headerRow - grid.firstRow + 1;
  for (let i = start; i < grid.rows.length; i++) {
    const row = grid.rows[i] ?? [];
    const cells: Partial<Record<K, RegisterCell>> = {};
    let content = false;
    for (const c of layout.columns) {
      if (!c.column || c.column === 'ignore' || skip.includes(c.column)) continue;
      const cell = row[c.index] ?? null;
      cells[c.column as K] = cell;
      if (c.column !== 'number' && !isBlankCell(cell)) content = true;
    }
    // A row with nothing but its pre-printed 序号 (templates number 100 empty rows) is no application.
    if (content) out.push({ sheet: grid.name, row: grid.firstRow + i, cells });
  }
  return out;
}

/**
 * Reads every sheet that has a register's or a cases sheet's header. A sheet with both kinds' columns is read
 * as a register. Personal columns are never carried past this point.
 */
export function readRegisterSheets(grids: readonly SheetGrid[], mapping: HeaderMapping = {}): ReadRegister {
  const result: ReadRegister = { layouts: [], applications: [], cases: [] };
  const personal = REGISTER_COLUMNS.filter((c) => c.personal).map((c) => c.key);
  for (const grid of grids) {
    const register = findLayout(grid, 'register', mapping);
    if (register && register.missing.length === 0) {
      result.layouts.push(register);
      result.applications.push(...entries<RegisterColumnKey>(grid, register, personal));
      continue;
    }
    const cases = findLayout(grid, 'cases', mapping);
    if (cases && cases.missing.length === 0) {
      result.layouts.push(cases);
      result.cases.push(...entries<CaseColumnKey>(grid, cases, []));
      continue;
    }
    const partial = [register, cases].filter((l): l is SheetLayout => l !== null).sort((a, b) => a.missing.length - b.missing.length)[0];
    if (partial) result.layouts.push(partial);
  }
  return result;
}

/** The label of a column key, for messages. */
export function columnLabel(key: string, kind: SheetKind = 'register'): string {
  const specs: readonly ColumnSpec<string>[] = kind === 'register' ? REGISTER_COLUMNS : CASE_COLUMNS;
  return specs.find((s) => s.key === key)?.label ?? key;
}
