/** 应报送单位名单: the units that must file, typed or read from a .txt / .xlsx; those with no report show in red. */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { parseUnitList } from '../../../shared/review';
import { api, errorText } from '../api';

export function UnitListDialog({
  open,
  onClose,
  onSet,
  onError,
}: {
  open: boolean;
  onClose(): void;
  onSet(units: string[]): void;
  onError(message: string): void;
}) {
  const [text, setText] = useState('');
  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      // Read in the main process: a .txt from an office PC is often GBK, and .xlsx needs the workbook reader.
      const list = await api().readUnitList(file.name, new Uint8Array(await file.arrayBuffer()));
      setText(list.join('\n'));
    } catch (e) {
      onError(errorText(e));
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>应报送单位名单</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          每行一个单位（也可用顿号、逗号分隔），或读入 .txt / .xlsx（第一列为单位名称）。没有报告的单位在表中标红。
        </Typography>
        <TextField
          multiline
          minRows={8}
          fullWidth
          value={text}
          onChange={(e) => setText(e.target.value)}
          slotProps={{ htmlInput: { 'aria-label': '单位名单' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button component="label" sx={{ mr: 'auto' }}>
          读入文件
          <input
            hidden
            type="file"
            accept=".txt,.xlsx"
            data-testid="unit-file"
            onChange={(e) => void loadFile(e.target.files?.[0]).then(() => (e.target.value = ''))}
          />
        </Button>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" onClick={() => onSet(parseUnitList(text))}>
          确定
        </Button>
      </DialogActions>
    </Dialog>
  );
}
