/** 汇总所选报告: the chosen reports of one year summed cell by cell into a new report in the library. */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import type { ReviewedReport } from '../../../shared/review';
import { api, errorText } from '../api';

interface Props {
  runId: string;
  chosen: readonly ReviewedReport[];
  onClose(): void;
  onCreated(id: string, message: string): void;
  onError(message: string): void;
}

export function ReviewSumDialog({ runId, chosen, onClose, onCreated, onError }: Props) {
  const [agency, setAgency] = useState('');
  const create = () =>
    api()
      .reviewSum(
        runId,
        chosen.map((r) => r.file),
        agency.trim(),
      )
      .then(
        (o) => {
          const note = o.warnings.length ? `；${o.warnings.length} 条提示：${o.warnings.join('；')}` : '';
          onCreated(o.summary.id, `已生成汇总报告：${o.summary.title}${note}`);
        },
        (e: unknown) => onError(errorText(e)),
      );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>汇总所选报告</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          把勾选的 {chosen.length} 份 {chosen[0]?.year ?? ''} 年报告的表格逐格相加，生成一份新的年报放入年报库；正文留空，请按提示撰写。
          {chosen.map((r) => r.agency).join('、')}
        </Typography>
        <TextField fullWidth autoFocus label="汇总报告的机关名称（如 某某市人民政府）" value={agency} onChange={(e) => setAgency(e.target.value)} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" disabled={!agency.trim()} onClick={() => void create()}>
          生成汇总报告
        </Button>
      </DialogActions>
    </Dialog>
  );
}
