/** A text comparison's segments as marked text: what is carried over, new and dropped (shared/text-diff). */
import { Box } from '@mui/material';
import type { Segment, SegmentKind } from '../../../shared/text-diff';

export const SEGMENT_STYLE: Readonly<Record<SegmentKind, object>> = {
  carried: { background: '#ffe082' },
  same: {},
  new: { background: '#c8e6c9' },
  removed: { background: '#ffcdd2', textDecoration: 'line-through' },
};
export type SegmentTitles = Readonly<Record<SegmentKind, string | undefined>>;

/** What each mark means against last year's report (与上年对照). */
const YEAR_TITLES: SegmentTitles = {
  carried: '整句与上年相同',
  same: undefined,
  new: '本年新写',
  removed: '上年有、本年删去',
};

export function Segments({ list, titles = YEAR_TITLES }: { list: readonly Segment[]; titles?: SegmentTitles }) {
  return (
    <>
      {list.map((seg, i) =>
        seg.kind === 'same' ? (
          <span key={i}>{seg.text}</span>
        ) : (
          <Box
            component={seg.kind === 'removed' ? 'del' : seg.kind === 'new' ? 'ins' : 'mark'}
            key={i}
            title={titles[seg.kind]}
            sx={{ ...SEGMENT_STYLE[seg.kind], color: 'inherit', textDecorationLine: seg.kind === 'removed' ? 'line-through' : 'none' }}
          >
            {seg.text}
          </Box>
        ),
      )}
    </>
  );
}
