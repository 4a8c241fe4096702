/** 汇总 from the library: reports of one year and one format, summed into a new report for the named agency. */
import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import type { ReportSummary } from '../../../shared/api/types';
import { FORMAT_DEFINITIONS } from '../../../shared/formats';
import { api, errorText } from '../api';
import { withMember } from '../sets';

const groupKey = (r: ReportSummary) => `${r.year}|${r.format}`;

export function SumDialog({
  open,
  reports,
  onClose,
  onCreated,
}: {
  open: boolean;
  reports: ReportSummary[];
  onClose(): void;
  onCreated(id: string, message: string): void;
}) {
  const groups = useMemo(() => {
    const m = new Map<string, ReportSummary[]>();
    for (const r of reports) m.set(groupKey(r), [...(m.get(groupKey(r)) ?? []), r]);
    return [...m.entries()].sort((a, b) => b[0].localeCompare(a[0]));
  }, [reports]);
  const [group, setGroup] = useState('');
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const [agency, setAgency] = useState('');
  const [error, setError] = useState<string | null>(null);
  const current = group || groups[0]?.[0] || '';
  const members = groups.find(([k]) => k === current)?.[1] ?? [];
  const chosen = members.filter((r) => !unchecked.has(r.id));
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>汇总年报</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField select label="年度与格式" value={current} onChange={(e) => setGroup(e.target.value)}>
            {groups.map(([k, list]) => (
              <MenuItem key={k} value={k}>
                {list[0]?.year}年 · {list[0]?.format ? FORMAT_DEFINITIONS[list[0].format].name : ''}（{list.length} 份）
              </MenuItem>
            ))}
          </TextField>
          <Stack>
            {members.map((r) => (
              <FormControlLabel
                key={r.id}
                label={r.title}
                control={<Checkbox checked={!unchecked.has(r.id)} onChange={(e) => setUnchecked((s) => withMember(s, r.id, !e.target.checked))} />}
              />
            ))}
          </Stack>
          <TextField label="汇总报告的机关名称（如 某某市人民政府）" value={agency} onChange={(e) => setAgency(e.target.value)} />
          {error ? <Alert severity="error">{error}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button
          variant="contained"
          disabled={chosen.length === 0 || !agency.trim()}
          onClick={() => {
            setError(null);
            api()
              .sumLibrary(
                chosen.map((r) => r.id),
                agency.trim(),
              )
              .then(
                (o) => onCreated(o.summary.id, `已生成汇总报告：${o.summary.title}${o.warnings.length ? `；${o.warnings.join('；')}` : ''}`),
                (e: unknown) => setError(errorText(e)),
              );
          }}
        >
          生成汇总报告
        </Button>
      </DialogActions>
    </Dialog>
  );
}
