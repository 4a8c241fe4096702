/**
 * Reading tables 二三四 cell by cell from their row and column labels, as the format definition prints them.
 * Whatever cannot be placed becomes a warning that says where it was found.
 */
import { cellId, type CompiledFormat, type T3RowInfo, type TableKey, type ValueKind } from '../formats';
import type { Report } from '../model/report';
import { readCell, isNumericCell } from './cell-values';
import { isLoose, solveGlued, tableRelations, type GluedRow } from './digit-solver';
import { MERGED, type ImportWarning } from './document';
import { labelKey, unnumberedKey } from './labels';

export interface SourceRow {
  cells: string[];
  where: string;
  /** empty cells were lost on the way: fewer figures than columns cannot be placed by position */
  loose?: boolean;
  /** the source runs cells together: fewer figures than columns are cells run together, not cells lost */
  glued?: boolean;
}

export interface TableReading {
  /** rows of figures run together, and the notes given on them: settled again when last year's report is known */
  glued?: { rows: GluedRow[]; warnings: ImportWarning[] };
  cells: Record<string, number | null>;
  units: Record<string, '元' | '万元'>;
  warnings: ImportWarning[];
  /** how many labels of the format were recognised: used to tell the formats apart */
  matched: number;
}

function newReading(): TableReading {
  return { cells: {}, units: {}, warnings: [], matched: 0 };
}

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

/** Fits the value cells to the expected count: spacer cells left by merged cells are dropped. */
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

function fitValues(values: string[], expected: number, where: string, what: string, warnings: ImportWarning[], loose?: { totalled: boolean }): string[] {
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

function put(reading: TableReading, format: CompiledFormat, id: string, text: string, where: string): void {
  const info = format.cells.get(id);
  const kind: ValueKind = info?.kind ?? 'count';
  const r = readCell(text);
  if (r.problem) {
    reading.warnings.push({ where, message: `“${info?.name ?? id}”的内容“${text}”不是数字，未导入：${r.problem}` });
    reading.cells[id] = null;
    return;
  }
  let value = r.value;
  if (r.unit && kind !== 'amount' && kind !== 'wan') {
    // "984361元" in a cell that counts: the figure cannot be told apart from a typing slip, so it stays blank.
    reading.warnings.push({ where, message: `“${info?.name ?? id}”写作“${text.trim()}”，带有该栏不用的单位“${r.unit}”，未导入，请核对后填写` });
    reading.cells[id] = null;
    return;
  }
  if (value === 0 && /^[\s]*[-—–－/／][\s]*$/.test(text)) {
    reading.warnings.push({ where, message: `“${info?.name ?? id}”印为“${text.trim()}”，已按 0 导入` });
  }
  if (r.unit) {
    if (kind === 'amount') reading.units[id] = r.unit;
    else if (kind === 'wan' && r.unit === '元' && value !== null) {
      value = Math.round((value / 10000) * 10000) / 10000;
      reading.warnings.push({ where, message: `“${info?.name ?? id}”写作“${text}”，已由元换算为${value}万元，请核对` });
    }
  }
  reading.cells[id] = value;
}

/**
 * A row of figures run together (text on one line) is set aside and settled with the whole table once every row
 * has been read; `true` when it was.
 */
function deferGlued(glued: GluedRow[], row: SourceRow, values: readonly string[], cells: string[], what: string): boolean {
  if (!row.loose) return false;
  const figures = values.filter((v) => v.trim() !== '');
  if (!isLoose(figures, cells.length)) return false;
  glued.push({ cells, figures, where: row.where, what, glued: row.glued === true });
  return true;
}

const TABLE_NAMES: Record<TableKey, string> = { t2: '表二', t3: '表三', t4: '表四' };

/**
 * Settles the table's loose rows (see digit-solver.ts) and says how; `prior` adds last year's stock figures (X2).
 * Returns the notes given, so that a later settling can replace them.
 */
export function settleGlued(
  reading: Pick<TableReading, 'cells' | 'warnings'>,
  format: CompiledFormat,
  table: TableKey,
  glued: readonly GluedRow[],
  prior?: Pick<Report, 'format' | 'cells' | 'year'>,
): ImportWarning[] {
  const first = glued[0];
  if (!first) return [];
  const relations = tableRelations(format, table, prior);
  // Where identities can tell readings apart, a row may also have lost an empty cell; in 二 nothing could tell.
  const rows = glued.map((r) => ({ ...r, mayLoseCell: relations.length > 0 }));
  const known = { ...reading.cells };
  for (const r of glued) for (const id of r.cells) delete known[id];
  const out = solveGlued(rows, known, relations);
  // What no solution settles stays blank: never a guess, never 0.
  for (const r of glued) for (const id of r.cells) reading.cells[id] = out.values[id] ?? null;
  const notes: ImportWarning[] = [];
  if (out.settled > 0) {
    const withPrior = relations.some((r) => r.constant !== undefined) ? `，并与${prior?.year ?? '上'}年报告的现行有效件数衔接（X2）` : '';
    notes.push({
      where: first.where,
      message:
        relations.length > 0
          ? `${TABLE_NAMES[table]}有 ${out.settled} 行的数字连在一起或空白栏已丢失（原文的空格已丢失），已按表内勾稽关系（各行合计、各列总计、第一项加第二项等于第三项加第四项）${withPrior}唯一确定，请核对`
          : `${TABLE_NAMES[table]}有 ${out.settled} 行的数字连在一起（原文的空格已丢失），按每栏都印有数字、且数字不以 0 开头唯一拆分；表二没有可核对的合计，原文如有空白栏会拆错，请对照原文核对`,
    });
  }
  notes.push(...out.warnings);
  reading.warnings.push(...notes);
  return notes;
}

// ——— Table 二 ———

export function readT2(rows: readonly SourceRow[], format: CompiledFormat): TableReading {
  const reading = newReading();
  const blocks = format.def.t2.blocks;
  const headingKeys = blocks.map((b) => labelKey(b.heading));
  const contentKey = labelKey(format.def.t2.contentLabel);
  const columnKeys = new Set(blocks.flatMap((b) => b.columns.map((c) => labelKey(c.label))));
  let block = -1;
  const glued: GluedRow[] = [];
  for (const row of rows) {
    const { labels, values } = splitRow(row.cells);
    if (labels.length === 0) {
      if (values.some((v) => v.trim() !== ''))
        reading.warnings.push({ where: row.where, message: `表二中一行没有栏目名称的数值“${values.join(' ')}”，未导入` });
      continue;
    }
    let first = labelKey(labels[0] ?? '');
    const hasValues = values.some((v) => v.trim() !== '');
    const h = headingKeys.indexOf(first);
    if (h >= 0) {
      block = h;
      reading.matched++;
      // A reader that cannot see row ends (text on one line) hands the heading, the header and a row over together.
      if (!hasValues || labels.length < 2) continue;
    }
    if (first === contentKey || (h >= 0 && labels.some((l) => labelKey(l) === contentKey))) {
      reading.matched += labels.filter((l) => columnKeys.has(labelKey(l))).length;
      if (!hasValues) continue;
    }
    if (h >= 0 || first === contentKey) first = labelKey(labels[labels.length - 1] ?? '');
    // Headers run together in front of the row's label (text on one line, a header misspelt): the label is last.
    const last = labelKey(labels[labels.length - 1] ?? '');
    const isRow = (k: string) => blocks.some((b) => b.rows.some((r) => labelKey(r.label) === k || r.aliases?.some((a) => labelKey(a) === k)));
    if (!isRow(first) && isRow(last)) first = last;
    // A data row: its label names a row of the current block, or of any block when no heading was seen.
    const candidates = block >= 0 ? [block, ...blocks.keys()] : [...blocks.keys()];
    let placed = false;
    for (const b of candidates) {
      const def = blocks[b];
      const rowDef = def?.rows.find((r) => labelKey(r.label) === first);
      const alias = def?.rows.find((r) => r.aliases?.some((a) => labelKey(a) === first));
      const target = rowDef ?? alias;
      if (!def || !target) continue;
      if (!rowDef && alias) {
        reading.warnings.push({ where: row.where, message: `表二栏目“${labels[0]}”应为“${alias.label}”，已按后者导入` });
      } else {
        reading.matched++;
      }
      placed = true;
      const ids = def.columns.map((c) => cellId('t2', target.key, c.key));
      if (deferGlued(glued, row, values, ids, `表二“${target.label}”一行`)) break;
      const fitted = fitValues(
        values,
        def.columns.length,
        row.where,
        `表二“${target.label}”一行`,
        reading.warnings,
        row.loose ? { totalled: false } : undefined,
      );
      ids.forEach((id, i) => put(reading, format, id, fitted[i] ?? '', row.where));
      break;
    }
    if (!placed && values.some((v) => v.trim() !== '')) {
      reading.warnings.push({
        where: row.where,
        message: `表二栏目“${labels.join('/')}”不在${format.def.name}中，其数值“${values.filter((v) => v).join(' ')}”未导入`,
      });
    }
  }
  const notes = settleGlued(reading, format, 't2', glued);
  if (glued.length > 0) reading.glued = { rows: glued, warnings: notes };
  return reading;
}

// ——— Table 三 ———

interface T3Index {
  top: Map<string, T3RowInfo>;
  categories: Map<string, string>;
  itemsByCategory: Map<string, T3RowInfo[]>;
}

function t3Index(format: CompiledFormat): T3Index {
  const top = new Map<string, T3RowInfo>();
  const categories = new Map<string, string>();
  const itemsByCategory = new Map<string, T3RowInfo[]>();
  for (const r of format.t3Rows) {
    if (r.category) {
      categories.set(labelKey(r.category.label), r.category.key);
      const list = itemsByCategory.get(r.category.key) ?? [];
      list.push(r);
      itemsByCategory.set(r.category.key, list);
    } else {
      top.set(labelKey(r.printed), r);
      top.set(labelKey(r.label), r);
    }
  }
  return { top, categories, itemsByCategory };
}

function matchItem(items: readonly T3RowInfo[] | undefined, label: string): { row: T3RowInfo; alias: boolean } | null {
  if (!items) return null;
  const k = labelKey(label);
  const u = unnumberedKey(label);
  for (const r of items) if (labelKey(r.label) === k || unnumberedKey(r.label) === u) return { row: r, alias: false };
  for (const r of items) {
    const def = r.category?.items.find((i) => r.id.endsWith(`.${i.key}`));
    if (def?.aliases?.some((a) => labelKey(a) === k || unnumberedKey(a) === u)) return { row: r, alias: true };
  }
  return null;
}

type T3Via = 'label' | 'alias' | 'category-as-row' | 'partial';

/** A row label read exactly (allowing the spellings of formats.md §9). */
function resolveT3(idx: T3Index, leaf: string, category: string | null, hasValues: boolean): { row: T3RowInfo; via: T3Via } | null {
  const top = idx.top.get(labelKey(leaf));
  if (top) return { row: top, via: 'label' };
  const inCategory = category ? matchItem(idx.itemsByCategory.get(category), leaf) : null;
  const anywhere = inCategory ?? matchItem([...idx.itemsByCategory.values()].flat(), leaf);
  if (anywhere) return { row: anywhere.row, via: anywhere.alias ? 'alias' : 'label' };
  const asCategory = idx.categories.get(labelKey(leaf));
  const items = asCategory ? idx.itemsByCategory.get(asCategory) : undefined;
  if (asCategory && items && hasValues) {
    // A category printed as one row (the 2019 （六） in a 2021 report): its figures belong to the item "其他".
    const last = items[items.length - 1];
    if (last) return { row: last, via: 'category-as-row' };
  }
  return null;
}

/** A label cut short or cut at the front (wrapped in a narrow column): accepted only when one row fits. */
function partialT3(idx: T3Index, leaf: string, category: string | null): { row: T3RowInfo; via: T3Via } | null {
  const u = unnumberedKey(leaf);
  if (u.length < 4) return null;
  const pool = [...new Set([...idx.top.values()])].concat(category ? (idx.itemsByCategory.get(category) ?? []) : [...idx.itemsByCategory.values()].flat());
  const fits = pool.filter((r) => {
    const full = unnumberedKey(r.printed);
    return full !== u && (full.startsWith(u) || full.endsWith(u));
  });
  const first = fits[0];
  return fits.length === 1 && first ? { row: first, via: 'partial' } : null;
}

export function readT3(rows: readonly SourceRow[], format: CompiledFormat): TableReading {
  const reading = newReading();
  const idx = t3Index(format);
  const cols = format.t3Columns;
  const colKeys = new Set(format.def.t3.columns.map((c) => labelKey(c.label)));
  let category: string | null = null;
  let pending = '';
  /** a row whose label stood alone on the line before its figures */
  let awaiting: T3RowInfo | null = null;
  const glued: GluedRow[] = [];
  const place = (target: T3RowInfo, values: string[], row: SourceRow): void => {
    const ids = cols.map((c) => cellId('t3', target.id, c));
    const what = `表三“${target.label}”一行`;
    if (deferGlued(glued, row, values, ids, what)) return;
    const fitted = fitValues(values, cols.length, row.where, what, reading.warnings, row.loose ? { totalled: true } : undefined);
    ids.forEach((id, i) => put(reading, format, id, fitted[i] ?? '', row.where));
  };
  for (const row of rows) {
    const { labels, values } = splitRow(row.cells);
    const hasValues = values.some((v) => v.trim() !== '');
    if (labels.length === 0) {
      if (hasValues && awaiting) {
        const target = awaiting;
        awaiting = null;
        reading.matched++;
        place(target, values, row);
      } else if (hasValues) {
        reading.warnings.push({ where: row.where, message: `表三中一行没有栏目名称的数值“${values.join(' ')}”，未导入` });
      }
      continue;
    }
    awaiting = null;
    // Header rows name the columns; they carry no values.
    if (!hasValues && labels.some((l) => colKeys.has(labelKey(l)))) {
      reading.matched += labels.filter((l) => colKeys.has(labelKey(l))).length > 0 ? 1 : 0;
      pending = '';
      continue;
    }
    for (const l of labels) {
      const c = idx.categories.get(labelKey(l));
      if (c) category = c;
    }
    const leaf = labels[labels.length - 1] ?? '';
    // A label wrapped onto two lines (copied from a PDF) arrives as a line of text and then the row: join them.
    let found = resolveT3(idx, leaf, category, hasValues);
    if (!found && pending) found = resolveT3(idx, pending + leaf, category, hasValues);
    if (!found && pending) found = partialT3(idx, pending + leaf, category);
    if (!found) found = partialT3(idx, leaf, category);
    if (!hasValues) {
      // A text line without figures: a header, the first half of a wrapped label, or a label whose figures follow.
      pending = leaf;
      awaiting = found && found.via !== 'category-as-row' ? found.row : null;
      if (found?.row.category) category = found.row.category.key;
      continue;
    }
    pending = '';
    const target: T3RowInfo | null = found?.row ?? null;
    const via = found?.via ?? 'label';
    if (target) category = target.category?.key ?? (idx.top.has(labelKey(target.label)) ? null : category);
    if (!target) {
      if (hasValues) {
        reading.warnings.push({
          where: row.where,
          message: `表三栏目“${labels.join('/')}”不在${format.def.name}中，其数值“${values.filter((v) => v).join(' ')}”未导入`,
        });
      }
      continue;
    }
    if (via === 'alias') {
      reading.warnings.push({ where: row.where, message: `表三栏目“${leaf}”有误，应为“${target.label}”，已按后者导入` });
    } else if (via === 'partial') {
      reading.warnings.push({ where: row.where, message: `表三栏目“${pending || leaf}”不完整，按“${target.printed}”导入，请核对` });
    } else if (via === 'category-as-row') {
      const siblings = (idx.itemsByCategory.get(target.category?.key ?? '') ?? []).filter((r) => r !== target);
      reading.warnings.push({
        where: row.where,
        message: `表三“${leaf}”印为一行（2019年版样式），${format.def.name}分为子项；其数值已计入“${target.label}”，${siblings.map((r) => `“${r.label}”`).join('、')}原文未印，留空，请核对后分配到正确子项`,
      });
      // What the source does not print stays blank (interchange.md §5), never 0.
      for (const r of siblings) for (const c of cols) reading.cells[cellId('t3', r.id, c)] = null;
    } else {
      reading.matched++;
    }
    place(target, values, row);
  }
  settleGlued(reading, format, 't3', glued);
  return reading;
}

// ——— Table 四 ———

/**
 * Blank cells around a row of 15 figures (left by readers that cannot see where rows end) are dropped where
 * the groups' totals then add up, and only when exactly one placement does.
 */
function alignByTotals(values: readonly string[], width: number, n: number): string[] | null {
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

export function readT4(rows: readonly SourceRow[], format: CompiledFormat): TableReading {
  const reading = newReading();
  const t4 = format.def.t4;
  const n = t4.outcomes.length;
  const groupKeys = new Map(t4.groups.map((g) => [labelKey(g.label), g.key]));
  const outcomeKeys = new Set(t4.outcomes.map((o) => labelKey(o.label)));
  const fill = (group: string, values: string[], where: string): void => {
    t4.outcomes.forEach((o, i) => put(reading, format, cellId('t4', group, o.key), values[i] ?? '', where));
  };
  const glued: GluedRow[] = [];
  const allCells = t4.groups.flatMap((g) => t4.outcomes.map((o) => cellId('t4', g.key, o.key)));
  for (const row of rows) {
    const { labels, values } = splitRow(row.cells);
    const hasValues = values.some((v) => v.trim() !== '');
    if (!hasValues) {
      // Header rows: count the labels recognised (结果 维持 split across a line still counts).
      reading.matched += labels.filter((l) => outcomeKeys.has(labelKey(l)) || groupKeys.has(labelKey(l))).length > 0 ? 1 : 0;
      continue;
    }
    const group = labels
      .map((l) => groupKeys.get(labelKey(l)))
      .filter((g): g is string => !!g)
      .pop();
    const width = n * t4.groups.length;
    // The headers and the figures on one line (text on one line) name every group: the figures are the data row.
    const named = new Set(labels.map((l) => groupKeys.get(labelKey(l))).filter(Boolean));
    const groupCells = group && named.size === 1 ? t4.outcomes.map((o) => cellId('t4', group, o.key)) : null;
    if (groupCells && deferGlued(glued, row, values, groupCells, `表四“${labels.join('/')}”一行`)) {
      reading.matched++;
      continue;
    }
    if (!groupCells && deferGlued(glued, row, values, allCells, '表四数据行')) {
      reading.matched++;
      continue;
    }
    const filled = values.filter((v) => v.trim() !== '').length;
    if (filled > n && (values.length >= width || filled >= width - 2)) {
      // The printed data row: 15 figures under the merged headers, in the format's order (a reader that cannot
      // tell where the header rows end hands them over with their labels in front).
      const fitted = alignByTotals(values, width, n) ?? fitValues(values, width, row.where, '表四数据行', reading.warnings);
      t4.groups.forEach((g, gi) => fill(g.key, fitted.slice(gi * n, gi * n + n), row.where));
      reading.matched++;
      continue;
    }
    if (group) {
      reading.matched++;
      fill(group, fitValues(values, n, row.where, `表四“${labels.join('/')}”一行`, reading.warnings, row.loose ? { totalled: true } : undefined), row.where);
      continue;
    }
    if (labels.length === 0 && (values.length === width || values.filter((v) => v.trim() !== '').length >= width - 2)) {
      // The printed table: one row of 15 figures under the merged headers, in the format's order.
      const fitted = fitValues(values, width, row.where, '表四数据行', reading.warnings);
      t4.groups.forEach((g, gi) => fill(g.key, fitted.slice(gi * n, gi * n + n), row.where));
      reading.matched++;
      continue;
    }
    reading.warnings.push({
      where: row.where,
      message: `表四中无法对应到栏目的数值“${values.filter((v) => v).join(' ')}”（${labels.join('/') || '无栏目名称'}），未导入`,
    });
  }
  settleGlued(reading, format, 't4', glued);
  return reading;
}
