/** One shape per table for every medium: the same label columns, the print filling the text width. */
import { describe, expect, it } from 'vitest';
import { FORMAT_IDS, getFormat, TABLE_KEYS } from '../../../shared/formats';
import { columnWidthsEm, columnWidthsMm, GBT9704, labelColumns, TABLE_SHAPES, textWidthMm } from '../../../shared/layout';

describe('table shapes', () => {
  it('give every medium the same label columns', () => {
    for (const t of TABLE_KEYS) {
      const { print, screen, narrow, editor } = TABLE_SHAPES[t];
      expect(
        [screen, narrow, editor].map((w) => w.labels.length),
        t,
      ).toEqual([1, 2, 3].map(() => print.labels.length));
    }
    expect(TABLE_KEYS.map(labelColumns)).toEqual([1, 3, 0]);
  });

  it('print every table of both formats across the text width, 表三 as docs/spec/layout.md gives it', () => {
    for (const id of FORMAT_IDS) {
      for (const t of TABLE_KEYS) {
        const grid = getFormat(id).grids[t];
        const mm = columnWidthsMm(grid, GBT9704);
        expect(mm, `${id} ${t}`).toHaveLength(grid.columns);
        expect(mm.reduce((a, b) => a + b, 0)).toBeCloseTo(textWidthMm(GBT9704), 0);
        expect(columnWidthsEm(grid)).toHaveLength(grid.columns);
      }
      expect(columnWidthsMm(getFormat(id).grids.t3, GBT9704)).toEqual([8, 20, 48, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4]);
    }
  });
});
