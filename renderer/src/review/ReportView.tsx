/** One reviewed report, read-only: its problems beside the official layout (the print HTML in a script-free frame). */
import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { RULES, SEVERITY_LABEL } from '../../../shared/checks';
import { printHtml } from '../../../shared/layout';
import { reportTitle, type Report } from '../../../shared/model';
import type { ReviewedReport } from '../../../shared/review';
import { api, errorText } from '../api';

export function ReportView({ runId, entry, onClose }: { runId: string; entry: ReviewedReport; onClose(): void }) {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api()
      .reviewReport(runId, entry.file)
      .then(setReport, (e: unknown) => setError(errorText(e)));
  }, [runId, entry.file]);
  const html = useMemo(
    () =>
      report
        ? printHtml(report).replace(
            '<body>',
            '<body style="background:#888;padding:8px 0"><style>.page{background:#fff;margin:0 auto;padding:37mm 26mm 35mm 28mm}</style>',
          )
        : '',
    [report],
  );
  const problems = entry.diagnostics.filter((d) => d.severity !== 'info');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xl">
      <DialogTitle>{report ? reportTitle(report) : `${entry.agency} ${entry.year}年`}（只读）</DialogTitle>
      <DialogContent sx={{ display: 'flex', gap: 2, height: '78vh' }}>
        <Box sx={{ width: 420, overflow: 'auto', flex: 'none' }} component="section" aria-label="检查结果">
          <Typography variant="subtitle1">
            错误 {entry.errors} 项，警告 {entry.warnings} 项{entry.priorFile ? '（已对照上年报告）' : ''}
          </Typography>
          <List dense>
            {problems.map((d) => (
              <ListItem key={d.key} sx={{ alignItems: 'flex-start', color: d.severity === 'error' ? '#b71c1c' : '#8a4b00' }}>
                <ListItemText primary={`${SEVERITY_LABEL[d.severity]} [${d.rule} ${RULES[d.rule].name}]`} secondary={d.message} />
              </ListItem>
            ))}
            {entry.importWarnings.map((w) => (
              <ListItem key={w}>
                <ListItemText primary="导入提示" secondary={w} />
              </ListItem>
            ))}
          </List>
        </Box>
        <Box sx={{ flex: 1 }}>
          {error ? <Alert severity="error">{error}</Alert> : null}
          {report ? (
            <iframe title="报告内容" sandbox="" srcDoc={html} style={{ border: 0, width: '100%', height: '100%' }} />
          ) : error ? null : (
            <CircularProgress aria-label="正在打开" />
          )}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}
