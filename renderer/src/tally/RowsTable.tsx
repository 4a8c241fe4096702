/** A list of register rows in 从台账统计, shown up to a limit (the count itself has them all). */
import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { ColumnHeads } from './TableParts';

/** Rows shown at most in a list. */
const SHOWN_ROWS = 500;

export function RowsTable({ headers, rows }: { headers: string[]; rows: ReactNode[][] }) {
  return (
    <Table size="small">
      <ColumnHeads headers={headers} />
      <TableBody>
        {rows.slice(0, SHOWN_ROWS).map((r, i) => (
          <TableRow key={i}>
            {r.map((c, j) => (
              <TableCell key={j}>{c}</TableCell>
            ))}
          </TableRow>
        ))}
        {rows.length > SHOWN_ROWS ? (
          <TableRow>
            <TableCell colSpan={headers.length}>……另有 {rows.length - SHOWN_ROWS} 行</TableCell>
          </TableRow>
        ) : null}
      </TableBody>
    </Table>
  );
}
