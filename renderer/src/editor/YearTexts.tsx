/**
 * 与上年对照's 正文对照: last year's text beside this year's per section, what changed marked, and the similarity
 * against the profile's X5 threshold where X5 checks it.
 */
import { useMemo } from 'react';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { reuseCheckedParts, textSimilarity } from '../../../shared/checks';
import { getFormat, NARRATIVE_KEYS, partTitle, type NarrativeSectionKey } from '../../../shared/formats';
import { blockText, type Report } from '../../../shared/model';
import { getProfile } from '../../../shared/profiles';
import { compareTexts } from '../../../shared/text-diff';
import { SEGMENT_STYLE } from './Segments';
import { TextPanes } from './TextPanes';

/** The narrative parts in the order printed, titled as everywhere (partTitle). */
function narrativeSections(report: Report): { key: NarrativeSectionKey; label: string }[] {
  return NARRATIVE_KEYS.map((key) => ({ key, label: partTitle(report.format, key) }));
}

const text = (r: Report, k: NarrativeSectionKey) => r.sections[k].map(blockText).join('\n');

function Legend() {
  return (
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
  );
}

export function YearTexts({ open, report, prior }: { open: boolean; report: Report; prior: Report }) {
  const { x5Threshold: threshold, name: profileName } = getProfile(report.profile);
  // Warned of only where X5 warns (一、五、六), so the dialog and the checks panel agree.
  const checked = useMemo(() => new Set<string>(reuseCheckedParts(getFormat(report.format))), [report.format]);
  return (
    <Stack spacing={2}>
      <Legend />
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
            <TextPanes
              gap={2}
              before={{ label: `${prior.year}年${s.label}`, text: before, segments: diff?.before ?? [] }}
              now={{ label: `${report.year}年${s.label}`, text: now, segments: diff?.now ?? [] }}
            />
          </Box>
        );
      })}
    </Stack>
  );
}
