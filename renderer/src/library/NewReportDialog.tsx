/**
 * 新建年报: agency, kind and year (the format follows the year); start blank, from a prior year in the library
 * (roll-forward), or from an imported file.
 */
import { useMemo, useState } from 'react';
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
} from '@mui/material';
import type { ReportSummary } from '../../../shared/api/types';
import type { Report } from '../../../shared/model';
import { ProfileField } from '../editor/ProfileField';
import { errorText } from '../api';
import { ImportFileButton, importChosenFile } from './ImportFileButton';
import { ImportReview } from './ImportReview';
import { createNewReport, type StartMode } from './new-report';
import { StartFields } from './StartFields';
import { useNewReportForm } from './useNewReportForm';

interface Props {
  open: boolean;
  mode: StartMode;
  reports: readonly ReportSummary[];
  onClose(): void;
  onCreated(id: string, message?: string): void;
}

export function NewReportDialog({ open, mode: initialMode, reports, onClose, onCreated }: Props) {
  const priors = useMemo(() => reports.filter((r) => !r.deletedAt && !r.newerSchema).sort((a, b) => b.year - a.year), [reports]);
  const form = useNewReportForm(open, initialMode, priors);
  const { mode, imported, setError } = form;
  const [corrected, setCorrected] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);

  // Busy while it runs, and its failure shown in the dialog.
  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await job();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const onFile = (file: File) => run(async () => form.setImported(await importChosenFile(file)));
  const create = () =>
    run(async () => {
      const { id, message } = await createNewReport({ mode, fields: form.fields, priorId: form.priorId, imported, corrected, profile: form.profile });
      onCreated(id, message);
    });

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>新建年报</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <RadioGroup row value={mode} onChange={(e) => form.setMode(e.target.value as StartMode)} aria-label="开始方式">
            <FormControlLabel value="blank" control={<Radio />} label="空白开始" />
            <FormControlLabel value="prior" control={<Radio />} label="以往年度为模板" disabled={priors.length === 0} />
            <FormControlLabel value="file" control={<Radio />} label="从文件导入" />
          </RadioGroup>
          {mode === 'prior' ? (
            <TextField select label="上一年度的年报" value={form.priorId} onChange={(e) => form.pickPrior(e.target.value)}>
              {priors.map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {p.title}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          {mode === 'file' ? (
            <>
              <ImportFileButton testId="new-import-input" disabled={busy} onFile={(file) => void onFile(file)}>
                选择文件（Word、PDF、网页、文本或 JSON）
              </ImportFileButton>
              {imported ? <ImportReview outcome={imported} onChange={setCorrected} /> : null}
            </>
          ) : (
            <StartFields fields={form.fields} onChange={form.editFields} fromPrior={mode === 'prior'} />
          )}
          <ProfileField value={form.shownProfile} onChange={form.setProfile} />
          {form.error ? <Alert severity="error">{form.error}</Alert> : null}
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
