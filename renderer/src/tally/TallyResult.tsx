/** A count of 从台账统计 as the tables it would fill: the cells it would change framed, a cell's rows listed when clicked. */
import { useMemo } from 'react';
import { Alert, Tab, Tabs, Typography } from '@mui/material';
import { getFormat, type TableKey } from '../../../shared/formats';
import type { Report } from '../../../shared/model';
import { tallyCells, tallyChanges, type MappedValueKind, type Tally } from '../../../shared/tally';
import { TableGrid } from '../editor/TableGrid';
import type { CellMarks } from '../editor/view-model';
import { CellSources, UncountedRows } from './TallyRows';
import { TallySummary } from './TallySummary';

interface Props {
  report: Report;
  prior: Report | undefined;
  t: Tally;
  shown: TableKey;
  setShown(table: TableKey): void;
  focused: string | null;
  setFocused(cell: string | null): void;
  onMapValue(kind: MappedValueKind, value: string, label: string): void;
}

export function TallyResult({ report, prior, t, shown, setShown, focused, setFocused, onMapValue }: Props) {
  const format = getFormat(report.format);
  const changes = useMemo(() => tallyChanges(report, t), [report, t]);
  const marks = useMemo(() => {
    const m = new Map<string, CellMarks>();
    // Only a number that would change is framed: filling a blank cell changes nothing the user wrote.
    for (const c of changes)
      if (c.before !== null) m.set(c.cell, { severity: 'warning', primary: true, messages: [`报告中现为 ${c.before}，台账统计为 ${c.after ?? '空白'}`] });
    return m;
  }, [changes]);
  return (
    <>
      <TallySummary report={report} prior={prior} t={t} changes={changes.length} overwritten={marks.size} />
      {t.casesRead ? (
        <Tabs value={shown} onChange={(_, v: TableKey) => setShown(v)}>
          <Tab value="t3" label="表三 依申请公开" />
          <Tab value="t4" label="表四 复议诉讼" />
        </Tabs>
      ) : null}
      <Typography variant="body2" color="text.secondary">
        点击表中的数字，查看计入该格的台账行。
      </Typography>
      <TableGrid format={format} table={shown} cells={tallyCells(t)} marks={marks} readOnly onChange={() => undefined} onFocusCell={setFocused} />
      {focused ? <CellSources name={format.cells.get(focused)?.name ?? focused} sources={t.sources[focused] ?? []} /> : null}
      {t.uncounted.length ? <UncountedRows uncounted={t.uncounted} formatId={report.format} onMapValue={onMapValue} /> : null}
      {t.overdue.length ? <Alert severity="warning">台账中有 {t.overdue.length} 件申请超过答复期限（在“台账”页可查看）。</Alert> : null}
    </>
  );
}
