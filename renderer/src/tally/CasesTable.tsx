/** The 台账 page's 行政复议 and 行政诉讼 cases, for table 四, in the order registered. */
import { Box, Button, Stack, Table, TableBody, TableCell, TableRow } from '@mui/material';
import type { BookCase } from '../../../shared/tally';
import { ColumnHeads, EntryActions } from './TableParts';

function kindText(c: BookCase): string {
  return c.kind === '行政诉讼' ? (c.afterReview ? '行政诉讼（复议后起诉）' : '行政诉讼（未经复议）') : c.kind;
}

export function CasesTable({
  cases,
  onAdd,
  onEdit,
  onDelete,
}: {
  cases: readonly BookCase[];
  onAdd(): void;
  onEdit(c: BookCase): void;
  onDelete(c: BookCase): void;
}) {
  return (
    <Stack spacing={1}>
      <Box>
        <Button size="small" variant="outlined" onClick={onAdd}>
          登记案件
        </Button>
      </Box>
      <Table size="small" aria-label="复议诉讼案件">
        <ColumnHeads headers={['编号', '类别', '收到日期', '结果', '结果日期', '']} />
        <TableBody>
          {cases.map((c) => (
            <TableRow key={c.id}>
              <TableCell>{c.number}</TableCell>
              <TableCell>{kindText(c)}</TableCell>
              <TableCell>{c.received}</TableCell>
              <TableCell>{c.result || '尚未审结'}</TableCell>
              <TableCell>{c.resultDate ?? ''}</TableCell>
              <TableCell>
                <EntryActions edit="修改" onEdit={() => onEdit(c)} onDelete={() => onDelete(c)} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
}
