/**
 * A statistics table laid out like the printed one (the format's grid, merges included), with a number input in
 * each value cell. Typing and pasting accept what people type (全角数字, 1,234); Enter, Tab and the arrow keys move
 * as in Excel; a block pasted from Excel or WPS fills the grid from the focused cell. Blank and 0 look different.
 */
import { memo, useCallback, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Alert } from '@mui/material';
import type { CompiledFormat, GridCell, TableKey } from '../../../shared/formats';
import { TABLE_SHAPES } from '../../../shared/layout';
import { CellInput, type CellHandlers } from './CellInput';
import { gridStyles } from './grid-styles';
import { pasteSummary, planPaste } from './paste';
import type { CellMarks } from './view-model';

interface Props {
  format: CompiledFormat;
  table: TableKey;
  cells: Record<string, number | null>;
  marks: ReadonlyMap<string, CellMarks>;
  /** extra lines for a cell's tooltip: what each input contributed to a summed report */
  notes?: ReadonlyMap<string, string>;
  readOnly: boolean;
  onChange(changes: Record<string, number | null>, key: string): void;
  /** a value cell was clicked or reached with the keyboard (the counting dialog lists what was counted in it) */
  onFocusCell?(id: string): void;
}

/** The value cells as rows, for keyboard moves and block paste. */
function valueRows(format: CompiledFormat, table: TableKey): string[][] {
  return format.grids[table].rows.map((r) => r.filter((c) => c.cellId).map((c) => c.cellId ?? '')).filter((r) => r.length > 0);
}

function focusCell(id: string | undefined): void {
  if (!id) return;
  const el = document.querySelector<HTMLInputElement>(`input[data-cell="${id}"]`);
  el?.focus();
  el?.select();
}

interface GridRowProps {
  format: CompiledFormat;
  row: readonly GridCell[];
  cells: Record<string, number | null>;
  marks: ReadonlyMap<string, CellMarks>;
  notes: ReadonlyMap<string, string> | undefined;
  handlers: CellHandlers;
}

/** A keystroke re-renders only the rows whose values, marks or notes changed. */
function sameRow(a: GridRowProps, b: GridRowProps): boolean {
  if (a.format !== b.format || a.row !== b.row || a.handlers !== b.handlers) return false;
  return a.row.every(
    (c) =>
      !c.cellId ||
      (a.cells[c.cellId] === b.cells[c.cellId] && a.marks.get(c.cellId) === b.marks.get(c.cellId) && a.notes?.get(c.cellId) === b.notes?.get(c.cellId)),
  );
}

const GridRow = memo(function GridRow({ format, row, cells, marks, notes, handlers }: GridRowProps) {
  const renderCell = (c: GridCell, k: number) => {
    const span = { colSpan: c.colSpan, rowSpan: c.rowSpan };
    if (c.cellId) {
      const info = format.cells.get(c.cellId);
      const v = cells[c.cellId];
      return (
        <td key={k} {...span} className="value">
          <CellInput
            id={c.cellId}
            name={info?.name ?? c.cellId}
            value={v === undefined ? null : v}
            kindHint={info?.kind ?? 'count'}
            mark={marks.get(c.cellId)}
            note={notes?.get(c.cellId)}
            handlers={handlers}
          />
        </td>
      );
    }
    return (
      <td key={k} {...span} className={`${c.role}${c.vertical ? ' vertical' : ''}`}>
        {c.vertical ? <span className="vt">{c.text}</span> : c.text}
        {c.note ? <span className="note">{c.note}</span> : null}
      </td>
    );
  };

  return <tr>{row.map(renderCell)}</tr>;
}, sameRow);

export function TableGrid({ format, table, cells, marks, notes, readOnly, onChange, onFocusCell }: Props) {
  const grid = format.grids[table];
  const editorLabels = TABLE_SHAPES[table].editor.labels;
  const rows = useMemo(() => valueRows(format, table), [format, table]);
  const pos = useMemo(() => {
    const m = new Map<string, [number, number]>();
    rows.forEach((r, i) => r.forEach((id, j) => m.set(id, [i, j])));
    return m;
  }, [rows]);
  const cellsRef = useRef(cells);
  cellsRef.current = cells;

  const commit = useCallback((id: string, value: number | null) => onChange({ [id]: value }, `cell:${id}`), [onChange]);

  const onKey = useCallback(
    (e: KeyboardEvent<HTMLInputElement>, id: string) => {
      const p = pos.get(id);
      if (!p) return;
      const [r, c] = p;
      const input = e.currentTarget;
      const at = (i: number, j: number) => rows[i]?.[Math.min(j, (rows[i]?.length ?? 1) - 1)];
      if (e.key === 'Enter') {
        e.preventDefault();
        focusCell(e.shiftKey ? at(r - 1, c) : at(r + 1, c));
      } else if (e.key === 'ArrowDown') {
        e.preventDefault();
        focusCell(at(r + 1, c));
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        focusCell(at(r - 1, c));
      } else if (e.key === 'ArrowRight' && input.selectionStart === input.value.length) {
        e.preventDefault();
        focusCell(rows[r]?.[c + 1] ?? rows[r + 1]?.[0]);
      } else if (e.key === 'ArrowLeft' && input.selectionEnd === 0) {
        e.preventDefault();
        focusCell(rows[r]?.[c - 1] ?? rows[r - 1]?.[(rows[r - 1]?.length ?? 1) - 1]);
      }
    },
    [pos, rows],
  );

  const [notice, setNotice] = useState<string | null>(null);
  const onRefused = useCallback((name: string, text: string, problem: string, kept: number | null) => {
    setNotice(`“${name}”填写的“${text.trim()}”未保存：${problem}；${kept === null ? '该格仍为空白' : `仍为 ${kept}`}`);
  }, []);
  const onPasteBlock = useCallback(
    (e: ClipboardEvent<HTMLInputElement>, id: string) => {
      const text = e.clipboardData.getData('text/plain');
      if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
      e.preventDefault();
      if (readOnly) return;
      const plan = planPaste(text, format, table, id);
      if (Object.keys(plan.changes).length > 0) onChange(plan.changes, `paste:${Date.now()}`);
      setNotice(pasteSummary(plan));
    },
    [format, onChange, readOnly, table],
  );
  const handlers = useMemo<CellHandlers>(
    () => ({ readOnly, onCommit: commit, onKey, onPasteBlock, onFocusCell, onRefused }),
    [readOnly, commit, onKey, onPasteBlock, onFocusCell, onRefused],
  );
  // Header rows and body rows are the same rows of the grid, with the same handlers.
  const gridRow = (row: (typeof grid.rows)[number], i: number) => (
    <GridRow key={i} format={format} row={row} cells={cells} marks={marks} notes={notes} handlers={handlers} />
  );

  return (
    <>
      {gridStyles}
      {notice ? (
        <Alert severity="info" role="status" onClose={() => setNotice(null)} sx={{ mb: 1 }}>
          {notice}
        </Alert>
      ) : null}
      <table className={`edit-grid ${table}`} aria-label={format.def.sections.find((s) => s.key === table)?.title}>
        <colgroup>
          {Array.from({ length: grid.columns }, (_, i) => (
            <col key={i} style={editorLabels[i] === undefined ? undefined : { width: editorLabels[i] }} />
          ))}
        </colgroup>
        {/* The header rows stay in view while the rows scroll under them (a long 表三 at high zoom). */}
        {grid.headerRows > 0 ? <thead>{grid.rows.slice(0, grid.headerRows).map(gridRow)}</thead> : null}
        <tbody>{grid.rows.slice(grid.headerRows).map(gridRow)}</tbody>
      </table>
    </>
  );
}
