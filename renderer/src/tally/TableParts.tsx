/** Pieces the register's tables share: a row of column headers, and an entry's buttons to change or delete it. */
import { Button, TableCell, TableHead, TableRow } from '@mui/material';

export function ColumnHeads({ headers, nowrap = false }: { headers: readonly string[]; nowrap?: boolean }) {
  return (
    <TableHead>
      <TableRow>
        {headers.map((h) => (
          <TableCell key={h} sx={nowrap ? { whiteSpace: 'nowrap' } : undefined}>
            {h}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
}

interface EntryActionsProps {
  /** the change button's text */
  edit: string;
  /** the entry as the buttons' accessible names say it; without it, the buttons are named by their text */
  name?: string;
  onEdit(): void;
  onDelete(): void;
}

export function EntryActions({ edit, name, onEdit, onDelete }: EntryActionsProps) {
  return (
    <>
      <Button size="small" onClick={onEdit} aria-label={name === undefined ? undefined : `${edit} ${name}`}>
        {edit}
      </Button>
      <Button size="small" color="inherit" onClick={onDelete} aria-label={name === undefined ? undefined : `删除 ${name}`}>
        删除
      </Button>
    </>
  );
}
