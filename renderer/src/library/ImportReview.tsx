/** What an import found and could not place, shown before the report joins the library. */
import { Alert, Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import type { ImportOutcome } from '../../../shared/api/types';
import { FORMAT_DEFINITIONS } from '../../../shared/formats';

export function ImportReview({ outcome }: { outcome: ImportOutcome }) {
  const r = outcome.report;
  const blanks = Object.values(r.cells).filter((v) => v === null).length;
  return (
    <Box>
      <Typography sx={{ mb: 1 }}>
        《{outcome.fileName}》：{r.agency}，{r.year}年，{FORMAT_DEFINITIONS[r.format].name}；{blanks > 0 ? `${blanks}个单元格空白` : '表格已全部读出'}。
      </Typography>
      {outcome.warnings.length === 0 ? (
        <Alert severity="success">全部内容都已对应到年报的栏目。</Alert>
      ) : (
        <>
          <Alert severity="warning">以下 {outcome.warnings.length} 处需要核对：</Alert>
          <List dense sx={{ maxHeight: 260, overflow: 'auto' }} aria-label="导入提示">
            {outcome.warnings.map((w, i) => (
              <ListItem key={i} disableGutters>
                <ListItemText primary={w.message} secondary={w.where} />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </Box>
  );
}
