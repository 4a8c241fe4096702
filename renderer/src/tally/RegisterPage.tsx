/**
 * The 台账 page: an agency's register of one year kept in the app all year. Applications are added as they
 * arrive and answered when answered; the page lists what is overdue and what falls due within 5 working days,
 * imports and exports the register as .xlsx, and every change is saved at once (durably, as reports are). The
 * report's tables 三 and 四 are counted from it in the editor's「从台账统计」.
 */
import { useMemo, useState } from 'react';
import { Alert, Box, Stack, Tab, Tabs } from '@mui/material';
import { formatForYear } from '../../../shared/formats';
import { bookDeadlines, localToday, type ApplicationDeadline } from '../../../shared/tally';
import { ApplicationsTable, moreRows, PAGE_ROWS } from './ApplicationsTable';
import { CasesTable } from './CasesTable';
import { EntryDialogs, type EntryEditing } from './EntryDialogs';
import { DeadlineAlerts, ImportProblems } from './RegisterAlerts';
import { newApplication, newCase, withoutEntry } from './register-entries';
import { RegisterFields, RegisterToolbar } from './RegisterToolbar';
import { useRegisterBook, useRegisterChoice } from './useRegisterBook';
import { useRegisterFiles } from './useRegisterFiles';

export function RegisterPage() {
  const today = localToday();
  const choice = useRegisterChoice(today);
  const register = useRegisterBook(choice.agency, choice.year);
  const files = useRegisterFiles(register);
  const { book, error, commit } = register;
  const [tab, setTab] = useState<'applications' | 'cases'>('applications');
  const [editing, setEditing] = useState<EntryEditing>(null);
  const [shownRows, setShownRows] = useState(PAGE_ROWS);
  const deadlines = useMemo(() => (book ? new Map(bookDeadlines(book, today).map((d) => [d.id, d])) : new Map<string, ApplicationDeadline>()), [book, today]);

  return (
    <Box sx={{ maxWidth: 1200, mx: 'auto', p: 3 }}>
      <RegisterToolbar
        book={book}
        onAdd={() => book && setEditing({ kind: 'application', value: newApplication(book.year, today), isNew: true })}
        onImport={(e) => void files.importFrom(e)}
        onExport={() => void files.exportTo()}
      />
      <RegisterFields {...choice} saved={register.saved} />
      {error ? (
        <Alert severity="error" sx={{ mb: 1 }}>
          {error}
        </Alert>
      ) : null}
      {!book && !error ? <Alert severity="info">请填写机关名称和年度。台账中的申请人姓名不记录；统计表三、表四时在编辑器中点“从台账统计”。</Alert> : null}
      {book ? (
        <Stack spacing={1}>
          <DeadlineAlerts applications={book.applications} deadlines={deadlines} />
          <ImportProblems problems={files.problems} onClose={files.clearProblems} />
          <Tabs value={tab} onChange={(_e, v: 'applications' | 'cases') => setTab(v)}>
            <Tab value="applications" label={`申请（${book.applications.length}）`} />
            <Tab value="cases" label={`复议诉讼案件（${book.cases.length}）`} />
          </Tabs>
          {tab === 'applications' ? (
            <ApplicationsTable
              applications={book.applications}
              deadlines={deadlines}
              shown={shownRows}
              onShowMore={() => setShownRows(moreRows)}
              onEdit={(a) => setEditing({ kind: 'application', value: a, isNew: false })}
              onDelete={(a) => commit({ ...book, applications: withoutEntry(book.applications, a.id) })}
            />
          ) : (
            <CasesTable
              cases={book.cases}
              onAdd={() => setEditing({ kind: 'case', value: newCase(book.year, today) })}
              onEdit={(c) => setEditing({ kind: 'case', value: c })}
              onDelete={(c) => commit({ ...book, cases: withoutEntry(book.cases, c.id) })}
            />
          )}
        </Stack>
      ) : null}
      <EntryDialogs editing={editing} book={book} formatId={formatForYear(choice.year)} today={today} onClose={() => setEditing(null)} commit={commit} />
    </Box>
  );
}
