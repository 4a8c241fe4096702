/**
 * What a format definition implies: every cell id with its labels and value kind, the rows of table 三 and the
 * printed grid of each table (merges included). Derived once per format, so no consumer re-spells a label.
 */
import type { ColumnDef, FormatDefinition, T2Def, T3CategoryRow, T3Def, T3LeafRow, T4Def, TableKey, ValueKind } from './types';

export interface CellInfo {
  id: string;
  table: TableKey;
  kind: ValueKind;
  /** labels from the outermost row header to the column header, as printed */
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  /** row and column labels joined, e.g. "（一）予以公开 自然人"; the accessible name of the input */
  name: string;
}

export interface T3RowInfo {
  /** the row part of the cell id: "new", "denied.secret" */
  id: string;
  label: string;
  /** the label as printed, note included */
  printed: string;
  category?: T3CategoryRow;
  /** true for the outcome rows that add up to （七）总计 */
  outcome: boolean;
}

export type GridRole = 'heading' | 'header' | 'label' | 'note' | 'value';

export interface GridCell {
  role: GridRole;
  text?: string;
  /** the trailing part of the text printed as a note (楷体) */
  note?: string;
  cellId?: string;
  colSpan?: number;
  rowSpan?: number;
  /** printed one character per line */
  vertical?: boolean;
}

export interface PrintedGrid {
  table: TableKey;
  /** number of grid columns */
  columns: number;
  /** how many leading rows are headers, repeated when the table breaks across pages */
  headerRows: number;
  rows: GridCell[][];
  /**
   * Indexes of the rows that start a row group: a page may break before such a row and nowhere else inside the
   * body, so a block's heading row never ends a page alone and a category never loses its first rows.
   */
  groupStarts: readonly number[];
}

/** A cell the format's structure makes the sum of others: the 自动合计 computes it and B1–B3 check it. */
export interface SumRelation {
  /** B1: a row of 三 across its applicant columns; B2: （七）总计 down the outcome rows; B3: a group of 四 */
  rule: 'B1' | 'B2' | 'B3';
  target: string;
  parts: readonly string[];
  /** the row of 三 (B1), the column of 三 (B2) or the group of 四 (B3) the sum runs along */
  along: string;
}

/** A column of 三 that must balance (A1): 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度. */
export interface BalanceRelation {
  rule: 'A1';
  /** the column of 三 */
  along: string;
  left: readonly string[];
  right: readonly string[];
}

/**
 * A stock row of 二 (2021 format, X2): 现行有效件数 this year = last year's + 本年制发 − 本年废止. Only where a
 * block has all three columns.
 */
export interface StockRelation {
  rule: 'X2';
  row: string;
  issued: string;
  repealed: string;
  valid: string;
}

/** This year's 上年结转 cell and the 结转下年度 cell of last year's report it must equal, for one column of 三. */
export interface CarryOverPair {
  column: string;
  carried: string;
  forward: string;
}

/** The rows of table 三 that rules name by role rather than by key. */
export interface T3NamedRows {
  /** 一、本年新收 */
  new: T3LeafRow;
  /** 二、上年结转 */
  carried: T3LeafRow;
  /** （七）总计 */
  total: T3LeafRow;
  /** 四、结转下年度继续办理 */
  forward: T3LeafRow;
}

/** The id of a table cell: table, row key (a category's sub-item as "category.item") and column key. */
export function cellId(table: TableKey, row: string, column: string): string {
  return `${table}.${row}.${column}`;
}

export interface CompiledFormat {
  def: FormatDefinition;
  cells: ReadonlyMap<string, CellInfo>;
  /** every cell id in printed order */
  cellIds: readonly string[];
  t3Rows: readonly T3RowInfo[];
  t3Columns: readonly string[];
  t3Applicants: readonly string[];
  t3Named: T3NamedRows;
  /** the 总计 column of table 四 (its last outcome column) */
  t4Total: ColumnDef;
  /** B1, then B2, then B3, each in printed order */
  sums: readonly SumRelation[];
  balances: readonly BalanceRelation[];
  stocks: readonly StockRelation[];
  carryOver: readonly CarryOverPair[];
  grids: Readonly<Record<TableKey, PrintedGrid>>;
}

function isCategory(row: T3LeafRow | T3CategoryRow): row is T3CategoryRow {
  return 'items' in row;
}

export function t3Printed(row: T3LeafRow): string {
  return row.label + (row.note ?? '');
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Records a cell's labels and kind; the accessible name is derived from the labels. */
type AddCell = (info: Omit<CellInfo, 'name'>) => void;

/** Table 二: blocks of different widths share one grid whose data part is the lcm of their column counts. */
function compileT2(t2: T2Def, add: AddCell): PrintedGrid {
  const units = t2.blocks.map((b) => b.columns.length).reduce((acc, n) => (acc * n) / gcd(acc, n), 1);
  const rows: GridCell[][] = [];
  const groupStarts: number[] = [];
  for (const block of t2.blocks) {
    groupStarts.push(rows.length);
    rows.push([{ role: 'heading', text: block.heading, colSpan: units + 1 }]);
    const span = units / block.columns.length;
    rows.push([{ role: 'header', text: t2.contentLabel }, ...block.columns.map((c): GridCell => ({ role: 'header', text: c.label, colSpan: span }))]);
    for (const row of block.rows) {
      const line: GridCell[] = [{ role: 'label', text: row.label }];
      for (const col of block.columns) {
        const id = cellId('t2', row.key, col.key);
        add({ id, table: 't2', kind: col.kind ?? 'count', rowLabels: [row.label], columnLabels: [col.label] });
        line.push({ role: 'value', cellId: id, colSpan: span });
      }
      rows.push(line);
    }
  }
  return { table: 't2', columns: units + 1, headerRows: 0, rows, groupStarts };
}

/** Table 三's three header rows: the 勾稽 note, then 申请人情况 over the applicants, the organisations grouped. */
function t3Header(t3: T3Def): GridCell[][] {
  const cols = t3.columns;
  const organisations = cols.filter((c) => c.organisation);
  const h1: GridCell[] = [
    { role: 'note', note: t3.balanceNote, colSpan: 3, rowSpan: 3 },
    { role: 'header', text: t3.applicantsLabel, colSpan: cols.length },
  ];
  const h2: GridCell[] = [];
  const h3: GridCell[] = [];
  let orgStarted = false;
  for (const c of cols) {
    if (c.organisation) {
      if (!orgStarted) h2.push({ role: 'header', text: t3.organisationsLabel, colSpan: organisations.length });
      orgStarted = true;
      h3.push({ role: 'header', text: c.label });
    } else {
      h2.push({ role: 'header', text: c.label, rowSpan: 2 });
    }
  }
  return [h1, h2, h3];
}

/** Table 三: 3 label columns, then the applicant columns; its rows as the rules see them, and the printed grid. */
function compileT3(t3: T3Def, add: AddCell): { rows: T3RowInfo[]; grid: PrintedGrid } {
  const cols = t3.columns;
  const t3Rows: T3RowInfo[] = [];
  const t3Grid = t3Header(t3);

  const valueCells = (rowId: string, rowLabels: string[]): GridCell[] =>
    cols.map((c: ColumnDef) => {
      const id = cellId('t3', rowId, c.key);
      add({ id, table: 't3', kind: 'count', rowLabels, columnLabels: [c.label] });
      return { role: 'value', cellId: id };
    });
  const fullRow = (row: T3LeafRow, outcome: boolean): void => {
    t3Rows.push({ id: row.key, label: row.label, printed: t3Printed(row), outcome });
  };

  const t3Groups: number[] = [t3Grid.length];
  for (const row of t3.intake) {
    fullRow(row, false);
    t3Grid.push([{ role: 'label', text: row.label, colSpan: 3 }, ...valueCells(row.key, [row.label])]);
  }
  const outcomeRowCount = t3.outcomes.reduce((n, r) => n + (isCategory(r) ? r.items.length : 1), 0) + 1; /* （七）总计 */
  let first = true;
  const outcomeLead = (): GridCell[] => {
    if (!first) return [];
    first = false;
    return [{ role: 'label', text: t3.outcomeLabel, rowSpan: outcomeRowCount, vertical: true }];
  };
  for (const row of t3.outcomes) {
    t3Groups.push(t3Grid.length);
    if (isCategory(row)) {
      row.items.forEach((item, i) => {
        const id = `${row.key}.${item.key}`;
        t3Rows.push({ id, label: item.label, printed: t3Printed(item), category: row, outcome: true });
        const lead: GridCell[] = i === 0 ? [...outcomeLead(), { role: 'label', text: row.label, rowSpan: row.items.length }] : [];
        t3Grid.push([...lead, { role: 'label', text: item.label }, ...valueCells(id, [row.label, item.label])]);
      });
    } else {
      fullRow(row, true);
      t3Grid.push([
        ...outcomeLead(),
        { role: 'label', text: row.label, ...(row.note ? { note: row.note } : {}), colSpan: 2 },
        ...valueCells(row.key, [row.label]),
      ]);
    }
  }
  fullRow(t3.total, false);
  t3Groups.push(t3Grid.length);
  t3Grid.push([{ role: 'label', text: t3.total.label, colSpan: 2 }, ...valueCells(t3.total.key, [t3.total.label])]);
  fullRow(t3.forward, false);
  t3Grid.push([{ role: 'label', text: t3.forward.label, colSpan: 3 }, ...valueCells(t3.forward.key, [t3.forward.label])]);
  return { rows: t3Rows, grid: { table: 't3', columns: 3 + cols.length, headerRows: 3, rows: t3Grid, groupStarts: t3Groups } };
}

/** Table 四: one data row of 15 cells under two header rows. */
function compileT4(t4: T4Def, add: AddCell): PrintedGrid {
  const n = t4.outcomes.length;
  const suitGroups = t4.groups.filter((g) => g.parent === 'suit');
  const review = t4.groups.filter((g) => g.parent !== 'suit');
  const t4Grid: GridCell[][] = [
    [...review.map((g): GridCell => ({ role: 'header', text: g.label, colSpan: n })), { role: 'header', text: t4.suitLabel, colSpan: n * suitGroups.length }],
    [
      ...review.flatMap(() => t4.outcomes.map((o): GridCell => ({ role: 'header', text: o.label, rowSpan: 2 }))),
      ...suitGroups.map((g): GridCell => ({ role: 'header', text: g.label, colSpan: n })),
    ],
    suitGroups.flatMap(() => t4.outcomes.map((o): GridCell => ({ role: 'header', text: o.label }))),
  ];
  const dataRow: GridCell[] = [];
  for (const g of t4.groups) {
    const rowLabels = g.parent === 'suit' ? [t4.suitLabel, g.label] : [g.label];
    for (const o of t4.outcomes) {
      const id = cellId('t4', g.key, o.key);
      add({ id, table: 't4', kind: 'count', rowLabels, columnLabels: [o.label] });
      dataRow.push({ role: 'value', cellId: id });
    }
  }
  t4Grid.push(dataRow);
  return { table: 't4', columns: n * t4.groups.length, headerRows: 3, rows: t4Grid, groupStarts: [3] };
}

/** B1 (each row of 三), B2 (each column of 三) and B3 (each group of 四), in that order. */
function sumsOf(
  def: FormatDefinition,
  t3Rows: readonly T3RowInfo[],
  t3Columns: readonly string[],
  t3Applicants: readonly string[],
  t4Total: ColumnDef,
): SumRelation[] {
  const { t3, t4 } = def;
  const outcomeRows = t3Rows.filter((r) => r.outcome).map((r) => r.id);
  return [
    ...t3Rows.map((r): SumRelation => ({
      rule: 'B1',
      along: r.id,
      target: cellId('t3', r.id, 'total'),
      parts: t3Applicants.map((c) => cellId('t3', r.id, c)),
    })),
    ...t3Columns.map((c): SumRelation => ({ rule: 'B2', along: c, target: cellId('t3', t3.total.key, c), parts: outcomeRows.map((r) => cellId('t3', r, c)) })),
    ...t4.groups.map((g): SumRelation => ({
      rule: 'B3',
      along: g.key,
      target: cellId('t4', g.key, t4Total.key),
      parts: t4.outcomes.filter((o) => o !== t4Total).map((o) => cellId('t4', g.key, o.key)),
    })),
  ];
}

/** X2's rows: those of 二 in a block that has all three stock columns. */
function stocksOf(t2: T2Def): StockRelation[] {
  return t2.blocks
    .filter((b) => ['issued', 'repealed', 'valid'].every((k) => b.columns.some((c) => c.key === k)))
    .flatMap((b) =>
      b.rows.map((r): StockRelation => ({
        rule: 'X2',
        row: r.key,
        issued: cellId('t2', r.key, 'issued'),
        repealed: cellId('t2', r.key, 'repealed'),
        valid: cellId('t2', r.key, 'valid'),
      })),
    );
}

export function compileFormat(def: FormatDefinition): CompiledFormat {
  const cells = new Map<string, CellInfo>();
  const add: AddCell = (info) => {
    cells.set(info.id, { ...info, name: [...info.rowLabels, ...info.columnLabels].join(' ') });
  };
  // In printed order: the cell ids follow the order the tables add their cells.
  const t2Grid = compileT2(def.t2, add);
  const { rows: t3Rows, grid: t3Grid } = compileT3(def.t3, add);
  const t4Grid = compileT4(def.t4, add);

  const { t3 } = def;
  const [newRow, carriedRow, ...extra] = t3.intake;
  if (!newRow || !carriedRow || extra.length > 0) throw new Error(`${def.id}: table 三 must have exactly two intake rows`);
  const t4Total = def.t4.outcomes[def.t4.outcomes.length - 1];
  if (!t4Total) throw new Error(`${def.id}: table 四 has no outcome columns`);
  const t3Columns = t3.columns.map((c) => c.key);
  const t3Applicants = t3Columns.filter((c) => c !== 'total');

  return {
    def,
    cells,
    cellIds: [...cells.keys()],
    t3Rows,
    t3Columns,
    t3Applicants,
    t3Named: { new: newRow, carried: carriedRow, total: t3.total, forward: t3.forward },
    t4Total,
    sums: sumsOf(def, t3Rows, t3Columns, t3Applicants, t4Total),
    balances: t3Columns.map((c): BalanceRelation => ({
      rule: 'A1',
      along: c,
      left: [cellId('t3', newRow.key, c), cellId('t3', carriedRow.key, c)],
      right: [cellId('t3', t3.total.key, c), cellId('t3', t3.forward.key, c)],
    })),
    stocks: stocksOf(def.t2),
    carryOver: t3Columns.map((c) => ({ column: c, carried: cellId('t3', carriedRow.key, c), forward: cellId('t3', t3.forward.key, c) })),
    grids: { t2: t2Grid, t3: t3Grid, t4: t4Grid },
  };
}
