/**
 * 审核: a reviewing office checks every agency's report at once. Choose a folder (or drop files) → the table of
 * agencies × years fills in as files finish → open a report read-only with its problems, mark units that filed
 * nothing, export the 问题清单, and sum reports of one year into a 汇总 in the library.
 */
import { useEffect, useMemo, useState, type DragEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  MenuItem,
  Paper,
  Snackbar,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
  TextField,
  Typography,
} from '@mui/material';
import type { ReviewExportKind, ReviewStatus } from '../../../shared/api/types';
import { FORMAT_DEFINITIONS } from '../../../shared/formats';
import { RULES } from '../../../shared/checks/rules';
import { INDICATORS, VETO_RULES, formatIndicator, missingUnits, parseUnitList, sumProblem, type ReviewedReport } from '../../../shared/review';
import { api, errorText } from '../api';
import { IndicatorChart } from './IndicatorChart';
import { ReportView } from './ReportView';

type SortKey = 'agency' | 'year' | 'errors' | 'warnings';
type Show = 'all' | 'errors' | 'warnings' | 'veto' | 'failed';

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function ReviewPage({ onOpen }: { onOpen(id: string, message?: string): void }) {
  const [status, setStatus] = useState<ReviewStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [units, setUnits] = useState<string[]>([]);
  const [unitDialog, setUnitDialog] = useState(false);
  const [unitText, setUnitText] = useState('');
  const [query, setQuery] = useState('');
  const [show, setShow] = useState<Show>('all');
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({ key: 'agency', dir: 'asc' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [viewing, setViewing] = useState<ReviewedReport | null>(null);
  const [sumOpen, setSumOpen] = useState(false);
  const [sumAgency, setSumAgency] = useState('');
  const [sumWarnings, setSumWarnings] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);

  const runId = status?.runId;
  const running = status !== null && !status.finished;
  useEffect(() => {
    if (!runId || !running) return;
    let held = 0;
    let stopped = false;
    // One request at a time, each asking only for the entries finished since the last.
    const poll = (): void => {
      api()
        .reviewStatus(runId, held)
        .then(
          (s) => {
            if (stopped) return;
            if (s.finished) {
              setStatus(s);
              return;
            }
            held += s.entries.length;
            setStatus((prev) => ({ ...s, entries: [...(prev?.runId === s.runId ? prev.entries : []), ...s.entries] }));
            timer = setTimeout(poll, 200);
          },
          (e: unknown) => setError(errorText(e)),
        );
    };
    let timer = setTimeout(poll, 100);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [runId, running]);

  const begin = (p: Promise<ReviewStatus | null>) => {
    setError(null);
    p.then(
      (s) => {
        if (!s) return;
        setSelected(new Set());
        setStatus(s);
      },
      (e: unknown) => setError(errorText(e)),
    );
  };

  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length === 0) return;
    begin(api().reviewDropped(await Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })))));
  };

  const entries = status?.entries ?? [];
  const reports = entries.filter((e): e is ReviewedReport => e.imported);
  const failed = entries.filter((e) => !e.imported);
  const missing = useMemo(() => missingUnits(units, reports.map((r) => r.agency)), [units, reports]);

  const rows = useMemo(() => {
    const q = query.trim();
    const list = reports.filter(
      (r) =>
        (!q || r.agency.includes(q) || r.file.includes(q) || String(r.year) === q) &&
        (show === 'all' || (show === 'errors' && r.errors > 0) || (show === 'warnings' && r.warnings > 0) || (show === 'veto' && VETO_RULES.some((v) => r.veto[v.rule] > 0))),
    );
    const sign = sort.dir === 'asc' ? 1 : -1;
    return list.sort((a, b) => {
      const k = sort.key;
      const d = k === 'agency' ? a.agency.localeCompare(b.agency, 'zh-CN') : a[k] - b[k];
      return sign * d || a.agency.localeCompare(b.agency, 'zh-CN') || a.year - b.year;
    });
  }, [reports, query, show, sort]);

  const chosen = reports.filter((r) => selected.has(r.file));
  const sumRefusal = sumProblem(chosen);

  const exportAs = (kind: ReviewExportKind) => {
    if (!runId) return;
    api()
      .reviewExport(runId, kind, missing)
      .then((o) => o && setToast(`已导出：${o.path}`), (e: unknown) => setError(errorText(e)));
  };

  const loadUnitFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      // Read in the main process: a .txt from an office PC is often GBK, and .xlsx needs the workbook reader.
      const list = await api().readUnitList(file.name, new Uint8Array(await file.arrayBuffer()));
      setUnitText(list.join('\n'));
    } catch (e) {
      setError(errorText(e));
    }
  };

  const sortLabel = (key: SortKey, label: string) => (
    <TableSortLabel active={sort.key === key} direction={sort.key === key ? sort.dir : 'asc'} onClick={() => setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }))}>
      {label}
    </TableSortLabel>
  );

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
        <Button variant="contained" onClick={() => begin(api().reviewFolder())} disabled={running}>
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
        <Button
          variant="outlined"
          disabled={!status?.finished || sumRefusal !== null}
          title={sumRefusal ?? ''}
          onClick={() => {
            setSumWarnings([]);
            setSumOpen(true);
          }}
        >
          汇总所选报告
        </Button>
      </Stack>
      {error ? (
        <Alert severity="error" sx={{ mb: 1 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      ) : null}
      {status?.error ? <Alert severity="error" sx={{ mb: 1 }}>{status.error}</Alert> : null}
      {!status ? (
        <Paper sx={{ p: 4, textAlign: 'center' }}>
          <Typography>选择一个文件夹（含下级文件夹），或把各单位报送的年报文件拖到这里：Word（.docx/.doc/.wps）、PDF、网页、文本或 JSON 均可。</Typography>
          <Typography sx={{ mt: 1, color: 'text.secondary' }}>逐份运行全部勾稽与合规检查；同一单位上一年度的报告也在其中时，加上跨年度检查（上年结转等）。</Typography>
        </Paper>
      ) : (
        <>
          <Box sx={{ mb: 2 }}>
            <Typography sx={{ mb: 0.5 }}>
              {status.label}：{status.finished ? '审核完成' : '正在审核'}，已完成 {status.done} / {status.total} 个文件；导入 {reports.length} 份，{reports.filter((r) => r.errors > 0).length} 份有错误
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
          <Paper>
            <Table size="small" aria-label="审核结果" sx={{ '& th, & td:nth-of-type(2), & td:nth-of-type(4)': { whiteSpace: 'nowrap' } }}>
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox" />
                  <TableCell>{sortLabel('agency', '机关')}</TableCell>
                  <TableCell>{sortLabel('year', '年度')}</TableCell>
                  <TableCell>格式</TableCell>
                  <TableCell>{sortLabel('errors', '错误')}</TableCell>
                  <TableCell>{sortLabel('warnings', '警告')}</TableCell>
                  {VETO_RULES.map((v) => (
                    <TableCell key={v.rule} title={`${v.rule} ${RULES[v.rule].name}`}>
                      {v.label}
                    </TableCell>
                  ))}
                  <TableCell>导入提示</TableCell>
                  {INDICATORS.map((d) => (
                    <TableCell key={d.id} align="right" title={d.note}>
                      {d.label}
                    </TableCell>
                  ))}
                  <TableCell>文件</TableCell>
                  <TableCell align="right">操作</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {missing.map((u) => (
                  <TableRow key={`missing-${u}`} sx={{ background: '#fdecea' }} data-missing={u}>
                    <TableCell padding="checkbox" />
                    <TableCell sx={{ color: '#b71c1c', fontWeight: 600 }}>{u}</TableCell>
                    <TableCell colSpan={6 + VETO_RULES.length + INDICATORS.length} sx={{ color: '#b71c1c' }}>
                      未报送：文件夹中没有这个单位的年报
                    </TableCell>
                    <TableCell />
                  </TableRow>
                ))}
                {show === 'failed'
                  ? null
                  : rows.map((r) => (
                      <TableRow key={r.file} hover>
                        <TableCell padding="checkbox">
                          <Checkbox
                            size="small"
                            checked={selected.has(r.file)}
                            slotProps={{ input: { 'aria-label': `选择 ${r.agency} ${r.year}年` } }}
                            onChange={(e) =>
                              setSelected((s) => {
                                const n = new Set(s);
                                if (e.target.checked) n.add(r.file);
                                else n.delete(r.file);
                                return n;
                              })
                            }
                          />
                        </TableCell>
                        <TableCell>{r.agency}</TableCell>
                        <TableCell>{r.year}</TableCell>
                        <TableCell>{FORMAT_DEFINITIONS[r.format].shortName}</TableCell>
                        <TableCell>{r.errors ? <Chip size="small" color="error" label={r.errors} /> : 0}</TableCell>
                        <TableCell>{r.warnings ? <Chip size="small" color="warning" label={r.warnings} /> : 0}</TableCell>
                        {VETO_RULES.map((v) => (
                          <TableCell key={v.rule} data-veto={v.rule}>
                            {r.veto[v.rule] ? <Chip size="small" color={RULES[v.rule].severity === 'error' ? 'error' : 'warning'} variant="outlined" label={r.veto[v.rule]} /> : ''}
                          </TableCell>
                        ))}
                        <TableCell>{r.importWarnings.length || ''}</TableCell>
                        {INDICATORS.map((d) => (
                          <TableCell key={d.id} align="right">
                            {formatIndicator(d, r.indicators[d.id])}
                          </TableCell>
                        ))}
                        <TableCell sx={{ maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={r.file}>
                          {fileName(r.file)}
                          {r.priorFile ? <Chip size="small" variant="outlined" label="已对照上年" sx={{ ml: 0.5 }} /> : null}
                        </TableCell>
                        <TableCell align="right">
                          <Button size="small" onClick={() => setViewing(r)} disabled={!status.finished} aria-label={`查看 ${r.agency} ${r.year}年`}>
                            查看
                          </Button>
                        </TableCell>
                      </TableRow>
                    ))}
                {failed
                  .filter((f) => !query.trim() || f.file.includes(query.trim()))
                  .filter(() => show === 'all' || show === 'failed')
                  .map((f) =>
                    f.imported ? null : (
                      <TableRow key={f.file} data-failed>
                        <TableCell padding="checkbox" />
                        <TableCell colSpan={6 + VETO_RULES.length + INDICATORS.length} sx={{ color: '#b71c1c' }}>
                          无法导入：{f.importError}
                        </TableCell>
                        <TableCell title={f.file}>{fileName(f.file)}</TableCell>
                        <TableCell />
                      </TableRow>
                    ),
                  )}
              </TableBody>
            </Table>
          </Paper>
        </>
      )}
      {viewing && runId ? <ReportView runId={runId} entry={viewing} onClose={() => setViewing(null)} /> : null}
      <Dialog open={unitDialog} onClose={() => setUnitDialog(false)} fullWidth maxWidth="sm">
        <DialogTitle>应报送单位名单</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 1 }}>
            每行一个单位（也可用顿号、逗号分隔），或读入 .txt / .xlsx（第一列为单位名称）。没有报告的单位在表中标红。
          </Typography>
          <TextField multiline minRows={8} fullWidth value={unitText} onChange={(e) => setUnitText(e.target.value)} slotProps={{ htmlInput: { 'aria-label': '单位名单' } }} />
        </DialogContent>
        <DialogActions>
          <Button component="label" sx={{ mr: 'auto' }}>
            读入文件
            <input hidden type="file" accept=".txt,.xlsx" data-testid="unit-file" onChange={(e) => void loadUnitFile(e.target.files?.[0]).then(() => (e.target.value = ''))} />
          </Button>
          <Button onClick={() => setUnitDialog(false)}>取消</Button>
          <Button
            variant="contained"
            onClick={() => {
              setUnits(parseUnitList(unitText));
              setUnitDialog(false);
            }}
          >
            确定
          </Button>
        </DialogActions>
      </Dialog>
      <Dialog open={sumOpen} onClose={() => setSumOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>汇总所选报告</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            把勾选的 {chosen.length} 份 {chosen[0]?.year ?? ''} 年报告的表格逐格相加，生成一份新的年报放入年报库；正文留空，请按提示撰写。
            {chosen.map((r) => r.agency).join('、')}
          </Typography>
          <TextField fullWidth autoFocus label="汇总报告的机关名称（如 某某市人民政府）" value={sumAgency} onChange={(e) => setSumAgency(e.target.value)} />
          {sumWarnings.map((w) => (
            <Alert key={w} severity="warning" sx={{ mt: 1 }}>
              {w}
            </Alert>
          ))}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setSumOpen(false)}>取消</Button>
          <Button
            variant="contained"
            disabled={!sumAgency.trim() || !runId}
            onClick={() => {
              if (!runId) return;
              api()
                .reviewSum(runId, chosen.map((r) => r.file), sumAgency.trim())
                .then(
                  (o) => {
                    setSumOpen(false);
                    const note = o.warnings.length ? `；${o.warnings.length} 条提示：${o.warnings.join('；')}` : '';
                    onOpen(o.summary.id, `已生成汇总报告：${o.summary.title}${note}`);
                  },
                  (e: unknown) => setError(errorText(e)),
                );
            }}
          >
            生成汇总报告
          </Button>
        </DialogActions>
      </Dialog>
      <Snackbar open={toast !== null} onClose={() => setToast(null)} autoHideDuration={8000} message={toast} />
    </Box>
  );
}
