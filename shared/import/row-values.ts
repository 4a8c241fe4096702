/**
 * A row's printed figures fitted to the columns of the format: the label cells told from the value cells, spacer
 * cells dropped, and figures whose empty cells were lost placed only where the row's totals fix their columns.
 * Whatever had to be guessed at, or could not be placed, is said in a warning.
 */
import { isNumericCell, readCell } from './cell-values';
import { MERGED, type ImportWarning } from './document';

/** Splits a row into its label cells and its value cells (everything after the last text cell). */
export function splitRow(row: readonly string[]): { labels: string[]; values: string[] } {
  const cells = row.filter((c) => c !== MERGED);
  let lastText = -1;
  cells.forEach((c, i) => {
    if (!isNumericCell(c)) lastText = i;
  });
  const labels = cells
    .slice(0, lastText + 1)
    .flatMap((c) => c.split('/'))
    .map((c) => c.trim())
    .filter((c) => c !== '');
  return { labels, values: cells.slice(lastText + 1) };
}

/**
 * Figures whose columns are unknown (their empty cells were lost), placed where the row's total (its last column)
 * equals the sum of the others — only when exactly one placement does; otherwise the row stays blank.
 */
function placeLoose(values: string[], expected: number, totalled: boolean, where: string, what: string, warnings: ImportWarning[]): string[] {
  const figures = values.filter((v) => v.trim() !== '');
  const blank = Array.from({ length: expected }, () => '');
  if (figures.length === 0 || figures.length >= expected) return figures.length === expected ? figures : blank;
  const fits: string[][] = [];
  const num = (v: string) => readCell(v).value ?? 0;
  const place = (from: number, slot: number, acc: string[]): void => {
    if (from === figures.length) {
      const row = [...acc, ...Array.from({ length: expected - acc.length }, () => '')];
      const total = row[expected - 1] ?? '';
      if (total !== '' && row.slice(0, -1).reduce((s, x) => s + (x === '' ? 0 : num(x)), 0) === num(total)) fits.push(row);
      return;
    }
    for (let at = slot; at <= expected - (figures.length - from); at++) {
      place(from + 1, at + 1, [...acc, ...Array.from({ length: at - slot }, () => ''), figures[from] ?? '']);
    }
  };
  if (totalled) place(0, 0, []);
  const first = fits[0];
  if (fits.length === 1 && first) {
    warnings.push({ where, message: `${what}只印了${figures.length}个数值（空白栏在原文中已丢失），已按合计唯一确定其所在栏，请核对` });
    return first;
  }
  // Several placements add up: a column is filled only where all of them agree (the total, usually).
  const agreed = first ? first.map((v, i) => (fits.every((f) => f[i] === v) ? v : '')) : blank;
  const kept = agreed.filter((v) => v !== '').length;
  warnings.push({
    where,
    message: `${what}只印了${figures.length}个数值“${figures.join(' ')}”，空白栏在原文中已丢失，无法确定各数值所在的栏，${kept > 0 ? `只填入合计能确定的${kept}栏，其余` : '整行'}留空，请对照原文填写`,
  });
  return agreed;
}

/** Fits the value cells to the expected count: spacer cells left by merged cells are dropped. */
export function fitValues(values: string[], expected: number, where: string, what: string, warnings: ImportWarning[], loose?: { totalled: boolean }): string[] {
  if (loose && values.filter((x) => x.trim() !== '').length < expected) return placeLoose(values, expected, loose.totalled, where, what, warnings);
  let v = [...values];
  while (v.length > expected && v[v.length - 1]?.trim() === '') v.pop();
  while (v.length > expected && v[0]?.trim() === '') v.shift();
  if (v.length > expected) {
    const kept: string[] = [];
    let toDrop = v.length - expected;
    for (const c of v) {
      if (toDrop > 0 && c.trim() === '') {
        toDrop--;
        continue;
      }
      kept.push(c);
    }
    warnings.push({ where, message: `${what}有${v.length}个数值格，格式只有${expected}栏；已按非空格依次读取，请核对` });
    v = kept;
  }
  if (v.length > expected) {
    warnings.push({ where, message: `${what}多出数值“${v.slice(expected).join('、')}”，未导入` });
    v = v.slice(0, expected);
  }
  if (v.length < expected && v.length > 0) {
    warnings.push({ where, message: `${what}只有${v.length}个数值，格式有${expected}栏；缺少的按空白处理` });
  }
  while (v.length < expected) v.push('');
  return v;
}

/**
 * Blank cells around a row of 15 figures (left by readers that cannot see where rows end) are dropped where
 * the groups' totals then add up, and only when exactly one placement does.
 */
export function alignByTotals(values: readonly string[], width: number, n: number): string[] | null {
  if (values.length <= width) return null;
  const fits: string[][] = [];
  for (let start = 0; start + width <= values.length; start++) {
    const dropped = [...values.slice(0, start), ...values.slice(start + width)];
    if (dropped.some((v) => v.trim() !== '')) continue;
    const window = values.slice(start, start + width);
    const num = (v: string | undefined) => readCell(v ?? '').value ?? 0;
    let ok = true;
    for (let g = 0; g * n < width; g++) {
      const group = window.slice(g * n, g * n + n);
      const parts = group.slice(0, n - 1).reduce((sum, v) => sum + num(v), 0);
      if (parts !== num(group[n - 1])) ok = false;
    }
    if (ok) fits.push(window);
  }
  return fits.length === 1 ? (fits[0] ?? null) : null;
}
