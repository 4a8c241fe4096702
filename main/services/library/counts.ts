/**
 * The library's error and warning counts as the editor shows them, cross-year checks included: a report whose
 * agency's year before is in the library is counted against it, and counted again when that year changes, enters
 * or leaves. Each count is stamped with what it was computed from, so an unchanged library opens without checking.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseReport, type Report } from '../../../shared/model';
import type { ReportSummary } from '../../../shared/api/types';
import { priorYearOf, sameAgency } from '../../../shared/review/review';

const digestOf = (text: string): string => createHash('sha1').update(text).digest('base64');

/**
 * What a report file's summary was computed from: the checks of one app version on exactly this text and, when
 * the library holds the agency's report of the year before, exactly that report's text (the cross-year checks).
 */
export const checkedStamp = (appVersion: string, digest: string, priorDigest?: string): string =>
  `${appVersion}:${digest}${priorDigest ? `${PRIOR_MARK}${priorDigest}` : ''}`;
/** Between the own part and the year before's: a character base64 digests never hold (they hold + and /). */
const PRIOR_MARK = '|';
/** The part of a stamp that is the report's own file. */
export const ownPart = (stamp: string | undefined): string | undefined => stamp?.split(PRIOR_MARK)[0];

/** What the counts need of the library. */
export interface CountsHost {
  /** the index as it is now (it is replaced when rebuilt) */
  readonly data: { reports: Record<string, ReportSummary>; checked?: Record<string, string> | undefined };
  readonly appVersion: string | undefined;
  reportPath(id: string): string;
  summarise(id: string, report: Report, previous: ReportSummary, prior: Report | undefined): ReportSummary;
  /** runs `job` in the report's save queue, then writes the index */
  enqueue(id: string, job: () => Promise<void>): void;
}

export class LibraryCounts {
  /** the digest of each report file as last read or written */
  private readonly digests = new Map<string, string>();
  /**
   * Reports read as a year before, with the digest of the text they were parsed from: the autosave of the year
   * after reads its year before at every save, and parses it again only when its file changed.
   */
  private readonly priors = new Map<string, { digest: string; report: Report }>();

  constructor(private readonly host: CountsHost) {}

  /** Notes the text of a report file just read or written; returns its digest. */
  read(id: string, text: string): string {
    const digest = digestOf(text);
    this.digests.set(id, digest);
    return digest;
  }

  forget(id: string): void {
    this.digests.delete(id);
    this.priors.delete(id);
  }

  private stampOf(id: string, priorId: string | undefined): string | undefined {
    const digest = this.digests.get(id);
    if (this.host.appVersion === undefined || digest === undefined) return undefined;
    return checkedStamp(this.host.appVersion, digest, priorId === undefined ? undefined : this.digests.get(priorId));
  }

  /** Records what the report's counts were just computed from. */
  stamp(id: string, priorId: string | undefined): void {
    const s = this.stampOf(id, priorId);
    if (s) (this.host.data.checked ??= {})[id] = s;
  }

  /** The library's entry of the year before of a report, found as the editor finds it (priorYearOf). */
  private priorEntry(id: string, s: Pick<ReportSummary, 'agency' | 'year'>, entries = this.entries()): ReportSummary | undefined {
    return priorYearOf(entries, s.agency, s.year, id);
  }

  /** The entries a year before can be: every report this version can read. */
  private entries(): ReportSummary[] {
    return Object.values(this.host.data.reports).filter((r) => !r.newerSchema);
  }

  /** The report of the year before, read from its file; none when it cannot be read (it is then counted alone). */
  async priorReport(id: string, s: Pick<ReportSummary, 'agency' | 'year'>): Promise<{ id: string; report: Report } | undefined> {
    const entry = this.priorEntry(id, s);
    return entry ? this.readReport(entry.id, true) : undefined;
  }

  /** A report from its file; `asPrior`: kept parsed for the next save of the year after. */
  private async readReport(id: string, asPrior = false): Promise<{ id: string; report: Report } | undefined> {
    try {
      const text = await readFile(this.host.reportPath(id), 'utf8');
      const digest = this.read(id, text);
      const kept = this.priors.get(id);
      if (kept?.digest === digest) return { id, report: kept.report };
      const r = parseReport(JSON.parse(text));
      if (!r.ok) return undefined;
      if (asPrior) this.priors.set(id, { digest, report: r.report });
      return { id, report: r.report };
    } catch {
      return undefined;
    }
  }

  /**
   * Adds the cross-year checks to the counts once every file is read. `fresh`: counted just now without a year
   * before. A report whose own file and year before are byte for byte what this app version last counted keeps
   * its counts.
   */
  async recountAll(fresh: ReadonlySet<string>): Promise<void> {
    const checked = this.host.data.checked ?? {};
    // Each report looks for its year before among that year's entries only: one pass, not one per report.
    const byYear = new Map<number, ReportSummary[]>();
    for (const r of this.entries()) {
      const year = byYear.get(r.year);
      if (year) year.push(r);
      else byYear.set(r.year, [r]);
    }
    const ids = Object.keys(this.host.data.reports).filter((id) => {
      const s = this.host.data.reports[id];
      if (!s || s.newerSchema || !this.digests.has(id)) return false;
      const prior = this.priorEntry(id, s, byYear.get(s.year - 1) ?? []);
      if (!prior && fresh.has(id)) return false;
      const stamp = this.stampOf(id, prior?.id);
      return stamp === undefined || checked[id] !== stamp;
    });
    for (let i = 0; i < ids.length; i += 8) await Promise.all(ids.slice(i, i + 8).map((id) => this.recount(id)));
  }

  /** Counts a report again from its file, against its year before. */
  private async recount(id: string): Promise<void> {
    const s = this.host.data.reports[id];
    if (!s || s.newerSchema) return;
    const own = await this.readReport(id);
    if (!own) return;
    const prior = await this.priorReport(id, own.report);
    const current = this.host.data.reports[id];
    if (!current) return;
    this.host.data.reports[id] = this.host.summarise(id, own.report, current, prior?.report);
    this.stamp(id, prior?.id);
  }

  /**
   * After a report of `agency` and `year` changed, entered or left the library: the next year's reports of the
   * agency count against a different year before, so they are counted again, each in its own save queue.
   */
  recountFollowing(agency: string, year: number, except: string): void {
    for (const s of Object.values(this.host.data.reports)) {
      if (s.id === except || s.newerSchema || s.year !== year + 1 || !sameAgency(s.agency, agency)) continue;
      this.host.enqueue(s.id, () => this.recount(s.id));
    }
  }
}
