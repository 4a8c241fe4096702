/** 新建年报's agency, kind and year, with the format the year takes and a word on a year not yet over. */
import { Alert, TextField, Typography } from '@mui/material';
import { FORMAT_DEFINITIONS, formatForYear } from '../../../shared/formats';
import { AgencyKindField } from '../editor/AgencyKindField';
import type { ReportBasics } from './new-report';

interface Props {
  fields: ReportBasics;
  onChange(change: Partial<ReportBasics>): void;
  /** rolling forward from a prior year: says what is carried over */
  fromPrior: boolean;
}

export function StartFields({ fields: { agency, kind, year }, onChange, fromPrior }: Props) {
  return (
    <>
      <TextField label="机关全称" value={agency} onChange={(e) => onChange({ agency: e.target.value })} required />
      <AgencyKindField value={kind} onChange={(k) => onChange({ kind: k })} />
      <TextField label="年度" type="number" value={year} onChange={(e) => onChange({ year: Number(e.target.value) })} />
      <Typography variant="body2" color="text.secondary">
        将使用：{FORMAT_DEFINITIONS[formatForYear(year)].name}
      </Typography>
      {year > new Date().getFullYear() ? (
        <Alert severity="warning">{year}年还没有到：年报在次年 1 月至 3 月编写的是上一年度的报告，请确认年度是否填对。</Alert>
      ) : null}
      {fromPrior ? <Alert severity="info">上年“结转下年度继续办理”将填入本年“上年结转”；其余数字留空待填；正文作为待审阅的草稿。</Alert> : null}
    </>
  );
}
