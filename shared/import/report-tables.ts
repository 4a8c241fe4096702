/**
 * The report's tables from the sections they stand in: a table put where its labels say it belongs, its rows (a
 * table, or paragraphs with tabs between the cells), the format version whose labels the tables use, and tables
 * 二三四 read cell by cell, with a note on a table missing or read empty.
 */
import { FORMAT_IDS, formatForYear, getFormat, TABLE_KEYS, type CompiledFormat, type FormatId, type TableKey } from '../formats';
import { paragraphText, type DocItem, type ImportWarning } from './document';
import { labelKey } from './labels';
import type { SectionKey } from './report-sections';
import type { SourceRow, TableReading } from './table-reading';
import { readT2, readT3, readT4 } from './tables';

/** A table's section title as the format prints it. */
const sectionTitle = (format: CompiledFormat, t: TableKey): string => format.def.sections.find((s) => s.key === t)?.title ?? t;

/** The labels that only one table prints, per table, as comparison keys: they tell a table by its content. */
function tableLabels(): Record<TableKey, Set<string>> {
  const out: Record<TableKey, Set<string>> = { t2: new Set(), t3: new Set(), t4: new Set() };
  for (const id of FORMAT_IDS) {
    const f = getFormat(id);
    for (const b of f.def.t2.blocks) {
      out.t2.add(labelKey(b.heading));
      for (const r of b.rows) out.t2.add(labelKey(r.label));
    }
    for (const r of f.t3Rows) out.t3.add(labelKey(r.label));
    for (const g of f.def.t4.groups) out.t4.add(labelKey(g.label));
    for (const o of f.def.t4.outcomes) out.t4.add(labelKey(o.label));
  }
  // A label two tables share (总计) tells nothing.
  for (const t of TABLE_KEYS) for (const k of out[t]) if (TABLE_KEYS.some((u) => u !== t && out[u].has(k))) out[t].delete(k);
  return out;
}

/** Which table a printed table is, by the labels in its cells; null when no table's labels are there. */
function tableOf(item: Extract<DocItem, { kind: 'table' }>, labels: Record<TableKey, Set<string>>): TableKey | null {
  const cells = item.rows.flat().map(labelKey);
  const score = TABLE_KEYS.map((t) => ({ t, n: cells.filter((c) => labels[t].has(c)).length }));
  const best = score.sort((a, b) => b.n - a.n)[0];
  return best && best.n >= 4 && best.n >= 2 * (score[1]?.n ?? 0) ? best.t : null;
}

/**
 * A table under a heading the report printed its own way, or under the wrong one, is put where its labels say it
 * belongs, when that table has none yet.
 */
export function placeTablesByLabels(bySection: Map<SectionKey, DocItem[]>, warnings: ImportWarning[]): void {
  const labels = tableLabels();
  // Only into a table section that has nothing at all (a heading printed its own way, or none): a section with a
  // picture or tab-separated paragraphs keeps what it has.
  const empty = (t: TableKey) => (bySection.get(t) ?? []).length === 0;
  const isTableSection = (k: SectionKey): k is TableKey => (TABLE_KEYS as readonly string[]).includes(k);
  for (const [section, list] of bySection) {
    for (const item of [...list]) {
      if (item.kind !== 'table') continue;
      const t = tableOf(item, labels);
      if (!t || t === section || !empty(t)) continue;
      // From under another table's heading only when it is that table's second table; from the text always.
      if (isTableSection(section) && list.filter((x) => x.kind === 'table').length < 2) continue;
      list.splice(list.indexOf(item), 1);
      bySection.set(t, [...(bySection.get(t) ?? []), item]);
      const title = sectionTitle(getFormat('gip-2021'), t);
      warnings.push({ where: item.where, message: `这张表格的栏目是“${title}”的，已按该部分导入（原文放在别的标题下）` });
    }
  }
}

function tableRows(items: readonly DocItem[]): SourceRow[] {
  const rows: SourceRow[] = [];
  for (const item of items) {
    if (item.kind === 'table') {
      // "第10行第2037字起" already says where the table starts: its rows count on from there.
      const from = item.where.replace(/起$/, '');
      item.rows.forEach((cells, i) =>
        rows.push({ cells, where: `${from}起第${i + 1}行`, ...(item.loose ? { loose: true } : {}), ...(item.glued ? { glued: true } : {}) }),
      );
    } else if (item.kind === 'paragraph') {
      // A table typed as paragraphs with tabs between its cells (Word, WPS: text pasted from a spreadsheet).
      const text = paragraphText(item);
      rows.push({ cells: text.includes('\t') ? text.split('\t') : [text], where: item.where });
    }
  }
  return rows;
}

/** The labels only one of the formats prints, to tell them apart. */
function detectFormat(t2: SourceRow[], t3: SourceRow[], year: number | null): { id: FormatId; readings: Record<FormatId, TableReading[]> } {
  const readings = {} as Record<FormatId, TableReading[]>;
  let best: FormatId = year !== null ? formatForYear(year) : 'gip-2021';
  let bestScore = -1;
  const scores: Partial<Record<FormatId, number>> = {};
  for (const id of FORMAT_IDS) {
    const f = getFormat(id);
    const r = [readT2(t2, f), readT3(t3, f)];
    readings[id] = r;
    scores[id] = r.reduce((n, x) => n + x.matched, 0);
  }
  for (const id of FORMAT_IDS) {
    const s = scores[id] ?? 0;
    if (s > bestScore || (s === bestScore && year !== null && id === formatForYear(year))) {
      best = id;
      bestScore = s;
    }
  }
  return { id: best, readings };
}

export interface TablesRead {
  formatId: FormatId;
  cells: Record<string, number | null>;
  units: Record<string, '元' | '万元'>;
  /** the tables' warnings, in order: 二, 三, 四, then tables missing or read empty */
  warnings: ImportWarning[];
  glued?: TableReading['glued'];
}

/** Tables 二三四 read from their sections in the format their labels tell (`year`: the title's, when it has one). */
export function readTables(bySection: ReadonlyMap<SectionKey, DocItem[]>, year: number | null): TablesRead {
  const t2Rows = tableRows(bySection.get('t2') ?? []);
  const t3Rows = tableRows(bySection.get('t3') ?? []);
  const t4Rows = tableRows(bySection.get('t4') ?? []);
  const { id: formatId, readings } = detectFormat(t2Rows, t3Rows, year);
  const format = getFormat(formatId);
  const [r2, r3] = readings[formatId];
  const r4 = readT4(t4Rows, format);
  const cells: Record<string, number | null> = {};
  const units: Record<string, '元' | '万元'> = {};
  const warnings: ImportWarning[] = [];
  for (const r of [r2, r3, r4]) {
    if (!r) continue;
    Object.assign(cells, r.cells);
    Object.assign(units, r.units);
    warnings.push(...r.warnings);
  }
  for (const id of format.cellIds) if (!(id in cells)) cells[id] = null;
  const missingTables = TABLE_KEYS.filter((t) => (bySection.get(t) ?? []).length === 0);
  for (const t of missingTables) {
    const title = sectionTitle(format, t);
    warnings.push({ where: title, message: `未找到“${title}”的表格，该表各栏为空白` });
  }
  for (const t of TABLE_KEYS.filter((k) => !missingTables.includes(k))) {
    // The heading is there but no figure was read under it: a table as a picture, or laid out some other way.
    if (format.cellIds.filter((id) => id.startsWith(`${t}.`)).every((id) => cells[id] === null)) {
      const title = sectionTitle(format, t);
      warnings.push({ where: title, message: `“${title}”下没有读到表格中的数字（表格可能是图片，或不是表格形式），该表各栏为空白，请对照原文填写` });
    }
  }
  return { formatId, cells, units, warnings, ...(r2?.glued ? { glued: r2.glued } : {}) };
}
