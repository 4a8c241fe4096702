/**
 * Reading tables 二三四 cell by cell from their row and column labels, as the format definition prints them.
 * Whatever cannot be placed becomes a warning that says where it was found.
 */
import { cellId, type CompiledFormat, type T3RowInfo } from '../formats';
import type { GluedRow } from './digit-solver';
import { labelKey } from './labels';
import { alignByTotals, fitValues, splitRow } from './row-values';
import { partialT3, resolveT3, t3Index } from './t3-labels';
import { deferGlued, newReading, put, settleGlued, type SourceRow, type TableReading } from './table-reading';

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
