/**
 * A statistics table laid out like the printed one (the format's grid, merges included), with a number input in
 * each value cell. Typing and pasting accept what people type (全角数字, 1,234); Enter, Tab and the arrow keys move
 * as in Excel; a block pasted from Excel or WPS fills the grid from the focused cell. Blank and 0 look different.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Alert, Box, GlobalStyles, Tooltip } from '@mui/material';
import type { CompiledFormat, GridCell, TableKey } from '../../../shared/formats';
import { TABLE_SHAPES } from '../../../shared/layout';
import { formatCellValue, parseCellInput } from '../../../shared/model';

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

// One stylesheet for every grid, inserted once: an sx on the table would be serialised and hashed again on every
// keystroke, since the table re-renders with each value typed.
const gridStyles = (
  <GlobalStyles
    styles={{
      '.edit-grid': { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', fontSize: 14, background: '#fff' },
      '.edit-grid.t3': { fontSize: 13 },
      '.edit-grid td': { border: '1px solid #777', padding: '2px 4px', textAlign: 'center', verticalAlign: 'middle' },
      // Stuck at the scroll area's edge, over its padding, so no row shows above the headers.
      '.edit-grid thead': { position: 'sticky', top: 'calc(-1 * var(--scroll-pad, 0px))', zIndex: 2, boxShadow: '0 1px 0 #777' },
      '.edit-grid td.label, .edit-grid td.heading': { textAlign: 'left' },
      '.edit-grid td.heading': { background: '#f3efe6', fontWeight: 600 },
      '.edit-grid td.header, .edit-grid td.note': { background: '#faf8f3' },
      '.edit-grid .note': { fontFamily: '"KaiTi", "楷体", "AR PL UKai CN", serif', color: '#444' },
      '.edit-grid td.vertical': { width: TABLE_SHAPES.t3.editor.labels[0] },
      '.edit-grid .vt': { writingMode: 'vertical-rl', textOrientation: 'upright', letterSpacing: '0.1em' },
      '.edit-grid td.value': { padding: 0, background: '#fff' },
      '.edit-grid input.cell': {
        width: '100%',
        boxSizing: 'border-box',
        border: '2px solid transparent',
        padding: '4px 2px',
        font: 'inherit',
        textAlign: 'center',
        background: 'transparent',
        outline: 'none',
      },
      '.edit-grid input.cell:focus': { background: '#fff8e1', boxShadow: 'inset 0 0 0 1px #9b1c1c' },
      '.edit-grid input.blank': { background: 'repeating-linear-gradient(45deg, #fff, #fff 4px, #fbf4e4 4px, #fbf4e4 8px)' },
      '.edit-grid input.cell::placeholder': { color: '#b9a77d', fontSize: 11 },
      '.edit-grid input[aria-invalid="true"]': { background: '#ffebee' },
    }}
  />
);

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

/** What a value cell does with what is typed, the same for every cell of the grid (one object, compared once). */
interface CellHandlers {
  readOnly: boolean;
  onCommit(id: string, value: number | null): void;
  onKey(e: KeyboardEvent<HTMLInputElement>, id: string): void;
  onPasteBlock(e: ClipboardEvent<HTMLInputElement>, id: string): void;
  onFocusCell: ((id: string) => void) | undefined;
  onRefused(name: string, text: string, problem: string, kept: number | null): void;
}

interface CellInputProps {
  id: string;
  name: string;
  value: number | null;
  kindHint: Parameters<typeof parseCellInput>[1];
  mark: CellMarks | undefined;
  note: string | undefined;
  handlers: CellHandlers;
}

const CellInput = memo(function CellInput({ id, name, value, kindHint, mark, note, handlers }: CellInputProps) {
  const { readOnly, onCommit, onKey, onPasteBlock, onFocusCell, onRefused } = handlers;
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const committed = useRef<number | null>(value);
  useEffect(() => {
    // A change from elsewhere (undo, paste, 自动合计) replaces what is being typed.
    if (value !== committed.current) {
      committed.current = value;
      setDraft(null);
      setProblem(null);
    }
  }, [value]);
  const text = draft ?? formatCellValue(value);
  const blank = draft === null && value === null;
  const tip = [...(problem ? [problem] : []), ...(mark?.messages ?? []), ...(note ? [note] : [])];
  const border = problem || mark?.severity === 'error' ? '#c62828' : mark?.severity === 'warning' ? '#ef6c00' : 'transparent';
  const input = (
    <input
      data-cell={id}
      data-mark={problem || mark?.primary ? 'primary' : mark ? 'involved' : undefined}
      aria-label={name}
      aria-invalid={problem || mark?.severity === 'error' ? true : undefined}
      inputMode="numeric"
      readOnly={readOnly}
      value={text}
      placeholder="未填"
      className={blank ? 'cell blank' : 'cell'}
      style={{ borderColor: border, borderStyle: problem || !mark || mark.primary ? 'solid' : 'dashed' }}
      onFocus={(e) => {
        e.currentTarget.select();
        onFocusCell?.(id);
      }}
      onChange={(e) => {
        const raw = e.currentTarget.value;
        setDraft(raw);
        const parsed = parseCellInput(raw, kindHint);
        if (parsed.ok) {
          setProblem(null);
          committed.current = parsed.value;
          onCommit(id, parsed.value);
        } else {
          setProblem(parsed.message);
        }
      }}
      onBlur={(e) => {
        // Leaving the cell shows the number as it is stored: "07" becomes "7", "１,２００" becomes "1200". Text that
        // is no number is refused back to the stored value, and said so: the screen never shows what is not saved.
        if (problem) onRefused(name, e.currentTarget.value, problem, value);
        setDraft(null);
        setProblem(null);
      }}
      onKeyDown={(e) => onKey(e, id)}
      onPaste={(e) => onPasteBlock(e, id)}
    />
  );
  // Always wrapped, so the input is not remounted (losing focus) when a mark comes or goes while typing.
  return (
    <Tooltip title={tip.length > 0 ? <Box sx={{ whiteSpace: 'pre-line' }}>{tip.join('\n')}</Box> : ''} placement="top" arrow describeChild>
      {input}
    </Tooltip>
  );
});

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
