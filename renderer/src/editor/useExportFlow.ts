/**
 * Exporting from the editor: the personal-data gate before what goes online or to the 主管部门 (网页版, 图解,
 * 数据包: each G13 finding confirmed one by one, or masked first), the draft question before a stamped file (for
 * the reasons the exporter stamps it: shared/checks/draft.ts), then the export itself while the editor stays usable.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { isDraft, unconfirmedPersonal, type Diagnostic, type DraftReasons } from '../../../shared/checks';
import { EXPORT_KINDS } from '../../../shared/api/export-kinds';
import type { ExportKind } from '../../../shared/api/types';
import type { Report } from '../../../shared/model';
import { api, errorText } from '../api';
import type { EditorToast } from './EditorToast';

export interface ExportFlow {
  /** the export under way: the export buttons wait meanwhile */
  exporting: ExportKind | null;
  requestExport(kind: ExportKind): void;
  /** runs `go` once every G13 finding is masked or confirmed at the gate */
  guardPersonal(go: () => void): void;
  /** the findings the gate asks about, while it is open */
  gate: Diagnostic[] | null;
  passGate(confirmed: readonly string[]): void;
  closeGate(): void;
  /** the stamped export waiting for the draft question's answer */
  draftOf: ExportKind | null;
  exportDraft(): void;
  closeDraft(): void;
}

interface Inputs {
  getReport(): Report;
  diagnostics: Diagnostic[];
  blockers: DraftReasons;
  saveNow(): Promise<void>;
  onToast(toast: EditorToast): void;
}

export function useExportFlow({ getReport, diagnostics, blockers, saveNow, onToast }: Inputs): ExportFlow {
  const [exporting, setExporting] = useState<ExportKind | null>(null);
  const [draftOf, setDraftOf] = useState<ExportKind | null>(null);
  const [gate, setGate] = useState<{ findings: Diagnostic[]; go: () => void } | null>(null);
  // Read when a command runs, so that the callbacks stay the same while typing.
  const diagnosticsRef = useRef(diagnostics);
  diagnosticsRef.current = diagnostics;
  const blockersRef = useRef(blockers);
  blockersRef.current = blockers;
  // The findings confirmed at the last gate, which the exporter checks again (it refuses any other).
  const confirmedPersonal = useRef<readonly string[]>([]);

  const doExport = useCallback(
    async (kind: ExportKind) => {
      setDraftOf(null);
      setExporting(kind);
      try {
        await saveNow();
        const outcome = await api().exportReport(getReport(), kind, [...confirmedPersonal.current]);
        if (outcome) onToast({ text: [`已导出：${outcome.path}`, ...outcome.notices].join('\n'), path: outcome.path, details: outcome.fontDetails });
      } catch (e) {
        onToast({ text: `导出失败：${errorText(e)}` });
      } finally {
        setExporting(null);
      }
    },
    [saveNow, getReport, onToast],
  );
  const guardPersonal = useCallback((go: () => void) => {
    const findings = unconfirmedPersonal(diagnosticsRef.current);
    confirmedPersonal.current = [];
    if (findings.length === 0) go();
    else setGate({ findings, go });
  }, []);
  const requestExport = useCallback(
    (kind: ExportKind) => {
      if (exporting) return;
      const proceed = () => {
        if (EXPORT_KINDS[kind].stamped && isDraft(blockersRef.current)) setDraftOf(kind);
        else void doExport(kind);
      };
      if (kind === 'html' || kind === 'kirogov' || kind.startsWith('graphic')) guardPersonal(proceed);
      else proceed();
    },
    [doExport, exporting, guardPersonal],
  );
  const passGate = useCallback(
    (confirmed: readonly string[]) => {
      setGate(null);
      if (!gate) return;
      confirmedPersonal.current = [...confirmed];
      gate.go();
    },
    [gate],
  );
  const closeGate = useCallback(() => setGate(null), []);
  const exportDraft = useCallback(() => {
    if (draftOf) void doExport(draftOf);
  }, [draftOf, doExport]);
  const closeDraft = useCallback(() => setDraftOf(null), []);
  // One object while nothing in it changes: the header is handed the whole flow and re-renders only with it.
  const findings = gate?.findings ?? null;
  return useMemo(
    () => ({ exporting, requestExport, guardPersonal, gate: findings, passGate, closeGate, draftOf, exportDraft, closeDraft }),
    [exporting, requestExport, guardPersonal, findings, passGate, closeGate, draftOf, exportDraft, closeDraft],
  );
}
