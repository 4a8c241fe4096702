/**
 * What the import said needs checking, shown in the editor until the user has gone through it: the notes live in
 * the report (importNotes), so they survive closing the import dialog, the editor and the app.
 */
import { useState } from 'react';
import { Alert, Button, Collapse, List, ListItem, ListItemText } from '@mui/material';
import type { Report } from '../../../shared/model';

interface Props {
  notes: NonNullable<Report['importNotes']>;
  readOnly: boolean;
  onDismiss(): void;
}

export function ImportNotes({ notes, readOnly, onDismiss }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      role="region"
      aria-label="导入提示"
      action={
        <>
          <Button color="inherit" size="small" onClick={() => setOpen((o) => !o)}>
            {open ? '收起' : '查看'}
          </Button>
          {readOnly ? null : (
            <Button color="inherit" size="small" onClick={onDismiss}>
              已核对，不再显示
            </Button>
          )}
        </>
      }
    >
      导入时有 {notes.length} 处需要核对（来源文件中的位置已列出）。
      <Collapse in={open}>
        <List dense sx={{ maxHeight: 240, overflow: 'auto' }}>
          {notes.map((n, i) => (
            <ListItem key={i} disableGutters>
              <ListItemText primary={n.message} secondary={n.where} />
            </ListItem>
          ))}
        </List>
      </Collapse>
    </Alert>
  );
}
