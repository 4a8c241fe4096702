/** What the 台账 page says above its tables: the applications overdue or due soon, and the rows an import left out. */
import { Alert } from '@mui/material';
import { DUE_SOON_WORKING_DAYS, type ApplicationDeadline, type BookApplication, type BookImportProblem } from '../../../shared/tally';

export function DeadlineAlerts({ applications, deadlines }: { applications: readonly BookApplication[]; deadlines: ReadonlyMap<string, ApplicationDeadline> }) {
  const overdue = applications.filter((a) => deadlines.get(a.id)?.state === 'overdue');
  const soon = applications.filter((a) => deadlines.get(a.id)?.state === 'soon');
  const noCalendar = applications.filter((a) => !a.answered && deadlines.get(a.id)?.problem);
  return (
    <>
      {overdue.length ? (
        <Alert severity="error">
          已超过答复期限、尚未答复：{overdue.map((a) => a.number || a.received).join('、')}（{overdue.length} 件）
        </Alert>
      ) : null}
      {soon.length ? (
        <Alert severity="warning">
          {DUE_SOON_WORKING_DAYS} 个工作日内到期：{soon.map((a) => `${a.number || a.received}（${deadlines.get(a.id)?.due ?? ''}）`).join('、')}
        </Alert>
      ) : null}
      {noCalendar.length ? (
        <Alert severity="info">
          {deadlines.get(noCalendar[0]?.id ?? '')?.problem}（{noCalendar.length} 件）
        </Alert>
      ) : null}
      {!overdue.length && !soon.length && applications.some((a) => !a.answered) ? (
        <Alert severity="success">没有超期或 {DUE_SOON_WORKING_DAYS} 个工作日内到期的申请。</Alert>
      ) : null}
    </>
  );
}

export function ImportProblems({ problems, onClose }: { problems: readonly BookImportProblem[]; onClose(): void }) {
  return problems.length ? (
    <Alert severity="warning" onClose={onClose}>
      导入时有 {problems.length} 行未导入（日期无法识别）：
      {problems
        .slice(0, 10)
        .map((p) => `${p.sheet} 第 ${p.row} 行“${p.column}”：${p.value || '空'}（${p.reason}）`)
        .join('；')}
    </Alert>
  ) : null;
}
