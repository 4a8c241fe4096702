/**
 * One application of the register, added or answered: the dates, the applicant's type and the outcome chosen from
 * the official labels of table 三 (a text imported from a register stays as it was written until changed). The
 * answer deadline is shown as it is computed, in working days.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import type { FormatId } from '../../../shared/formats';
import { applicantChoices, bookDeadlines, emptyBook, outcomeChoices, type BookApplication } from '../../../shared/tally';
import { DateField } from './DateField';

interface Props {
  title: string;
  initial: BookApplication;
  formatId: FormatId;
  asOf: string;
  onCancel(): void;
  onSave(a: BookApplication): void;
}

/** A select that keeps a value outside its choices (as imported) selectable until the user picks another. */
function choicesWith(current: string, choices: readonly string[]): string[] {
  return current && !choices.includes(current) ? [current, ...choices] : [...choices];
}

export function ApplicationDialog({ title, initial, formatId, asOf, onCancel, onSave }: Props) {
  const [a, setA] = useState<BookApplication>(initial);
  const set = <K extends keyof BookApplication>(k: K, v: BookApplication[K]) => setA((x) => ({ ...x, [k]: v }));
  const dateOrNull = (v: string) => (v === '' ? null : v);
  const outcomes = useMemo(() => outcomeChoices(formatId).map((c) => c.label), [formatId]);
  const types = useMemo(() => applicantChoices(formatId), [formatId]);
  const deadline = useMemo(() => bookDeadlines({ ...emptyBook('-', 2000), applications: [a] }, asOf)[0], [a, asOf]);
  const problem =
    a.received === ''
      ? '请填写收到日期'
      : a.answered && a.answered < a.received
        ? '答复日期早于收到日期'
        : (a.pauseStart === null) !== (a.pauseEnd === null)
          ? '补正或征求意见的开始和结束日期应同时填写'
          : a.pauseStart && a.pauseEnd && a.pauseEnd < a.pauseStart
            ? '补正或征求意见的结束日期早于开始日期'
            : a.answered && !a.outcome
              ? '已答复的申请请选择办理结果'
              : null;
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm" aria-labelledby="application-title">
      <DialogTitle id="application-title">{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Stack direction="row" spacing={2}>
            <TextField label="编号" value={a.number} onChange={(e) => set('number', e.target.value)} sx={{ flex: 1 }} />
            <DateField label="收到日期" value={a.received} onChange={(v) => set('received', v)} flex />
          </Stack>
          <TextField select label="申请人类型" value={a.applicantType} onChange={(e) => set('applicantType', e.target.value)}>
            {choicesWith(a.applicantType, types).map((t) => (
              <MenuItem key={t} value={t}>
                {t}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label="申请内容（简要，不写申请人姓名）"
            value={a.content}
            onChange={(e) => set('content', e.target.value)}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <FormControlLabel
              control={<Checkbox checked={a.extended} onChange={(e) => set('extended', e.target.checked)} />}
              label="延长答复期限（再延 20 个工作日）"
            />
          </Stack>
          <Stack direction="row" spacing={2}>
            <DateField label="补正或征求意见开始" value={a.pauseStart} onChange={(v) => set('pauseStart', dateOrNull(v))} flex />
            <DateField label="补正或征求意见结束" value={a.pauseEnd} onChange={(v) => set('pauseEnd', dateOrNull(v))} flex />
          </Stack>
          {deadline?.due ? (
            <Alert severity={deadline.state === 'overdue' || deadline.state === 'answered-late' ? 'error' : deadline.state === 'soon' ? 'warning' : 'info'}>
              答复期限：{deadline.due}
              {deadline.state === 'overdue'
                ? `（已超期 ${-(deadline.daysLeft ?? 0)} 个工作日）`
                : deadline.state === 'answered-late'
                  ? '（答复时已超期）'
                  : deadline.daysLeft === 0
                    ? '（今天到期）'
                    : deadline.daysLeft !== null
                      ? `（还有 ${deadline.daysLeft} 个工作日）`
                      : ''}
            </Alert>
          ) : deadline?.problem ? (
            <Alert severity="warning">{deadline.problem}</Alert>
          ) : null}
          <DateField label="答复日期（未答复留空）" value={a.answered} onChange={(v) => set('answered', dateOrNull(v))} />
          <TextField select label="办理结果" value={a.outcome} onChange={(e) => set('outcome', e.target.value)}>
            <MenuItem value="">（尚未答复）</MenuItem>
            {choicesWith(a.outcome, outcomes).map((o) => (
              <MenuItem key={o} value={o}>
                {o}
              </MenuItem>
            ))}
          </TextField>
          <TextField label="理由或说明（可不填）" value={a.reason} onChange={(e) => set('reason', e.target.value)} />
          {problem ? <Alert severity="error">{problem}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>取消</Button>
        <Button variant="contained" disabled={problem !== null} onClick={() => onSave(a)}>
          保存
        </Button>
      </DialogActions>
    </Dialog>
  );
}
