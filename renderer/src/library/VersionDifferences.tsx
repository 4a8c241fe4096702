/** What a history version holds against the report now: fields, cells and texts side by side (shared/model/version-diff). */
import { Box, Typography } from '@mui/material';
import type { VersionChanges } from '../../../shared/model/version-diff';
import { compareTexts, type Segment } from '../../../shared/text-diff';
import { ComparisonTable, type ComparisonRow } from '../editor/ComparisonTable';
import type { SegmentTitles } from '../editor/Segments';
import { TextPanes } from '../editor/TextPanes';

const TITLES: SegmentTitles = { carried: undefined, same: undefined, new: '当前有、该版本没有', removed: '该版本有、当前没有' };
// A sentence both have is simply the same here (it is no 内容雷同 between two versions of one report).
const plain = (list: readonly Segment[]): Segment[] => list.map((s) => (s.kind === 'carried' ? { ...s, kind: 'same' } : s));
const shown = (n: number | null) => (n === null ? '未填' : String(n));
const CAPTIONS = ['该版本（红色删除线：当前已没有）', '当前（绿色：该版本没有）'] as const;

function changedRows(changes: VersionChanges): ComparisonRow[] {
  return [
    ...changes.fields.map((f) => ({ key: `field:${f.label}`, cells: [f.label, f.version, f.now] })),
    ...changes.cells.map((c) => ({ key: `cell:${c.id}`, cells: [c.name, shown(c.version), shown(c.now)] })),
  ];
}

export function VersionDifferences({ changes }: { changes: VersionChanges }) {
  const rows = changedRows(changes);
  return (
    <Box sx={{ maxHeight: '60vh', overflow: 'auto' }}>
      {rows.length > 0 ? <ComparisonTable label="不同的栏目" heads={['栏目', '该版本', '当前']} rows={rows} /> : null}
      {changes.texts.map((t) => {
        const diff = compareTexts(t.version, t.now);
        return (
          <Box key={t.key} sx={{ mt: 2 }}>
            <Typography variant="subtitle2">{t.label}</Typography>
            <TextPanes
              gap={1}
              captions={CAPTIONS}
              titles={TITLES}
              before={{ label: `该版本的${t.label}`, text: t.version, segments: plain(diff.before) }}
              now={{ label: `当前的${t.label}`, text: t.now, segments: plain(diff.now) }}
            />
          </Box>
        );
      })}
    </Box>
  );
}
