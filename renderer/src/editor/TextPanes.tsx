/**
 * Two texts side by side, the earlier on grey and the later on cream, each marked with its segments of a text
 * comparison (与上年对照, a history version against now); a text that is empty reads （无）.
 */
import { Box, Typography } from '@mui/material';
import type { Segment } from '../../../shared/text-diff';
import { Segments, type SegmentTitles } from './Segments';

export interface TextPane {
  /** the pane's accessible name */
  label: string;
  text: string;
  segments: readonly Segment[];
}

interface Props {
  before: TextPane;
  now: TextPane;
  /** the column gap, in theme spacing */
  gap: number;
  /** a line above each pane saying what it holds */
  captions?: readonly [string, string];
  titles?: SegmentTitles;
}

const PANE = { whiteSpace: 'pre-wrap', p: 1, fontSize: 13 } as const;

export function TextPanes({ before, now, gap, captions, titles }: Props) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap }}>
      {captions?.map((c) => (
        <Typography key={c} variant="caption" color="text.secondary">
          {c}
        </Typography>
      ))}
      <Box sx={{ ...PANE, background: '#f7f7f7' }} aria-label={before.label}>
        {before.text ? <Segments list={before.segments} titles={titles} /> : '（无）'}
      </Box>
      <Box sx={{ ...PANE, background: '#fffdf5' }} aria-label={now.label}>
        {now.text ? <Segments list={now.segments} titles={titles} /> : '（无）'}
      </Box>
    </Box>
  );
}
