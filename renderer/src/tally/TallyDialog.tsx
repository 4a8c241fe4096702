/**
 * 「从台账统计」: counts the office's register (a file, or the one kept on the 台账 page) into tables 三 and 四 of
 * the open report. Shows the columns it found (an unknown header can be mapped, and is remembered for the
 * agency), the table as counted with the cells it would change, what it could not count, and 上年结转 against last
 * year's report; clicking a counted cell lists the register rows in it. Filling is one edit, undone as one.
 */
import { useMemo, useRef, useState, type ReactNode } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import type { RegisterTally } from '../../../shared/api/types';
import { getFormat, type TableKey } from '../../../shared/formats';
import type { Cells, Report } from '../../../shared/model';
import {
  CASE_COLUMNS,
  NO_VALUE_MAPPING,
  REGISTER_COLUMNS,
  REGISTER_FILE_EXTENSIONS,
  applicantChoices,
  columnLabel,
  compareCarryOver,
  normaliseHeader,
  outcomeChoices,
  tallyCells,
  tallyChanges,
  type HeaderMapping,
  type MappedValueKind,
  type SheetLayout,
} from '../../../shared/tally';
import { api, errorText } from '../api';
import { TableGrid } from '../editor/TableGrid';
import type { CellMarks } from '../editor/view-model';

export const REGISTER_FILE_TYPES = REGISTER_FILE_EXTENSIONS.join(',');

interface Props {
  report: Report;
  /** last year's report of the agency, when it is in the library */
  prior: Report | undefined;
  /** the table the user was on */
  table: 't3' | 't4';
  onClose(): void;
  onFill(cells: Cells): void;
}

const IGNORE = 'ignore';

/** Rows shown at most in a list (the count itself has them all). */
const SHOWN_ROWS = 500;

function RowsTable({ headers, rows }: { headers: string[]; rows: ReactNode[][] }) {
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {headers.map((h) => (
            <TableCell key={h}>{h}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.slice(0, SHOWN_ROWS).map((r, i) => (
          <TableRow key={i}>
            {r.map((c, j) => (
              <TableCell key={j}>{c}</TableCell>
            ))}
          </TableRow>
        ))}
        {rows.length > SHOWN_ROWS ? (
          <TableRow>
            <TableCell colSpan={headers.length}>……另有 {rows.length - SHOWN_ROWS} 行</TableCell>
          </TableRow>
        ) : null}
      </TableBody>
    </Table>
  );
}

function ColumnsFound({ layouts, mapping, onMap }: { layouts: readonly SheetLayout[]; mapping: HeaderMapping; onMap(header: string, column: string): void }) {
  return (
    <Stack spacing={1}>
      {layouts.map((l) => {
        const specs = l.kind === 'register' ? REGISTER_COLUMNS : CASE_COLUMNS;
        return (
          <Box key={`${l.sheet}-${l.kind}`}>
            <Typography variant="body2" sx={{ mb: 0.5 }}>
              工作表“{l.sheet}”第 {l.headerRow} 行是{l.kind === 'register' ? '申请登记' : '复议诉讼案件'}表头：
            </Typography>
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}>
              {l.columns.map((c) =>
                c.column && c.column !== IGNORE && !(normaliseHeader(c.header) in mapping) ? (
                  <Chip
                    key={c.index}
                    size="small"
                    color="success"
                    variant="outlined"
                    label={`${c.header} → ${specs.find((s) => s.key === c.column)?.label ?? c.column}${specs.find((s) => s.key === c.column)?.personal ? '（个人信息，不读取）' : ''}`}
                  />
                ) : (
                  <TextField
                    key={c.index}
                    select
                    size="small"
                    label={c.header}
                    value={mapping[normaliseHeader(c.header)] ?? (c.column === IGNORE ? IGNORE : '')}
                    onChange={(e) => onMap(c.header, e.target.value)}
                    sx={{ minWidth: 150 }}
                  >
                    <MenuItem value="">（未识别）</MenuItem>
                    {specs.map((s) => (
                      <MenuItem key={s.key} value={s.key}>
                        {s.label}
                      </MenuItem>
                    ))}
                    <MenuItem value={IGNORE}>不使用此列</MenuItem>
                  </TextField>
                ),
              )}
            </Stack>
            {l.missing.length ? (
              <Typography variant="body2" color="error">
                缺少：{l.missing.map((k) => specs.find((s) => s.key === k)?.label ?? k).join('、')}（请在上面把对应的表头选为这些列）
              </Typography>
            ) : null}
          </Box>
        );
      })}
    </Stack>
  );
}

export function TallyDialog({ report, prior, table, onClose, onFill }: Props) {
  const format = getFormat(report.format);
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; data: Uint8Array } | null>(null);
  const [result, setResult] = useState<RegisterTally | null>(null);
  const [mapping, setMapping] = useState<HeaderMapping>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<TableKey>(table);
  const [focused, setFocused] = useState<string | null>(null);
  const target = { agency: report.agency, year: report.year, format: report.format };

  // The count shown, so that a value mapped in the list of uncounted rows counts again from the same source.
  const lastCount = useRef<(() => Promise<RegisterTally>) | null>(null);
  const run = async (count: () => Promise<RegisterTally>) => {
    lastCount.current = count;
    setBusy(true);
    setError(null);
    try {
      const r = await count();
      setResult(r);
      setFocused(null);
      if (r.tally && !r.tally.casesRead) setShown('t3');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const countFile = (f: { name: string; data: Uint8Array }, m: HeaderMapping) => run(() => api().tallyRegister(f.name, f.data, target, m));

  const mapValue = async (kind: MappedValueKind, value: string, label: string) => {
    try {
      await api().rememberValues(report.agency, { ...NO_VALUE_MAPPING, [kind]: { [value]: label } });
    } catch (e) {
      setError(errorText(e));
      return;
    }
    if (lastCount.current) await run(lastCount.current);
  };
  const applicantLabels = useMemo(() => applicantChoices(report.format), [report.format]);
  const outcomeLabels = useMemo(() => outcomeChoices(report.format).map((c) => c.label), [report.format]);
  const mappable = (column: string): MappedValueKind | null =>
    column === columnLabel('applicantType') ? 'applicantType' : column === columnLabel('outcome') ? 'outcome' : null;

  const t = result?.tally ?? null;
  const changes = useMemo(() => (t ? tallyChanges(report, t) : []), [report, t]);
  const marks = useMemo(() => {
    const m = new Map<string, CellMarks>();
    // Only a number that would change is framed: filling a blank cell changes nothing the user wrote.
    for (const c of changes)
      if (c.before !== null) m.set(c.cell, { severity: 'warning', primary: true, messages: [`报告中现为 ${c.before}，台账统计为 ${c.after ?? '空白'}`] });
    return m;
  }, [changes]);
  const carry = useMemo(() => (t && prior ? compareCarryOver(t, prior) : null), [t, prior]);
  const sources = focused && t ? (t.sources[focused] ?? []) : [];
  const tablesFilled = t ? (t.casesRead ? '表三和表四' : '表三') : '';

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="tally-title">
      <DialogTitle id="tally-title">从台账统计 {report.year} 年表三、表四</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            选择本机关的依申请公开登记台账（Excel、WPS 表格、ODS 或
            CSV；可含“复议诉讼”案件表），或使用“台账”页中登记的申请。台账只读取、不改动；申请人姓名不读取。
          </Typography>
          <Stack direction="row" spacing={1}>
            <Button variant="outlined" disabled={busy} onClick={() => fileInput.current?.click()}>
              选择台账文件…
            </Button>
            <Button variant="outlined" disabled={busy} onClick={() => void run(() => api().tallyKeptRegister(target))}>
              使用本程序中的 {report.year} 年台账
            </Button>
            <input
              ref={fileInput}
              type="file"
              hidden
              accept={REGISTER_FILE_TYPES}
              aria-label="台账文件"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (!f) return;
                void f.arrayBuffer().then((b) => {
                  const picked = { name: f.name, data: new Uint8Array(b) };
                  setFile(picked);
                  setMapping({});
                  return countFile(picked, {});
                });
              }}
            />
          </Stack>
          {busy ? <Alert severity="info">正在统计……</Alert> : null}
          {error ? <Alert severity="error">{error}</Alert> : null}
          {result ? (
            <>
              <Typography variant="subtitle2">{result.source}</Typography>
              {result.layouts.length ? (
                <ColumnsFound
                  layouts={result.layouts}
                  mapping={mapping}
                  onMap={(header, column) => setMapping((m) => ({ ...m, [normaliseHeader(header)]: column as HeaderMapping[string] }))}
                />
              ) : null}
              {Object.keys(mapping).length && file ? (
                <Box>
                  <Button variant="contained" size="small" disabled={busy} onClick={() => void countFile(file, mapping)}>
                    按所选对应重新统计（记住本机关的对应）
                  </Button>
                </Box>
              ) : null}
              {result.problem ? <Alert severity="error">{result.problem}</Alert> : null}
            </>
          ) : null}
          {t ? (
            <>
              <Alert severity={t.uncounted.length ? 'warning' : 'success'}>
                已统计 {t.counted.applications} 件申请{t.casesRead ? `、${t.counted.cases} 件复议诉讼案件` : ''}
                {t.uncounted.length ? `；${t.uncounted.length} 行无法统计（见下方，请在台账中改正后重新统计）` : '；全部行均已统计'}
                {changes.length === 0
                  ? '。与报告中现有数字一致'
                  : `。填入后${[marks.size ? `将改动报告中已有的 ${marks.size} 个数字（橙色框）` : '', changes.length > marks.size ? `填写 ${changes.length - marks.size} 个空白单元格` : ''].filter(Boolean).join('，')}`}
              </Alert>
              {t.notes.map((n) => (
                <Alert key={n} severity="info">
                  {n}
                </Alert>
              ))}
              {carry === null ? (
                <Alert severity="info">
                  年报库中没有 {report.agency} {report.year - 1} 年的报告，未核对上年结转。
                </Alert>
              ) : carry.length === 0 ? (
                <Alert severity="success">上年结转与 {report.year - 1} 年报告的“结转下年度继续办理”逐列一致。</Alert>
              ) : (
                carry.map((d) => (
                  <Alert key={d.column} severity="warning">
                    {d.message}
                  </Alert>
                ))
              )}
              {t.casesRead ? (
                <Tabs value={shown} onChange={(_, v: TableKey) => setShown(v)}>
                  <Tab value="t3" label="表三 依申请公开" />
                  <Tab value="t4" label="表四 复议诉讼" />
                </Tabs>
              ) : null}
              <Typography variant="body2" color="text.secondary">
                点击表中的数字，查看计入该格的台账行。
              </Typography>
              <TableGrid format={format} table={shown} cells={tallyCells(t)} marks={marks} readOnly onChange={() => undefined} onFocusCell={setFocused} />
              {focused ? (
                <Box aria-label="计入该格的台账行">
                  <Typography variant="subtitle2">
                    {format.cells.get(focused)?.name ?? focused}：{sources.length} 件
                  </Typography>
                  {sources.length ? (
                    <RowsTable
                      headers={['编号', '位置', '收到日期', '答复日期', '办理结果']}
                      rows={sources.map((r) => [r.number || '—', `${r.sheet} 第 ${r.row} 行`, r.received, r.answered ?? '未答复', r.outcome || '—'])}
                    />
                  ) : null}
                </Box>
              ) : null}
              {t.uncounted.length ? (
                <Box aria-label="无法统计的行">
                  <Typography variant="subtitle2">无法统计的行（{t.uncounted.length}）</Typography>
                  <RowsTable
                    headers={['位置', '列', '内容', '原因', '本机关的写法，计为']}
                    rows={t.uncounted.map((u) => {
                      const kind = mappable(u.column);
                      const choices = kind === 'applicantType' ? applicantLabels : outcomeLabels;
                      return [
                        `${u.sheet} 第 ${u.row} 行`,
                        u.column,
                        u.value || '（空）',
                        u.reason,
                        kind && u.value ? (
                          <TextField
                            select
                            size="small"
                            value=""
                            sx={{ minWidth: 180 }}
                            slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'aria-label': `“${u.value}”计为` } as object } }}
                            onChange={(e) => void mapValue(kind, u.value, e.target.value)}
                          >
                            <MenuItem value="" disabled>
                              选择表三的{kind === 'applicantType' ? '列' : '行'}……
                            </MenuItem>
                            {choices.map((c) => (
                              <MenuItem key={c} value={c}>
                                {c}
                              </MenuItem>
                            ))}
                          </TextField>
                        ) : (
                          ''
                        ),
                      ];
                    })}
                  />
                  <Typography variant="body2" color="text.secondary">
                    选择“计为”后，本机关台账中同样写法的行都按所选计入，并记住，下次统计不再询问。
                  </Typography>
                </Box>
              ) : null}
              {t.overdue.length ? <Alert severity="warning">台账中有 {t.overdue.length} 件申请超过答复期限（在“台账”页可查看）。</Alert> : null}
            </>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" disabled={!t || busy} onClick={() => t && onFill(tallyCells(t))}>
          填入{tablesFilled}（可撤销）
        </Button>
      </DialogActions>
    </Dialog>
  );
}
