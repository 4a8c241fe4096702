/**
 * The editor of one report: a navigator of its parts with a status badge each, the part itself (narrative or
 * table, with the format's guidance), the live checks, preview, export, autosave and undo/redo. The page puts
 * together hooks per concern (the report and its edits, its checks and marks, the commands, the export, the
 * dialogs) and the parts.
 */
import { useMemo, useState } from 'react';
import { Box } from '@mui/material';
import { draftReasons } from '../../../shared/checks';
import { getFormat } from '../../../shared/formats';
import { reportTitle, type Report } from '../../../shared/model';
import * as edits from '../../../shared/model/edits';
import { EditorDialogs } from './EditorDialogs';
import { EditorFrame } from './EditorFrame';
import { EditorHeader } from './EditorHeader';
import { usePriorReport } from './prior';
import { SectionBody } from './SectionBody';
import { SectionIntro } from './SectionIntro';
import { SectionNavigator } from './SectionNavigator';
import type { EditorSection } from './sections';
import { useCheckActions } from './useCheckActions';
import { useEditorCommands } from './useEditorCommands';
import { useEditorDialogs } from './useEditorDialogs';
import { useEditorMarks } from './useEditorMarks';
import { useExportFlow } from './useExportFlow';
import { useLatest } from './useLatest';
import { useReportEditor } from './useReportEditor';
import { useReportEdits } from './useReportEdits';
import { useSectionNav } from './useSectionNav';

interface Props {
  id: string;
  initial: Report;
  readOnly: boolean;
  notice?: string;
  onBack(): void;
}

export function EditorPage({ id, initial, readOnly, notice, onBack }: Props) {
  const ed = useReportEditor(id, initial, readOnly);
  const { report, diagnostics, change, saveNow } = ed;
  const format = getFormat(report.format);
  const [section, setSection] = useState<EditorSection>('overview');
  const ui = useEditorDialogs();
  const getReport = useLatest(report);
  // The prior year, when it is in the library, turns on the cross-year checks and the year-over-year review.
  const prior = usePriorReport(id, report.agency, report.year, ed.setPrior);
  const edit = useReportEdits(change, getReport);
  const marks = useEditorMarks(diagnostics, report.acknowledgements, edit.edited, section);
  const { format: formatId, sections } = report;
  // The export asks first when the file would be a draft, for the reasons the exporter stamps it (one rule).
  const blockers = useMemo(() => draftReasons({ format: formatId, sections }, diagnostics), [formatId, sections, diagnostics]);
  const flow = useExportFlow({ getReport, diagnostics, blockers, saveNow, onToast: ui.setToast });
  const commands = useEditorCommands({
    report,
    format,
    section,
    setSection,
    undoStep: ed.undo,
    redoStep: ed.redo,
    saveNow,
    requestExport: flow.requestExport,
    onBack,
    onMessage: ui.onMessage,
  });
  const actions = useCheckActions(change, edit.edited, setSection);
  const { nav, label, hints } = useSectionNav(format, section, report);
  const noPrior = prior ? null : `年报库中没有${report.agency}${report.year - 1}年的年报（名称相同，或只差地名前缀），无法对照；可先导入上年年报`;
  const { jump, acknowledge, revoke, mask } = actions;
  const checks = { diagnostics, acknowledged: marks.acknowledged, readOnly, onJump: jump, onAcknowledge: acknowledge, onRevoke: revoke, onMask: mask };
  const navigator = <SectionNavigator nav={nav} section={section} badges={marks.badges} onSelect={setSection} />;

  return (
    <Box sx={{ display: 'grid', gridTemplateRows: 'auto 1fr', height: '100vh' }}>
      <EditorHeader
        title={reportTitle(report)}
        saveState={ed.saveState}
        canUndo={ed.canUndo}
        canRedo={ed.canRedo}
        noPrior={noPrior}
        readOnly={readOnly}
        commands={commands}
        flow={flow}
        onDialog={ui.show}
        getReport={getReport}
        onMessage={ui.onMessage}
        onInsertFigure={edit.insertFigure}
      />
      <EditorFrame section={section} label={label} navigator={navigator} checks={checks} blocking={blockers.errors.length > 0}>
        <SectionIntro
          notice={notice}
          historyNotice={ed.historyNotice}
          importNotes={report.importNotes}
          readOnly={readOnly}
          onDismissNotes={edit.dismissNotes}
          unreviewed={edits.unreviewedCount(report)}
          label={label}
          hints={hints}
        />
        <Box sx={{ mt: 2 }}>
          <SectionBody section={section} label={label} editor={ed} edit={edit} marks={marks} textFocus={actions.textFocus} onDialog={ui.show} />
        </Box>
      </EditorFrame>
      <EditorDialogs ui={ui} editor={ed} edit={edit} prior={prior} section={section} flow={flow} blockers={blockers} />
    </Box>
  );
}
