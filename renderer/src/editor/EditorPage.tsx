/**
 * The editor of one report: a navigator of its parts with a status badge each, the part itself (narrative or
 * table, with the format's guidance), the live checks, preview, export, autosave and undo/redo. The page puts
 * together hooks per concern (the report and its checks, the marks, the commands, the export) and the parts.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Box, Button, Drawer, Stack, useMediaQuery } from '@mui/material';
import { draftReasons, type Diagnostic } from '../../../shared/checks';
import { getFormat, partTitle } from '../../../shared/formats';
import { reportTitle, type Block, type Report } from '../../../shared/model';
import * as edits from '../../../shared/model/edits';
import { TallyDialog } from '../tally/TallyDialog';
import { contributionNotes } from '../review/contributions';
import { ChecksPanel } from './ChecksPanel';
import { EditorHeader } from './EditorHeader';
import { EditorToastBar, type EditorToast } from './EditorToast';
import { DraftExportDialog, PersonalGateDialog } from './ExportDialogs';
import { guidance } from './guidance';
import { PreviewDialog } from './PreviewDialog';
import { PrefaceDialog } from './PrefaceDialog';
import { usePriorYear } from './prior';
import { SectionBody } from './SectionBody';
import { SectionIntro } from './SectionIntro';
import { SectionNavigator } from './SectionNavigator';
import type { EditorSection } from './sections';
import { useCheckActions } from './useCheckActions';
import { useEditorCommands } from './useEditorCommands';
import { useEditorMarks } from './useEditorMarks';
import { useExportFlow } from './useExportFlow';
import { useLatest } from './useLatest';
import { useReportEditor } from './useReportEditor';
import { YearReview } from './YearReview';

interface Props {
  id: string;
  initial: Report;
  readOnly: boolean;
  notice?: string;
  onBack(): void;
}

type Dialog = 'preview' | 'review' | 'preface' | 'tally' | null;

export function EditorPage({ id, initial, readOnly, notice, onBack }: Props) {
  const ed = useReportEditor(id, initial, readOnly);
  const { report, diagnostics, change, saveNow, setPrior, saveState, canUndo, canRedo, historyNotice } = ed;
  const format = getFormat(report.format);
  const [section, setSection] = useState<EditorSection>('overview');
  const [dialog, setDialog] = useState<Dialog>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  const [toast, setToast] = useState<EditorToast | null>(null);
  const onMessage = useCallback((text: string) => setToast({ text }), []);
  const getReport = useLatest(report);

  // The prior year, when it is in the library, turns on the cross-year checks and the year-over-year review.
  const [prior, setPriorReport] = useState<Report | undefined>(undefined);
  const onPrior = useCallback(
    (p: Report | undefined) => {
      setPriorReport(p);
      setPrior(p);
    },
    [setPrior],
  );
  usePriorYear(id, report.agency, report.year, onPrior);

  // The cell typed into last: its diagnostics mark it first and the checks panel jumps to it first.
  const [edited, setEdited] = useState<string | null>(null);
  const { acknowledged, marks, textMarks, badges } = useEditorMarks(diagnostics, report.acknowledgements, edited, section);
  const { format: formatId, sources, sections } = report;
  // What each input contributed depends on the inputs alone, not on what is typed.
  const notes = useMemo(() => contributionNotes({ format: formatId, sources }), [formatId, sources]);
  // The export asks first when the file would be a draft, for the reasons the exporter stamps it (one rule).
  const blockers = useMemo(() => draftReasons({ format: formatId, sections }, diagnostics), [formatId, sections, diagnostics]);
  const flow = useExportFlow({ getReport, diagnostics, blockers, saveNow, onToast: setToast });
  const { undo, redo } = useEditorCommands({
    report,
    format,
    section,
    setSection,
    undoStep: ed.undo,
    redoStep: ed.redo,
    saveNow,
    requestExport: flow.requestExport,
    onBack,
    onMessage,
  });
  const actions = useCheckActions(change, edited, setSection);

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
  const applyPreface = useCallback(
    (text: string) => {
      setDialog(null);
      change((r) => edits.setSection(r, 'preface', [{ kind: 'paragraph', runs: [{ text }] }]), `preface:${Date.now()}`);
    },
    [change],
  );
  const onInsertFigure = useCallback((figure: Block) => change((r) => edits.appendBlock(r, 'overview', figure), `graphic:${Date.now()}`), [change]);
  const dismissNotes = useCallback(() => change((r) => edits.dismissImportNotes(r), 'import-notes'), [change]);
  const back = useCallback(() => void saveNow().then(onBack), [saveNow, onBack]);
  const openReview = useCallback(() => setDialog('review'), []);
  const openPreview = useCallback(() => setDialog('preview'), []);

  const nav = useMemo<{ key: EditorSection; label: string }[]>(
    () => [
      { key: 'meta', label: '标题与落款' },
      ...(['preface', ...format.def.sections.map((s) => s.key)] as EditorSection[]).map((key) => ({ key, label: partTitle(format.def.id, key) })),
    ],
    [format],
  );
  const label = nav.find((n) => n.key === section)?.label ?? '';
  const { agencyKind, year } = report;
  const hints = useMemo(() => guidance(section, format.def, { agencyKind, year, sources }), [section, format, agencyKind, year, sources]);
  const noPrior = prior ? null : `年报库中没有${report.agency}${report.year - 1}年的年报（名称相同，或只差地名前缀），无法对照；可先导入上年年报`;

  const narrow = useMediaQuery('(max-width: 1180px)');
  const veryNarrow = useMediaQuery('(max-width: 900px)');
  const [checksOpen, setChecksOpen] = useState(false);
  const [navOpen, setNavOpen] = useState(false);
  // Choosing a part in the slid-in navigator closes it.
  useEffect(() => setNavOpen(false), [section]);
  const { jump } = actions;
  const jumpFromPanel = useCallback(
    (d: Diagnostic) => {
      setChecksOpen(false);
      jump(d);
    },
    [jump],
  );
  // The same callbacks from keystroke to keystroke, so the panel re-renders only when the diagnostics change.
  const checksPanel = (
    <ChecksPanel
      diagnostics={diagnostics}
      acknowledged={acknowledged}
      readOnly={readOnly}
      onJump={jumpFromPanel}
      onAcknowledge={actions.acknowledge}
      onRevoke={actions.revoke}
      onMask={actions.mask}
    />
  );
  const navigator = <SectionNavigator nav={nav} section={section} badges={badges} onSelect={setSection} />;
  const errors = diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'B5').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;

  return (
    <Box sx={{ display: 'grid', gridTemplateRows: 'auto 1fr', height: '100vh' }}>
      <EditorHeader
        title={reportTitle(report)}
        saveState={saveState}
        canUndo={canUndo}
        canRedo={canRedo}
        noPrior={noPrior}
        exporting={flow.exporting}
        readOnly={readOnly}
        onBack={back}
        onUndo={undo}
        onRedo={redo}
        onReview={openReview}
        onPreview={openPreview}
        onExport={flow.requestExport}
        getReport={getReport}
        onMessage={onMessage}
        onInsertFigure={onInsertFigure}
        guardPersonal={flow.guardPersonal}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: veryNarrow ? '1fr' : narrow ? '190px 1fr' : '230px 1fr 340px', minHeight: 0 }}>
        {veryNarrow ? null : navigator}
        <Box component="main" sx={{ overflow: 'auto', p: narrow ? 1 : 2, '--scroll-pad': narrow ? '8px' : '16px' }}>
          {narrow ? (
            <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
              {veryNarrow ? (
                <Button size="small" variant="outlined" onClick={() => setNavOpen(true)}>
                  目录：{label}
                </Button>
              ) : null}
              <Button size="small" variant="outlined" color={blockers.errors.length > 0 ? 'error' : 'primary'} onClick={() => setChecksOpen(true)}>
                检查结果（{errors} 错误，{warnings} 警告）
              </Button>
            </Stack>
          ) : null}
          <SectionIntro
            notice={notice}
            historyNotice={historyNotice}
            importNotes={report.importNotes}
            readOnly={readOnly}
            onDismissNotes={dismissNotes}
            unreviewed={edits.unreviewedCount(report)}
            label={label}
            hints={hints}
          />
          <Box sx={{ mt: 2 }}>
            <SectionBody
              section={section}
              label={label}
              report={report}
              getReport={getReport}
              format={format}
              readOnly={readOnly}
              marks={marks}
              notes={notes}
              textMarks={textMarks}
              textFocus={actions.textFocus?.section === section ? actions.textFocus : null}
              change={change}
              setCells={setCells}
              setBlocks={setBlocks}
              onTally={() => setDialog('tally')}
              onPreface={() => setDialog('preface')}
            />
          </Box>
        </Box>
        {narrow ? null : checksPanel}
      </Box>
      {/* On a small screen or at high zoom the table gets the width; the navigator and the checks slide in on request. */}
      <Drawer anchor="right" open={narrow && checksOpen} onClose={() => setChecksOpen(false)} slotProps={{ paper: { sx: { width: 'min(360px, 90vw)' } } }}>
        {narrow && checksOpen ? checksPanel : null}
      </Drawer>
      <Drawer anchor="left" open={veryNarrow && navOpen} onClose={() => setNavOpen(false)} slotProps={{ paper: { sx: { width: 'min(260px, 80vw)' } } }}>
        {veryNarrow && navOpen ? navigator : null}
      </Drawer>
      {dialog === 'tally' && (section === 't3' || section === 't4') ? (
        <TallyDialog
          report={report}
          prior={prior}
          table={section}
          onClose={closeDialog}
          onFill={(cells) => {
            setDialog(null);
            setCells(cells, `tally:${Date.now()}`);
            setToast({ text: '已按台账填入；如需恢复原来的数字，请点“撤销”' });
          }}
        />
      ) : null}
      {dialog === 'preview' ? <PreviewDialog report={report} open onClose={closeDialog} /> : null}
      <PrefaceDialog open={dialog === 'preface'} agency={report.agency} year={report.year} onClose={closeDialog} onApply={applyPreface} />
      {prior ? <YearReview open={dialog === 'review'} report={report} prior={prior} readOnly={readOnly} onChange={change} onClose={closeDialog} /> : null}
      <PersonalGateDialog findings={flow.gate} onCancel={flow.closeGate} onConfirm={flow.passGate} />
      <DraftExportDialog open={flow.draftOf !== null} reasons={blockers} onCancel={flow.closeDraft} onConfirm={flow.exportDraft} />
      <EditorToastBar toast={toast} onClose={() => setToast(null)} onNotice={onMessage} />
    </Box>
  );
}
