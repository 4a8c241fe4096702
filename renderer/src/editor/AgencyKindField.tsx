/** The 报告主体 chooser (部门 or 人民政府), used in 新建年报, the import review and 标题与落款. */
import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import { AGENCY_KIND_LABEL, AGENCY_KINDS, agencyKindOf, type AgencyKind } from '../../../shared/model';

type Props = Omit<TextFieldProps, 'select' | 'label' | 'value' | 'onChange' | 'children'> & {
  value: AgencyKind;
  onChange(kind: AgencyKind): void;
};

export function AgencyKindField({ value, onChange, ...field }: Props) {
  return (
    <TextField {...field} select label="报告主体" value={value} onChange={(e) => onChange(agencyKindOf(e.target.value))}>
      {AGENCY_KINDS.map((k) => (
        <MenuItem key={k} value={k}>
          {AGENCY_KIND_LABEL[k]}
        </MenuItem>
      ))}
    </TextField>
  );
}
