/**
 * One value cell of the statistics grid: a text input that accepts what people type (全角数字, 1,234), commits on
 * leaving, says why it refused an entry, and shows the checks' marks and the cell's notes in its tooltip.
 */
import { memo, useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Box, Tooltip } from '@mui/material';
import { formatCellValue, parseCellInput } from '../../../shared/model';
import type { CellMarks } from './view-model';

/** What a value cell does with what is typed, the same for every cell of the grid (one object, compared once). */
export interface CellHandlers {
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

export const CellInput = memo(function CellInput({ id, name, value, kindHint, mark, note, handlers }: CellInputProps) {
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
