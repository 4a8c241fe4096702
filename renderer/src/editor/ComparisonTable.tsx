/**
 * The same 栏目 side by side (与上年对照's numbers, a history version against now): the 栏目 on the left, the
 * values right-aligned, a row to look at highlighted.
 */
import type { ReactNode } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';

export interface ComparisonRow {
  key: string;
  cells: readonly ReactNode[];
  highlight?: boolean;
}

interface Props {
  heads: readonly ReactNode[];
  rows: readonly ComparisonRow[];
  /** the table's accessible name */
  label?: string;
}

const align = (column: number) => (column === 0 ? undefined : 'right');

export function ComparisonTable({ heads, rows, label }: Props) {
  return (
    <Table size="small" stickyHeader aria-label={label}>
      <TableHead>
        <TableRow>
          {heads.map((h, i) => (
            <TableCell key={i} align={align(i)}>
              {h}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key} sx={r.highlight ? { background: '#fff3e0' } : undefined}>
            {r.cells.map((c, i) => (
              <TableCell key={i} align={align(i)}>
                {c}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
