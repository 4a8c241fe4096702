/**
 * The editor's commands from the application menu, the keyboard (Ctrl+S, Ctrl+Z, Ctrl+Y) and the header, and undo that shows
 * what it did: an undo or redo that changes a part the user is not looking at moves there and says what changed.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { partTitle, type CompiledFormat } from '../../../shared/formats';
import type { ExportKind, MenuCommand } from '../../../shared/api/types';
import type { Report } from '../../../shared/model';
import { api } from '../api';
import type { EditorSection } from './sections';
import { undoneChange } from './undo-scope';

interface Inputs {
  report: Report;
  format: CompiledFormat;
  section: EditorSection;
  setSection(s: EditorSection): void;
  undoStep(): void;
  redoStep(): void;
  saveNow(): Promise<void>;
  requestExport(kind: ExportKind): void;
  onBack(): void;
  onMessage(text: string): void;
}

export interface EditorCommands {
  undo(): void;
  redo(): void;
  /** saves, then leaves for the library */
  back(): void;
}

export function useEditorCommands({
  report,
  format,
  section,
  setSection,
  undoStep,
  redoStep,
  saveNow,
  requestExport,
  onBack,
  onMessage,
}: Inputs): EditorCommands {
  const reportRef = useRef(report);
  reportRef.current = report;
  const stepFrom = useRef<{ before: Report; verb: string } | null>(null);
  const undo = useCallback(() => {
    stepFrom.current = { before: reportRef.current, verb: '已撤销' };
    undoStep();
  }, [undoStep]);
  const redo = useCallback(() => {
    stepFrom.current = { before: reportRef.current, verb: '已重做' };
    redoStep();
  }, [redoStep]);
  const sectionRef = useRef(section);
  sectionRef.current = section;
  useEffect(() => {
    const step = stepFrom.current;
    if (!step || step.before === report) return;
    stepFrom.current = null;
    const label = (k: EditorSection) => (k === 'meta' ? '标题与落款' : partTitle(format.def.id, k));
    const what = undoneChange(step.before, report, format, label);
    if (!what || what.sections.includes(sectionRef.current)) return;
    const target = what.sections[0];
    if (target) setSection(target);
    onMessage(`${step.verb}：${what.text}`);
  }, [report, format, setSection, onMessage]);

  const back = useCallback(() => void saveNow().then(onBack), [saveNow, onBack]);
  const command = useCallback(
    (c: MenuCommand) => {
      if (c === 'undo') undo();
      else if (c === 'redo') redo();
      else if (c === 'save') void saveNow();
      else if (c === 'export-docx') requestExport('docx');
      else if (c === 'export-pdf') requestExport('pdf');
      else if (c === 'open' || c === 'new' || c === 'import') back();
      else if (c === 'before-close') void saveNow().finally(() => void api().readyToClose());
    },
    [undo, redo, saveNow, requestExport, back],
  );
  useEffect(() => api().onMenu(command), [command]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      // In a dialog (a note, a caption, a form) Ctrl+Z undoes what is typed there, never the report behind it.
      if ((k === 'z' || k === 'y') && e.target instanceof Element && e.target.closest('[role="dialog"]')) return;
      if (k === 's') {
        e.preventDefault();
        command('save');
      } else if (k === 'z' && !e.shiftKey) {
        e.preventDefault();
        command('undo');
      } else if (k === 'y' || (k === 'z' && e.shiftKey)) {
        e.preventDefault();
        command('redo');
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [command]);
  return useMemo(() => ({ undo, redo, back }), [undo, redo, back]);
}
