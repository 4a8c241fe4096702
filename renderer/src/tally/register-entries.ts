/** The entries of a register as the 台账 page adds, replaces, removes and imports them (pure: the page saves the result). */
import { blankApplication, type BookApplication, type BookCase, type RegisterBook } from '../../../shared/tally';

/** A new entry is dated today when today is in the register's year, else 1 January of that year. */
function receivedDefault(year: number, today: string): string {
  return today.startsWith(String(year)) ? today : `${year}-01-01`;
}

export function newApplication(year: number, today: string): BookApplication {
  return blankApplication(crypto.randomUUID(), receivedDefault(year, today));
}

export function newCase(year: number, today: string): BookCase {
  return {
    id: crypto.randomUUID(),
    number: '',
    kind: '行政复议',
    afterReview: false,
    received: receivedDefault(year, today),
    result: '',
    resultDate: null,
  };
}

/** The list with the entry in the place of the one of the same id, or added at the end when it is new. */
export function putEntry<T extends { id: string }>(list: readonly T[], entry: T): T[] {
  return list.some((x) => x.id === entry.id) ? list.map((x) => (x.id === entry.id ? entry : x)) : [...list, entry];
}

export function withoutEntry<T extends { id: string }>(list: readonly T[], id: string): T[] {
  return list.filter((x) => x.id !== id);
}

/** An imported register added to the book, and what the page says about it. */
export function mergeImported(book: RegisterBook, imported: RegisterBook): { book: RegisterBook; message: string } {
  // The same file imported again adds nothing twice: an entry with the same 编号 and date is already here.
  // Without a 编号, the whole entry (but its id) is what tells one application from another.
  const key = (x: { id: string; number: string; received: string }) => {
    const { id: _id, ...rest } = x;
    return x.number ? `${x.number}|${x.received}` : JSON.stringify(rest);
  };
  const have = new Set([...book.applications, ...book.cases].map(key).filter(Boolean));
  const applications = imported.applications.filter((a) => !have.has(key(a)));
  const cases = imported.cases.filter((c) => !have.has(key(c)));
  const skipped = imported.applications.length + imported.cases.length - applications.length - cases.length;
  return {
    book: { ...book, applications: [...book.applications, ...applications], cases: [...book.cases, ...cases] },
    message: `已导入 ${applications.length} 件申请${cases.length ? `、${cases.length} 件案件` : ''}${skipped ? `；${skipped} 件已在台账中，未重复导入` : ''}`,
  };
}
