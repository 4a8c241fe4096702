/** 确认警告: a warning accepted as it is, with the short explanation saved with the report. */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import type { Diagnostic } from '../../../shared/checks';

interface Props {
  /** the warning asked about, or null while the dialog is closed */
  warning: Diagnostic | null;
  onClose(): void;
  onConfirm(d: Diagnostic, note: string): void;
}

export function AcknowledgeDialog({ warning, onClose, onConfirm }: Props) {
  const [note, setNote] = useState('');
  // Each warning asked about starts with an empty note; closing keeps the note on screen while the dialog fades.
  const [askedFor, setAskedFor] = useState(warning);
  if (warning !== askedFor) {
    setAskedFor(warning);
    if (warning) setNote('');
  }
  return (
    <Dialog open={warning !== null} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>确认警告</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{warning?.message}</Typography>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          label="说明（随年报保存）"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder="例如：正文为办公室本级口径，表格为全区汇总"
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button
          variant="contained"
          disabled={note.trim() === ''}
          onClick={() => {
            if (warning) onConfirm(warning, note.trim());
            onClose();
          }}
        >
          确认
        </Button>
      </DialogActions>
    </Dialog>
  );
}
