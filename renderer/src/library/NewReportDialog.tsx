/**
 * 新建年报: agency, kind and year (the format follows the year); start blank, from a prior year in the library
 * (roll-forward), or from an imported file.
 */
import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import type { ImportOutcome, ReportSummary } from '../../../shared/api/types';
import { FORMAT_DEFINITIONS, formatForYear } from '../../../shared/formats';
import { AGENCY_KIND_LABEL, AGENCY_KINDS, agencyKindOf, type Report } from '../../../shared/model';
import { DEFAULT_PROFILE_ID, withProfile, type ProfileId } from '../../../shared/profiles';
import { blankReport, rollForward } from '../../../shared/rollover';
import { ProfileField } from '../editor/ProfileField';
import { api, errorText } from '../api';
import { ImportReview } from './ImportReview';

export type StartMode = 'blank' | 'prior' | 'file';

interface Props {
  open: boolean;
  mode: StartMode;
  reports: readonly ReportSummary[];
  onClose(): void;
  onCreated(id: string, message?: string): void;
}

export function NewReportDialog({ open, mode: initialMode, reports, onClose, onCreated }: Props) {
  const [mode, setMode] = useState<StartMode>(initialMode);
  const [agency, setAgency] = useState('');
  const [kind, setKind] = useState<Report['agencyKind']>('department');
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [priorId, setPriorId] = useState('');
  useEffect(() => {
    if (!open || !priorId) return;
    let live = true;
    api()
      .loadReport(priorId)
      .then((l) => live && setTemplateProfile(l.report.profile))
      .catch(() => live && setTemplateProfile(undefined));
    return () => {
      live = false;
    };
  }, [open, priorId]);
  /** null: not chosen here, so a template's or an imported file's own profile stays */
  const [profile, setProfile] = useState<ProfileId | null>(null);
  /** the template's own profile, which roll-forward keeps */
  const [templateProfile, setTemplateProfile] = useState<ProfileId | undefined>(undefined);
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  const [corrected, setCorrected] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const priors = useMemo(() => reports.filter((r) => !r.deletedAt && !r.newerSchema).sort((a, b) => b.year - a.year), [reports]);

  useEffect(() => {
    if (!open) return;
    setMode(initialMode);
    setError(null);
    setImported(null);
    setProfile(null);
    const first = priors[0];
    setPriorId(first?.id ?? '');
    if (initialMode === 'prior' && first) {
      setAgency(first.agency);
      setKind(agencyKindOf(first.agencyKind));
      setYear(first.year + 1);
    }
  }, [open, initialMode, priors]);

  const pickPrior = (id: string) => {
    setPriorId(id);
    const p = priors.find((r) => r.id === id);
    if (p) {
      setAgency(p.agency);
      setKind(agencyKindOf(p.agencyKind));
      setYear(p.year + 1);
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const outcome = await api().importBytes(file.name, new Uint8Array(await file.arrayBuffer()));
      setImported(outcome);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      let report: Report;
      let message: string | undefined;
      if (mode === 'file') {
        if (!imported) throw new Error('请先选择要导入的文件');
        if (!corrected) throw new Error('请填写机关全称和四位数的年度');
        report = corrected;
      } else if (mode === 'prior') {
        const loaded = await api().loadReport(priorId);
        if (year <= loaded.report.year) throw new Error(`新年度应晚于${loaded.report.year}年`);
        const rolled = rollForward({ ...loaded.report, agency: agency.trim() || loaded.report.agency, agencyKind: kind }, year);
        report = rolled.report;
        message = [...rolled.notes, rolled.mentions.length ? `正文中有 ${rolled.mentions.length} 处年份待确认（“与上年对照”）` : ''].filter(Boolean).join('；');
      } else {
        if (!agency.trim()) throw new Error('请填写机关全称');
        report = blankReport(agency.trim(), kind, year);
      }
      if (profile) report = withProfile(report, profile);
      const summary = await api().createReport(report);
      onCreated(summary.id, [message, summary.notice].filter(Boolean).join('；'));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>新建年报</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <RadioGroup row value={mode} onChange={(e) => setMode(e.target.value as StartMode)} aria-label="开始方式">
            <FormControlLabel value="blank" control={<Radio />} label="空白开始" />
            <FormControlLabel value="prior" control={<Radio />} label="以往年度为模板" disabled={priors.length === 0} />
            <FormControlLabel value="file" control={<Radio />} label="从文件导入" />
          </RadioGroup>
          {mode === 'prior' ? (
            <TextField select label="上一年度的年报" value={priorId} onChange={(e) => pickPrior(e.target.value)}>
              {priors.map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {p.title}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          {mode === 'file' ? (
            <>
              <Button variant="outlined" component="label" disabled={busy}>
                选择文件（Word、PDF、网页、文本或 JSON）
                <input hidden type="file" accept=".docx,.doc,.wps,.pdf,.html,.htm,.txt,.json" data-testid="new-import-input" onChange={(e) => void onFile(e)} />
              </Button>
              {imported ? <ImportReview outcome={imported} onChange={setCorrected} /> : null}
            </>
          ) : (
            <>
              <TextField label="机关全称" value={agency} onChange={(e) => setAgency(e.target.value)} required />
              <TextField select label="报告主体" value={kind} onChange={(e) => setKind(agencyKindOf(e.target.value))}>
                {AGENCY_KINDS.map((k) => (
                  <MenuItem key={k} value={k}>
                    {AGENCY_KIND_LABEL[k]}
                  </MenuItem>
                ))}
              </TextField>
              <TextField label="年度" type="number" value={year} onChange={(e) => setYear(Number(e.target.value))} />
              <Typography variant="body2" color="text.secondary">
                将使用：{FORMAT_DEFINITIONS[formatForYear(year)].name}
              </Typography>
              {year > new Date().getFullYear() ? (
                <Alert severity="warning">{year}年还没有到：年报在次年 1 月至 3 月编写的是上一年度的报告，请确认年度是否填对。</Alert>
              ) : null}
              {mode === 'prior' ? <Alert severity="info">上年“结转下年度继续办理”将填入本年“上年结转”；其余数字留空待填；正文作为待审阅的草稿。</Alert> : null}
            </>
          )}
          <ProfileField
            value={profile ?? (mode === 'file' ? imported?.report.profile : mode === 'prior' ? templateProfile : undefined) ?? DEFAULT_PROFILE_ID}
            onChange={setProfile}
          />
          {error ? <Alert severity="error">{error}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" disabled={busy || (mode === 'file' && !corrected)} onClick={() => void create()}>
          创建
        </Button>
      </DialogActions>
    </Dialog>
  );
}
