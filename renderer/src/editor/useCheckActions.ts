/**
 * What the checks panel does to the report and the view: go to what a finding is about (the words in the text,
 * else its first cell or paragraph), confirm a warning with a note or take that back, and mask personal data.
 */
import { useCallback, useState } from 'react';
import type { Diagnostic } from '../../../shared/checks';
import { maskPersonal } from '../../../shared/checks/personal-data';
import { blockText, type Report } from '../../../shared/model';
import * as edits from '../../../shared/model/edits';
import type { TextFocus } from './narrative-extensions';
import { sectionOf, type EditorSection } from './sections';
import { orderedCells } from './view-model';

type Change = (next: Report | ((r: Report) => Report), key?: string) => void;

/** The cell or paragraph a finding is about, once its part is on screen; true when it was there to focus. */
function focusTarget(d: Diagnostic, edited: string | null): boolean {
  const cell = orderedCells(d, edited)[0];
  if (cell) {
    const el = document.querySelector<HTMLInputElement>(`input[data-cell="${cell}"]`);
    el?.focus();
    el?.scrollIntoView({ block: 'center' });
    return el !== null;
  }
  const index = d.blocks?.[0]?.index;
  if (index === undefined) return true;
  const node = document.querySelectorAll('.narrative > *')[index] as HTMLElement | undefined;
  node?.scrollIntoView({ block: 'center' });
  (document.querySelector('.narrative') as HTMLElement | null)?.focus();
  return node !== undefined;
}

/** Tries on each of the next frames until the part has rendered what the finding is about (a few frames at most). */
function focusWhenShown(d: Diagnostic, edited: string | null, frames = 10): void {
  window.requestAnimationFrame(() => {
    if (!focusTarget(d, edited) && frames > 1) focusWhenShown(d, edited, frames - 1);
  });
}

export function useCheckActions(change: Change, edited: string | null, setSection: (s: EditorSection) => void) {
  const [textFocus, setTextFocus] = useState<(TextFocus & { section: EditorSection }) | null>(null);
  const jump = useCallback(
    (d: Diagnostic) => {
      // A diagnostic about words in the text opens the text at those words, even when it also names table cells.
      const span = d.spans?.[0];
      if (span) {
        setSection(span.section);
        setTextFocus({ section: span.section, index: span.index, start: span.start, end: span.end, seq: Date.now() });
        return;
      }
      setSection(sectionOf(d));
      focusWhenShown(d, edited);
    },
    [edited, setSection],
  );
  const acknowledge = useCallback((d: Diagnostic, note: string) => change((r) => edits.acknowledge(r, d.key, note), `ack:${d.key}`), [change]);
  const revoke = useCallback((key: string) => change((r) => edits.revokeAcknowledgement(r, key), `ack:${key}`), [change]);
  const mask = useCallback(
    (d: Diagnostic) => {
      const sp = d.spans?.[0];
      if (!sp) return;
      change((r) => {
        const block = r.sections[sp.section][sp.index];
        const text = block && block.kind !== 'figure' ? blockText(block).slice(sp.start, sp.end) : '';
        return text ? edits.replaceSpan(r, sp.section, sp.index, sp.start, sp.end, maskPersonal(text)) : r;
      }, `mask:${d.key}`);
    },
    [change],
  );
  return { textFocus, jump, acknowledge, revoke, mask };
}
