/** A date of an entry of the register, as YYYY-MM-DD ('' while blank), its label kept above the field. */
import { TextField } from '@mui/material';

interface Props {
  label: string;
  value: string | null;
  onChange(value: string): void;
  /** takes an equal share of its row */
  flex?: boolean;
}

export function DateField({ label, value, onChange, flex = false }: Props) {
  return (
    <TextField
      label={label}
      type="date"
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ inputLabel: { shrink: true } }}
      sx={flex ? { flex: 1 } : undefined}
    />
  );
}
