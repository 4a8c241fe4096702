/**
 * 年报库: every report grouped by agency and year with its format, status and last save; new, new from a prior
 * year, import, open, delete to the bin and restore, history.
 */
import { useCallback, useEffect, useMemo, useState, type ChangeEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Paper,
  Snackbar,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ImportOutcome, MenuCommand, ReportSummary } from '../../../shared/api/types';
import { FORMAT_DEFINITIONS } from '../../../shared/formats';
import { api, errorText } from '../api';
import type { Report } from '../../../shared/model';
import { sameAgency } from '../../../shared/review/review';
import { HistoryDialog } from './HistoryDialog';
import { ImportReview } from './ImportReview';
import { NewReportDialog, type StartMode } from './NewReportDialog';
import { SumDialog } from './SumDialog';

function when(iso: string): string {
  return iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '';
}

/** A report already in the library for the same agency (as printed, or with its place) and year. */
function duplicateOf(list: readonly ReportSummary[], r: Pick<Report, 'agency' | 'year'>): ReportSummary | undefined {
  return list.find((s) => s.year === r.year && sameAgency(s.agency, r.agency));
}

export function LibraryPage({ onOpen, message }: { onOpen(id: string, message?: string): void; message?: string }) {
  const [reports, setReports] = useState<ReportSummary[]>([]);
  const [notices, setNotices] = useState<string[]>([]);
  const [dialog, setDialog] = useState<StartMode | null>(null);
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  /** the report in the bin whose permanent deletion awaits the user's yes */
  const [purging, setPurging] = useState<ReportSummary | null>(null);
  const [corrected, setCorrected] = useState<Report | null>(null);
  const [history, setHistory] = useState<ReportSummary | null>(null);
  const [summing, setSumming] = useState(false);
  const [toast, setToast] = useState<string | null>(message ?? null);
  const [error, setError] = useState<string | null>(null);
  /** the report just moved to the bin, offered back with 撤销 */
  const [removed, setRemoved] = useState<ReportSummary | null>(null);

  const refresh = useCallback(() => {
    api()
      .listReports()
      .then(setReports, (e: unknown) => setError(errorText(e)));
  }, []);
  useEffect(() => {
    refresh();
    api()
      .libraryNotices()
      .then(setNotices, () => undefined);
  }, [refresh]);

  const importFrom = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      setImported(await api().importBytes(file.name, new Uint8Array(await file.arrayBuffer())));
    } catch (err) {
      setError(errorText(err));
    }
  };

  const onMenu = useCallback((c: MenuCommand) => {
    if (c === 'new') setDialog('blank');
    else if (c === 'import') {
      api()
        .importFile()
        .then(
          (o) => o && setImported(o),
          (e: unknown) => setError(errorText(e)),
        );
    } else if (c === 'before-close') void api().readyToClose();
  }, []);
  useEffect(() => api().onMenu(onMenu), [onMenu]);

  // 删除 acts at once (to the bin) and offers 撤销, rather than asking every time.
  const remove = (r: ReportSummary) => {
    api()
      .removeReport(r.id)
      .then(
        () => {
          setToast(null);
          setRemoved(r);
          refresh();
        },
        (e: unknown) => setError(errorText(e)),
      );
  };
  const undoRemove = () => {
    const r = removed;
    setRemoved(null);
    if (!r) return;
    api()
      .restoreReport(r.id)
      .then(
        () => {
          refresh();
          setToast(`已恢复：${r.title}`);
        },
        (e: unknown) => setError(errorText(e)),
      );
  };

  const live = reports.filter((r) => !r.deletedAt);
  const knownAgencies = [...new Set(live.map((r) => r.agency))];
  const bin = reports.filter((r) => r.deletedAt);
  const groups = useMemo(() => {
    const m = new Map<string, ReportSummary[]>();
    for (const r of live) m.set(r.agency, [...(m.get(r.agency) ?? []), r]);
    return [...m.entries()];
  }, [live]);

  return (
    <Box sx={{ maxWidth: 1100, mx: 'auto', p: 3 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, borderBottom: '2px solid #9b1c1c', pb: 1 }}>
        <Typography variant="h5" component="h1" sx={{ mr: 'auto', fontWeight: 600 }}>
          年报库
        </Typography>
        <Button variant="contained" onClick={() => setDialog('blank')}>
          新建年报
        </Button>
        <Button variant="outlined" onClick={() => setDialog('prior')} disabled={live.length === 0}>
          以往年度为模板新建
        </Button>
        <Button variant="outlined" component="label">
          导入
          <input hidden type="file" accept=".docx,.doc,.wps,.pdf,.html,.htm,.txt,.json" data-testid="import-input" onChange={(e) => void importFrom(e)} />
        </Button>
        <Button variant="outlined" onClick={() => setSumming(true)} disabled={live.length < 2}>
          汇总
        </Button>
      </Stack>
      {notices.map((n) => (
        <Alert key={n} severity="warning" sx={{ mb: 1 }} onClose={() => setNotices((x) => x.filter((y) => y !== n))}>
          {n}
        </Alert>
      ))}
      {error ? (
        <Alert severity="error" sx={{ mb: 1 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      ) : null}
      {live.length === 0 ? (
        <Paper sx={{ p: 4, textAlign: 'center' }}>
          <Typography sx={{ mb: 2 }}>年报库还是空的。可以新建一份年报，或导入往年已发布的年报（Word、PDF、网页或文本）作为起点。</Typography>
        </Paper>
      ) : (
        groups.map(([agency, list]) => (
          <Paper key={agency} sx={{ mb: 2 }} component="section" aria-label={agency}>
            <Typography variant="h6" component="h2" sx={{ px: 2, pt: 1.5, fontSize: 17 }}>
              {agency}
            </Typography>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>年度</TableCell>
                  <TableCell>格式</TableCell>
                  <TableCell>状态</TableCell>
                  <TableCell>最后保存</TableCell>
                  <TableCell align="right">操作</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {list
                  .sort((a, b) => b.year - a.year)
                  .map((r) => (
                    <TableRow key={r.id} hover>
                      <TableCell>{r.year}年</TableCell>
                      <TableCell>{r.format ? FORMAT_DEFINITIONS[r.format].shortName : ''}</TableCell>
                      <TableCell>
                        {r.newerSchema ? (
                          <Chip size="small" label="新版本保存，只读" />
                        ) : (
                          <Stack direction="row" spacing={0.5}>
                            <Chip size="small" color={r.errors ? 'error' : 'success'} label={r.errors ? `错误 ${r.errors}` : '无错误'} />
                            {r.warnings ? <Chip size="small" color="warning" label={`警告 ${r.warnings}`} /> : null}
                          </Stack>
                        )}
                      </TableCell>
                      <TableCell>{when(r.savedAt)}</TableCell>
                      <TableCell align="right">
                        <Button size="small" variant="contained" onClick={() => onOpen(r.id)} aria-label={`打开 ${r.title}`}>
                          打开
                        </Button>
                        <Button size="small" onClick={() => setHistory(r)} aria-label={`历史版本 ${r.title}`}>
                          历史版本
                        </Button>
                        <Button size="small" color="inherit" onClick={() => remove(r)} aria-label={`删除 ${r.title}`}>
                          删除
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
              </TableBody>
            </Table>
          </Paper>
        ))
      )}
      {bin.length > 0 ? (
        <Paper sx={{ mt: 3, p: 2, background: '#fafafa' }} component="section" aria-label="回收站">
          <Typography variant="subtitle1" sx={{ mb: 1 }}>
            回收站
          </Typography>
          {bin.map((r) => (
            <Stack key={r.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography sx={{ mr: 'auto' }}>{r.title}</Typography>
              <Button size="small" onClick={() => void api().restoreReport(r.id).then(refresh)} aria-label={`恢复 ${r.title}`}>
                恢复
              </Button>
              <Button size="small" color="error" onClick={() => setPurging(r)} aria-label={`彻底删除 ${r.title}`}>
                彻底删除
              </Button>
            </Stack>
          ))}
        </Paper>
      ) : null}
      <NewReportDialog
        open={dialog !== null}
        mode={dialog ?? 'blank'}
        reports={reports}
        onClose={() => setDialog(null)}
        onCreated={(id, msg) => {
          setDialog(null);
          onOpen(id, msg);
        }}
      />
      <Dialog open={purging !== null} onClose={() => setPurging(null)} aria-labelledby="purge-title">
        <DialogTitle id="purge-title">彻底删除</DialogTitle>
        <DialogContent>
          <DialogContentText>《{purging?.title}》及其全部历史版本将被彻底删除，不能再恢复。</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setPurging(null)}>取消</Button>
          <Button
            color="error"
            variant="contained"
            onClick={() => {
              const r = purging;
              setPurging(null);
              if (r)
                void api()
                  .purgeReport(r.id)
                  .then(refresh, (e: unknown) => setError(errorText(e)));
            }}
          >
            彻底删除
          </Button>
        </DialogActions>
      </Dialog>
      <Dialog open={imported !== null} onClose={() => setImported(null)} fullWidth maxWidth="sm">
        <DialogTitle>导入年报</DialogTitle>
        <DialogContent>
          {imported ? <ImportReview outcome={imported} known={knownAgencies} onChange={setCorrected} /> : null}
          {corrected && duplicateOf(live, corrected) ? (
            <Alert severity="warning" sx={{ mt: 1 }}>
              年报库中已有《{duplicateOf(live, corrected)?.title}》（同一机关、同一年度）；再加入将成为第二份。如是同一份文件，请取消。
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setImported(null)}>取消</Button>
          <Button
            variant="contained"
            disabled={!corrected}
            onClick={() => {
              if (!corrected) return;
              api()
                .createReport(corrected)
                .then(
                  (s) => {
                    setImported(null);
                    refresh();
                    setToast(s.notice ? `已加入年报库：${s.title}；${s.notice}` : `已加入年报库：${s.title}`);
                  },
                  (e: unknown) => setError(errorText(e)),
                );
            }}
          >
            加入年报库
          </Button>
        </DialogActions>
      </Dialog>
      {summing ? (
        <SumDialog
          open
          reports={live}
          onClose={() => setSumming(false)}
          onCreated={(id, msg) => {
            setSumming(false);
            onOpen(id, msg);
          }}
        />
      ) : null}
      <HistoryDialog
        id={history?.id ?? null}
        title={history?.title ?? ''}
        onClose={() => setHistory(null)}
        onRestored={(m) => {
          setHistory(null);
          refresh();
          setToast(m);
        }}
      />
      <Snackbar open={toast !== null} onClose={() => setToast(null)} autoHideDuration={8000} message={toast} />
      <Snackbar
        open={removed !== null}
        onClose={(_e, reason) => reason !== 'clickaway' && setRemoved(null)}
        autoHideDuration={10000}
        message={removed ? `已将《${removed.title}》移到回收站` : ''}
        action={
          <Button color="inherit" size="small" onClick={undoRemove}>
            撤销
          </Button>
        }
      />
    </Box>
  );
}
