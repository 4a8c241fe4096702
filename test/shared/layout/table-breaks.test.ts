/** Choosing where a table is cut, from where the probe found its rows (no browser: layouts made up here). */
import { describe, expect, it } from 'vitest';
import { getFormat, mergedBlocks, rowGroups, TABLE_KEYS, type TableCuts } from '../../../shared/formats';
import { cutSlackPt, cutsInsideBlocks, GBT9704, nextCut, textHeightPt, type ProbeLayout } from '../../../shared/layout';

const { grids } = getFormat('gip-2021');
const t3 = grids.t3;
const [block] = mergedBlocks(t3);
const start = block?.start ?? 0;
const end = block?.end ?? 0;
const ROW = 13.5;
const HEADER = 3 * ROW;
const PAGE = textHeightPt(GBT9704);
/** the groups table 三's body breaks between when the probe opens its block */
const groups = rowGroups(t3, { openBlocks: true });

/**
 * Table 三 as the browser would lay it out from `top`: group by group, a group that does not fit (or starts a part
 * after a cut) on the next page under the header.
 */
function flow(top: number, options: { label?: number; rowHeight?: (row: number) => number; cuts?: readonly number[] } = {}): ProbeLayout {
  const rows: ProbeLayout['rows'] = [];
  let page = 0;
  let y = top + HEADER;
  for (const g of groups) {
    const h = g.reduce((n, r) => n + (options.rowHeight?.(r) ?? ROW), 0);
    if (y + h > PAGE || options.cuts?.includes(g[0] ?? -1)) {
      page++;
      y = HEADER;
    }
    for (const r of g) {
      const rh = options.rowHeight?.(r) ?? ROW;
      rows.push({ table: 't3', row: r, page, top: y, bottom: y + rh });
      y += rh;
    }
  }
  return { rows, labels: [{ table: 't3', row: start, height: options.label ?? 90 }] };
}

const rowsOnFirstPage = (layout: ProbeLayout): number[] => layout.rows.filter((r) => r.page === 0).map((r) => r.row);
const next = (layout: ProbeLayout, cuts: TableCuts = {}) => nextCut(grids, TABLE_KEYS, cuts, layout, GBT9704);

describe('where table 三 is cut', () => {
  it('nowhere when it fits on its page', () => {
    expect(next(flow(0))).toBeNull();
  });

  it('at the page break inside the block when the page has room to spare and both parts hold the label', () => {
    const layout = flow(PAGE - HEADER - 2 * ROW - 12 * ROW);
    const natural = layout.rows.find((r) => r.page === 1)?.row ?? 0;
    expect(natural).toBeGreaterThan(start);
    expect(natural).toBeLessThan(end);
    expect(next(layout)).toEqual({ table: 't3', row: natural });
  });

  it('a group earlier when the last row would end too close to the foot for Word to be sure to agree', () => {
    // Shift the table down so the rows before the natural break end within the slack of the foot.
    const probe = flow(PAGE - HEADER - 2 * ROW - 12 * ROW);
    const natural = probe.rows.find((r) => r.page === 1)?.row ?? 0;
    const lastBottom = probe.rows.find((r) => r.row === natural - 1)?.bottom ?? 0;
    const tight = flow(PAGE - HEADER - 2 * ROW - 12 * ROW + (PAGE - lastBottom) - cutSlackPt(GBT9704) / 2, { label: 20 });
    expect(tight.rows.find((r) => r.page === 1)?.row).toBe(natural);
    const cut = next(tight);
    expect(cut?.row).toBeLessThan(natural);
    expect(cut?.row).toBeGreaterThan(start);
    expect(groups.some((g) => g[0] === cut?.row)).toBe(true);
  });

  it('before the block, moving it whole, when a part would be shorter than its label', () => {
    // Only the first group of the block fits: too short for a 90 pt label.
    const layout = flow(PAGE - HEADER - 2 * ROW - 2 * ROW - 1);
    expect(rowsOnFirstPage(layout)).toContain(start);
    expect(next(layout)).toEqual({ table: 't3', row: start });
    expect(cutsInsideBlocks(grids, { t3: [start] })).toEqual({});
  });

  it('at a break outside the block too, only so the probe lays out what follows with the header repeated', () => {
    // The page breaks between the intake rows and the block.
    const layout = flow(PAGE - HEADER - 2 * ROW - 1);
    expect(next(layout)).toEqual({ table: 't3', row: start });
    expect(next(layout, { t3: [start] })).toBeNull();
    expect(cutsInsideBlocks(grids, { t3: [start] })).toEqual({});
  });

  it('skips rows already cut, and keeps only the cuts inside a block for the files', () => {
    const layout = flow(PAGE - HEADER - 2 * ROW - 12 * ROW);
    const natural = layout.rows.find((r) => r.page === 1)?.row ?? 0;
    expect(next(layout, { t3: [natural] })).toBeNull();
    expect(cutsInsideBlocks(grids, { t3: [natural, end] })).toEqual({ t3: [natural] });
  });

  it('cuts a block over three pages once on each page, each cut a new row, and ends', () => {
    // Rows five lines tall: the 22-row block needs about three pages.
    const tall = (r: number) => (r >= start && r < end ? 5 * ROW : ROW);
    const cuts: number[] = [];
    for (let round = 0; round < 10; round++) {
      const cut = next(flow(0, { rowHeight: tall, cuts }), { t3: cuts });
      if (!cut) break;
      expect(cuts).not.toContain(cut.row);
      cuts.push(cut.row);
    }
    expect(next(flow(0, { rowHeight: tall, cuts }), { t3: cuts })).toBeNull();
    expect(cuts.length).toBeGreaterThanOrEqual(2);
    expect([...cuts].sort((a, b) => a - b)).toEqual(cuts);
    expect(cutsInsideBlocks(grids, { t3: cuts })).toEqual({ t3: cuts });
    // Every page holds one part: no part overruns its page.
    const pages = flow(0, { rowHeight: tall, cuts }).rows;
    for (const c of cuts) expect(pages.find((r) => r.row === c)?.page).toBe((pages.find((r) => r.row === c - 1)?.page ?? 0) + 1);
  });

  it('with rows as tall as they are: two three-line rows hold a 60 pt label, not a 100 pt one', () => {
    const tall = (r: number) => (r >= start ? 3 * ROW : ROW);
    const top = PAGE - HEADER - 2 * ROW - 4 * 3 * ROW;
    const natural = flow(top, { rowHeight: tall }).rows.find((r) => r.page === 1)?.row;
    expect(natural).toBe(start + 2);
    expect(next(flow(top, { rowHeight: tall, label: 60 }))).toEqual({ table: 't3', row: start + 2 });
    expect(next(flow(top, { rowHeight: tall, label: 100 }))).toEqual({ table: 't3', row: start });
  });
});
