/** The 台账 page's applications, newest first, each with its answer deadline and state; a long register shows its first rows. */
import { Box, Button, Chip, Table, TableBody, TableCell, TableRow } from '@mui/material';
import { useMemo } from 'react';
import type { ApplicationDeadline, BookApplication } from '../../../shared/tally';
import { ColumnHeads, EntryActions } from './TableParts';

const STATE_LABEL: Record<ApplicationDeadline['state'], { label: string; color: 'error' | 'warning' | 'default' | 'success' }> = {
  overdue: { label: '已超期', color: 'error' },
  soon: { label: '即将到期', color: 'warning' },
  open: { label: '办理中', color: 'default' },
  'answered-late': { label: '超期答复', color: 'error' },
  answered: { label: '已答复', color: 'success' },
};

/** Rows shown at first, newest first: a year's register of thousands stays quick to open. */
export const PAGE_ROWS = 200;

/** The rows shown once 显示更多 is clicked. */
export function moreRows(shown: number): number {
  return shown + PAGE_ROWS * 5;
}

function dueText(d: ApplicationDeadline | undefined): string {
  if (!d) return '';
  if (!d.due) return '无法计算';
  if (d.state === 'overdue') return `${d.due}（超期 ${-(d.daysLeft ?? 0)} 个工作日）`;
  if (d.daysLeft === 0) return `${d.due}（今天到期）`;
  if (d.state === 'soon' || d.state === 'open') return `${d.due}（还有 ${d.daysLeft ?? '?'} 个工作日）`;
  return d.due;
}

const NOWRAP = { whiteSpace: 'nowrap' } as const;

function ApplicationRow({ a, d, onEdit, onDelete }: { a: BookApplication; d: ApplicationDeadline | undefined; onEdit(): void; onDelete(): void }) {
  const state = d ? STATE_LABEL[d.state] : null;
  return (
    <TableRow>
      <TableCell sx={NOWRAP}>{a.number}</TableCell>
      <TableCell sx={NOWRAP}>{a.received}</TableCell>
      <TableCell>{a.applicantType}</TableCell>
      <TableCell sx={{ maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{a.content}</TableCell>
      <TableCell>{dueText(d)}</TableCell>
      <TableCell sx={NOWRAP}>{state ? <Chip size="small" color={state.color} label={state.label} /> : null}</TableCell>
      <TableCell sx={NOWRAP}>{a.answered ?? ''}</TableCell>
      <TableCell>{[a.outcome, a.reason].filter(Boolean).join('：')}</TableCell>
      <TableCell sx={NOWRAP}>
        <EntryActions edit={a.answered ? '修改' : '答复'} name={a.number || a.received} onEdit={onEdit} onDelete={onDelete} />
      </TableCell>
    </TableRow>
  );
}

interface Props {
  applications: readonly BookApplication[];
  deadlines: ReadonlyMap<string, ApplicationDeadline>;
  shown: number;
  onShowMore(): void;
  onEdit(a: BookApplication): void;
  onDelete(a: BookApplication): void;
}

export function ApplicationsTable({ applications, deadlines, shown, onShowMore, onEdit, onDelete }: Props) {
  const sorted = useMemo(() => [...applications].sort((a, b) => b.received.localeCompare(a.received)), [applications]);
  return (
    <>
      <Table size="small" aria-label="申请登记">
        <ColumnHeads headers={['编号', '收到日期', '申请人类型', '申请内容', '答复期限', '状态', '答复日期', '办理结果', '']} nowrap />
        <TableBody>
          {sorted.slice(0, shown).map((a) => (
            <ApplicationRow key={a.id} a={a} d={deadlines.get(a.id)} onEdit={() => onEdit(a)} onDelete={() => onDelete(a)} />
          ))}
        </TableBody>
      </Table>
      {sorted.length > shown ? (
        <Box>
          <Button size="small" onClick={onShowMore}>
            显示更多（另有 {sorted.length - shown} 件）
          </Button>
        </Box>
      ) : null}
    </>
  );
}
