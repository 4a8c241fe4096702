/**
 * One reviewed file, as `nianbao review --json` prints it (interchange.md §6) and the 审核 page shows it, and the
 * pure steps of a review: pairing each report with the same agency's previous year, and the folder summary.
 */
import { publishedCounts, summarize } from '../checks/summary';
import type { Diagnostic } from '../checks/types';
import type { FormatId } from '../formats/types';
import type { RuleId } from '../checks/rules';
import type { Report } from '../model';
import { indicatorsOf, type IndicatorValues } from './indicators';

export interface ReviewedReport {
  file: string;
  imported: true;
  agency: string;
  year: number;
  format: FormatId;
  importWarnings: string[];
  errors: number;
  warnings: number;
  diagnostics: Diagnostic[];
  indicators: IndicatorValues;
  /** the file of the same agency's previous year, when it was among the inputs (cross-year rules ran) */
  priorFile?: string;
  /** how many findings of each rule inspectors treat as a veto (VETO_RULES), counted apart from the rest */
  veto: Record<VetoRule, number>;
}

/**
 * What inspections fault before anything else (checks.md K): published personal data and the old format in a new
 * report. The 审核 page, `nianbao review` and the 汇总 sheet give each its own column.
 */
export const VETO_RULES = [
  { rule: 'G13', label: '个人信息' },
  { rule: 'G14', label: '旧版格式' },
] as const satisfies readonly { rule: RuleId; label: string }[];
export type VetoRule = (typeof VETO_RULES)[number]['rule'];

export interface FailedFile {
  file: string;
  imported: false;
  importError: string;
}

export type ReviewEntry = ReviewedReport | FailedFile;

export interface ReviewSummary {
  files: number;
  imported: number;
  withErrors: number;
}

export function reviewedEntry(file: string, report: Report, importWarnings: string[], diagnostics: Diagnostic[], priorFile?: string): ReviewedReport {
  const counts = publishedCounts(summarize(diagnostics));
  return {
    file,
    imported: true,
    agency: report.agency,
    year: report.year,
    format: report.format,
    importWarnings,
    errors: counts.errors,
    warnings: counts.warnings,
    diagnostics,
    indicators: indicatorsOf(report),
    veto: Object.fromEntries(VETO_RULES.map(({ rule }) => [rule, diagnostics.filter((d) => d.rule === rule).length])) as Record<VetoRule, number>,
    ...(priorFile ? { priorFile } : {}),
  };
}

/** Agency names compared as printed, ignoring spaces (a title broken over lines can leave one). */
export function agencyKey(agency: string): string {
  return agency.replace(/\s+/g, '');
}

/**
 * Whether two names denote the same agency: equal, or one is the other with its place prefix
 * (洪泽区人民政府 / 淮安市洪泽区人民政府), as agencies print their name differently from year to year.
 */
export function sameAgency(a: string, b: string): boolean {
  const x = agencyKey(a);
  const y = agencyKey(b);
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  // The longer name is the shorter one with a place in front ("淮安市" + "洪泽区人民政府"); "人民政府" alone names
  // no agency.
  const prefix = long.slice(0, long.length - short.length);
  return long.endsWith(short) && short.length >= 3 && short !== '人民政府' && /^[\u4e00-\u9fff]{1,12}(?:省|自治区|市|州|盟|地区|县|区|旗)$/.test(prefix);
}

/**
 * The name the library already knows `agency` by, when it is printed differently (with or without its place), so
 * that an import can offer it: one agency, one name in the library. Null when the name is known as it is, or not
 * at all.
 */
export function knownNameOf(agency: string, known: readonly string[]): string | null {
  const key = agencyKey(agency);
  if (!key || known.some((k) => agencyKey(k) === key)) return null;
  return known.find((k) => sameAgency(k, agency)) ?? null;
}

/**
 * The entry of `agency`'s report of `year - 1` in a list (the library's), not in the bin, not `self`: the same name
 * (spaces ignored) first, else the same agency printed with or without its place ("洪泽区人民政府" /
 * "淮安市洪泽区人民政府"). One answer for the editor's cross-year checks and for the import's X2 settling.
 */
export function priorYearOf<T extends { id: string; agency: string; year: number; deletedAt?: string }>(
  list: readonly T[],
  agency: string,
  year: number,
  self?: string,
): T | undefined {
  const key = agencyKey(agency);
  const candidates = list.filter((s) => !s.deletedAt && s.year === year - 1 && s.id !== self);
  return candidates.find((s) => agencyKey(s.agency) === key) ?? candidates.find((s) => sameAgency(s.agency, agency));
}

/**
 * The entries of `agency`'s reports before `year` in a list (the library's), one per year, newest year first, at
 * most `limit`: the same agency as priorYearOf finds it (name as printed first, then with or without its place),
 * the latest saved where a year is there twice. What the 图解's trend draws.
 */
export function earlierYearsOf<T extends { id: string; agency: string; year: number; deletedAt?: string; savedAt: string }>(
  list: readonly T[],
  agency: string,
  year: number,
  limit: number,
): T[] {
  const key = agencyKey(agency);
  const rank = (s: T) => (agencyKey(s.agency) === key ? 0 : 1);
  return list
    .filter((s) => !s.deletedAt && s.year < year && sameAgency(s.agency, agency))
    .sort((a, b) => b.year - a.year || rank(a) - rank(b) || b.savedAt.localeCompare(a.savedAt))
    .filter((s, i, all) => all.findIndex((x) => x.year === s.year) === i)
    .slice(0, limit);
}

/** For each report, the index of the same agency's report of the year before, if one is present (exact names first). */
export function priorIndexes(reports: readonly (Pick<Report, 'agency' | 'year'> | null)[]): (number | null)[] {
  return reports.map((r) => {
    if (!r) return null;
    let loose: number | null = null;
    for (let i = 0; i < reports.length; i++) {
      const p = reports[i];
      if (!p || p.year !== r.year - 1) continue;
      if (agencyKey(p.agency) === agencyKey(r.agency)) return i;
      if (loose === null && sameAgency(p.agency, r.agency)) loose = i;
    }
    return loose;
  });
}

export function reviewSummary(entries: readonly ReviewEntry[]): ReviewSummary {
  const imported = entries.filter((e): e is ReviewedReport => e.imported);
  return { files: entries.length, imported: imported.length, withErrors: imported.filter((e) => e.errors > 0).length };
}

/** Agencies and years first, files that failed last, so the list reads like the office's register. */
export function sortEntries<T extends ReviewEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    if (a.imported !== b.imported) return a.imported ? -1 : 1;
    if (a.imported && b.imported) return a.agency.localeCompare(b.agency, 'zh-CN') || a.year - b.year || a.file.localeCompare(b.file);
    return a.file.localeCompare(b.file);
  });
}

/** The units of a list that filed nothing: a unit matches a report whose agency contains it (or the reverse). */
export function missingUnits(units: readonly string[], agencies: readonly string[]): string[] {
  return units.map((u) => u.trim()).filter((u) => u !== '' && !agencies.some((a) => sameAgency(a, u)));
}

/** A pasted or .txt unit list: one unit a line (or separated by commas / 、), blanks and duplicates dropped. */
export function parseUnitList(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[\r\n,，、;；\t]+/)) {
    const u = part.trim();
    if (u) seen.add(u);
  }
  return [...seen];
}
