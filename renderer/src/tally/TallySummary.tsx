/** What 从台账统计 says of a count: how much it counted and would change, the conventions it applied, and 上年结转 against last year. */
import { useMemo } from 'react';
import { Alert } from '@mui/material';
import type { Report } from '../../../shared/model';
import { compareCarryOver, type Tally } from '../../../shared/tally';

interface Props {
  report: Report;
  prior: Report | undefined;
  t: Tally;
  /** the cells filling would change, and of them those that hold a number now */
  changes: number;
  overwritten: number;
}

export function TallySummary({ report, prior, t, changes, overwritten }: Props) {
  const carry = useMemo(() => (prior ? compareCarryOver(t, prior) : null), [t, prior]);
  return (
    <>
      <Alert severity={t.uncounted.length ? 'warning' : 'success'}>
        已统计 {t.counted.applications} 件申请{t.casesRead ? `、${t.counted.cases} 件复议诉讼案件` : ''}
        {t.uncounted.length ? `；${t.uncounted.length} 行无法统计（见下方，请在台账中改正后重新统计）` : '；全部行均已统计'}
        {changes === 0
          ? '。与报告中现有数字一致'
          : `。填入后${[overwritten ? `将改动报告中已有的 ${overwritten} 个数字（橙色框）` : '', changes > overwritten ? `填写 ${changes - overwritten} 个空白单元格` : ''].filter(Boolean).join('，')}`}
      </Alert>
      {t.notes.map((n) => (
        <Alert key={n} severity="info">
          {n}
        </Alert>
      ))}
      {carry === null ? (
        <Alert severity="info">
          年报库中没有 {report.agency} {report.year - 1} 年的报告，未核对上年结转。
        </Alert>
      ) : carry.length === 0 ? (
        <Alert severity="success">上年结转与 {report.year - 1} 年报告的“结转下年度继续办理”逐列一致。</Alert>
      ) : (
        carry.map((d) => (
          <Alert key={d.column} severity="warning">
            {d.message}
          </Alert>
        ))
      )}
    </>
  );
}
