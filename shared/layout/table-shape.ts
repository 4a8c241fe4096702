/**
 * How each table's columns share its width, for every medium that draws it: the printed page and the DOCX in mm
 * (docs/spec/layout.md), the web page in em of the table's text, the editor's grid in CSS pixels. The leading label columns
 * have widths of their own and, on screen, stay in place while a wide table scrolls sideways; the data columns are
 * each so wide, or share what is left equally.
 */
import type { PrintedGrid, TableKey } from '../formats';
import { textWidthMm, type LayoutProfile } from './profile';

/** A medium's widths: the label columns', then the data columns' (each so wide, or sharing a total equally). */
interface Widths {
  readonly labels: readonly number[];
  readonly data: { readonly each: number } | { readonly share: number | 'rest' };
}

export interface TableShape {
  /** the printed page, mm; 'rest' is what the label columns leave of the text width */
  readonly print: Widths;
  /** on screen, em */
  readonly screen: Widths;
  /** on a phone's narrow screen, em */
  readonly narrow: Widths;
  /** the editor's grid, px; its data columns share what the labels leave of the window (CSS does that) */
  readonly editor: { readonly labels: readonly number[] };
}

export const TABLE_SHAPES: Readonly<Record<TableKey, TableShape>> = {
  t2: {
    print: { labels: [40], data: { share: 'rest' } },
    screen: { labels: [8], data: { share: 21 } },
    narrow: { labels: [6], data: { share: 21 } },
    editor: { labels: [180] },
  },
  // Table 三: c1 (三、本年度办理结果, set vertically) 8, c2 20, c3 48, then seven data columns of 11.4 mm.
  t3: {
    print: { labels: [8, 20, 48], data: { each: 11.4 } },
    screen: { labels: [2.4, 7, 12], data: { each: 4.6 } },
    narrow: { labels: [1.8, 4.6, 7], data: { each: 4.6 } },
    editor: { labels: [28, 96, 230] },
  },
  t4: {
    print: { labels: [], data: { share: 'rest' } },
    screen: { labels: [], data: { each: 4.2 } },
    narrow: { labels: [], data: { each: 4.2 } },
    editor: { labels: [] },
  },
};

/** How many leading columns of a table hold row labels. */
export function labelColumns(table: TableKey): number {
  return TABLE_SHAPES[table].print.labels.length;
}

function columnWidths(grid: PrintedGrid, w: Widths, rest: number): number[] {
  const dataColumns = grid.columns - w.labels.length;
  const labelled = w.labels.reduce((a, b) => a + b, 0);
  const each = 'each' in w.data ? w.data.each : (w.data.share === 'rest' ? rest - labelled : w.data.share) / dataColumns;
  return [...w.labels, ...Array.from({ length: dataColumns }, () => each)];
}

/** Column widths of a printed table in mm: the text width's. */
export function columnWidthsMm(grid: PrintedGrid, p: LayoutProfile): number[] {
  return columnWidths(grid, TABLE_SHAPES[grid.table].print, textWidthMm(p));
}

/** Column widths of a table on screen in em of its text; narrower labels on a phone. */
export function columnWidthsEm(grid: PrintedGrid, narrow = false): number[] {
  const shape = TABLE_SHAPES[grid.table];
  return columnWidths(grid, narrow ? shape.narrow : shape.screen, 0);
}
