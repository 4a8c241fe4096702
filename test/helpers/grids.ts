/** Reading printed grids in tests. */
import type { PrintedGrid } from '../../shared/formats';

/** Each row's width in grid columns, counting the cells that rowspans above carry into it. */
export function gridWidths(grid: PrintedGrid): number[] {
  const carry: number[] = [];
  return grid.rows.map((row) => {
    let width = carry.filter((n) => n > 0).length;
    const next: number[] = [];
    for (let i = 0; i < carry.length; i++) if ((carry[i] ?? 0) > 1) next.push((carry[i] ?? 0) - 1);
    for (const cell of row) {
      const span = cell.colSpan ?? 1;
      width += span;
      if ((cell.rowSpan ?? 1) > 1) for (let i = 0; i < span; i++) next.push((cell.rowSpan ?? 1) - 1);
    }
    carry.length = 0;
    carry.push(...next);
    return width;
  });
}
