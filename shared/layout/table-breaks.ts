/**
 * Where a table breaks across pages, decided once from the browser's layout and then written into both files.
 *
 * Word and Chromium print a merged label only on the page its block starts, so a page may break inside the
 * block under "三、本年度办理结果" only if both files cut the table there themselves and continue the label. The
 * browser lays the report out as pages (the probe: columns as tall as the text block), with every block open
 * between its row groups; the first page break found inside a table becomes a cut, the report is laid out again,
 * and so on until no page breaks inside a table that is not already cut there. A cut inside a block is moved up to
 * an earlier group when the page would be too full for Word to be sure to agree, or a part too short for the label.
 */
import { z } from 'zod';
import { blockAround, TABLE_KEYS, type MergedBlock, type PrintedGrid, type TableCuts, type TableKey } from '../formats';
import { textHeightPt, type LayoutProfile } from './profile';

const table = z.enum(TABLE_KEYS);

/** What the probe measures, in pt from the top of the text block of each page. */
export const probeLayoutSchema = z.object({
  /** every printed body row, by its row in the whole grid; `page` counts from 0, the page the report starts on */
  rows: z.array(z.object({ table, row: z.number().int().nonnegative(), page: z.number().int().nonnegative(), top: z.number(), bottom: z.number() })),
  /** the height a merged label's text needs, by the row its cell starts at */
  labels: z.array(z.object({ table, row: z.number().int().nonnegative(), height: z.number().nonnegative() })),
});
export type ProbeLayout = z.infer<typeof probeLayoutSchema>;

/**
 * Room a page must have left below a cut inside a block: Word and LibreOffice set the lines before a table a few
 * points lower than Chromium at most (measured on the samples), so the rows before the cut fit there too.
 */
export function cutSlackPt(p: LayoutProfile): number {
  return p.linePitchPt / 4;
}

type Grids = Readonly<Record<TableKey, PrintedGrid>>;
type Placed = ProbeLayout['rows'][number];

/**
 * Where to cut a block that a page break at `natural` runs through. The part being laid out starts at the block's
 * start or at the last cut inside it; the cut is the last group start after that which leaves the page its slack
 * and gives both sides of it room for the label. Failing that, the whole block moves to the next page, unless it
 * already starts one (then the page breaks where it falls).
 */
function cutInBlock(
  grid: PrintedGrid,
  block: MergedBlock,
  natural: number,
  cuts: readonly number[],
  rows: ReadonlyMap<number, Placed>,
  label: number,
  p: LayoutProfile,
): number {
  const height = (from: number, to: number): number => {
    let h = 0;
    for (let r = from; r < to; r++) h += Math.max(0, (rows.get(r)?.bottom ?? 0) - (rows.get(r)?.top ?? 0));
    return h;
  };
  const partStart = Math.max(block.start, ...cuts.filter((c) => c < natural));
  const room = textHeightPt(p) - cutSlackPt(p);
  const cut = grid.groupStarts
    .filter((g) => g > partStart && g <= natural)
    .sort((a, b) => b - a)
    .find((g) => (rows.get(g - 1)?.bottom ?? Infinity) <= room && height(partStart, g) >= label && height(g, block.end) >= label);
  if (cut !== undefined) return cut;
  return partStart === block.start && !cuts.includes(block.start) ? block.start : natural;
}

/**
 * The next cut to make, or null when every page break inside a table is at a cut already. A page break outside a
 * block is cut only so that what follows is laid out as the print will lay it out, the header repeated. Every cut
 * returned is a row not cut yet, so the probe ends.
 */
export function nextCut(
  grids: Grids,
  tables: readonly TableKey[],
  cuts: TableCuts,
  layout: ProbeLayout,
  p: LayoutProfile,
): { table: TableKey; row: number } | null {
  for (const t of tables) {
    const rows = new Map<number, Placed>();
    for (const r of layout.rows) if (r.table === t && !rows.has(r.row)) rows.set(r.row, r);
    const order = [...rows.values()].sort((a, b) => a.row - b.row);
    const made = cuts[t] ?? [];
    for (let i = 1; i < order.length; i++) {
      const [prev, cur] = [order[i - 1], order[i]];
      if (!prev || !cur || cur.page === prev.page || made.includes(cur.row)) continue;
      const block = blockAround(grids[t], cur.row);
      if (!block) return { table: t, row: cur.row };
      const label = Math.max(0, ...layout.labels.filter((l) => l.table === t && l.row === block.start).map((l) => l.height));
      return { table: t, row: cutInBlock(grids[t], block, cur.row, made, rows, label, p) };
    }
  }
  return null;
}

/** The cuts both files must make themselves: those inside a merged block (elsewhere a page breaks on its own). */
export function cutsInsideBlocks(grids: Grids, cuts: TableCuts): TableCuts {
  const out: TableCuts = {};
  for (const [t, rows] of Object.entries(cuts) as [TableKey, readonly number[]][]) {
    const inside = rows.filter((r) => blockAround(grids[t], r));
    if (inside.length > 0) out[t] = inside;
  }
  return out;
}
