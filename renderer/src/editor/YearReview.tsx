/**
 * 与上年对照: last year's text beside this year's per section, with what changed highlighted (sentences carried
 * over unchanged — the 内容雷同 of X5 — in yellow, new words in green, dropped ones struck through) and the
 * similarity against the profile's threshold; proposed year updates to accept one by one; and every number with
 * last year's value, the change and the ×5 / ÷5 jumps.
 */
import { useMemo, useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Tab, Tabs, Typography } from '@mui/material';
import type { Report } from '../../../shared/model';
import { applyMention, numberChanges, yearMentions, type NumberChange } from '../../../shared/rollover';
import { ComparisonTable, type ComparisonRow } from './ComparisonTable';
import { YearTexts } from './YearTexts';

interface Props {
  open: boolean;
  report: Report;
  prior: Report;
  readOnly: boolean;
  onChange(next: Report, key: string): void;
  onClose(): void;
}

function numberRow(n: NumberChange): ComparisonRow {
  const change = n.now !== null && n.prior !== null ? `${n.now - n.prior >= 0 ? '+' : ''}${Math.round((n.now - n.prior) * 10000) / 10000}` : '';
  return { key: n.id, highlight: n.jump, cells: [n.name, n.prior ?? '—', n.now ?? '未填', `${change}${n.jump ? '（变化超过5倍，请核实）' : ''}`] };
}

export function YearReview({ open, report, prior, readOnly, onChange, onClose }: Props) {
  const [tab, setTab] = useState(0);
  const mentions = useMemo(() => (open ? yearMentions(report) : []), [open, report]);
  const numbers = useMemo(() => (open ? numberChanges(report, prior) : []), [open, report, prior]);
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xl">
      <DialogTitle>与{prior.year}年报告对照</DialogTitle>
      <DialogContent sx={{ height: '75vh' }}>
        <Tabs value={tab} onChange={(_e, v: number) => setTab(v)} sx={{ mb: 1 }}>
          <Tab label="正文对照" />
          <Tab label={`年份待确认（${mentions.length}）`} />
          <Tab label={`数字对照（${numbers.filter((n) => n.jump).length} 处大幅变化）`} />
        </Tabs>
        {tab === 0 ? (
          <YearTexts open={open} report={report} prior={prior} />
        ) : tab === 1 ? (
          <Stack spacing={1}>
            {mentions.length === 0 ? <Typography>没有需要确认的年份。</Typography> : null}
            {mentions.map((m, i) => (
              <Box key={`${m.section}-${m.index}-${i}`} sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                <Typography sx={{ flex: 1, fontSize: 14 }}>
                  …{m.context}… ：“{m.from}” → “{m.to}”
                </Typography>
                <Button size="small" variant="outlined" disabled={readOnly} onClick={() => onChange(applyMention(report, m), `mention:${i}`)}>
                  改为“{m.to}”
                </Button>
              </Box>
            ))}
          </Stack>
        ) : (
          <ComparisonTable heads={['栏目', `${prior.year}年`, `${report.year}年`, '变化']} rows={numbers.map(numberRow)} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}
