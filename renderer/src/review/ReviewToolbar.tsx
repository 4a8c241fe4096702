/** The 审核 page's title and commands: start a run from a folder, the unit list, the 问题清单's exports, the 汇总. */
import { Button, Stack, Typography } from '@mui/material';
import type { ReviewExportKind } from '../../../shared/api/types';

interface Props {
  running: boolean;
  /** the run is finished: its 问题清单 can be exported and its reports summed */
  finished: boolean;
  unitCount: number;
  /** why the ticked reports cannot be summed, or null */
  sumRefusal: string | null;
  onFolder(): void;
  onUnits(): void;
  onExport(kind: ReviewExportKind): void;
  onSum(): void;
}

export function ReviewToolbar({ running, finished, unitCount, sumRefusal, onFolder, onUnits, onExport, onSum }: Props) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, borderBottom: '2px solid #9b1c1c', pb: 1 }}>
      <Typography variant="h5" component="h1" sx={{ mr: 'auto', fontWeight: 600 }}>
        审核
      </Typography>
      <Button variant="contained" onClick={onFolder} disabled={running}>
        选择文件夹审核
      </Button>
      <Button variant="outlined" onClick={onUnits}>
        单位名单{unitCount ? `（${unitCount}）` : ''}
      </Button>
      <Button variant="outlined" onClick={() => onExport('xlsx')} disabled={!finished}>
        导出问题清单（Excel）
      </Button>
      <Button variant="outlined" onClick={() => onExport('pdf')} disabled={!finished}>
        导出问题清单（PDF）
      </Button>
      <Button variant="outlined" disabled={!finished || sumRefusal !== null} title={sumRefusal ?? ''} onClick={onSum}>
        汇总所选报告
      </Button>
    </Stack>
  );
}
