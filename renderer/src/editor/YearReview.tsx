/**
 * 与上年对照: last year's text beside this year's per section, with what changed highlighted (sentences carried
 * over unchanged — the 内容雷同 of X5 — in yellow, new words in green, dropped ones struck through) and the
 * similarity against the profile's threshold; proposed year updates to accept one by one; and every number with
 * last year's value, the change and the ×5 / ÷5 jumps.
 */
import { useMemo, useState } from 'react';
import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Tab,
  Tabs,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { reuseCheckedParts, textSimilarity } from '../../../shared/checks';
import { getFormat, NARRATIVE_KEYS, partTitle, type NarrativeSectionKey } from '../../../shared/formats';
import { blockText, type Report } from '../../../shared/model';
import { getProfile } from '../../../shared/profiles';
import { compareTexts } from '../../../shared/text-diff';
import { SEGMENT_STYLE, Segments } from './Segments';
import { applyMention, numberChanges, yearMentions } from '../../../shared/rollover';

/** The narrative parts in the order printed, titled as everywhere (partTitle). */
function narrativeSections(report: Report): { key: NarrativeSectionKey; label: string }[] {
  return NARRATIVE_KEYS.map((key) => ({ key, label: partTitle(report.format, key) }));
}

interface Props {
  open: boolean;
  report: Report;
  prior: Report;
  readOnly: boolean;
  onChange(next: Report, key: string): void;
  onClose(): void;
}

const text = (r: Report, k: NarrativeSectionKey) => r.sections[k].map(blockText).join('\n');

export function YearReview({ open, report, prior, readOnly, onChange, onClose }: Props) {
  const [tab, setTab] = useState(0);
  const mentions = useMemo(() => (open ? yearMentions(report) : []), [open, report]);
  const numbers = useMemo(() => (open ? numberChanges(report, prior) : []), [open, report, prior]);
  const { x5Threshold: threshold, name: profileName } = getProfile(report.profile);
  // Warned of only where X5 warns (一、五、六), so the dialog and the checks panel agree.
  const checked = useMemo(() => new Set<string>(reuseCheckedParts(getFormat(report.format))), [report.format]);
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
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              <Box component="mark" sx={SEGMENT_STYLE.carried}>
                黄色
              </Box>
              ：整句与上年相同（内容雷同）；
              <Box component="ins" sx={{ ...SEGMENT_STYLE.new, textDecorationLine: 'none' }}>
                绿色
              </Box>
              ：本年新写或改动的字；
              <Box component="del" sx={SEGMENT_STYLE.removed}>
                删除线
              </Box>
              ：上年有、本年删去的字。
            </Typography>
            {narrativeSections(report).map((s) => {
              const now = text(report, s.key);
              const before = text(prior, s.key);
              const sim = now && before ? Math.round(textSimilarity(now, before) * 100) : 0;
              const diff = open ? compareTexts(before, now) : null;
              const limit = Math.round(threshold * 100);
              return (
                <Box key={s.key}>
                  <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                    {s.label}{' '}
                    {checked.has(s.key) ? (
                      <Chip size="small" color={sim >= limit ? 'warning' : 'default'} label={`与上年相似度 ${sim}%（${profileName}以${limit}%为限）`} />
                    ) : (
                      <Chip size="small" label={`与上年相似度 ${sim}%（前言的固定表述每年相同，不作内容雷同检查）`} />
                    )}{' '}
                    {diff && now ? <Chip size="small" variant="outlined" label={`整句沿用 ${Math.round(diff.carriedShare * 100)}%`} /> : null}
                  </Typography>
                  <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
                    <Box sx={{ whiteSpace: 'pre-wrap', background: '#f7f7f7', p: 1, fontSize: 13 }} aria-label={`${prior.year}年${s.label}`}>
                      {before ? <Segments list={diff?.before ?? []} /> : '（无）'}
                    </Box>
                    <Box sx={{ whiteSpace: 'pre-wrap', background: '#fffdf5', p: 1, fontSize: 13 }} aria-label={`${report.year}年${s.label}`}>
                      {now ? <Segments list={diff?.now ?? []} /> : '（无）'}
                    </Box>
                  </Box>
                </Box>
              );
            })}
          </Stack>
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
          <Table size="small" stickyHeader>
            <TableHead>
              <TableRow>
                <TableCell>栏目</TableCell>
                <TableCell align="right">{prior.year}年</TableCell>
                <TableCell align="right">{report.year}年</TableCell>
                <TableCell align="right">变化</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {numbers.map((n) => (
                <TableRow key={n.id} sx={n.jump ? { background: '#fff3e0' } : undefined}>
                  <TableCell>{n.name}</TableCell>
                  <TableCell align="right">{n.prior ?? '—'}</TableCell>
                  <TableCell align="right">{n.now ?? '未填'}</TableCell>
                  <TableCell align="right">
                    {n.now !== null && n.prior !== null ? `${n.now - n.prior >= 0 ? '+' : ''}${Math.round((n.now - n.prior) * 10000) / 10000}` : ''}
                    {n.jump ? '（变化超过5倍，请核实）' : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}
