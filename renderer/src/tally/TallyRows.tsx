/**
 * The register rows behind a count in 从台账统计: those counted in the cell clicked, and those it could not count,
 * where the office's own word for an applicant type or an outcome can be mapped to a label of table 三.
 */
import { useMemo } from 'react';
import { Box, MenuItem, TextField, Typography } from '@mui/material';
import type { FormatId } from '../../../shared/formats';
import { applicantChoices, columnLabel, outcomeChoices, type CountedRef, type MappedValueKind, type Uncounted } from '../../../shared/tally';
import { RowsTable } from './RowsTable';

export function CellSources({ name, sources }: { name: string; sources: readonly CountedRef[] }) {
  return (
    <Box aria-label="计入该格的台账行">
      <Typography variant="subtitle2">
        {name}：{sources.length} 件
      </Typography>
      {sources.length ? (
        <RowsTable
          headers={['编号', '位置', '收到日期', '答复日期', '办理结果']}
          rows={sources.map((r) => [r.number || '—', `${r.sheet} 第 ${r.row} 行`, r.received, r.answered ?? '未答复', r.outcome || '—'])}
        />
      ) : null}
    </Box>
  );
}

function mappable(column: string): MappedValueKind | null {
  return column === columnLabel('applicantType') ? 'applicantType' : column === columnLabel('outcome') ? 'outcome' : null;
}

function ValueChoice({ kind, value, choices, onMap }: { kind: MappedValueKind; value: string; choices: readonly string[]; onMap(label: string): void }) {
  return (
    <TextField
      select
      size="small"
      value=""
      sx={{ minWidth: 180 }}
      slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'aria-label': `“${value}”计为` } as object } }}
      onChange={(e) => onMap(e.target.value)}
    >
      <MenuItem value="" disabled>
        选择表三的{kind === 'applicantType' ? '列' : '行'}……
      </MenuItem>
      {choices.map((c) => (
        <MenuItem key={c} value={c}>
          {c}
        </MenuItem>
      ))}
    </TextField>
  );
}

interface UncountedProps {
  uncounted: readonly Uncounted[];
  formatId: FormatId;
  onMapValue(kind: MappedValueKind, value: string, label: string): void;
}

export function UncountedRows({ uncounted, formatId, onMapValue }: UncountedProps) {
  const applicantLabels = useMemo(() => applicantChoices(formatId), [formatId]);
  const outcomeLabels = useMemo(() => outcomeChoices(formatId).map((c) => c.label), [formatId]);
  return (
    <Box aria-label="无法统计的行">
      <Typography variant="subtitle2">无法统计的行（{uncounted.length}）</Typography>
      <RowsTable
        headers={['位置', '列', '内容', '原因', '本机关的写法，计为']}
        rows={uncounted.map((u) => {
          const kind = mappable(u.column);
          const choices = kind === 'applicantType' ? applicantLabels : outcomeLabels;
          return [
            `${u.sheet} 第 ${u.row} 行`,
            u.column,
            u.value || '（空）',
            u.reason,
            kind && u.value ? <ValueChoice kind={kind} value={u.value} choices={choices} onMap={(label) => onMapValue(kind, u.value, label)} /> : '',
          ];
        })}
      />
      <Typography variant="body2" color="text.secondary">
        选择“计为”后，本机关台账中同样写法的行都按所选计入，并记住，下次统计不再询问。
      </Typography>
    </Box>
  );
}
