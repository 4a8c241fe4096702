/**
 * What reading a table gives: its cells, their units, the warnings on them, and how many of the format's labels were
 * recognised; a figure put into its cell as the format reads it, and rows of figures run together settled with the
 * whole table (digit-solver.ts).
 */
import type { CompiledFormat, TableKey, ValueKind } from '../formats';
import type { Report } from '../model/report';
import { readCell } from './cell-values';
import { isLoose, solveGlued, tableRelations, type GluedRow } from './digit-solver';
import type { ImportWarning } from './document';

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

export function newReading(): TableReading {
  return { cells: {}, units: {}, warnings: [], matched: 0 };
}

/** Puts a printed figure into its cell as the cell's kind reads it (a count; an amount in 元 or 万元). */
export function put(reading: TableReading, format: CompiledFormat, id: string, text: string, where: string): void {
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
export function deferGlued(glued: GluedRow[], row: SourceRow, values: readonly string[], cells: string[], what: string): boolean {
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
