/**
 * Undo and redo across the whole report, as pure steps on a history value: consecutive edits of the same cell or
 * paragraph within COALESCE_MS are one undo step; at most HISTORY_LIMIT steps are kept.
 */
export const HISTORY_LIMIT = 300;
export const COALESCE_MS = 1000;

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  lastKey: string | null;
  lastAt: number;
}

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

/** Records an edit; `key` names what was edited so that typing in one place coalesces into one undo step. */
export function record<T>(h: History<T>, value: T, key: string | undefined, now: number): History<T> {
  if (value === h.present) return h;
  const coalesce = key !== undefined && key === h.lastKey && now - h.lastAt < COALESCE_MS;
  const past = coalesce ? h.past : [...h.past, h.present].slice(-HISTORY_LIMIT);
  return { past, present: value, future: [], lastKey: key ?? null, lastAt: now };
}

export function undoStep<T>(h: History<T>): History<T> {
  const prev = h.past[h.past.length - 1];
  if (prev === undefined) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future], lastKey: null, lastAt: 0 };
}

export function redoStep<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1), lastKey: null, lastAt: 0 };
}
