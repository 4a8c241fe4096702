/**
 * The rules whose figures come from the report's check profile (shared/profiles.ts, docs/spec/checks.md P1): the
 * publication deadline (G1), the length of 一、总体情况 (G15) and the statements a province requires (G16). Each
 * message names the profile and the document the figure comes from, so a user can see who asks for it.
 */
import type { CompiledFormat } from '../formats';
import { daysBetween, deadlineOf, type ReportProfile, type RequiredStatement } from '../profiles';
import type { Report } from '../model/report';
import { DEP_META, DEP_SECTION, DEP_SECTIONS, diag, profileOf, sectionText, type CheckUnit } from './context';
import type { Diagnostic } from './types';

/** G1: the sign-off date against the publication deadline of the report's profile, counted in days. */
function deadlineUnit(): CheckUnit {
  return {
    deps: [DEP_META],
    run(ctx) {
      const { signoff, year, agencyKind } = ctx.report;
      const date = signoff?.date;
      if (!date) return [];
      const profile = profileOf(ctx);
      const deadline = deadlineOf(profile, year, agencyKind);
      const late = daysBetween(deadline, date);
      if (late <= 0) return [];
      const [, m, d] = deadline.split('-').map(Number);
      return [
        diag('G1', {
          key: 'signoff',
          message: `签发日期${date}晚于公开期限${deadline}，超期${late}天（${profile.name}：${agencyKind === 'government' ? '人民政府' : '部门'}年报应于${year + 1}年${m}月${d}日前公开）`,
        }),
      ];
    },
  };
}

/** Characters as a reader counts them: every character but spaces and line breaks. */
export function countedChars(text: string): number {
  return [...text.replace(/\s+/g, '')].length;
}

/** G15 for a report under `profile`: 一、总体情况 longer than the profile allows. */
export function overviewLengthFindings(report: Report, profile: ReportProfile, title: string): Diagnostic[] {
  const limit = profile.overviewMaxChars;
  if (!limit) return [];
  const n = countedChars(sectionText(report, 'overview'));
  if (n <= limit.chars) return [];
  return [
    diag('G15', {
      blocks: [{ section: 'overview', index: 0 }],
      key: 'overview',
      message: `“${title}”共${n}字，超过${profile.name}规定的${limit.chars}字${n - limit.chars}字（${limit.source}）；请精简`,
      expected: limit.chars,
      actual: n,
    }),
  ];
}

const applies = (s: RequiredStatement, report: Report): boolean => !s.agencyKinds || s.agencyKinds.includes(report.agencyKind);

/** G16 for a report under `profile`: each required statement its section does not make. */
export function requiredStatementFindings(report: Report, profile: ReportProfile, format: CompiledFormat): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of profile.requiredStatements ?? []) {
    if (!applies(s, report)) continue;
    const text = sectionText(report, s.section);
    if (s.evidence.some((w) => text.includes(w))) continue;
    const title = format.def.sections.find((x) => x.key === s.section)?.title ?? s.section;
    out.push(
      diag('G16', {
        blocks: [{ section: s.section, index: 0 }],
        key: s.key,
        message: `${profile.name}要求在“${title}”中${s.what}（${s.source}），其中未见相关内容`,
      }),
    );
  }
  return out;
}

export function profileUnits(format: CompiledFormat): CheckUnit[] {
  const overviewTitle = format.def.sections.find((s) => s.key === 'overview')?.title ?? '一、总体情况';
  return [
    deadlineUnit(),
    { deps: [DEP_SECTION('overview'), DEP_META], run: (ctx) => overviewLengthFindings(ctx.report, profileOf(ctx), overviewTitle) },
    { deps: [DEP_SECTIONS, DEP_META], run: (ctx) => requiredStatementFindings(ctx.report, profileOf(ctx), format) },
  ];
}
