/**
 * Counting a register into tables 三 and 四 of year N (docs/spec/interchange.md §7). Each application counted lands in
 * exactly one intake row (新收 or 上年结转) and exactly one of the outcome rows or 结转下年度, in its applicant's
 * column, so A1, B1 and B2 hold by construction; a row that cannot be read is listed and counted nowhere.
 */
import { cellId, formatForYear, getFormat, type FormatId } from '../formats';
import type { Cells } from '../model/report';
import type { CaseColumnKey, RegisterColumnKey } from './columns';
import { dueDate } from './deadlines';
import { columnLabel, type Entry } from './register';
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

export function tally(applications: readonly Entry<RegisterColumnKey>[], cases: readonly Entry<CaseColumnKey>[] | null, options: TallyOptions): Tally {
  const { year } = options;
  const formatId = options.format ?? formatForYear(year);
  const format = getFormat(formatId);
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const cells: Cells = {};
  const sources: Record<string, CountedRef[]> = {};
  const uncounted: Uncounted[] = [];
  const overdue: Overdue[] = [];
  const notes = new Set<string>();
  const named = format.t3Named;

  for (const id of format.cellIds) if (id.startsWith('t3.')) cells[id] = 0;
  const add = (row: string, column: string, r: CountedRef): void => {
    for (const col of [column, 'total']) {
      const id = cellId('t3', row, col);
      cells[id] = (cells[id] ?? 0) + 1;
      (sources[id] ??= []).push(r);
    }
  };
  const list = (e: Entry<string>, column: string, reason: string, value?: string): void => {
    uncounted.push({
      sheet: e.sheet,
      row: e.row,
      column: columnLabel(column),
      value: value ?? text((e.cells as Record<string, RegisterCell>)[column]),
      reason,
    });
  };

  let countedApplications = 0;
  for (const e of applications) {
    const received = readDate(e.cells.received ?? null);
    if (!received.ok) {
      list(e, 'received', received.reason);
      continue;
    }
    if (received.value === null) {
      list(e, 'received', '收到日期为空');
      continue;
    }
    const answered = readDate(e.cells.answered ?? null);
    if (!answered.ok) {
      list(e, 'answered', answered.reason);
      continue;
    }
    const r = received.value;
    const a = answered.value;
    // Received after the year, or received and answered before it: another year's application, not a fault.
    if (r > end || (r < start && a !== null && a < start)) continue;
    if (a !== null && a < r) {
      list(e, 'answered', '答复日期早于收到日期');
      continue;
    }
    const type = readApplicantType(format, mappedValue(options.values, 'applicantType', text(e.cells.applicantType)));
    if (!type.ok) {
      list(e, 'applicantType', type.reason);
      continue;
    }
    const answeredInYear = a !== null && a <= end;
    let outcomeRow: string = named.forward.key;
    if (answeredInYear) {
      const joined = [text(e.cells.outcome), text(e.cells.reason)].join(' ');
      const outcome = readOutcome(formatId, mappedValue(options.values, 'outcome', joined.trim()));
      if (!outcome.ok) {
        list(e, 'outcome', outcome.reason, joined.trim());
        continue;
      }
      outcomeRow = outcome.value.row;
      if (outcome.value.note) notes.add(outcome.value.note);
    }
    const deadline = readDeadline(e);
    if (!deadline.ok) {
      list(e, deadline.column, deadline.reason);
      continue;
    }
    const counted = ref(e, r, a);
    add(r < start ? named.carried.key : named.new.key, type.value, counted);
    add(outcomeRow, type.value, counted);
    if (answeredInYear) add(named.total.key, type.value, counted);
    countedApplications++;

    const due = dueDate({ received: r, ...deadline.value });
    if (!due.ok) notes.add(due.reason);
    else if (a !== null ? a > due.value : due.value < options.asOf) {
      overdue.push({ sheet: e.sheet, row: e.row, number: counted.number, received: r, due: due.value, answered: a });
    }
  }

  let countedCases = 0;
  if (cases) {
    for (const id of format.cellIds) if (id.startsWith('t4.')) cells[id] = 0;
    for (const e of cases) {
      const received = readDate(e.cells.received ?? null);
      if (!received.ok || received.value === null) {
        uncounted.push({
          sheet: e.sheet,
          row: e.row,
          column: columnLabel('received', 'cases'),
          value: text(e.cells.received),
          reason: received.ok ? '收到日期为空' : received.reason,
        });
        continue;
      }
      if (received.value < start || received.value > end) continue;
      const after = readYesNo(e.cells.afterReview ?? null);
      const kind = readCaseKind(text(e.cells.kind), after.ok ? after.value : null);
      if (!kind.ok) {
        uncounted.push({ sheet: e.sheet, row: e.row, column: columnLabel('kind', 'cases'), value: text(e.cells.kind), reason: kind.reason });
        continue;
      }
      const resultDate = readDate(e.cells.resultDate ?? null);
      if (!resultDate.ok) {
        uncounted.push({ sheet: e.sheet, row: e.row, column: columnLabel('resultDate', 'cases'), value: text(e.cells.resultDate), reason: resultDate.reason });
        continue;
      }
      const result = readCaseResult(text(e.cells.result));
      if (!result.ok) {
        uncounted.push({ sheet: e.sheet, row: e.row, column: columnLabel('result', 'cases'), value: text(e.cells.result), reason: result.reason });
        continue;
      }
      // The result as known on 31 December: one given later leaves the case 尚未审结 in this year's table.
      const known = resultDate.value === null || resultDate.value <= end ? result.value : 'pending';
      const r: CountedRef = {
        sheet: e.sheet,
        row: e.row,
        number: text(e.cells.number),
        received: received.value,
        answered: resultDate.value,
        outcome: text(e.cells.result),
      };
      for (const col of [known, format.t4Total.key]) {
        const id = cellId('t4', kind.value, col);
        cells[id] = (cells[id] ?? 0) + 1;
        (sources[id] ??= []).push(r);
      }
      countedCases++;
    }
  } else {
    notes.add('未找到行政复议、行政诉讼案件表（需要“类别”“收到日期”列），表四未统计，保留原有数字');
  }

  return {
    year,
    format: formatId,
    cells,
    sources,
    uncounted,
    overdue,
    notes: [...notes],
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
