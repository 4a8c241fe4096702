/** The check profile chooser (P1), used in 新建年报 and 标题与落款. */
import { MenuItem, TextField } from '@mui/material';
import { PROFILES, PROFILE_IDS, getProfile, type ProfileId } from '../../../shared/profiles';

interface Props {
  value: ProfileId | undefined;
  disabled?: boolean;
  onChange(id: ProfileId): void;
}

export function ProfileField({ value, disabled, onChange }: Props) {
  const current = getProfile(value);
  return (
    <TextField
      select
      label="检查配置"
      value={current.id}
      disabled={disabled}
      onChange={(e) => {
        const id = PROFILE_IDS.find((x) => x === e.target.value);
        if (id) onChange(id);
      }}
      helperText={current.description}
    >
      {PROFILES.map((p) => (
        <MenuItem key={p.id} value={p.id}>
          {p.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
