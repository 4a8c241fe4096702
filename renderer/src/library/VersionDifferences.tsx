/** What a history version holds against the report now: fields, cells and texts side by side (shared/model/version-diff). */
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { VersionChanges } from '../../../shared/model/version-diff';
import { compareTexts, type Segment } from '../../../shared/text-diff';
import { Segments, type SegmentTitles } from '../editor/Segments';

const TITLES: SegmentTitles = { carried: undefined, same: undefined, new: '当前有、该版本没有', removed: '该版本有、当前没有' };
// A sentence both have is simply the same here (it is no 内容雷同 between two versions of one report).
const plain = (list: readonly Segment[]): Segment[] => list.map((s) => (s.kind === 'carried' ? { ...s, kind: 'same' } : s));
const shown = (n: number | null) => (n === null ? '未填' : String(n));

export function VersionDifferences({ changes }: { changes: VersionChanges }) {
  return (
    <Box sx={{ maxHeight: '60vh', overflow: 'auto' }}>
      {changes.fields.length + changes.cells.length > 0 ? (
        <Table size="small" stickyHeader aria-label="不同的栏目">
          <TableHead>
            <TableRow>
              <TableCell>栏目</TableCell>
              <TableCell align="right">该版本</TableCell>
              <TableCell align="right">当前</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.fields.map((f) => (
              <TableRow key={f.label}>
                <TableCell>{f.label}</TableCell>
                <TableCell align="right">{f.version}</TableCell>
                <TableCell align="right">{f.now}</TableCell>
              </TableRow>
            ))}
            {changes.cells.map((c) => (
              <TableRow key={c.id}>
                <TableCell>{c.name}</TableCell>
                <TableCell align="right">{shown(c.version)}</TableCell>
                <TableCell align="right">{shown(c.now)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {changes.texts.map((t) => {
        const diff = compareTexts(t.version, t.now);
        return (
          <Box key={t.key} sx={{ mt: 2 }}>
            <Typography variant="subtitle2">{t.label}</Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1 }}>
              <Typography variant="caption" color="text.secondary">
                该版本（红色删除线：当前已没有）
              </Typography>
              <Typography variant="caption" color="text.secondary">
                当前（绿色：该版本没有）
              </Typography>
              <Box sx={{ whiteSpace: 'pre-wrap', background: '#f7f7f7', p: 1, fontSize: 13 }} aria-label={`该版本的${t.label}`}>
                {t.version ? <Segments list={plain(diff.before)} titles={TITLES} /> : '（无）'}
              </Box>
              <Box sx={{ whiteSpace: 'pre-wrap', background: '#fffdf5', p: 1, fontSize: 13 }} aria-label={`当前的${t.label}`}>
                {t.now ? <Segments list={plain(diff.now)} titles={TITLES} /> : '（无）'}
              </Box>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
