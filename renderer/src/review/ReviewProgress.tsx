/** Above the 审核 table: what to do before a run, then how far the run is, what it found so far, and the indicators charted. */
import { Box, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import type { ReviewStatus } from '../../../shared/api/types';
import { INDICATORS, type ReviewEntry, type ReviewedReport } from '../../../shared/review';
import { IndicatorChart } from './IndicatorChart';

export function ReviewIntro() {
  return (
    <Paper sx={{ p: 4, textAlign: 'center' }}>
      <Typography>选择一个文件夹（含下级文件夹），或把各单位报送的年报文件拖到这里：Word（.docx/.doc/.wps）、PDF、网页、文本或 JSON 均可。</Typography>
      <Typography sx={{ mt: 1, color: 'text.secondary' }}>
        逐份运行全部勾稽与合规检查；同一单位上一年度的报告也在其中时，加上跨年度检查（上年结转等）。
      </Typography>
    </Paper>
  );
}

interface Props {
  status: ReviewStatus;
  reports: readonly ReviewedReport[];
  failed: readonly ReviewEntry[];
  /** the units on the list that filed nothing */
  missing: readonly string[];
}

export function ReviewProgress({ status, reports, failed, missing }: Props) {
  return (
    <>
      <Box sx={{ mb: 2 }}>
        <Typography sx={{ mb: 0.5 }}>
          {status.label}：{status.finished ? '审核完成' : '正在审核'}，已完成 {status.done} / {status.total} 个文件；导入 {reports.length} 份，
          {reports.filter((r) => r.errors > 0).length} 份有错误
          {failed.length ? `，${failed.length} 个文件无法导入` : ''}
          {missing.length ? `，${missing.length} 个单位未报送` : ''}
        </Typography>
        <LinearProgress variant="determinate" value={status.total ? (status.done / status.total) * 100 : status.finished ? 100 : 0} aria-label="审核进度" />
      </Box>
      {reports.length > 0 ? (
        <Stack direction="row" spacing={1.5} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1.5 }}>
          {INDICATORS.map((d) => (
            <IndicatorChart key={d.id} def={d} values={reports.map((r) => r.indicators[d.id])} />
          ))}
        </Stack>
      ) : null}
    </>
  );
}
