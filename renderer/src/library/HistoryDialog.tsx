/** 历史版本: the snapshots of a report; restoring one saves it as the newest version (nothing is lost). */
import { useEffect, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Typography } from '@mui/material';
import type { SnapshotInfo } from '../../../shared/api/types';
import { api, errorText } from '../api';

export function HistoryDialog({ id, title, onClose, onRestored }: { id: string | null; title: string; onClose(): void; onRestored(message: string): void }) {
  const [snaps, setSnaps] = useState<SnapshotInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!id) return;
    api().reportHistory(id).then(setSnaps, (e: unknown) => setError(errorText(e)));
  }, [id]);
  return (
    <Dialog open={id !== null} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>历史版本：{title}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary">
          保留最近 20 次保存和此前每天的最后一次保存。恢复后，当前内容仍作为一个历史版本保留。
        </Typography>
        {error ? <Typography color="error">{error}</Typography> : null}
        <List dense>
          {snaps.map((s) => (
            <ListItem
              key={s.name}
              secondaryAction={
                <Button
                  size="small"
                  onClick={() => {
                    if (!id) return;
                    api()
                      .restoreSnapshot(id, s.name)
                      .then(() => onRestored(`已恢复到 ${new Date(s.savedAt).toLocaleString('zh-CN', { hour12: false })} 的版本`), (e: unknown) => setError(errorText(e)));
                  }}
                >
                  恢复此版本
                </Button>
              }
            >
              <ListItemText primary={new Date(s.savedAt).toLocaleString('zh-CN', { hour12: false })} />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}
