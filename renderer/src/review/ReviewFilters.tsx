/** The 审核 table's search box and 显示 choice. */
import { MenuItem, Stack, TextField } from '@mui/material';
import { VETO_RULES } from '../../../shared/review';
import type { Show } from './review-rows';
import type { ReviewView } from './useReviewView';

export function ReviewFilters({ view }: { view: Pick<ReviewView, 'query' | 'setQuery' | 'show' | 'setShow'> }) {
  return (
    <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
      <TextField size="small" label="筛选机关或文件" value={view.query} onChange={(e) => view.setQuery(e.target.value)} />
      <TextField size="small" select label="显示" value={view.show} onChange={(e) => view.setShow(e.target.value as Show)} sx={{ minWidth: 140 }}>
        <MenuItem value="all">全部</MenuItem>
        <MenuItem value="errors">有错误的</MenuItem>
        <MenuItem value="warnings">有警告的</MenuItem>
        <MenuItem value="veto">有{VETO_RULES.map((v) => v.label).join('或')}问题的</MenuItem>
        <MenuItem value="failed">无法导入的</MenuItem>
      </TextField>
    </Stack>
  );
}
