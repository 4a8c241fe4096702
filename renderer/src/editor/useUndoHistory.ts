/** The report's undo history as React state (the steps themselves are the pure functions of history.ts). */
import { useCallback, useState } from 'react';
import { record, redoStep, startHistory, undoStep, type History } from './history';

export interface UndoHistory<T> {
  present: T;
  canUndo: boolean;
  canRedo: boolean;
  /** applies a change (a value or a function of the present one); returns nothing, the new value comes by render */
  change(next: T | ((value: T) => T), key?: string): void;
  undo(): void;
  redo(): void;
}

export function useUndoHistory<T extends object>(initial: T): UndoHistory<T> {
  const [history, setHistory] = useState<History<T>>(() => startHistory(initial));
  const change = useCallback((next: T | ((value: T) => T), key?: string) => {
    setHistory((h) => record(h, typeof next === 'function' ? next(h.present) : next, key, Date.now()));
  }, []);
  const undo = useCallback(() => setHistory(undoStep), []);
  const redo = useCallback(() => setHistory(redoStep), []);
  return { present: history.present, canUndo: history.past.length > 0, canRedo: history.future.length > 0, change, undo, redo };
}
