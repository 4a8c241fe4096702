/**
 * The editor of one report: a navigator of its sections with a status badge each, the section itself (narrative
 * or table, with the format's guidance), the live checks, preview, export, autosave and undo/redo.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Badge,
  Box,
  Button,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Drawer,
  FormControlLabel,
  LinearProgress,
  List,
  ListItemButton,
  ListItemText,
  Snackbar,
  Stack,
  Tooltip,
  Typography,
  useMediaQuery,
} from '@mui/material';
import { autoTotals, draftClause, draftReasons, isDraft, unconfirmedPersonal, type Diagnostic } from '../../../shared/checks';
import { EXPORT_KINDS } from '../../../shared/api/export-kinds';
import { maskPersonal } from '../../../shared/checks/personal-data';
import { getFormat, partTitle, type TableKey } from '../../../shared/formats';
import { blockText, reportTitle, type Block, type Report } from '../../../shared/model';
import * as edits from '../../../shared/model/edits';
import type { ExportKind, MenuCommand } from '../../../shared/api/types';
import { api, errorText } from '../api';
import { ChecksPanel } from './ChecksPanel';
import { guidance } from './guidance';
import { MetaSection } from './MetaSection';
import { NarrativeEditor, type TextFocus } from './NarrativeEditor';
import { PreviewDialog } from './PreviewDialog';
import { PrefaceDialog } from './PrefaceDialog';
import { PublishMenu } from './PublishMenu';
import { usePriorYear } from './prior';
import { sectionOf, type EditorSection } from './sections';
import { TableGrid } from './TableGrid';
import { TallyDialog } from '../tally/TallyDialog';
import { contributionNotes } from '../review/contributions';
import { useReportEditor } from './useReportEditor';
import { cellMarks, orderedCells, sameBadges, saveColor, saveLabel, sectionBadges, textMarks as textMarksOf, type Badge as SectionBadge, type CellMarks } from './view-model';
import { undoneChange } from './undo-scope';
import { YearReview } from './YearReview';
import { ImportNotes } from './ImportNotes';

interface Props {
  id: string;
  initial: Report;
  readOnly: boolean;
  notice?: string;
  onBack(): void;
}

export function EditorPage({ id, initial, readOnly, notice, onBack }: Props) {
  const [prior, setPriorReport] = useState<Report | undefined>(undefined);
  const ed = useReportEditor(id, initial, readOnly);
  const { report, diagnostics, change, undo: undoStep, redo: redoStep, saveNow, setPrior } = ed;
  const format = getFormat(report.format);
  const [section, setSection] = useState<EditorSection>('overview');
  const [preview, setPreview] = useState(false);
  const [review, setReview] = useState(false);
  const [prefaceOpen, setPrefaceOpen] = useState(false);
  const [tallyOpen, setTallyOpen] = useState(false);
  const [confirmExport, setConfirmExport] = useState<ExportKind | null>(null);
  const [toast, setToast] = useState<{ text: string; path?: string; details?: string[] } | null>(null);
  const [showDetails, setShowDetails] = useState(false);
  /** the export under way: the editor stays usable meanwhile, the export buttons wait */
  const [exporting, setExporting] = useState<ExportKind | null>(null);

  // The prior year, when it is in the library, turns on the cross-year checks and the year-over-year review.
  const onPrior = useCallback(
    (p: Report | undefined) => {
      setPriorReport(p);
      setPrior(p);
    },
    [setPrior],
  );
  usePriorYear(id, report.agency, report.year, onPrior);

  const acknowledged = useMemo(() => report.acknowledgements ?? {}, [report.acknowledgements]);
  // The cell typed into last: its diagnostics mark it first and the checks panel jumps to it first.
  const [edited, setEdited] = useState<string | null>(null);
  const lastMarks = useRef<ReadonlyMap<string, CellMarks> | undefined>(undefined);
  const marks = useMemo(() => {
    const m = cellMarks(diagnostics, acknowledged, edited, lastMarks.current);
    lastMarks.current = m;
    return m;
  }, [diagnostics, acknowledged, edited]);
  // The words each diagnostic of the open section is about, underlined in the editor (acknowledged ones are not).
  const textMarks = useMemo(() => textMarksOf(diagnostics, acknowledged, section), [diagnostics, acknowledged, section]);
  const [textFocus, setTextFocus] = useState<(TextFocus & { section: EditorSection }) | null>(null);
  // What each input contributed depends on the inputs alone, not on what is typed.
  const { format: formatId, sources: reportSources } = report;
  const notes = useMemo(() => contributionNotes({ format: formatId, sources: reportSources }), [formatId, reportSources]);
  const { sections: reportSections } = report;
  // The export asks first when the file would be a draft, for the reasons the exporter stamps it (one rule).
  const blockers = useMemo(() => draftReasons({ format: formatId, sections: reportSections }, diagnostics), [formatId, reportSections, diagnostics]);
  // Read when a command runs, so that the header's callbacks stay the same while typing (and it does not re-render).
  const reportRef = useRef(report);
  reportRef.current = report;
  const blockersRef = useRef(blockers);
  blockersRef.current = blockers;
  const getReport = useCallback(() => reportRef.current, []);
  const lastBadges = useRef<ReadonlyMap<EditorSection, SectionBadge> | undefined>(undefined);
  const badges = useMemo(() => {
    const b = sectionBadges(diagnostics, acknowledged);
    if (lastBadges.current && sameBadges(lastBadges.current, b)) return lastBadges.current;
    lastBadges.current = b;
    return b;
  }, [diagnostics, acknowledged]);

  const setCells = useCallback(
    (changes: Record<string, number | null>, key: string) => {
      if (key.startsWith('cell:')) setEdited(key.slice('cell:'.length));
      change((r) => edits.setCells(r, changes), key);
    },
    [change],
  );
  const setBlocks = useCallback(
    (key: 'preface' | 'overview' | 'problems' | 'other') => (blocks: Block[]) => change((r) => edits.setSection(r, key, blocks), `text:${key}`),
    [change],
  );

  const doExport = useCallback(
    async (kind: ExportKind) => {
      setConfirmExport(null);
      setExporting(kind);
      try {
        await saveNow();
        const outcome = await api().exportReport(reportRef.current, kind, [...confirmedPersonal.current]);
        setShowDetails(false);
        if (outcome) setToast({ text: [`已导出：${outcome.path}`, ...outcome.notices].join('\n'), path: outcome.path, details: outcome.fontDetails });
      } catch (e) {
        setToast({ text: `导出失败：${errorText(e)}` });
      } finally {
        setExporting(null);
      }
    },
    [saveNow],
  );
  // What goes onto a website or to the 主管部门 (the 网页版, the 图解, the 数据包) is never published with personal data the user has not seen:
  // each G13 finding is confirmed one by one, or masked first.
  const diagnosticsRef = useRef(diagnostics);
  diagnosticsRef.current = diagnostics;
  const [personalGate, setPersonalGate] = useState<{ findings: Diagnostic[]; confirmed: ReadonlySet<string>; go: () => void } | null>(null);
  // The findings confirmed at the last gate, which the exporter checks again (it refuses any other).
  const confirmedPersonal = useRef<readonly string[]>([]);
  const guardPersonal = useCallback((go: () => void) => {
    const findings = unconfirmedPersonal(diagnosticsRef.current);
    confirmedPersonal.current = [];
    if (findings.length === 0) go();
    else setPersonalGate({ findings, confirmed: new Set(), go });
  }, []);
  const requestExport = useCallback(
    (kind: ExportKind) => {
      if (exporting) return;
      const proceed = () => {
        if (EXPORT_KINDS[kind].stamped && isDraft(blockersRef.current)) setConfirmExport(kind);
        else void doExport(kind);
      };
      if (kind === 'html' || kind === 'kirogov' || kind.startsWith('graphic')) guardPersonal(proceed);
      else proceed();
    },
    [doExport, exporting, guardPersonal],
  );

  // An undo or redo that changes a part the user is not looking at moves there and says what it changed.
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
    setToast({ text: `${step.verb}：${what.text}` });
  }, [report, format]);

  const command = useCallback(
    (c: MenuCommand) => {
      if (c === 'undo') undo();
      else if (c === 'redo') redo();
      else if (c === 'save') void saveNow();
      else if (c === 'export-docx') requestExport('docx');
      else if (c === 'export-pdf') requestExport('pdf');
      else if (c === 'open' || c === 'new' || c === 'import') void saveNow().then(onBack);
      else if (c === 'before-close') void saveNow().finally(() => void api().readyToClose());
    },
    [undo, redo, saveNow, requestExport, onBack],
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

  const closePreview = useCallback(() => setPreview(false), []);
  const closePreface = useCallback(() => setPrefaceOpen(false), []);
  const applyPreface = useCallback(
    (text: string) => {
      setPrefaceOpen(false);
      change((r) => edits.setSection(r, 'preface', [{ kind: 'paragraph', runs: [{ text }] }]), `preface:${Date.now()}`);
    },
    [change],
  );
  const acknowledge = useCallback((d: Diagnostic, note: string) => change((r) => edits.acknowledge(r, d.key, note), `ack:${d.key}`), [change]);
  const revoke = useCallback((key: string) => change((r) => edits.revokeAcknowledgement(r, key), `ack:${key}`), [change]);

  const jump = useCallback((d: Diagnostic) => {
    // A diagnostic about words in the text opens the text at those words, even when it also names table cells.
    const span = d.spans?.[0];
    if (span) {
      setSection(span.section);
      setTextFocus({ section: span.section, index: span.index, start: span.start, end: span.end, seq: Date.now() });
      return;
    }
    const s = sectionOf(d);
    setSection(s);
    window.setTimeout(() => {
      const cell = orderedCells(d, edited)[0];
      if (cell) {
        const el = document.querySelector<HTMLInputElement>(`input[data-cell="${cell}"]`);
        el?.focus();
        el?.scrollIntoView({ block: 'center' });
      } else if (d.blocks?.[0]) {
        const nodes = document.querySelectorAll('.narrative > *');
        const node = nodes[d.blocks[0].index] as HTMLElement | undefined;
        node?.scrollIntoView({ block: 'center' });
        (document.querySelector('.narrative') as HTMLElement | null)?.focus();
      }
    }, 50);
  }, [edited]);

  const nav = useMemo<{ key: EditorSection; label: string }[]>(
    () => [{ key: 'meta', label: '标题与落款' }, ...(['preface', ...format.def.sections.map((s) => s.key)] as EditorSection[]).map((key) => ({ key, label: partTitle(format.def.id, key) }))],
    [format],
  );
  // The header and the navigator change with the save status, undo and the badges, not with every keystroke.
  const title = reportTitle(report);
  const { agencyKind, year, sources } = report;
  const hints = useMemo(() => guidance(section, format.def, { agencyKind, year, sources }), [section, format, agencyKind, year, sources]);
  const { saveState, canUndo, canRedo } = ed;
  const onMessage = useCallback((text: string) => setToast({ text }), []);
  const onInsertFigure = useCallback((figure: Block) => change((r) => edits.appendBlock(r, 'overview', figure), `graphic:${Date.now()}`), [change]);
  const hasPrior = prior !== undefined;
  const header = useMemo(
    () => (
      <Box component="header" sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, background: '#fff', borderBottom: '2px solid #9b1c1c', flexWrap: 'wrap' }}>
        <Button onClick={() => void saveNow().then(onBack)}>← 年报库</Button>
        <Typography variant="h6" component="h1" sx={{ fontSize: 17, mr: 'auto' }}>
          {title}
        </Typography>
        <Chip size="small" role="status" aria-live="polite" label={saveLabel(saveState)} color={saveColor(saveState)} variant="outlined" />
        <Button size="small" onClick={undo} disabled={!canUndo}>
          撤销
        </Button>
        <Button size="small" onClick={redo} disabled={!canRedo}>
          重做
        </Button>
        <Tooltip title={hasPrior ? '' : `年报库中没有${report.agency}${report.year - 1}年的年报（名称相同，或只差地名前缀），无法对照；可先导入上年年报`}>
          <span>
            <Button size="small" onClick={() => setReview(true)} disabled={!hasPrior}>
              与上年对照
            </Button>
          </span>
        </Tooltip>
        <Button size="small" variant="outlined" onClick={() => setPreview(true)}>
          版式预览
        </Button>
        <Button size="small" variant="contained" onClick={() => requestExport('docx')} disabled={exporting !== null}>
          导出 Word
        </Button>
        <Button size="small" variant="contained" onClick={() => requestExport('pdf')} disabled={exporting !== null}>
          导出 PDF
        </Button>
        <PublishMenu
          getReport={getReport}
          readOnly={readOnly}
          onExport={requestExport}
          onMessage={onMessage}
          onInsertFigure={onInsertFigure}
          guard={guardPersonal}
        />
        {exporting ? (
          <Box role="status" aria-live="polite" sx={{ flexBasis: '100%', display: 'flex', alignItems: 'center', gap: 1 }}>
            <LinearProgress sx={{ flex: 1, maxWidth: 240 }} aria-label={exporting === 'pdf' ? '正在生成 PDF' : '正在生成 Word 文档'} />
            <Typography variant="body2" color="text.secondary">
              {exporting === 'pdf' ? '正在生成 PDF，需要几秒钟；可以继续编辑，导出的是点击时的内容' : '正在生成 Word 文档…'}
            </Typography>
          </Box>
        ) : null}
      </Box>
    ),
    [title, saveState, canUndo, canRedo, hasPrior, report.agency, report.year, guardPersonal, exporting, readOnly, requestExport, undo, redo, saveNow, onBack, getReport, onMessage, onInsertFigure],
  );
  const navigator = useMemo(
    () => (
        <Box component="nav" aria-label="年报各部分" sx={{ borderRight: '1px solid #ddd', background: '#faf9f6', overflow: 'auto' }}>
          <List dense>
            {nav.map((n) => {
              const b = badges.get(n.key) ?? { errors: 0, warnings: 0 };
              return (
                <ListItemButton key={n.key} selected={section === n.key} onClick={() => setSection(n.key)}>
                  <ListItemText primary={n.label} slotProps={{ primary: { sx: { fontSize: 14 } } }} />
                  {b.errors > 0 ? (
                    <Badge color="error" badgeContent={b.errors} sx={{ mr: 1 }} aria-label={`${b.errors}项错误`} />
                  ) : b.warnings > 0 ? (
                    <Badge color="warning" badgeContent={b.warnings} sx={{ mr: 1 }} aria-label={`${b.warnings}项警告`} />
                  ) : null}
                </ListItemButton>
              );
            })}
          </List>
        </Box>
    ),
    [nav, section, badges],
  );
  const current = nav.find((n) => n.key === section);
  const unreviewed = edits.unreviewedCount(report);
  const { historyNotice } = ed;
  const { importNotes } = report;
  const dismissNotes = useCallback(() => change((r) => edits.dismissImportNotes(r), 'import-notes'), [change]);
  const label = current?.label;
  // The notices, the section's title and its guidance above the body change with the section, not with typing.
  const intro = useMemo(
    () => (
      <>
        {notice ? (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {notice}
          </Alert>
        ) : null}
        {historyNotice ? (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {historyNotice}
          </Alert>
        ) : null}
        {importNotes?.length ? <ImportNotes notes={importNotes} readOnly={readOnly} onDismiss={dismissNotes} /> : null}
        {unreviewed > 0 ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            有 {unreviewed} 段文字沿用上年内容（黄色底），请逐段修改或确认后再定稿。
          </Alert>
        ) : null}
        <Typography variant="h5" component="h2" sx={{ fontSize: 20, mb: 1 }}>
          {label}
        </Typography>
        {hints.map((g) => (
          <Typography key={g} variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
            {g}
          </Typography>
        ))}
      </>
    ),
    [notice, historyNotice, importNotes, readOnly, dismissNotes, unreviewed, label, hints],
  );

  // Sums the report as it is when clicked, so the button (a tooltip) is not rebuilt on every keystroke.
  const autoTotalsButton = useMemo(
    () => (
      <Box>
        <Tooltip title="按各部分之和填写总计栏（只填写已有数字的行和列）；可以撤销" describeChild>
          <Button
            size="small"
            variant="outlined"
            onClick={() => {
              const totals = autoTotals(reportRef.current);
              if (Object.keys(totals).length) setCells(totals, `auto:${Date.now()}`);
            }}
          >
            自动合计
          </Button>
        </Tooltip>
      </Box>
    ),
    [setCells],
  );

  const narrow = useMediaQuery('(max-width: 1180px)');
  const veryNarrow = useMediaQuery('(max-width: 900px)');
  const [checksOpen, setChecksOpen] = useState(false);
  const [navOpen, setNavOpen] = useState(false);
  // Choosing a part in the slid-in navigator closes it.
  useEffect(() => setNavOpen(false), [section]);
  const jumpFromPanel = useCallback(
    (d: Diagnostic) => {
      setChecksOpen(false);
      jump(d);
    },
    [jump],
  );
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
  // The same callbacks from keystroke to keystroke, so the panel re-renders only when the diagnostics change.
  const checksPanel = <ChecksPanel diagnostics={diagnostics} acknowledged={acknowledged} readOnly={readOnly} onJump={jumpFromPanel} onAcknowledge={acknowledge} onRevoke={revoke} onMask={mask} />;

  const body = (() => {
    if (section === 'meta') return <MetaSection report={report} readOnly={readOnly} onChange={change} />;
    if (section === 't2' || section === 't3' || section === 't4') {
      const t: TableKey = section;
      return (
        <Stack spacing={1}>
          {t !== 't2' && !readOnly ? (
            <Stack direction="row" spacing={1}>
              {autoTotalsButton}
              <Tooltip title="按本机关的依申请公开登记台账统计表三、表四，先看统计结果再填入；可以撤销" describeChild>
                <Button size="small" variant="outlined" onClick={() => setTallyOpen(true)}>
                  从台账统计
                </Button>
              </Tooltip>
            </Stack>
          ) : null}
          <TableGrid format={format} table={t} cells={report.cells} marks={marks} notes={notes} readOnly={readOnly} onChange={setCells} />
        </Stack>
      );
    }
    const key = section;
    const carried = edits.unreviewedCount(report, key);
    return (
      <Stack spacing={1}>
        {carried > 0 && !readOnly ? (
          <Alert
            severity="warning"
            action={
              <Button
                color="inherit"
                size="small"
                onClick={() => change((r) => edits.confirmReviewed(r, key), `confirm:${key}`)}
              >
                已逐段审阅，确认沿用
              </Button>
            }
          >
            本部分有 {carried} 段沿用上年的文字（黄色底）；修改后的段落自动取消标记。
          </Alert>
        ) : null}
        {key === 'preface' && !readOnly ? (
          <Box>
            <Button size="small" variant="outlined" onClick={() => setPrefaceOpen(true)}>
              按要素生成前言
            </Button>
          </Box>
        ) : null}
        <NarrativeEditor
          key={key}
          label={current?.label ?? ''}
          blocks={report.sections[key]}
          readOnly={readOnly}
          onChange={setBlocks(key)}
          marks={textMarks}
          focus={textFocus?.section === key ? textFocus : null}
        />
      </Stack>
    );
  })();

  return (
    <Box sx={{ display: 'grid', gridTemplateRows: 'auto 1fr', height: '100vh' }}>
      {header}
      <Box sx={{ display: 'grid', gridTemplateColumns: veryNarrow ? '1fr' : narrow ? '190px 1fr' : '230px 1fr 340px', minHeight: 0 }}>
        {veryNarrow ? null : navigator}
        <Box component="main" sx={{ overflow: 'auto', p: narrow ? 1 : 2, '--scroll-pad': narrow ? '8px' : '16px' }}>
          {narrow ? (
            <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
              {veryNarrow ? (
                <Button size="small" variant="outlined" onClick={() => setNavOpen(true)}>
                  目录：{current?.label ?? ''}
                </Button>
              ) : null}
              <Button size="small" variant="outlined" color={blockers.errors.length > 0 ? 'error' : 'primary'} onClick={() => setChecksOpen(true)}>
                检查结果（{diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'B5').length} 错误，{diagnostics.filter((d) => d.severity === 'warning').length} 警告）
              </Button>
            </Stack>
          ) : null}
          {intro}
          <Box sx={{ mt: 2 }}>{body}</Box>
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
      {tallyOpen && (section === 't3' || section === 't4') ? (
        <TallyDialog
          report={report}
          prior={prior}
          table={section}
          onClose={() => setTallyOpen(false)}
          onFill={(cells) => {
            setTallyOpen(false);
            setCells(cells, `tally:${Date.now()}`);
            setToast({ text: '已按台账填入；如需恢复原来的数字，请点“撤销”' });
          }}
        />
      ) : null}
      {preview ? <PreviewDialog report={report} open onClose={closePreview} /> : null}
      <PrefaceDialog
        open={prefaceOpen}
        agency={report.agency}
        year={report.year}
        onClose={closePreface}
        onApply={applyPreface}
      />
      {prior ? <YearReview open={review} report={report} prior={prior} readOnly={readOnly} onChange={change} onClose={() => setReview(false)} /> : null}
      <Dialog open={personalGate !== null} onClose={() => setPersonalGate(null)} aria-labelledby="personal-title">
        <DialogTitle id="personal-title">发布前：疑似个人信息</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1 }}>网页版和图解将公开到网站，报送数据包将交给主管部门。以下内容疑似个人信息，请先在“检查结果”中遮蔽；确属可以公开的，请逐项勾选确认。</DialogContentText>
          {personalGate?.findings.map((d) => (
            <FormControlLabel
              key={d.key}
              sx={{ display: 'flex', alignItems: 'flex-start', mb: 0.5 }}
              control={
                <Checkbox
                  checked={personalGate.confirmed.has(d.key)}
                  onChange={(e) =>
                    setPersonalGate((g) => {
                      if (!g) return g;
                      const next = new Set(g.confirmed);
                      if (e.target.checked) next.add(d.key);
                      else next.delete(d.key);
                      return { ...g, confirmed: next };
                    })
                  }
                />
              }
              label={d.message}
            />
          ))}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setPersonalGate(null)}>返回遮蔽</Button>
          <Button
            variant="contained"
            color="error"
            disabled={!personalGate || personalGate.confirmed.size < personalGate.findings.length}
            onClick={() => {
              const g = personalGate;
              setPersonalGate(null);
              if (!g) return;
              confirmedPersonal.current = [...g.confirmed];
              g.go();
            }}
          >
            已逐项确认，继续
          </Button>
        </DialogActions>
      </Dialog>
      <Dialog open={confirmExport !== null} onClose={() => setConfirmExport(null)} aria-labelledby="draft-title">
        <DialogTitle id="draft-title">将导出草稿</DialogTitle>
        <DialogContent>
          <DialogContentText>
            报告{draftClause(blockers)}。仍然导出吗？每页将标有“草稿”，定稿发布前须改正。
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmExport(null)}>返回修改</Button>
          <Button variant="contained" onClick={() => confirmExport && void doExport(confirmExport)}>
            仍然导出草稿
          </Button>
        </DialogActions>
      </Dialog>
      <Snackbar
        open={toast !== null}
        onClose={(_e, reason) => reason !== 'clickaway' && setToast(null)}
        autoHideDuration={showDetails ? null : 12000}
        message={
          <Box sx={{ whiteSpace: 'pre-line' }}>
            {toast?.text}
            {toast?.details?.length && showDetails ? (
              <Box component="ul" aria-label="代替字体" sx={{ m: 0, mt: 1, pl: 2.5, opacity: 0.9 }}>
                {toast.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </Box>
            ) : null}
          </Box>
        }
        action={
          <>
            {toast?.details?.length ? (
              <Button color="inherit" size="small" aria-expanded={showDetails} onClick={() => setShowDetails((v) => !v)}>
                {showDetails ? '收起' : '详细'}
              </Button>
            ) : null}
            {toast?.path ? (
              <Button color="inherit" size="small" onClick={() => void api().showInFolder(toast.path ?? '')}>
                在文件夹中显示
              </Button>
            ) : null}
          </>
        }
      />
    </Box>
  );
}
