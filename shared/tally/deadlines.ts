/**
 * Answer deadlines in working days (《政府信息公开条例》第三十三条: 20 working days from receipt, 20 more when the
 * time is extended; days spent waiting for a 补正 or a third party's opinion do not count). Working days follow
 * the State Council's holiday and 调休 notices as the `chinese-days` package transcribes them; a year it has no
 * notice for is said, never filled in with plain weekends.
 */
import calendar from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { Read } from './values';

export const ANSWER_WORKING_DAYS = 20;
export const EXTENSION_WORKING_DAYS = 20;
/** "Due soon" on the 台账 page: within this many working days. */
export const DUE_SOON_WORKING_DAYS = 5;

const holidays: Readonly<Record<string, string>> = calendar.holidays;
const workdays: Readonly<Record<string, string>> = calendar.workdays;

const years = Object.keys(holidays).map((d) => Number(d.slice(0, 4)));
/** The years whose holiday and 调休 notices the app has, e.g. 2004–2026. */
export const CALENDAR_YEARS = { from: Math.min(...years), to: Math.max(...years) };

export function calendarCovers(year: number): boolean {
  return year >= CALENDAR_YEARS.from && year <= CALENDAR_YEARS.to;
}

function toUtc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const DAY = 86_400_000;

/** Whether a date is a working day; null when the app has no calendar for its year. */
export function isWorkingDay(iso: string): boolean | null {
  if (!calendarCovers(Number(iso.slice(0, 4)))) return null;
  if (iso in workdays) return true;
  if (iso in holidays) return false;
  const wd = new Date(toUtc(iso)).getUTCDay();
  return wd !== 0 && wd !== 6;
}

function noCalendar(iso: string): string {
  return `没有 ${iso.slice(0, 4)} 年的节假日安排（本程序有 ${CALENDAR_YEARS.from}–${CALENDAR_YEARS.to} 年），答复期限无法按工作日计算`;
}

export interface DeadlineInput {
  received: string;
  extended: boolean;
  /** working days that do not count (补正, 征求第三方意见) */
  pausedDays: number;
  /** a pause given by its dates, both inclusive */
  pause?: { start: string; end: string };
}

/** The last day an application may be answered: the Nth working day after the day it was received. */
export function dueDate(input: DeadlineInput): Read<string> {
  const need = ANSWER_WORKING_DAYS + (input.extended ? EXTENSION_WORKING_DAYS : 0) + input.pausedDays;
  const pause = input.pause ? { start: toUtc(input.pause.start), end: toUtc(input.pause.end) } : null;
  let t = toUtc(input.received);
  let counted = 0;
  while (counted < need) {
    t += DAY;
    const iso = fromUtc(t);
    const working = isWorkingDay(iso);
    if (working === null) return { ok: false, reason: noCalendar(iso) };
    if (working && !(pause && t >= pause.start && t <= pause.end)) counted++;
  }
  return { ok: true, value: fromUtc(t) };
}

/** Working days after `from` up to and including `to` (negative when `to` is earlier); null without a calendar. */
export function workingDaysBetween(from: string, to: string): number | null {
  const a = toUtc(from);
  const b = toUtc(to);
  const sign = b >= a ? 1 : -1;
  let n = 0;
  for (let t = a; t !== b;) {
    t += sign * DAY;
    const working = isWorkingDay(fromUtc(t));
    if (working === null) return null;
    if (working) n += sign;
  }
  return n;
}

/** Today's date where the user is, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
