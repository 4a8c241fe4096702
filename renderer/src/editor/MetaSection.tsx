/** 标题与落款: agency, kind, year, title and the 落款 date. */
import { Alert, Stack, TextField, Typography } from '@mui/material';
import { FORMAT_DEFINITIONS, formatForYear } from '../../../shared/formats';
import { derivedTitle, type Report } from '../../../shared/model';
import { deadlineStatus, isoDay, withProfile } from '../../../shared/profiles';
import { AgencyKindField } from './AgencyKindField';
import { ProfileField } from './ProfileField';

interface Props {
  report: Report;
  readOnly: boolean;
  onChange(next: Report, key: string): void;
}

/** The publication deadline counted from today, so the office sees how long it has before 31 March (or its own date). */
function deadlineLine(report: Report, today: string): { text: string; late: boolean } {
  const { deadline, daysLeft, profile } = deadlineStatus(report, today);
  const kind = report.agencyKind === 'government' ? '人民政府' : '部门';
  const when = daysLeft > 0 ? `距今还有 ${daysLeft} 天` : daysLeft === 0 ? '就是今天' : `已过 ${-daysLeft} 天`;
  return { text: `公开期限：${deadline}（${profile.name}，${kind}年报），${when}`, late: daysLeft < 0 };
}

export function MetaSection({ report, readOnly, onChange }: Props) {
  const set = <K extends keyof Report>(k: K, v: Report[K]) => onChange({ ...report, [k]: v }, `meta:${String(k)}`);
  const deadline = deadlineLine(report, isoDay(new Date()));
  return (
    <Stack spacing={2} sx={{ maxWidth: 560 }}>
      <TextField
        label="机关全称"
        value={report.agency}
        disabled={readOnly}
        onChange={(e) => set('agency', e.target.value)}
        helperText="标题和落款中使用，应为机关全称"
      />
      <AgencyKindField value={report.agencyKind} disabled={readOnly} onChange={(kind) => set('agencyKind', kind)} />
      <TextField
        label="年度"
        type="number"
        value={report.year}
        disabled={readOnly}
        onChange={(e) => {
          const y = Number(e.target.value);
          if (Number.isInteger(y) && y >= 2008 && y <= 2200) set('year', y);
        }}
      />
      <Typography variant="body2" color="text.secondary">
        格式：{FORMAT_DEFINITIONS[report.format].name}
      </Typography>
      {formatForYear(report.year) !== report.format ? (
        <Alert severity="warning">
          {report.year}年度的年报应使用{FORMAT_DEFINITIONS[formatForYear(report.year)].name}。请在年报库中以本报告为模板新建该年度的年报，表格会按新格式转换。
        </Alert>
      ) : null}
      <TextField
        label="标题（留空则自动生成）"
        value={report.title ?? ''}
        placeholder={derivedTitle(report.agency, report.year)}
        disabled={readOnly}
        onChange={(e) => {
          const { title: _old, ...rest } = report;
          onChange(e.target.value ? { ...rest, title: e.target.value } : rest, 'meta:title');
        }}
      />
      <ProfileField value={report.profile} disabled={readOnly} onChange={(id) => onChange(withProfile(report, id), 'meta:profile')} />
      <TextField
        label="落款日期"
        type="date"
        value={report.signoff?.date ?? ''}
        disabled={readOnly}
        slotProps={{ inputLabel: { shrink: true } }}
        onChange={(e) => onChange({ ...report, signoff: e.target.value ? { ...report.signoff, date: e.target.value } : {} }, 'meta:signoff')}
        helperText="填写后，导出时在正文后打印机关名称和日期"
      />
      {/* Once signed off, G1 judges the 落款 date; before that, the days left matter. */}
      {report.signoff?.date ? null : (
        <Typography variant="body2" color={deadline.late ? 'error' : 'text.secondary'} data-testid="deadline">
          {deadline.text}
        </Typography>
      )}
    </Stack>
  );
}
