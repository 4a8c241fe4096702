/** The 台账 page's heading with its buttons (register an application, import, export), and the agency and year it shows. */
import { Autocomplete, Button, Stack, TextField, Typography } from '@mui/material';
import type { ChangeEvent } from 'react';
import type { RegisterBook } from '../../../shared/tally';
import { REGISTER_FILE_TYPES } from './register-files';

export function RegisterToolbar({
  book,
  onAdd,
  onImport,
  onExport,
}: {
  book: RegisterBook | null;
  onAdd(): void;
  onImport(e: ChangeEvent<HTMLInputElement>): void;
  onExport(): void;
}) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, borderBottom: '2px solid #9b1c1c', pb: 1 }}>
      <Typography variant="h5" component="h1" sx={{ mr: 'auto', fontWeight: 600 }}>
        依申请公开登记台账
      </Typography>
      <Button variant="contained" disabled={!book} onClick={onAdd}>
        登记申请
      </Button>
      <Button variant="outlined" component="label" disabled={!book}>
        导入台账
        <input hidden type="file" accept={REGISTER_FILE_TYPES} data-testid="register-import" onChange={onImport} />
      </Button>
      <Button variant="outlined" disabled={!book || (book.applications.length === 0 && book.cases.length === 0)} onClick={onExport}>
        导出 .xlsx
      </Button>
    </Stack>
  );
}

interface FieldsProps {
  agencies: string[];
  agency: string;
  setAgency(agency: string): void;
  year: number;
  setYear(year: number): void;
  /** the last save or import, said beside the fields */
  saved: string | null;
}

export function RegisterFields({ agencies, agency, setAgency, year, setYear, saved }: FieldsProps) {
  return (
    <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
      <Autocomplete
        freeSolo
        options={agencies}
        inputValue={agency}
        onInputChange={(_e, v) => setAgency(v)}
        sx={{ width: 360 }}
        renderInput={(params) => <TextField {...params} label="机关名称" />}
      />
      <TextField label="年度" type="number" value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 120 }} />
      {saved ? (
        <Typography variant="body2" color="text.secondary" role="status">
          {saved}
        </Typography>
      ) : null}
    </Stack>
  );
}
