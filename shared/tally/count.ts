/**
 * Counting a register into tables 三 and 四 of year N (docs/spec/interchange.md §7). Each application counted lands in
 * exactly one intake row (新收 or 上年结转) and exactly one of the outcome rows or 结转下年度, in its applicant's
 * column, so A1, B1 and B2 hold by construction; a row that cannot be read is listed and counted nowhere.
 */
import { cellId, formatForYear, getFormat, type CompiledFormat, type FormatId } from '../formats';
import type { Cells } from '../model/report';
import type { CaseColumnKey, RegisterColumnKey } from './columns';
import { dueDate } from './deadlines';
import { columnLabel, type Entry, type SheetKind } from './register';
import { cellText, readDate, readDays, readYesNo, type RegisterCell } from './values';
import { mappedValue, type ValueMapping } from './value-mapping';
import { readApplicantType, readCaseKind, readCaseResult, readOutcome } from './vocabulary';

export interface Uncounted {
  sheet: string;
  row: number;
  /** the column's header as the app names it */
  column: string;
  value: string;
  reason: string;
}

/** A register row as it may be shown beside a counted cell: never the applicant. */
export interface CountedRef {
  sheet: string;
  row: number;
  number: string;
  received: string;
  answered: string | null;
  /** the outcome as the register wrote it (blank while open) */
  outcome: string;
}

export interface Overdue {
  sheet: string;
  row: number;
  number: string;
  received: string;
  due: string;
  /** null: still not answered */
  answered: string | null;
}

export interface TallyOptions {
  year: number;
  /** the format of the report the tables go into; by default the one in force for the year */
  format?: FormatId;
  /** the day open applications are judged overdue against (default: today) */
  asOf: string;
  /** values the agency mapped to official labels in the app */
  values?: ValueMapping;
}

export interface Tally {
  year: number;
  format: FormatId;
  /** every cell of table 三, and of table 四 when a cases sheet was read */
  cells: Cells;
  /** the register rows counted in each cell */
  sources: Record<string, CountedRef[]>;
  uncounted: Uncounted[];
  overdue: Overdue[];
  /** one sentence each: conventions applied, what was not found */
  notes: string[];
  counted: { applications: number; cases: number };
  /** false when no cases sheet was read: table 四 is left as it was */
  casesRead: boolean;
}

function text(cell: RegisterCell | undefined): string {
  return cell === undefined ? '' : cellText(cell);
}

function ref(e: Entry<RegisterColumnKey>, received: string, answered: string | null): CountedRef {
  return {
    sheet: e.sheet,
    row: e.row,
    number: text(e.cells.number),
    received,
    answered,
    outcome: [text(e.cells.outcome), text(e.cells.reason)].filter(Boolean).join('：'),
  };
}

/** What a count builds up as it reads the rows, one table cell and one listed row at a time. */
interface Counting {
  formatId: FormatId;
  format: CompiledFormat;
  start: string;
  end: string;
  options: TallyOptions;
  cells: Cells;
  sources: Record<string, CountedRef[]>;
  uncounted: Uncounted[];
  overdue: Overdue[];
  notes: Set<string>;
}

/** Counts a row once in each of the given columns of a table row, and keeps it as that cell's source. */
function add(c: Counting, table: 't3' | 't4', row: string, columns: readonly string[], r: CountedRef): void {
  for (const col of columns) {
    const id = cellId(table, row, col);
    c.cells[id] = (c.cells[id] ?? 0) + 1;
    (c.sources[id] ??= []).push(r);
  }
}

/** Lists a row that is counted nowhere, with the column that stopped it; false, for the row's count to return. */
function notCounted(
  c: Counting,
  e: Entry<string>,
  column: string,
  reason: string,
  { kind = 'register', value }: { kind?: SheetKind; value?: string } = {},
): false {
  c.uncounted.push({
    sheet: e.sheet,
    row: e.row,
    column: columnLabel(column, kind),
    value: value ?? text((e.cells as Record<string, RegisterCell>)[column]),
    reason,
  });
  return false;
}

/** Counts one application into table 三; false when it is another year's or listed as uncounted. */
function countApplication(c: Counting, e: Entry<RegisterColumnKey>): boolean {
  const { format, formatId, start, end, options } = c;
  const named = format.t3Named;
  const received = readDate(e.cells.received ?? null);
  if (!received.ok) return notCounted(c, e, 'received', received.reason);
  if (received.value === null) return notCounted(c, e, 'received', '收到日期为空');
  const answered = readDate(e.cells.answered ?? null);
  if (!answered.ok) return notCounted(c, e, 'answered', answered.reason);
  const r = received.value;
  const a = answered.value;
  // Received after the year, or received and answered before it: another year's application, not a fault.
  if (r > end || (r < start && a !== null && a < start)) return false;
  if (a !== null && a < r) return notCounted(c, e, 'answered', '答复日期早于收到日期');
  const type = readApplicantType(format, mappedValue(options.values, 'applicantType', text(e.cells.applicantType)));
  if (!type.ok) return notCounted(c, e, 'applicantType', type.reason);
  const answeredInYear = a !== null && a <= end;
  let outcomeRow: string = named.forward.key;
  if (answeredInYear) {
    const joined = [text(e.cells.outcome), text(e.cells.reason)].join(' ');
    const outcome = readOutcome(formatId, mappedValue(options.values, 'outcome', joined.trim()));
    if (!outcome.ok) return notCounted(c, e, 'outcome', outcome.reason, { value: joined.trim() });
    outcomeRow = outcome.value.row;
    if (outcome.value.note) c.notes.add(outcome.value.note);
  }
  const deadline = readDeadline(e);
  if (!deadline.ok) return notCounted(c, e, deadline.column, deadline.reason);
  const counted = ref(e, r, a);
  const columns = [type.value, 'total'];
  add(c, 't3', r < start ? named.carried.key : named.new.key, columns, counted);
  add(c, 't3', outcomeRow, columns, counted);
  if (answeredInYear) add(c, 't3', named.total.key, columns, counted);

  const due = dueDate({ received: r, ...deadline.value });
  if (!due.ok) c.notes.add(due.reason);
  else if (a !== null ? a > due.value : due.value < options.asOf) {
    c.overdue.push({ sheet: e.sheet, row: e.row, number: counted.number, received: r, due: due.value, answered: a });
  }
  return true;
}

/** Counts one 行政复议 or 行政诉讼 case into table 四; false when it is another year's or listed as uncounted. */
function countCase(c: Counting, e: Entry<CaseColumnKey>): boolean {
  const received = readDate(e.cells.received ?? null);
  if (!received.ok || received.value === null) return notCounted(c, e, 'received', received.ok ? '收到日期为空' : received.reason, { kind: 'cases' });
  if (received.value < c.start || received.value > c.end) return false;
  const after = readYesNo(e.cells.afterReview ?? null);
  const kind = readCaseKind(text(e.cells.kind), after.ok ? after.value : null);
  if (!kind.ok) return notCounted(c, e, 'kind', kind.reason, { kind: 'cases' });
  const resultDate = readDate(e.cells.resultDate ?? null);
  if (!resultDate.ok) return notCounted(c, e, 'resultDate', resultDate.reason, { kind: 'cases' });
  const result = readCaseResult(text(e.cells.result));
  if (!result.ok) return notCounted(c, e, 'result', result.reason, { kind: 'cases' });
  // The result as known on 31 December: one given later leaves the case 尚未审结 in this year's table.
  const known = resultDate.value === null || resultDate.value <= c.end ? result.value : 'pending';
  const r: CountedRef = {
    sheet: e.sheet,
    row: e.row,
    number: text(e.cells.number),
    received: received.value,
    answered: resultDate.value,
    outcome: text(e.cells.result),
  };
  add(c, 't4', kind.value, [known, c.format.t4Total.key], r);
  return true;
}

/** Every cell of a table at 0, so a cell no row lands in is counted as 0 rather than left as it was. */
function zeroCells(c: Counting, table: 't3' | 't4'): void {
  for (const id of c.format.cellIds) if (id.startsWith(`${table}.`)) c.cells[id] = 0;
}

export function tally(applications: readonly Entry<RegisterColumnKey>[], cases: readonly Entry<CaseColumnKey>[] | null, options: TallyOptions): Tally {
  const { year } = options;
  const formatId = options.format ?? formatForYear(year);
  const c: Counting = {
    formatId,
    format: getFormat(formatId),
    start: `${year}-01-01`,
    end: `${year}-12-31`,
    options,
    cells: {},
    sources: {},
    uncounted: [],
    overdue: [],
    notes: new Set<string>(),
  };
  zeroCells(c, 't3');
  const countedApplications = applications.filter((e) => countApplication(c, e)).length;
  let countedCases = 0;
  if (cases) {
    zeroCells(c, 't4');
    countedCases = cases.filter((e) => countCase(c, e)).length;
  } else {
    c.notes.add('未找到行政复议、行政诉讼案件表（需要“类别”“收到日期”列），表四未统计，保留原有数字');
  }
  return {
    year,
    format: formatId,
    cells: c.cells,
    sources: c.sources,
    uncounted: c.uncounted,
    overdue: c.overdue,
    notes: [...c.notes],
    counted: { applications: countedApplications, cases: countedCases },
    casesRead: cases !== null,
  };
}

type DeadlineRead =
  | { ok: true; value: { extended: boolean; pausedDays: number; pause?: { start: string; end: string } } }
  | { ok: false; column: RegisterColumnKey; reason: string };

function readDeadline(e: Entry<RegisterColumnKey>): DeadlineRead {
  const extended = readYesNo(e.cells.extended ?? null);
  if (!extended.ok) return { ok: false, column: 'extended', reason: extended.reason };
  const days = readDays(e.cells.pausedDays ?? null);
  if (!days.ok) return { ok: false, column: 'pausedDays', reason: days.reason };
  const ps = readDate(e.cells.pauseStart ?? null);
  if (!ps.ok) return { ok: false, column: 'pauseStart', reason: ps.reason };
  const pe = readDate(e.cells.pauseEnd ?? null);
  if (!pe.ok) return { ok: false, column: 'pauseEnd', reason: pe.reason };
  if ((ps.value === null) !== (pe.value === null))
    return { ok: false, column: ps.value === null ? 'pauseStart' : 'pauseEnd', reason: '补正或征求意见的开始和结束日期应同时填写' };
  const pause = ps.value && pe.value ? { start: ps.value, end: pe.value } : undefined;
  if (pause && pause.end < pause.start) return { ok: false, column: 'pauseEnd', reason: '补正或征求意见的结束日期早于开始日期' };
  return { ok: true, value: { extended: extended.value, pausedDays: days.value, ...(pause ? { pause } : {}) } };
}
