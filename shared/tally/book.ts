/**
 * The register kept in the app (the 台账 page): one book per agency and year, holding applications and cases in
 * the columns of §7. It is counted by turning it into the sheets a register file would give, so the page, a file
 * and `nianbao tally` share one reader and one count. The applicant's name is not kept at all: the book holds
 * only what the tables and the deadlines need.
 */
import { z } from 'zod';
import { getFormat, type FormatId } from '../formats';
import { CASE_COLUMNS, REGISTER_COLUMNS, type CaseColumnKey, type RegisterColumnKey } from './columns';
import { DUE_SOON_WORKING_DAYS, dueDate, workingDaysBetween } from './deadlines';
import type { Entry, ReadRegister, SheetGrid } from './register';
import { cellText, readDate, readDays, readYesNo, type RegisterCell } from './values';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应为 YYYY-MM-DD' });
const entryId = z.string().min(1).max(40);

export const bookApplicationSchema = z.object({
  id: entryId,
  number: z.string().max(60),
  received: isoDate,
  /** as the office writes it; the official column labels are the choices offered */
  applicantType: z.string().max(40),
  content: z.string().max(500),
  extended: z.boolean(),
  /** working days paused, when the register gives a count rather than dates */
  pausedDays: z.number().int().min(0).max(999),
  pauseStart: isoDate.nullable(),
  pauseEnd: isoDate.nullable(),
  answered: isoDate.nullable(),
  /** as the office writes it; the official row labels are the choices offered */
  outcome: z.string().max(200),
  reason: z.string().max(200),
});
export type BookApplication = z.infer<typeof bookApplicationSchema>;

export const bookCaseSchema = z.object({
  id: entryId,
  number: z.string().max(60),
  kind: z.string().max(40),
  afterReview: z.boolean(),
  received: isoDate,
  result: z.string().max(100),
  resultDate: isoDate.nullable(),
});
export type BookCase = z.infer<typeof bookCaseSchema>;

export const MAX_BOOK_APPLICATIONS = 100_000;

export const registerBookSchema = z.object({
  version: z.literal(1),
  agency: z.string().trim().min(1, { message: '请先填写机关名称' }).max(100),
  year: z.number().int().min(2008).max(2100),
  applications: z.array(bookApplicationSchema).max(MAX_BOOK_APPLICATIONS),
  cases: z.array(bookCaseSchema).max(10_000),
});
export type RegisterBook = z.infer<typeof registerBookSchema>;

export function emptyBook(agency: string, year: number): RegisterBook {
  return { version: 1, agency, year, applications: [], cases: [] };
}

/** An application as first registered: received, not yet answered, nothing else known. */
export function blankApplication(id: string, received: string): BookApplication {
  return {
    id,
    number: '',
    received,
    applicantType: '自然人',
    content: '',
    extended: false,
    pausedDays: 0,
    pauseStart: null,
    pauseEnd: null,
    answered: null,
    outcome: '',
    reason: '',
  };
}

/** The sheet names a book is written and counted under (and its `.xlsx` export carries). */
export const BOOK_SHEETS = { register: '依申请公开登记台账', cases: '行政复议行政诉讼案件' } as const;

/** The columns a book writes, in order: every column of §7 except the applicant's name. */
const BOOK_REGISTER_COLUMNS = REGISTER_COLUMNS.filter((c) => !c.personal);
/** The header rows of a book's two sheets. */
export const BOOK_HEADERS = { register: BOOK_REGISTER_COLUMNS.map((c) => c.label), cases: CASE_COLUMNS.map((c) => c.label) } as const;

function date(d: string | null): RegisterCell {
  return d === null ? null : { date: d };
}

function applicationCells(a: BookApplication): Record<RegisterColumnKey, RegisterCell> {
  return {
    number: a.number,
    received: date(a.received),
    applicantType: a.applicantType,
    applicant: null,
    content: a.content,
    answered: date(a.answered),
    outcome: a.outcome,
    reason: a.reason,
    extended: a.extended ? '是' : '否',
    pausedDays: a.pausedDays || null,
    pauseStart: date(a.pauseStart),
    pauseEnd: date(a.pauseEnd),
  };
}

function caseCells(c: BookCase): Record<CaseColumnKey, RegisterCell> {
  return {
    number: c.number,
    kind: c.kind,
    afterReview: c.afterReview ? '是' : '否',
    received: date(c.received),
    result: c.result,
    resultDate: date(c.resultDate),
  };
}

/** A sheet of a book: header row 1, then one entry a row in the columns given. */
function bookSheet<E, K extends string>(
  name: string,
  columns: readonly { key: K; label: string }[],
  entries: readonly E[],
  cellsOf: (e: E) => Record<K, RegisterCell>,
): SheetGrid {
  return {
    name,
    firstRow: 1,
    rows: [
      columns.map((c) => c.label),
      ...entries.map((e) => {
        const cells = cellsOf(e);
        return columns.map((c) => cells[c.key]);
      }),
    ],
  };
}

/**
 * The book as the sheets of a register file: header row 1, one application a row. Without a case the cases sheet
 * is left out, so table 四 is not counted from a book that does not keep cases (as with a file).
 */
export function bookGrids(book: RegisterBook): { register: SheetGrid; cases: SheetGrid | null } {
  return {
    register: bookSheet(BOOK_SHEETS.register, BOOK_REGISTER_COLUMNS, book.applications, applicationCells),
    cases: book.cases.length ? bookSheet(BOOK_SHEETS.cases, CASE_COLUMNS, book.cases, caseCells) : null,
  };
}

/** A row of an imported register that could not be taken into the book, with where it is. */
export interface BookImportProblem {
  sheet: string;
  row: number;
  column: string;
  value: string;
  reason: string;
}

function text(cell: RegisterCell | undefined): string {
  return cell === undefined ? '' : cellText(cell);
}

/**
 * A register file's rows as a book's entries, texts as printed (the count lists what it cannot read). Only a row
 * whose dates cannot be read is left out, listed with its place: a book holds dates, not texts that might be dates.
 */
export function bookFromRegister(read: ReadRegister, agency: string, year: number, newId: () => string): { book: RegisterBook; problems: BookImportProblem[] } {
  const problems: BookImportProblem[] = [];
  const book = emptyBook(agency, year);
  const readDateOf = <K extends string>(e: Entry<K>, key: K, label: string, required: boolean): string | null | undefined => {
    const cell = (e.cells as Partial<Record<string, RegisterCell>>)[key] ?? null;
    const d = readDate(cell);
    if (d.ok && (d.value !== null || !required)) return d.value;
    problems.push({ sheet: e.sheet, row: e.row, column: label, value: text(cell ?? undefined), reason: d.ok ? `${label}为空` : d.reason });
    return undefined;
  };
  const label = (key: RegisterColumnKey): string => REGISTER_COLUMNS.find((c) => c.key === key)?.label ?? key;
  for (const e of read.applications) {
    const received = readDateOf(e, 'received', label('received'), true);
    const answered = readDateOf(e, 'answered', label('answered'), false);
    const pauseStart = readDateOf(e, 'pauseStart', label('pauseStart'), false);
    const pauseEnd = readDateOf(e, 'pauseEnd', label('pauseEnd'), false);
    if (!received || answered === undefined || pauseStart === undefined || pauseEnd === undefined) continue;
    // A pause is its two dates, in order, as the count and the page read it; half a pause is listed, not kept.
    if ((pauseStart === null) !== (pauseEnd === null) || (pauseStart && pauseEnd && pauseEnd < pauseStart)) {
      const column = pauseStart === null ? 'pauseStart' : 'pauseEnd';
      problems.push({
        sheet: e.sheet,
        row: e.row,
        column: label(column),
        value: text(e.cells[column]),
        reason: pauseStart && pauseEnd ? '补正或征求意见的结束日期早于开始日期' : '补正或征求意见的开始和结束日期应同时填写',
      });
      continue;
    }
    const extended = readYesNo(e.cells.extended ?? null);
    const days = readDays(e.cells.pausedDays ?? null);
    if (!extended.ok || !days.ok) {
      const column = !extended.ok ? 'extended' : 'pausedDays';
      problems.push({
        sheet: e.sheet,
        row: e.row,
        column: label(column),
        value: text(e.cells[column]),
        reason: !extended.ok ? extended.reason : days.ok ? '' : days.reason,
      });
      continue;
    }
    book.applications.push({
      id: newId(),
      number: text(e.cells.number).slice(0, 60),
      received,
      applicantType: text(e.cells.applicantType).slice(0, 40),
      content: text(e.cells.content).slice(0, 500),
      extended: extended.value,
      pausedDays: days.value,
      pauseStart,
      pauseEnd,
      answered,
      outcome: text(e.cells.outcome).slice(0, 200),
      reason: text(e.cells.reason).slice(0, 200),
    });
  }
  const caseLabel = (key: CaseColumnKey): string => CASE_COLUMNS.find((c) => c.key === key)?.label ?? key;
  for (const e of read.cases) {
    const received = readDateOf(e, 'received', caseLabel('received'), true);
    const resultDate = readDateOf(e, 'resultDate', caseLabel('resultDate'), false);
    if (!received || resultDate === undefined) continue;
    const after = readYesNo(e.cells.afterReview ?? null);
    book.cases.push({
      id: newId(),
      number: text(e.cells.number).slice(0, 60),
      kind: text(e.cells.kind).slice(0, 40),
      afterReview: after.ok && after.value,
      received,
      result: text(e.cells.result).slice(0, 100),
      resultDate,
    });
  }
  return { book, problems };
}

/** The applicant types offered: the columns of table 三, as printed. */
export function applicantChoices(formatId: FormatId): string[] {
  const format = getFormat(formatId);
  return format.t3Applicants.map((key) => format.def.t3.columns.find((c) => c.key === key)?.label ?? key);
}

/** The outcomes offered: each outcome row of table 三 as "（三）不予公开：属于国家秘密" (the count reads them back). */
export function outcomeChoices(formatId: FormatId): { row: string; label: string }[] {
  const format = getFormat(formatId);
  return format.t3Rows
    .filter((r) => r.outcome && r.id !== format.t3Named.total.key)
    .map((r) => ({ row: r.id, label: r.category ? `${r.category.label}：${r.label.replace(/^\d+\./, '')}` : r.label }));
}

/** The case kinds and results offered, in the words the count reads. */
export const CASE_KIND_CHOICES = ['行政复议', '行政诉讼'] as const;
export const CASE_RESULT_CHOICES = ['', '维持', '纠正', '其他结果', '尚未审结'] as const;

export type DeadlineState = 'overdue' | 'soon' | 'open' | 'answered-late' | 'answered';

export interface ApplicationDeadline {
  id: string;
  due: string | null;
  /** working days from `asOf` to the due date (negative: overdue); null without a calendar */
  daysLeft: number | null;
  state: DeadlineState;
  /** why the due date could not be computed */
  problem?: string;
}

/** Each application's answer deadline as of a day: overdue, due within 5 working days, open, or answered. */
export function bookDeadlines(book: RegisterBook, asOf: string): ApplicationDeadline[] {
  return book.applications.map((a) => {
    const pause = a.pauseStart && a.pauseEnd ? { pause: { start: a.pauseStart, end: a.pauseEnd } } : {};
    const due = dueDate({ received: a.received, extended: a.extended, pausedDays: a.pausedDays, ...pause });
    if (!due.ok) return { id: a.id, due: null, daysLeft: null, state: a.answered ? 'answered' : 'open', problem: due.reason };
    if (a.answered) return { id: a.id, due: due.value, daysLeft: null, state: a.answered > due.value ? 'answered-late' : 'answered' };
    const left = due.value < asOf ? -(workingDaysBetween(due.value, asOf) ?? 0) : workingDaysBetween(asOf, due.value);
    const state: DeadlineState = due.value < asOf ? 'overdue' : left !== null && left <= DUE_SOON_WORKING_DAYS ? 'soon' : 'open';
    return { id: a.id, due: due.value, daysLeft: left, state };
  });
}
