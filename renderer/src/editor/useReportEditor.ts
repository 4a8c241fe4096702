/**
 * The open report: its state with undo and redo across the whole report, live checks re-run incrementally on
 * every change, and autosave (debounced, ≤ 1 s) with a visible status.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CheckSession, type Diagnostic } from '../../../shared/checks';
import type { Report } from '../../../shared/model';
import { api, errorText } from '../api';

export type SaveState = { kind: 'saved'; at: string } | { kind: 'saving' } | { kind: 'dirty' } | { kind: 'error'; message: string } | { kind: 'readonly' };

const AUTOSAVE_MS = 600;
const HISTORY_LIMIT = 300;
/** Consecutive edits of the same cell or paragraph within this time are one undo step. */
const COALESCE_MS = 1000;

interface History {
  past: Report[];
  present: Report;
  future: Report[];
  lastKey: string | null;
  lastAt: number;
}

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
}

export function useReportEditor(id: string, initial: Report, readOnly: boolean, prior?: Report): ReportEditor {
  const [history, setHistory] = useState<History>({ past: [], present: initial, future: [], lastKey: null, lastAt: 0 });
  const session = useRef<CheckSession | null>(null);
  session.current ??= new CheckSession(initial, prior);
  const [priorVersion, setPriorVersion] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>(readOnly ? { kind: 'readonly' } : { kind: 'saved', at: '' });
  const [historyNotice, setHistoryNotice] = useState<string | null>(null);
  const saved = useRef<Report>(initial);
  const lastSavedAt = useRef('');
  const timer = useRef<number | null>(null);
  const latest = useRef<Report>(initial);
  latest.current = history.present;

  // Checked in the same render as the edit (no second render through an effect): the session only re-runs the
  // rules whose cells changed, so this stays well inside a frame.
  const diagnostics = useMemo<Diagnostic[]>(() => {
    const s = session.current;
    if (!s) return [];
    s.update(history.present);
    return s.diagnostics();
    // priorVersion: the prior year's report was set on the session.
  }, [history.present, priorVersion]);

  const saveNow = useCallback(async () => {
    if (readOnly) return;
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    const report = latest.current;
    if (report === saved.current) {
      // Undo and redo can come back to exactly what is on disk: nothing to write, and nothing pending.
      setSaveState((st) => (st.kind === 'saved' ? st : { kind: 'saved', at: lastSavedAt.current }));
      return;
    }
    setSaveState({ kind: 'saving' });
    try {
      const { savedAt, notice } = await api().saveReport(id, report);
      setHistoryNotice(notice ?? null);
      saved.current = report;
      lastSavedAt.current = savedAt;
      setSaveState(latest.current === report ? { kind: 'saved', at: savedAt } : { kind: 'dirty' });
    } catch (e) {
      setSaveState({ kind: 'error', message: errorText(e) });
    }
  }, [id, readOnly]);

  const schedule = useCallback(() => {
    if (readOnly) return;
    setSaveState({ kind: 'dirty' });
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void saveNow(), AUTOSAVE_MS);
  }, [readOnly, saveNow]);

  const change = useCallback(
    (next: Report | ((r: Report) => Report), key?: string) => {
      if (readOnly) return;
      setHistory((h) => {
        const value = typeof next === 'function' ? next(h.present) : next;
        if (value === h.present) return h;
        const now = Date.now();
        const coalesce = key !== undefined && key === h.lastKey && now - h.lastAt < COALESCE_MS;
        const past = coalesce ? h.past : [...h.past, h.present].slice(-HISTORY_LIMIT);
        return { past, present: value, future: [], lastKey: key ?? null, lastAt: now };
      });
      schedule();
    },
    [readOnly, schedule],
  );

  const undo = useCallback(() => {
    setHistory((h) => {
      const prev = h.past[h.past.length - 1];
      if (!prev) return h;
      return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future], lastKey: null, lastAt: 0 };
    });
    schedule();
  }, [schedule]);

  const redo = useCallback(() => {
    setHistory((h) => {
      const next = h.future[0];
      if (!next) return h;
      return { past: [...h.past, h.present], present: next, future: h.future.slice(1), lastKey: null, lastAt: 0 };
    });
    schedule();
  }, [schedule]);

  const setPrior = useCallback((p: Report | undefined) => {
    session.current?.setPrior(p);
    setPriorVersion((v) => v + 1);
  }, []);

  useEffect(() => () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
  }, []);

  return useMemo(
    () => ({
      report: history.present,
      diagnostics,
      saveState,
      historyNotice,
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
      change,
      undo,
      redo,
      saveNow,
      setPrior,
    }),
    [history, diagnostics, saveState, historyNotice, change, undo, redo, saveNow, setPrior],
  );
}
