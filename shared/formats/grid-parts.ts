/**
 * A printed grid cut where pages may break: its row groups, the merged blocks that span several of them (the
 * block under "三、本年度办理结果"), and the parts a table is printed as when a page breaks inside such a block:
 * every part has the header rows again and the merged label continued, in the PDF and in the DOCX alike.
 */
import type { GridCell, PrintedGrid } from './layout-model';
import type { TableKey } from './types';

/** Per table, the rows at which it starts again on a new page: header repeated, merged labels continued. */
export type TableCuts = Partial<Record<TableKey, readonly number[]>>;

/** The rows [start, end) under one merged label that spans more than one row group. */
export interface MergedBlock {
  start: number;
  end: number;
}

/** A cell at the grid position it starts at (a grid row lists only the cells that start in it). */
export interface PlacedCell {
  cell: GridCell;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

const placedCache = new WeakMap<PrintedGrid, PlacedCell[]>();

/** Every cell of a grid with its position: a rowspan above takes its columns in the rows below. */
export function placeCells(grid: PrintedGrid): readonly PlacedCell[] {
  const cached = placedCache.get(grid);
  if (cached) return cached;
  const taken: boolean[][] = grid.rows.map(() => []);
  const placed: PlacedCell[] = [];
  grid.rows.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (taken[row]?.[col]) col++;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      for (let r = row; r < Math.min(row + rowSpan, grid.rows.length); r++) for (let c = col; c < col + colSpan; c++) (taken[r] ??= [])[c] = true;
      placed.push({ cell, row, col, rowSpan, colSpan });
      col += colSpan;
    }
  });
  placedCache.set(grid, placed);
  return placed;
}

/** What covers each row, left to right: the cells starting in it and those merged down into it from above. */
export function rowCoverage(grid: PrintedGrid): { placed: PlacedCell; starts: boolean }[][] {
  const rows: { placed: PlacedCell; starts: boolean }[][] = grid.rows.map(() => []);
  for (const placed of placeCells(grid)) {
    for (let r = placed.row; r < Math.min(placed.row + placed.rowSpan, grid.rows.length); r++) rows[r]?.push({ placed, starts: r === placed.row });
  }
  return rows.map((row) => row.sort((a, b) => a.placed.col - b.placed.col));
}

export function mergedBlocks(grid: PrintedGrid): MergedBlock[] {
  return placeCells(grid)
    .filter((p) => p.row >= grid.headerRows && p.rowSpan > 1 && grid.groupStarts.some((g) => g > p.row && g < p.row + p.rowSpan))
    .map((p) => ({ start: p.row, end: p.row + p.rowSpan }));
}

/** The (outermost) merged block a page break before `row` would cut through. */
export function blockAround(grid: PrintedGrid, row: number): MergedBlock | undefined {
  return mergedBlocks(grid)
    .filter((b) => b.start < row && row < b.end)
    .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

/**
 * The body rows as row groups, each a list of row indexes; a page may break only between groups. A merged block is
 * one group, kept on one page (a table is cut inside it only by gridParts, which continues its label), unless
 * `openBlocks`: the probe lets a page break between the groups inside it, to find where the page ends.
 */
export function rowGroups(grid: PrintedGrid, options: { openBlocks?: boolean } = {}): number[][] {
  const blocks = options.openBlocks ? [] : mergedBlocks(grid);
  const starts = grid.groupStarts.filter((g) => g >= grid.headerRows && !blocks.some((b) => b.start < g && g < b.end));
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? grid.rows.length;
    return Array.from({ length: end - start }, (_, i) => start + i);
  });
}

/** One part of a table cut at page breaks, a grid of its own. */
export interface GridPart extends PrintedGrid {
  /** the row of the whole grid each of the part's rows prints */
  source: readonly number[];
}

/**
 * The table cut before each of `cuts` (body rows): every part starts with the header rows, a merged cell cut by
 * a break is continued, with its text, at the top of the next part, and the group starts follow their rows.
 */
export function gridParts(grid: PrintedGrid, cuts: readonly number[] = []): GridPart[] {
  const at = [...new Set(cuts)].filter((r) => r > grid.headerRows && r < grid.rows.length).sort((a, b) => a - b);
  const bounds = [grid.headerRows, ...at, grid.rows.length];
  const placed = placeCells(grid);
  const header = Array.from({ length: grid.headerRows }, (_, i) => i);
  const parts: GridPart[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k] ?? 0;
    const to = bounds[k + 1] ?? from;
    const source = [...header, ...Array.from({ length: to - from }, (_, i) => from + i)];
    const rows: { col: number; cell: GridCell }[][] = source.map(() => []);
    for (const p of placed) {
      if (p.row < grid.headerRows) {
        rows[p.row]?.push({ col: p.col, cell: p.cell });
        continue;
      }
      const first = Math.max(p.row, from);
      const span = Math.min(p.row + p.rowSpan, to) - first;
      if (span <= 0) continue;
      const { rowSpan: _whole, ...rest } = p.cell;
      rows[grid.headerRows + first - from]?.push({ col: p.col, cell: span > 1 ? { ...rest, rowSpan: span } : rest });
    }
    parts.push({
      table: grid.table,
      columns: grid.columns,
      headerRows: grid.headerRows,
      rows: rows.map((r) => r.sort((a, b) => a.col - b.col).map((c) => c.cell)),
      groupStarts: [...new Set([from, ...grid.groupStarts.filter((g) => g > from && g < to)])].map((g) => grid.headerRows + g - from),
      source,
    });
  }
  return parts;
}
