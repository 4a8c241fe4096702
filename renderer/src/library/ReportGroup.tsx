/** One agency's reports in 年报库, newest year first: format, status, last save, and 打开 / 历史版本 / 删除. */
import { Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReportSummary } from '../../../shared/api/types';
import { FORMAT_DEFINITIONS } from '../../../shared/formats';

function when(iso: string): string {
  return iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '';
}

interface Props {
  agency: string;
  list: ReportSummary[];
  onOpen(id: string): void;
  onHistory(r: ReportSummary): void;
  onRemove(r: ReportSummary): void;
}

function ReportStatus({ r }: { r: ReportSummary }) {
  return r.newerSchema ? (
    <Chip size="small" label="新版本保存，只读" />
  ) : (
    <Stack direction="row" spacing={0.5}>
      <Chip size="small" color={r.errors ? 'error' : 'success'} label={r.errors ? `错误 ${r.errors}` : '无错误'} />
      {r.warnings ? <Chip size="small" color="warning" label={`警告 ${r.warnings}`} /> : null}
    </Stack>
  );
}

export function ReportGroup({ agency, list, onOpen, onHistory, onRemove }: Props) {
  return (
    <Paper sx={{ mb: 2 }} component="section" aria-label={agency}>
      <Typography variant="h6" component="h2" sx={{ px: 2, pt: 1.5, fontSize: 17 }}>
        {agency}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>年度</TableCell>
            <TableCell>格式</TableCell>
            <TableCell>状态</TableCell>
            <TableCell>最后保存</TableCell>
            <TableCell align="right">操作</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {[...list]
            .sort((a, b) => b.year - a.year)
            .map((r) => (
              <TableRow key={r.id} hover>
                <TableCell>{r.year}年</TableCell>
                <TableCell>{r.format ? FORMAT_DEFINITIONS[r.format].shortName : ''}</TableCell>
                <TableCell>
                  <ReportStatus r={r} />
                </TableCell>
                <TableCell>{when(r.savedAt)}</TableCell>
                <TableCell align="right">
                  <Button size="small" variant="contained" onClick={() => onOpen(r.id)} aria-label={`打开 ${r.title}`}>
                    打开
                  </Button>
                  <Button size="small" onClick={() => onHistory(r)} aria-label={`历史版本 ${r.title}`}>
                    历史版本
                  </Button>
                  <Button size="small" color="inherit" onClick={() => onRemove(r)} aria-label={`删除 ${r.title}`}>
                    删除
                  </Button>
                </TableCell>
              </TableRow>
            ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
