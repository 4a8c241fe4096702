/**
 * The 台账 page: an agency's register of one year kept in the app all year. Applications are added as they
 * arrive and answered when answered; the page lists what is overdue and what falls due within 5 working days,
 * imports and exports the register as .xlsx, and every change is saved at once (durably, as reports are). The
 * report's tables 三 and 四 are counted from it in the editor's「从台账统计」.
 */
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Chip,
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
import { formatForYear } from '../../../shared/formats';
import {
  bookDeadlines,
  DUE_SOON_WORKING_DAYS,
  localToday,
  type ApplicationDeadline,
  type BookApplication,
  type BookCase,
  type BookImportProblem,
  type RegisterBook,
} from '../../../shared/tally';
import { api, errorText } from '../api';
import { ApplicationDialog } from './ApplicationDialog';
import { CaseDialog } from './CaseDialog';
import { REGISTER_FILE_TYPES } from './TallyDialog';

const STATE_LABEL: Record<ApplicationDeadline['state'], { label: string; color: 'error' | 'warning' | 'default' | 'success' }> = {
  overdue: { label: '已超期', color: 'error' },
  soon: { label: '即将到期', color: 'warning' },
  open: { label: '办理中', color: 'default' },
  'answered-late': { label: '超期答复', color: 'error' },
  answered: { label: '已答复', color: 'success' },
};

/** Rows shown at first, newest first: a year's register of thousands stays quick to open. */
const PAGE_ROWS = 200;

function newApplication(year: number, today: string): BookApplication {
  const received = today.startsWith(String(year)) ? today : `${year}-01-01`;
  return {
    id: crypto.randomUUID(),
    number: '',
    received,
    applicantType: '自然人',
    content: '',
    extended: false,
    pausedDays: 0,
    pauseStart: null,
    pauseEnd: null,
    answered: null,
    outcome: '',
    reason: '',
  };
}

function newCase(year: number, today: string): BookCase {
  return {
    id: crypto.randomUUID(),
    number: '',
    kind: '行政复议',
    afterReview: false,
    received: today.startsWith(String(year)) ? today : `${year}-01-01`,
    result: '',
    resultDate: null,
  };
}

function dueText(d: ApplicationDeadline | undefined): string {
  if (!d) return '';
  if (!d.due) return '无法计算';
  if (d.state === 'overdue') return `${d.due}（超期 ${-(d.daysLeft ?? 0)} 个工作日）`;
  if (d.daysLeft === 0) return `${d.due}（今天到期）`;
  if (d.state === 'soon' || d.state === 'open') return `${d.due}（还有 ${d.daysLeft ?? '?'} 个工作日）`;
  return d.due;
}

export function RegisterPage() {
  const today = localToday();
  const [agencies, setAgencies] = useState<string[]>([]);
  const [agency, setAgency] = useState('');
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [book, setBook] = useState<RegisterBook | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [tab, setTab] = useState<'applications' | 'cases'>('applications');
  const [editing, setEditing] = useState<{ kind: 'application'; value: BookApplication; isNew: boolean } | { kind: 'case'; value: BookCase } | null>(null);
  const [problems, setProblems] = useState<BookImportProblem[]>([]);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const [shownRows, setShownRows] = useState(PAGE_ROWS);

  useEffect(() => {
    void api()
      .listReports()
      .then((list) => {
        const names = [...new Set(list.filter((r) => !r.deletedAt).map((r) => r.agency))];
        setAgencies(names);
        setAgency((a) => a || names[0] || '');
      });
  }, []);

  useEffect(() => {
    const name = agency.trim();
    if (!name || !Number.isInteger(year) || year < 2008 || year > 2100) {
      setBook(null);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      api()
        .loadRegister(name, year)
        .then(
          (b) => {
            if (!live) return;
            setBook(b);
            setError(null);
            setSaved(null);
          },
          (e: unknown) => live && (setBook(null), setError(errorText(e))),
        );
    }, 300);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [agency, year]);

  const commit = (next: RegisterBook) => {
    setBook(next);
    // Saves run one after another, each the whole register as it is then: the last one on disk is the newest.
    saving.current = saving.current.then(() =>
      api()
        .saveRegister(next)
        .then(
          () => {
            setSaved(`已保存 ${new Date().toLocaleTimeString('zh-CN', { hour12: false })}`);
            setError(null);
          },
          (e: unknown) => setError(`台账未能保存：${errorText(e)}`),
        ),
    );
  };

  const deadlines = useMemo(() => (book ? new Map(bookDeadlines(book, today).map((d) => [d.id, d])) : new Map<string, ApplicationDeadline>()), [book, today]);
  const overdue = book?.applications.filter((a) => deadlines.get(a.id)?.state === 'overdue') ?? [];
  const soon = book?.applications.filter((a) => deadlines.get(a.id)?.state === 'soon') ?? [];
  const noCalendar = book?.applications.filter((a) => !a.answered && deadlines.get(a.id)?.problem) ?? [];
  const formatId = formatForYear(year);
  const sorted = useMemo(() => [...(book?.applications ?? [])].sort((a, b) => b.received.localeCompare(a.received)), [book]);

  const importFrom = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (!f || !book) return;
    try {
      const r = await api().importRegister(f.name, new Uint8Array(await f.arrayBuffer()), book.agency, book.year);
      setProblems(r.problems);
      // The same file imported again adds nothing twice: an entry with the same 编号 and date is already here.
      // Without a 编号, the whole entry (but its id) is what tells one application from another.
      const key = (x: { id: string; number: string; received: string }) => {
        const { id: _id, ...rest } = x;
        return x.number ? `${x.number}|${x.received}` : JSON.stringify(rest);
      };
      const have = new Set([...book.applications, ...book.cases].map(key).filter(Boolean));
      const applications = r.book.applications.filter((a) => !have.has(key(a)));
      const cases = r.book.cases.filter((c) => !have.has(key(c)));
      commit({ ...book, applications: [...book.applications, ...applications], cases: [...book.cases, ...cases] });
      const skipped = r.book.applications.length + r.book.cases.length - applications.length - cases.length;
      setSaved(
        `已导入 ${applications.length} 件申请${cases.length ? `、${cases.length} 件案件` : ''}${skipped ? `；${skipped} 件已在台账中，未重复导入` : ''}`,
      );
    } catch (err) {
      setError(errorText(err));
    }
  };

  const exportTo = async () => {
    if (!book) return;
    try {
      const out = await api().exportRegister(book);
      if (out) setSaved(`已导出：${out.path}`);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <Box sx={{ maxWidth: 1200, mx: 'auto', p: 3 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, borderBottom: '2px solid #9b1c1c', pb: 1 }}>
        <Typography variant="h5" component="h1" sx={{ mr: 'auto', fontWeight: 600 }}>
          依申请公开登记台账
        </Typography>
        <Button
          variant="contained"
          disabled={!book}
          onClick={() => book && setEditing({ kind: 'application', value: newApplication(book.year, today), isNew: true })}
        >
          登记申请
        </Button>
        <Button variant="outlined" component="label" disabled={!book}>
          导入台账
          <input hidden type="file" accept={REGISTER_FILE_TYPES} data-testid="register-import" onChange={(e) => void importFrom(e)} />
        </Button>
        <Button variant="outlined" disabled={!book || (book.applications.length === 0 && book.cases.length === 0)} onClick={() => void exportTo()}>
          导出 .xlsx
        </Button>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <Autocomplete
          freeSolo
          options={agencies}
          inputValue={agency}
          onInputChange={(_e, v) => setAgency(v)}
          sx={{ width: 360 }}
          renderInput={(params) => <TextField {...params} label="机关名称" />}
        />
        <TextField label="年度" type="number" value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 120 }} />
        {saved ? (
          <Typography variant="body2" color="text.secondary" role="status">
            {saved}
          </Typography>
        ) : null}
      </Stack>
      {error ? (
        <Alert severity="error" sx={{ mb: 1 }}>
          {error}
        </Alert>
      ) : null}
      {!book && !error ? <Alert severity="info">请填写机关名称和年度。台账中的申请人姓名不记录；统计表三、表四时在编辑器中点“从台账统计”。</Alert> : null}
      {book ? (
        <Stack spacing={1}>
          {overdue.length ? (
            <Alert severity="error">
              已超过答复期限、尚未答复：{overdue.map((a) => a.number || a.received).join('、')}（{overdue.length} 件）
            </Alert>
          ) : null}
          {soon.length ? (
            <Alert severity="warning">
              {DUE_SOON_WORKING_DAYS} 个工作日内到期：{soon.map((a) => `${a.number || a.received}（${deadlines.get(a.id)?.due ?? ''}）`).join('、')}
            </Alert>
          ) : null}
          {noCalendar.length ? (
            <Alert severity="info">
              {deadlines.get(noCalendar[0]?.id ?? '')?.problem}（{noCalendar.length} 件）
            </Alert>
          ) : null}
          {!overdue.length && !soon.length && book.applications.some((a) => !a.answered) ? (
            <Alert severity="success">没有超期或 {DUE_SOON_WORKING_DAYS} 个工作日内到期的申请。</Alert>
          ) : null}
          {problems.length ? (
            <Alert severity="warning" onClose={() => setProblems([])}>
              导入时有 {problems.length} 行未导入（日期无法识别）：
              {problems
                .slice(0, 10)
                .map((p) => `${p.sheet} 第 ${p.row} 行“${p.column}”：${p.value || '空'}（${p.reason}）`)
                .join('；')}
            </Alert>
          ) : null}
          <Tabs value={tab} onChange={(_e, v: 'applications' | 'cases') => setTab(v)}>
            <Tab value="applications" label={`申请（${book.applications.length}）`} />
            <Tab value="cases" label={`复议诉讼案件（${book.cases.length}）`} />
          </Tabs>
          {tab === 'applications' ? (
            <Table size="small" aria-label="申请登记">
              <TableHead>
                <TableRow>
                  {['编号', '收到日期', '申请人类型', '申请内容', '答复期限', '状态', '答复日期', '办理结果', ''].map((h) => (
                    <TableCell key={h} sx={{ whiteSpace: 'nowrap' }}>
                      {h}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {sorted.slice(0, shownRows).map((a) => {
                  const d = deadlines.get(a.id);
                  const state = d ? STATE_LABEL[d.state] : null;
                  return (
                    <TableRow key={a.id}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{a.number}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{a.received}</TableCell>
                      <TableCell>{a.applicantType}</TableCell>
                      <TableCell sx={{ maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{a.content}</TableCell>
                      <TableCell>{dueText(d)}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{state ? <Chip size="small" color={state.color} label={state.label} /> : null}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{a.answered ?? ''}</TableCell>
                      <TableCell>{[a.outcome, a.reason].filter(Boolean).join('：')}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        <Button
                          size="small"
                          onClick={() => setEditing({ kind: 'application', value: a, isNew: false })}
                          aria-label={`${a.answered ? '修改' : '答复'} ${a.number || a.received}`}
                        >
                          {a.answered ? '修改' : '答复'}
                        </Button>
                        <Button
                          size="small"
                          color="inherit"
                          onClick={() => commit({ ...book, applications: book.applications.filter((x) => x.id !== a.id) })}
                          aria-label={`删除 ${a.number || a.received}`}
                        >
                          删除
                        </Button>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          ) : null}
          {tab === 'applications' && sorted.length > shownRows ? (
            <Box>
              <Button size="small" onClick={() => setShownRows((n) => n + PAGE_ROWS * 5)}>
                显示更多（另有 {sorted.length - shownRows} 件）
              </Button>
            </Box>
          ) : null}
          {tab === 'applications' ? null : (
            <Stack spacing={1}>
              <Box>
                <Button size="small" variant="outlined" onClick={() => setEditing({ kind: 'case', value: newCase(book.year, today) })}>
                  登记案件
                </Button>
              </Box>
              <Table size="small" aria-label="复议诉讼案件">
                <TableHead>
                  <TableRow>
                    {['编号', '类别', '收到日期', '结果', '结果日期', ''].map((h) => (
                      <TableCell key={h}>{h}</TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {book.cases.map((c) => (
                    <TableRow key={c.id}>
                      <TableCell>{c.number}</TableCell>
                      <TableCell>{c.kind === '行政诉讼' ? (c.afterReview ? '行政诉讼（复议后起诉）' : '行政诉讼（未经复议）') : c.kind}</TableCell>
                      <TableCell>{c.received}</TableCell>
                      <TableCell>{c.result || '尚未审结'}</TableCell>
                      <TableCell>{c.resultDate ?? ''}</TableCell>
                      <TableCell>
                        <Button size="small" onClick={() => setEditing({ kind: 'case', value: c })}>
                          修改
                        </Button>
                        <Button size="small" color="inherit" onClick={() => commit({ ...book, cases: book.cases.filter((x) => x.id !== c.id) })}>
                          删除
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Stack>
          )}
        </Stack>
      ) : null}
      {editing?.kind === 'application' && book ? (
        <ApplicationDialog
          title={editing.isNew ? '登记申请' : '答复或修改申请'}
          initial={editing.value}
          formatId={formatId}
          asOf={today}
          onCancel={() => setEditing(null)}
          onSave={(a) => {
            setEditing(null);
            const exists = book.applications.some((x) => x.id === a.id);
            commit({ ...book, applications: exists ? book.applications.map((x) => (x.id === a.id ? a : x)) : [...book.applications, a] });
          }}
        />
      ) : null}
      {editing?.kind === 'case' && book ? (
        <CaseDialog
          initial={editing.value}
          onCancel={() => setEditing(null)}
          onSave={(c) => {
            setEditing(null);
            const exists = book.cases.some((x) => x.id === c.id);
            commit({ ...book, cases: exists ? book.cases.map((x) => (x.id === c.id ? c : x)) : [...book.cases, c] });
          }}
        />
      ) : null}
    </Box>
  );
}
