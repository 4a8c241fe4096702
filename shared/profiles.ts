/**
 * Check profiles (docs/spec/checks.md P1): the thresholds and dates that differ by province or supervising office are
 * data, not code. A report records its profile (absent = 全国默认); the checks read from it the X5 similarity
 * threshold, the G1 deadline, the G15 length limit of 一、总体情况 and the G16 required statements, and an export
 * without an explicit layout takes the profile's layout.
 *
 * To add a profile: append an entry to PROFILES with a new id, the document its figures come from (`source`, and
 * a `source` on each limit and statement), and an existing layout profile id (shared/layout/profile.ts); nothing
 * else needs to change. A figure without a document to name stays out: 全国默认 has no length limit because the
 * national format sets none.
 */
import { GBT9704, LAYOUT_PROFILES, type LayoutProfile, type LayoutProfileId } from './layout/profile';
import type { AgencyKind } from './formats/types';

export const PROFILE_IDS = ['national', 'jiangsu-suqian'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** A day of the year after the report's year, "MM-DD". */
type MonthDay = `${number}-${number}`;

/** G15: the most characters 一、总体情况 may have (spaces not counted), and the document that sets it. */
export interface LengthLimit {
  chars: number;
  source: string;
}

/**
 * G16: a statement a profile requires in one narrative section, over and above the national rules (the five aspects
 * G3, 考核/评议/追责 F4, 信息处理费 G5, which every profile keeps).
 */
export interface RequiredStatement {
  key: string;
  section: 'overview' | 'problems' | 'other';
  /** what the section must state, as the message names it ("说明政务公开培训情况") */
  what: string;
  /** any of these words in the section counts as the statement */
  evidence: readonly string[];
  /** the kinds of agency it applies to (absent: all) */
  agencyKinds?: readonly AgencyKind[];
  source: string;
}

export interface ReportProfile {
  id: ProfileId;
  name: string;
  /** one line for the chooser: what differs and where it comes from */
  description: string;
  /** X5: a narrative section at least this similar to last year's counts as 内容雷同 */
  x5Threshold: number;
  /** G1: publication deadline in the year after the report's year, by kind of agency */
  deadline: Readonly<Record<AgencyKind, MonthDay>>;
  /** the layout an export uses when none is chosen */
  layout: LayoutProfileId;
  /** the documents the thresholds and dates above come from */
  source: string;
  overviewMaxChars?: LengthLimit;
  requiredStatements?: readonly RequiredStatement[];
}

export const PROFILES: readonly ReportProfile[] = [
  {
    id: 'national',
    name: '全国默认',
    description: '条例第四十九条：部门1月31日前、人民政府3月31日前公布；内容雷同按相似度85%提示；GB/T 9704 版式',
    x5Threshold: 0.85,
    deadline: { department: '01-31', government: '03-31' },
    layout: 'gbt9704',
    source: '《中华人民共和国政府信息公开条例》第四十九条、第五十条；国办公开办函〔2021〕30号',
  },
  {
    id: 'jiangsu-suqian',
    name: '江苏（宿迁监测）',
    description: '宿迁部门监测细则：3月31日前公布，与上年重复率超过50%扣分；江苏常用版式（方正仿宋_GBK，行距28磅）',
    x5Threshold: 0.5,
    deadline: { department: '03-31', government: '03-31' },
    layout: 'jiangsu',
    source: '宿迁市部门政务公开监测细则（重复率大于50%扣分；3月31日前公布）',
  },
];

export const DEFAULT_PROFILE_ID: ProfileId = 'national';

export function getProfile(id: string | undefined): ReportProfile {
  return PROFILES.find((p) => p.id === id) ?? (PROFILES[0] as ReportProfile);
}

/** The deadline of a report year's publication as YYYY-MM-DD. */
export function deadlineOf(profile: ReportProfile, year: number, kind: AgencyKind): string {
  return `${year + 1}-${profile.deadline[kind]}`;
}

const dayNumber = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** A local calendar day as YYYY-MM-DD (the day the user sees on the office clock, not UTC). */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The report's deadline and the days left on `today` (negative: that many days late), as the editor shows them. */
export function deadlineStatus(
  report: { year: number; agencyKind: AgencyKind; profile?: ProfileId | undefined },
  today: string,
): { deadline: string; daysLeft: number; profile: ReportProfile } {
  const profile = getProfile(report.profile);
  const deadline = deadlineOf(profile, report.year, report.agencyKind);
  return { deadline, daysLeft: daysBetween(today, deadline), profile };
}

/** The report with this profile; the default is not written, so reports that never chose one stay unchanged. */
export function withProfile<R extends { profile?: ProfileId | undefined }>(report: R, id: ProfileId): R {
  const { profile: _old, ...rest } = report;
  return (id === DEFAULT_PROFILE_ID ? rest : { ...rest, profile: id }) as R;
}

/** The layout a report prints in when none is chosen: its profile's (preview, DOCX and PDF alike). */
export function layoutOf(report: { profile?: ProfileId | undefined }): LayoutProfile {
  const id = getProfile(report.profile).layout;
  return LAYOUT_PROFILES.find((p) => p.id === id) ?? GBT9704;
}
