/**
 * 审核: a reviewing office checks every agency's report at once. Choose a folder (or drop files) → the table of
 * agencies × years fills in as files finish → open a report read-only with its problems, mark units that filed
 * nothing, export the 问题清单, and sum reports of one year into a 汇总 in the library.
 */
import { useMemo, useState, type DragEvent } from 'react';
import { Alert, Box, Button, LinearProgress, MenuItem, Paper, Snackbar, Stack, TextField, Typography } from '@mui/material';
import type { ReviewExportKind, ReviewStatus } from '../../../shared/api/types';
import { INDICATORS, VETO_RULES, missingUnits, sumProblem, type ReviewedReport } from '../../../shared/review';
import { api, errorText } from '../api';
import { IndicatorChart } from './IndicatorChart';
import { ReportView } from './ReportView';
import { reviewRows, type Show, type Sort } from './review-rows';
import { ReviewSumDialog } from './ReviewSumDialog';
import { ReviewTable } from './ReviewTable';
import { UnitListDialog } from './UnitListDialog';
import { useReviewRun } from './useReviewRun';
import { withMember } from '../sets';

export function ReviewPage({ onOpen }: { onOpen(id: string, message?: string): void }) {
  const { status, running, error, setError, begin } = useReviewRun();
  const [toast, setToast] = useState<string | null>(null);
  const [units, setUnits] = useState<string[]>([]);
  const [unitDialog, setUnitDialog] = useState(false);
  const [query, setQuery] = useState('');
  const [show, setShow] = useState<Show>('all');
  const [sort, setSort] = useState<Sort>({ key: 'agency', dir: 'asc' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [viewing, setViewing] = useState<ReviewedReport | null>(null);
  const [sumOpen, setSumOpen] = useState(false);
  const [dragging, setDragging] = useState(false);

  // A new run starts with nothing selected.
  const start = (p: Promise<ReviewStatus | null>) => void begin(p).then((ok) => ok && setSelected(new Set()));
  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length === 0) return;
    start(api().reviewDropped(await Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })))));
  };
  const select = (file: string, on: boolean) => setSelected((s) => withMember(s, file, on));

  const runId = status?.runId;
  const entries = useMemo(() => status?.entries ?? [], [status]);
  const reports = useMemo(() => entries.filter((e): e is ReviewedReport => e.imported), [entries]);
  const failed = entries.filter((e) => !e.imported);
  const missing = useMemo(
    () =>
      missingUnits(
        units,
        reports.map((r) => r.agency),
      ),
    [units, reports],
  );
  const rows = useMemo(() => reviewRows(reports, query, show, sort), [reports, query, show, sort]);
  const chosen = reports.filter((r) => selected.has(r.file));
  const sumRefusal = sumProblem(chosen);
  const exportAs = (kind: ReviewExportKind) => {
    if (!runId) return;
    api()
      .reviewExport(runId, kind, missing)
      .then(
        (o) => o && setToast(`已导出：${o.path}`),
        (e: unknown) => setError(errorText(e)),
      );
  };

  return (
    <Box
      sx={{ maxWidth: 1400, mx: 'auto', p: 3, minHeight: '80vh', outline: dragging ? '3px dashed #9b1c1c' : 'none' }}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => void onDrop(e)}
      data-testid="review-drop"
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, borderBottom: '2px solid #9b1c1c', pb: 1 }}>
        <Typography variant="h5" component="h1" sx={{ mr: 'auto', fontWeight: 600 }}>
          审核
        </Typography>
        <Button variant="contained" onClick={() => start(api().reviewFolder())} disabled={running}>
          选择文件夹审核
        </Button>
        <Button variant="outlined" onClick={() => setUnitDialog(true)}>
          单位名单{units.length ? `（${units.length}）` : ''}
        </Button>
        <Button variant="outlined" onClick={() => exportAs('xlsx')} disabled={!status?.finished}>
          导出问题清单（Excel）
        </Button>
        <Button variant="outlined" onClick={() => exportAs('pdf')} disabled={!status?.finished}>
          导出问题清单（PDF）
        </Button>
        <Button variant="outlined" disabled={!status?.finished || sumRefusal !== null} title={sumRefusal ?? ''} onClick={() => setSumOpen(true)}>
          汇总所选报告
        </Button>
      </Stack>
      {error ? (
        <Alert severity="error" sx={{ mb: 1 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      ) : null}
      {status?.error ? (
        <Alert severity="error" sx={{ mb: 1 }}>
          {status.error}
        </Alert>
      ) : null}
      {!status ? (
        <Paper sx={{ p: 4, textAlign: 'center' }}>
          <Typography>选择一个文件夹（含下级文件夹），或把各单位报送的年报文件拖到这里：Word（.docx/.doc/.wps）、PDF、网页、文本或 JSON 均可。</Typography>
          <Typography sx={{ mt: 1, color: 'text.secondary' }}>
            逐份运行全部勾稽与合规检查；同一单位上一年度的报告也在其中时，加上跨年度检查（上年结转等）。
          </Typography>
        </Paper>
      ) : (
        <>
          <Box sx={{ mb: 2 }}>
            <Typography sx={{ mb: 0.5 }}>
              {status.label}：{status.finished ? '审核完成' : '正在审核'}，已完成 {status.done} / {status.total} 个文件；导入 {reports.length} 份，
              {reports.filter((r) => r.errors > 0).length} 份有错误
              {failed.length ? `，${failed.length} 个文件无法导入` : ''}
              {missing.length ? `，${missing.length} 个单位未报送` : ''}
            </Typography>
            <LinearProgress variant="determinate" value={status.total ? (status.done / status.total) * 100 : status.finished ? 100 : 0} aria-label="审核进度" />
          </Box>
          {reports.length > 0 ? (
            <Stack direction="row" spacing={1.5} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1.5 }}>
              {INDICATORS.map((d) => (
                <IndicatorChart key={d.id} def={d} values={reports.map((r) => r.indicators[d.id])} />
              ))}
            </Stack>
          ) : null}
          <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
            <TextField size="small" label="筛选机关或文件" value={query} onChange={(e) => setQuery(e.target.value)} />
            <TextField size="small" select label="显示" value={show} onChange={(e) => setShow(e.target.value as Show)} sx={{ minWidth: 140 }}>
              <MenuItem value="all">全部</MenuItem>
              <MenuItem value="errors">有错误的</MenuItem>
              <MenuItem value="warnings">有警告的</MenuItem>
              <MenuItem value="veto">有{VETO_RULES.map((v) => v.label).join('或')}问题的</MenuItem>
              <MenuItem value="failed">无法导入的</MenuItem>
            </TextField>
          </Stack>
          <ReviewTable
            rows={rows}
            missing={missing}
            failed={failed}
            query={query}
            show={show}
            sort={sort}
            onSort={setSort}
            selected={selected}
            onSelect={select}
            finished={status.finished}
            onView={setViewing}
          />
        </>
      )}
      {viewing && runId ? <ReportView runId={runId} entry={viewing} onClose={() => setViewing(null)} /> : null}
      <UnitListDialog
        open={unitDialog}
        onClose={() => setUnitDialog(false)}
        onError={setError}
        onSet={(list) => {
          setUnits(list);
          setUnitDialog(false);
        }}
      />
      {sumOpen && runId ? (
        <ReviewSumDialog
          runId={runId}
          chosen={chosen}
          onClose={() => setSumOpen(false)}
          onError={setError}
          onCreated={(id, message) => {
            setSumOpen(false);
            onOpen(id, message);
          }}
        />
      ) : null}
      <Snackbar open={toast !== null} onClose={() => setToast(null)} autoHideDuration={8000} message={toast} />
    </Box>
  );
}
