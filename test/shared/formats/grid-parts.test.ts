/** Cutting a printed table where pages break: row groups, merged blocks and the parts a cut table prints as. */
import { describe, expect, it } from 'vitest';
import { blockAround, FORMAT_IDS, getFormat, gridParts, mergedBlocks, rowGroups } from '../../../shared/formats';
import { gridWidths } from '../../helpers/grids';

describe('merged blocks', () => {
  it('are the rows under 三、本年度办理结果 in table 三 of both formats, and nothing in tables 二 and 四', () => {
    for (const id of FORMAT_IDS) {
      const { grids } = getFormat(id);
      const [block, ...more] = mergedBlocks(grids.t3);
      expect(more).toEqual([]);
      const label = grids.t3.rows[block?.start ?? -1]?.find((c) => c.vertical);
      expect(label?.text).toBe('三、本年度办理结果');
      expect((block?.end ?? 0) - (block?.start ?? 0)).toBe(label?.rowSpan);
      expect(mergedBlocks(grids.t2)).toEqual([]);
      expect(mergedBlocks(grids.t4)).toEqual([]);
      // A category's own label (（三）不予公开, eight rows) is one group, not a block.
      expect(blockAround(grids.t3, block?.start ?? 0)).toBeUndefined();
      expect(blockAround(grids.t3, (block?.start ?? 0) + 1)).toEqual(block);
    }
  });

  it('keep their groups together unless opened for the probe, which may break between them', () => {
    const { t3 } = getFormat('gip-2021').grids;
    const [block] = mergedBlocks(t3);
    const inside = (groups: number[][]) => groups.filter((g) => block && (g[0] ?? 0) > block.start && (g[0] ?? 0) < block.end);
    expect(inside(rowGroups(t3))).toEqual([]);
    expect(inside(rowGroups(t3, { openBlocks: true })).length).toBeGreaterThan(3);
    for (const groups of [rowGroups(t3), rowGroups(t3, { openBlocks: true })]) {
      expect(groups.flat()).toEqual(Array.from({ length: t3.rows.length - t3.headerRows }, (_, i) => i + t3.headerRows));
    }
  });
});

describe('a table cut inside its block', () => {
  for (const id of FORMAT_IDS) {
    it(`prints as parts with the header again and the label continued (${id})`, () => {
      const { t3 } = getFormat(id).grids;
      const [block] = mergedBlocks(t3);
      const cut =
        rowGroups(t3, { openBlocks: true })
          .map((g) => g[0] ?? 0)
          .find((r) => block && r > block.start + 3 && r < block.end) ?? 0;
      const parts = gridParts(t3, [cut]);
      expect(parts).toHaveLength(2);
      const [first, second] = parts;
      for (const part of parts) {
        expect(new Set(gridWidths(part))).toEqual(new Set([t3.columns]));
        expect(part.rows.slice(0, t3.headerRows)).toEqual(t3.rows.slice(0, t3.headerRows));
        expect(part.groupStarts[0]).toBe(t3.headerRows);
      }
      // Every body row printed once, in order.
      expect([...(first?.source ?? []), ...(second?.source ?? [])].filter((r) => r >= t3.headerRows)).toEqual(
        Array.from({ length: t3.rows.length - t3.headerRows }, (_, i) => i + t3.headerRows),
      );
      const label = (rows: typeof t3.rows) => rows.flat().find((c) => c.vertical);
      expect(label(first?.rows ?? [])?.rowSpan).toBe(cut - (block?.start ?? 0));
      expect(second?.rows[t3.headerRows]?.[0]).toEqual({ ...label(t3.rows), rowSpan: (block?.end ?? 0) - cut });
      // The continued label makes a block of the part: it too stays whole.
      expect(mergedBlocks(second ?? t3)).toEqual([{ start: t3.headerRows, end: t3.headerRows + (block?.end ?? 0) - cut }]);
    });
  }

  it('is one part, the grid itself, when nothing is cut', () => {
    const { t3 } = getFormat('gip-2021').grids;
    const [whole, ...more] = gridParts(t3);
    expect(more).toEqual([]);
    expect(whole?.rows).toEqual(t3.rows);
    expect(whole?.groupStarts).toEqual(t3.groupStarts);
  });
});
