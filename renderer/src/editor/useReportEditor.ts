/**
 * The open report: its undo history, its live checks and its autosave, each a small hook of its own, put together
 * into what the editor page uses.
 */
import { useMemo } from 'react';
import type { Diagnostic } from '../../../shared/checks';
import type { Report } from '../../../shared/model';
import { useAutosave } from './useAutosave';
import { useChecks } from './useChecks';
import { useUndoHistory } from './useUndoHistory';
import type { SaveState } from './view-model';

export type { SaveState } from './view-model';

export interface ReportEditor {
  report: Report;
  diagnostics: Diagnostic[];
  saveState: SaveState;
  /** the last save kept the report but not its history version (a full disk): said until a save keeps it again */
  historyNotice: string | null;
  canUndo: boolean;
  canRedo: boolean;
  /** applies a change; `key` names what was edited so that typing coalesces into one undo step */
  change(next: Report | ((r: Report) => Report), key?: string): void;
  undo(): void;
  redo(): void;
  saveNow(): Promise<void>;
  setPrior(prior: Report | undefined): void;
  /** opened read-only: it takes no edits, undo included */
  readOnly: boolean;
}

export function useReportEditor(id: string, initial: Report, readOnly: boolean): ReportEditor {
  const history = useUndoHistory<Report>(initial);
  const { present: report, canUndo, canRedo, undo, redo } = history;
  const { diagnostics, setPrior } = useChecks(report);
  const { saveState, historyNotice, saveNow } = useAutosave(id, report, readOnly);
  const { change: record } = history;
  // A read-only report takes no edits, undo included.
  const change = useMemo(() => (readOnly ? () => undefined : record), [readOnly, record]);
  return useMemo(
    () => ({ report, diagnostics, saveState, historyNotice, canUndo, canRedo, change, undo, redo, saveNow, setPrior, readOnly }),
    [report, diagnostics, saveState, historyNotice, canUndo, canRedo, change, undo, redo, saveNow, setPrior, readOnly],
  );
}
