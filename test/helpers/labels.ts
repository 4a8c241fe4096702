/** Every label a format prints (section titles, table headings, row and column labels, notes), from its grid. */
import { getFormat, type FormatId } from '../../shared/formats';

export function printedLabels(format: FormatId): string[] {
  const f = getFormat(format);
  const labels = new Set<string>(f.def.sections.map((s) => s.title));
  for (const grid of Object.values(f.grids)) {
    for (const cell of grid.rows.flat()) {
      if (cell.text) labels.add(cell.text);
      if (cell.note) labels.add(cell.note);
    }
  }
  return [...labels];
}
