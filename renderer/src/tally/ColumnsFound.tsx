/** The header rows 从台账统计 found in a register file, each column as it was read; an unknown one can be mapped to a column. */
import { Box, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { CASE_COLUMNS, normaliseHeader, REGISTER_COLUMNS, type HeaderMapping, type SheetLayout } from '../../../shared/tally';

const IGNORE = 'ignore';

export function ColumnsFound({
  layouts,
  mapping,
  onMap,
}: {
  layouts: readonly SheetLayout[];
  mapping: HeaderMapping;
  onMap(header: string, column: string): void;
}) {
  return (
    <Stack spacing={1}>
      {layouts.map((l) => {
        const specs = l.kind === 'register' ? REGISTER_COLUMNS : CASE_COLUMNS;
        return (
          <Box key={`${l.sheet}-${l.kind}`}>
            <Typography variant="body2" sx={{ mb: 0.5 }}>
              工作表“{l.sheet}”第 {l.headerRow} 行是{l.kind === 'register' ? '申请登记' : '复议诉讼案件'}表头：
            </Typography>
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}>
              {l.columns.map((c) =>
                c.column && c.column !== IGNORE && !(normaliseHeader(c.header) in mapping) ? (
                  <Chip
                    key={c.index}
                    size="small"
                    color="success"
                    variant="outlined"
                    label={`${c.header} → ${specs.find((s) => s.key === c.column)?.label ?? c.column}${specs.find((s) => s.key === c.column)?.personal ? '（个人信息，不读取）' : ''}`}
                  />
                ) : (
                  <TextField
                    key={c.index}
                    select
                    size="small"
                    label={c.header}
                    value={mapping[normaliseHeader(c.header)] ?? (c.column === IGNORE ? IGNORE : '')}
                    onChange={(e) => onMap(c.header, e.target.value)}
                    sx={{ minWidth: 150 }}
                  >
                    <MenuItem value="">（未识别）</MenuItem>
                    {specs.map((s) => (
                      <MenuItem key={s.key} value={s.key}>
                        {s.label}
                      </MenuItem>
                    ))}
                    <MenuItem value={IGNORE}>不使用此列</MenuItem>
                  </TextField>
                ),
              )}
            </Stack>
            {l.missing.length ? (
              <Typography variant="body2" color="error">
                缺少：{l.missing.map((k) => specs.find((s) => s.key === k)?.label ?? k).join('、')}（请在上面把对应的表头选为这些列）
              </Typography>
            ) : null}
          </Box>
        );
      })}
    </Stack>
  );
}
