/**
 * What the checks mark in the editor: each cell's marks (the cell typed into last first), the words each finding
 * of the open part is about, and each part's badge. Each is kept the same object while its content is the same,
 * so the table, the text and the navigator re-render only when what they show changes.
 */
import { useMemo, useRef } from 'react';
import type { Diagnostic } from '../../../shared/checks';
import type { Report } from '../../../shared/model';
import type { EditorSection } from './sections';
import { cellMarks, sameBadges, sectionBadges, textMarks as textMarksOf, type Badge, type CellMarks } from './view-model';

export function useEditorMarks(diagnostics: Diagnostic[], acknowledgements: Report['acknowledgements'], edited: string | null, section: EditorSection) {
  const acknowledged = useMemo(() => acknowledgements ?? {}, [acknowledgements]);
  const lastMarks = useRef<ReadonlyMap<string, CellMarks> | undefined>(undefined);
  const marks = useMemo(() => {
    const m = cellMarks(diagnostics, acknowledged, edited, lastMarks.current);
    lastMarks.current = m;
    return m;
  }, [diagnostics, acknowledged, edited]);
  const textMarks = useMemo(() => textMarksOf(diagnostics, acknowledged, section), [diagnostics, acknowledged, section]);
  const lastBadges = useRef<ReadonlyMap<EditorSection, Badge> | undefined>(undefined);
  const badges = useMemo(() => {
    const b = sectionBadges(diagnostics, acknowledged);
    if (lastBadges.current && sameBadges(lastBadges.current, b)) return lastBadges.current;
    lastBadges.current = b;
    return b;
  }, [diagnostics, acknowledged]);
  return { acknowledged, marks, textMarks, badges };
}

export type EditorMarks = ReturnType<typeof useEditorMarks>;
