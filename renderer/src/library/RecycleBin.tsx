/** 回收站: the reports deleted from the library, to restore or, after a yes, to delete for good with their history. */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Paper, Stack, Typography } from '@mui/material';
import type { ReportSummary } from '../../../shared/api/types';

interface Props {
  bin: readonly ReportSummary[];
  onRestore(id: string): void;
  onPurge(id: string): void;
}

export function RecycleBin({ bin, onRestore, onPurge }: Props) {
  /** the report in the bin whose permanent deletion awaits the user's yes */
  const [purging, setPurging] = useState<ReportSummary | null>(null);
  return (
    <>
      {bin.length > 0 ? (
        <Paper sx={{ mt: 3, p: 2, background: '#fafafa' }} component="section" aria-label="回收站">
          <Typography variant="subtitle1" sx={{ mb: 1 }}>
            回收站
          </Typography>
          {bin.map((r) => (
            <Stack key={r.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography sx={{ mr: 'auto' }}>{r.title}</Typography>
              <Button size="small" onClick={() => onRestore(r.id)} aria-label={`恢复 ${r.title}`}>
                恢复
              </Button>
              <Button size="small" color="error" onClick={() => setPurging(r)} aria-label={`彻底删除 ${r.title}`}>
                彻底删除
              </Button>
            </Stack>
          ))}
        </Paper>
      ) : null}
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
              if (r) onPurge(r.id);
            }}
          >
            彻底删除
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
