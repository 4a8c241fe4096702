/**
 * What the editor's parts do to the report, each an undoable change whose key names what was edited (typing into
 * one cell or one text coalesces into one undo step), and the cell typed into last.
 */
import { useCallback, useState } from 'react';
import { autoTotals } from '../../../shared/checks';
import type { Block, Report } from '../../../shared/model';
import * as edits from '../../../shared/model/edits';
import type { ReportEditor } from './useReportEditor';

export interface ReportEdits {
  /** the cell typed into last: its diagnostics mark it first and the checks panel jumps to it first */
  edited: string | null;
  setCells(changes: Record<string, number | null>, key: string): void;
  setBlocks(key: keyof Report['sections']): (blocks: Block[]) => void;
  /** 自动合计, on the report as it is when clicked */
  fillTotals(): void;
  applyPreface(text: string): void;
  insertFigure(figure: Block): void;
  dismissNotes(): void;
}

export function useReportEdits(change: ReportEditor['change'], getReport: () => Report): ReportEdits {
  const [edited, setEdited] = useState<string | null>(null);
  const setCells = useCallback(
    (changes: Record<string, number | null>, key: string) => {
      if (key.startsWith('cell:')) setEdited(key.slice('cell:'.length));
      change((r) => edits.setCells(r, changes), key);
    },
    [change],
  );
  const setBlocks = useCallback(
    (key: keyof Report['sections']) => (blocks: Block[]) => change((r) => edits.setSection(r, key, blocks), `text:${key}`),
    [change],
  );
  const fillTotals = useCallback(() => {
    const totals = autoTotals(getReport());
    if (Object.keys(totals).length) setCells(totals, `auto:${Date.now()}`);
  }, [getReport, setCells]);
  const applyPreface = useCallback(
    (text: string) => change((r) => edits.setSection(r, 'preface', [{ kind: 'paragraph', runs: [{ text }] }]), `preface:${Date.now()}`),
    [change],
  );
  const insertFigure = useCallback((figure: Block) => change((r) => edits.appendBlock(r, 'overview', figure), `graphic:${Date.now()}`), [change]);
  const dismissNotes = useCallback(() => change((r) => edits.dismissImportNotes(r), 'import-notes'), [change]);
  return { edited, setCells, setBlocks, fillTotals, applyPreface, insertFigure, dismissNotes };
}
