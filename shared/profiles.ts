/**
 * Check profiles (spec/checks.md P1): the thresholds and dates that differ by province or supervising office are
 * data, not code. A report records its profile (absent = 全国默认); the checks read the X5 similarity threshold and
 * the G1 deadline from it, and an export without an explicit layout takes the profile's layout.
 *
 * To add a profile: append an entry to PROFILES with a new id, the source of its figures, and an existing layout
 * profile id (shared/layout/profile.ts); nothing else needs to change.
 */
import { GBT9704, LAYOUT_PROFILES, type LayoutProfile } from './layout/profile';
import type { AgencyKind } from './model/report';

export const PROFILE_IDS = ['national', 'jiangsu-suqian'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** Layout profile ids of shared/layout/profile.ts. */
export type LayoutProfileId = 'gbt9704' | 'jiangsu';

/** A day of the year after the report's year, "MM-DD". */
type MonthDay = `${number}-${number}`;

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
}

export const PROFILES: readonly ReportProfile[] = [
  {
    id: 'national',
    name: '全国默认',
    description: '条例第四十九条：部门1月31日前、人民政府3月31日前公布；内容雷同按相似度85%提示；GB/T 9704 版式',
    x5Threshold: 0.85,
    deadline: { department: '01-31', government: '03-31' },
    layout: 'gbt9704',
  },
  {
    id: 'jiangsu-suqian',
    name: '江苏（宿迁监测）',
    description: '宿迁部门监测细则：3月31日前公布，与上年重复率超过50%扣分；江苏常用版式（方正仿宋_GBK，行距28磅）',
    x5Threshold: 0.5,
    deadline: { department: '03-31', government: '03-31' },
    layout: 'jiangsu',
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
