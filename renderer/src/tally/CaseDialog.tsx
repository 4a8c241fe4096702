/** One 行政复议 or 行政诉讼 case of the register, for table 四: its kind, dates and result, in the words the count reads. */
import { useState } from 'react';
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import { CASE_KIND_CHOICES, CASE_RESULT_CHOICES, type BookCase } from '../../../shared/tally';
import { DateField } from './DateField';

export function CaseDialog({ initial, onCancel, onSave }: { initial: BookCase; onCancel(): void; onSave(c: BookCase): void }) {
  const [c, setC] = useState<BookCase>(initial);
  const set = <K extends keyof BookCase>(k: K, v: BookCase[K]) => setC((x) => ({ ...x, [k]: v }));
  const problem = c.received === '' ? '请填写收到日期' : c.resultDate && c.resultDate < c.received ? '结果日期早于收到日期' : null;
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm" aria-labelledby="case-title">
      <DialogTitle id="case-title">复议诉讼案件</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField label="编号或案号" value={c.number} onChange={(e) => set('number', e.target.value)} />
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <TextField select label="类别" value={c.kind} onChange={(e) => set('kind', e.target.value)} sx={{ flex: 1 }}>
              {CASE_KIND_CHOICES.map((k) => (
                <MenuItem key={k} value={k}>
                  {k}
                </MenuItem>
              ))}
            </TextField>
            <FormControlLabel
              control={<Checkbox checked={c.afterReview} disabled={c.kind !== '行政诉讼'} onChange={(e) => set('afterReview', e.target.checked)} />}
              label="经复议后起诉"
            />
          </Stack>
          <DateField label="收到日期" value={c.received} onChange={(v) => set('received', v)} />
          <TextField select label="结果" value={c.result} onChange={(e) => set('result', e.target.value)}>
            {CASE_RESULT_CHOICES.map((r) => (
              <MenuItem key={r} value={r}>
                {r || '（尚未审结）'}
              </MenuItem>
            ))}
          </TextField>
          <DateField label="结果日期" value={c.resultDate} onChange={(v) => set('resultDate', v || null)} />
          {problem ? <Alert severity="error">{problem}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>取消</Button>
        <Button variant="contained" disabled={problem !== null} onClick={() => onSave({ ...c, afterReview: c.kind === '行政诉讼' && c.afterReview })}>
          保存
        </Button>
      </DialogActions>
    </Dialog>
  );
}
