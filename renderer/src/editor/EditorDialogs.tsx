/**
 * The editor's dialogs: one opened from the page at a time (统计, 版式预览, 前言, 与上年对照), the export's two
 * questions, and the message line.
 */
import { useCallback } from 'react';
import type { DraftReasons } from '../../../shared/checks';
import type { Report } from '../../../shared/model';
import { TallyDialog } from '../tally/TallyDialog';
import { EditorToastBar } from './EditorToast';
import { DraftExportDialog, PersonalGateDialog } from './ExportDialogs';
import { PreviewDialog } from './PreviewDialog';
import { PrefaceDialog } from './PrefaceDialog';
import type { EditorSection } from './sections';
import type { EditorDialogs as Dialogs } from './useEditorDialogs';
import type { ExportFlow } from './useExportFlow';
import type { ReportEditor } from './useReportEditor';
import type { ReportEdits } from './useReportEdits';
import { YearReview } from './YearReview';

interface Props {
  ui: Dialogs;
  editor: Pick<ReportEditor, 'report' | 'readOnly' | 'change'>;
  edit: Pick<ReportEdits, 'setCells' | 'applyPreface'>;
  prior: Report | undefined;
  section: EditorSection;
  flow: ExportFlow;
  /** why the export would be a draft */
  blockers: DraftReasons;
}

export function EditorDialogs({ ui, editor, edit, prior, section, flow, blockers }: Props) {
  const { dialog, close, setToast, onMessage } = ui;
  const { report, readOnly, change } = editor;
  const { applyPreface: apply, setCells } = edit;
  const applyPreface = useCallback(
    (text: string) => {
      close();
      apply(text);
    },
    [close, apply],
  );
  return (
    <>
      {dialog === 'tally' && (section === 't3' || section === 't4') ? (
        <TallyDialog
          report={report}
          prior={prior}
          table={section}
          onClose={close}
          onFill={(cells) => {
            close();
            setCells(cells, `tally:${Date.now()}`);
            setToast({ text: '已按台账填入；如需恢复原来的数字，请点“撤销”' });
          }}
        />
      ) : null}
      {dialog === 'preview' ? <PreviewDialog report={report} open onClose={close} /> : null}
      <PrefaceDialog open={dialog === 'preface'} agency={report.agency} year={report.year} onClose={close} onApply={applyPreface} />
      {prior ? <YearReview open={dialog === 'review'} report={report} prior={prior} readOnly={readOnly} onChange={change} onClose={close} /> : null}
      <PersonalGateDialog findings={flow.gate} onCancel={flow.closeGate} onConfirm={flow.passGate} />
      <DraftExportDialog open={flow.draftOf !== null} reasons={blockers} onCancel={flow.closeDraft} onConfirm={flow.exportDraft} />
      <EditorToastBar toast={ui.toast} onClose={() => setToast(null)} onNotice={onMessage} />
    </>
  );
}
