/** Autosave of the open report, debounced (≤ 1 s after the last change), with a visible status. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '../../../shared/model';
import { api, errorText } from '../api';
import type { SaveState } from './view-model';

const AUTOSAVE_MS = 600;

export interface Autosave {
  saveState: SaveState;
  /** the last save kept the report but not its history version (a full disk): said until a save keeps it again */
  historyNotice: string | null;
  saveNow(): Promise<void>;
}

/** Saves `report` AUTOSAVE_MS after it last changed, and at once on saveNow(). */
export function useAutosave(id: string, report: Report, readOnly: boolean): Autosave {
  const [saveState, setSaveState] = useState<SaveState>(readOnly ? { kind: 'readonly' } : { kind: 'saved', at: '' });
  const [historyNotice, setHistoryNotice] = useState<string | null>(null);
  const saved = useRef<Report>(report);
  const lastSavedAt = useRef('');
  const timer = useRef<number | null>(null);
  const latest = useRef<Report>(report);
  latest.current = report;

  const saveNow = useCallback(async () => {
    if (readOnly) return;
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    const current = latest.current;
    if (current === saved.current) {
      // Undo and redo can come back to exactly what is on disk: nothing to write, and nothing pending.
      setSaveState((st) => (st.kind === 'saved' ? st : { kind: 'saved', at: lastSavedAt.current }));
      return;
    }
    setSaveState({ kind: 'saving' });
    try {
      const { savedAt, notice } = await api().saveReport(id, current);
      setHistoryNotice(notice ?? null);
      saved.current = current;
      lastSavedAt.current = savedAt;
      setSaveState(latest.current === current ? { kind: 'saved', at: savedAt } : { kind: 'dirty' });
    } catch (e) {
      setSaveState({ kind: 'error', message: errorText(e) });
    }
  }, [id, readOnly]);

  // Every new version of the report (an edit, an undo, a redo) schedules a save; what was loaded is not.
  const scheduledFor = useRef<Report>(report);
  useEffect(() => {
    if (readOnly || report === scheduledFor.current) return;
    scheduledFor.current = report;
    setSaveState((st) => (st.kind === 'dirty' ? st : { kind: 'dirty' }));
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void saveNow(), AUTOSAVE_MS);
  }, [report, readOnly, saveNow]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  return { saveState, historyNotice, saveNow };
}
