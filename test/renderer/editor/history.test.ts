/** Undo and redo across the whole report: typing in one place is one step, a new edit drops what was undone. */
import { describe, expect, it } from 'vitest';
import { COALESCE_MS, HISTORY_LIMIT, record, redoStep, startHistory, undoStep } from '../../../renderer/src/editor/history';

describe('undo history', () => {
  it('makes one undo step of quick edits to the same cell, and a new step for another cell or after a pause', () => {
    let h = startHistory('a');
    h = record(h, 'ab', 'cell:x', 1000);
    h = record(h, 'abc', 'cell:x', 1500);
    expect(h.past).toEqual(['a']);
    h = record(h, 'abcd', 'cell:y', 1600);
    expect(h.past).toEqual(['a', 'abc']);
    h = record(h, 'abcde', 'cell:y', 1600 + COALESCE_MS);
    expect(h.past).toEqual(['a', 'abc', 'abcd']);
    expect(record(h, h.present, 'cell:z', 9999)).toBe(h);
  });

  it('undoes and redoes, and an edit after an undo drops the redo', () => {
    let h = record(record(startHistory(1), 2, undefined, 0), 3, undefined, 0);
    h = undoStep(h);
    expect(h.present).toBe(2);
    h = redoStep(h);
    expect(h.present).toBe(3);
    h = undoStep(undoStep(h));
    expect(h.present).toBe(1);
    expect(undoStep(h)).toBe(h);
    h = record(h, 5, undefined, 0);
    expect(h.future).toEqual([]);
    expect(redoStep(h)).toBe(h);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = record(h, i, undefined, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    expect(h.past[0]).toBe(10);
  });
});
