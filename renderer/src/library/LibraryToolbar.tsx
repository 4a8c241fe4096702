/** 年报库's heading and its commands: 新建年报, 以往年度为模板新建, 导入, 汇总. */
import { Button, Stack, Typography } from '@mui/material';
import { ImportFileButton } from './ImportFileButton';

interface Props {
  /** how many reports are in the library (not in the bin): a template needs one, 汇总 two */
  liveCount: number;
  onNew(): void;
  onNewFromPrior(): void;
  onImport(file: File): void;
  onSum(): void;
}

export function LibraryToolbar({ liveCount, onNew, onNewFromPrior, onImport, onSum }: Props) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, borderBottom: '2px solid #9b1c1c', pb: 1 }}>
      <Typography variant="h5" component="h1" sx={{ mr: 'auto', fontWeight: 600 }}>
        年报库
      </Typography>
      <Button variant="contained" onClick={onNew}>
        新建年报
      </Button>
      <Button variant="outlined" onClick={onNewFromPrior} disabled={liveCount === 0}>
        以往年度为模板新建
      </Button>
      <ImportFileButton testId="import-input" onFile={onImport}>
        导入
      </ImportFileButton>
      <Button variant="outlined" onClick={onSum} disabled={liveCount < 2}>
        汇总
      </Button>
    </Stack>
  );
}
