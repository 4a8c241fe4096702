/** The dialog of the entry being added or changed on the 台账 page; saving it puts it in the book. */
import type { FormatId } from '../../../shared/formats';
import type { BookApplication, BookCase, RegisterBook } from '../../../shared/tally';
import { ApplicationDialog } from './ApplicationDialog';
import { CaseDialog } from './CaseDialog';
import { putEntry } from './register-entries';

export type EntryEditing = { kind: 'application'; value: BookApplication; isNew: boolean } | { kind: 'case'; value: BookCase } | null;

interface Props {
  editing: EntryEditing;
  book: RegisterBook | null;
  formatId: FormatId;
  today: string;
  onClose(): void;
  commit(next: RegisterBook): void;
}

export function EntryDialogs({ editing, book, formatId, today, onClose, commit }: Props) {
  if (!editing || !book) return null;
  const save = (next: RegisterBook) => {
    onClose();
    commit(next);
  };
  return editing.kind === 'application' ? (
    <ApplicationDialog
      title={editing.isNew ? '登记申请' : '答复或修改申请'}
      initial={editing.value}
      formatId={formatId}
      asOf={today}
      onCancel={onClose}
      onSave={(a) => save({ ...book, applications: putEntry(book.applications, a) })}
    />
  ) : (
    <CaseDialog initial={editing.value} onCancel={onClose} onSave={(c) => save({ ...book, cases: putEntry(book.cases, c) })} />
  );
}
