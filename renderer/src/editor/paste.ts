/**
 * A block pasted into a table from Excel or WPS, planned before anything changes: rows whose first cells name a
 * row of the table go to that row (a copy that includes the label column, or starts at another row), a header row
 * is left out, the rest fills from the focused cell as laid out. Every cell that cannot be read is named with why,
 * and a dash, which the official tables print for "none", is 0 and said so.
 */
import type { CompiledFormat, TableKey } from '../../../shared/formats';
import { unnumberedKey } from '../../../shared/import/labels';
import { parseCellInput } from '../../../shared/model';

export interface PastePlan {
  changes: Record<string, number | null>;
  /** cells that could not be pasted: where, what, why */
  skipped: { cell: string; text: string; reason: string }[];
  /** dashes taken as 0 */
  dashes: number;
  /** rows placed by their label rather than by position */
  byLabel: number;
  /** rows of the paste that were headers or matched no row */
  ignoredRows: number;
}

const DASH = /^[-—–－/／]$/;

/** The value cells of the table by printed row, and each row's label words as comparison keys. */
function tableRows(format: CompiledFormat, table: TableKey): { ids: string[]; keys: string[] }[] {
  return format.grids[table].rows
    .map((r) => r.filter((c) => c.cellId).map((c) => c.cellId ?? ''))
    .filter((ids) => ids.length > 0)
    .map((ids) => ({ ids, keys: (format.cells.get(ids[0] ?? '')?.rowLabels ?? []).map(rowKey) }));
}

/** A row label as compared: without its number and without the note printed after it. */
function rowKey(label: string): string {
  return unnumberedKey(label).replace(/（[^）]*）$/, '');
}

function isFigure(text: string): boolean {
  const t = text.trim();
  return t === '' || DASH.test(t) || /^[-+]?[\d０-９][\d０-９,，.．]*\s*[\u4e00-\u9fff]{0,2}$/.test(t);
}

export function planPaste(text: string, format: CompiledFormat, table: TableKey, start: string): PastePlan {
  const plan: PastePlan = { changes: {}, skipped: [], dashes: 0, byLabel: 0, ignoredRows: 0 };
  const rows = tableRows(format, table);
  const at = rows.findIndex((r) => r.ids.includes(start));
  if (at < 0) return plan;
  const col = rows[at]?.ids.indexOf(start) ?? 0;
  const lines = text
    .replace(/\r/g, '')
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => l.split('\t'));
  const put = (id: string, raw: string) => {
    const t = raw.trim();
    const name = format.cells.get(id)?.name ?? id;
    if (DASH.test(t)) {
      plan.changes[id] = 0;
      plan.dashes++;
      return;
    }
    const parsed = parseCellInput(t, format.cells.get(id)?.kind ?? 'count');
    if (parsed.ok) plan.changes[id] = parsed.value;
    else plan.skipped.push({ cell: name, text: t, reason: parsed.message });
  };
  let positional = at;
  for (const cells of lines) {
    // Label cells are the text before the first figure (merged label cells arrive empty); text after a figure is
    // a value that cannot be read, not a label.
    const firstFigure = cells.findIndex((c) => c.trim() !== '' && isFigure(c));
    const lead = firstFigure < 0 ? cells : cells.slice(0, firstFigure);
    const labels = lead.filter((c) => c.trim() !== '');
    const figures = labels.length > 0 ? cells.slice(lead.length) : cells;
    if (labels.length > 0) {
      // A row named by its label: the last label word that names a row of the table (its category may come first).
      const keys = labels.map(rowKey).filter((k) => k !== '');
      const row = [...keys]
        .reverse()
        .map((k) => rows.find((r) => r.keys[r.keys.length - 1] === k || r.keys.join('') === keys.join('')))
        .find(Boolean);
      if (!row || figures.every((f) => f.trim() === '')) {
        plan.ignoredRows++;
        continue;
      }
      plan.byLabel++;
      figures.forEach((f, j) => {
        const id = row.ids[j];
        if (id) put(id, f);
      });
      positional = rows.indexOf(row) + 1;
      continue;
    }
    const row = rows[positional];
    positional++;
    if (!row) continue;
    cells.forEach((c, j) => {
      const id = row.ids[col + j];
      if (id && c.trim() !== '') put(id, c);
    });
  }
  return plan;
}

/** What a paste did, in one sentence for the user. */
export function pasteSummary(plan: PastePlan): string {
  const n = Object.keys(plan.changes).length;
  const parts = [`已粘贴 ${n} 个单元格`];
  if (plan.byLabel > 0) parts.push(`其中 ${plan.byLabel} 行按行名对应`);
  if (plan.dashes > 0) parts.push(`${plan.dashes} 个“—”或“/”按 0 填入`);
  if (plan.ignoredRows > 0) parts.push(`${plan.ignoredRows} 行是表头或不是本表的行，未粘贴`);
  if (plan.skipped.length > 0) {
    const list = plan.skipped.slice(0, 5).map((s) => `“${s.cell}”的“${s.text}”（${s.reason}）`);
    parts.push(`跳过 ${plan.skipped.length} 个：${list.join('；')}${plan.skipped.length > 5 ? '……' : ''}`);
  }
  return `${parts.join('，')}。`;
}
