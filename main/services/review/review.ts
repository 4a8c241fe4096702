/** `nianbao review` and the 审核 page: every file found, imported and checked, cross-year rules where possible. */
import { checkReport } from '../../../shared/checks';
import type { Report } from '../../../shared/model';
import { priorIndexes, reviewedEntry, sortEntries, type ReviewEntry, type ReviewedReport } from '../../../shared/review';
import { collectReviewFiles } from './collect-files';
import type { FileOutcome } from './import-and-check';
import { importAndCheckAll } from './worker-pool';

export interface ReviewProgress {
  done: number;
  total: number;
  /** the entry just finished (before the cross-year pass) */
  entry?: ReviewEntry;
}

export interface ReviewOptions {
  threads?: number;
  onProgress?: (p: ReviewProgress) => void;
}

export interface ReviewRun {
  entries: ReviewEntry[];
  /** the imported reports by file, for opening one read-only or summing them */
  reports: Map<string, Report>;
}

function toEntry(file: string, o: FileOutcome): ReviewEntry {
  return o.ok ? reviewedEntry(file, o.report, o.importWarnings, o.diagnostics) : { file, imported: false, importError: o.error };
}

export async function reviewPaths(paths: readonly string[], options: ReviewOptions = {}): Promise<ReviewRun> {
  const { files, problems } = await collectReviewFiles(paths);
  const total = files.length;
  let done = 0;
  options.onProgress?.({ done, total });
  const outcomes = await importAndCheckAll(files, {
    ...(options.threads ? { threads: options.threads } : {}),
    onDone: (i, o) => options.onProgress?.({ done: ++done, total, entry: toEntry(files[i] ?? '', o) }),
  });
  const reports = outcomes.map((o) => (o.ok ? o.report : null));
  const priors = priorIndexes(reports);
  const entries: ReviewEntry[] = outcomes.map((o, i) => {
    const file = files[i] ?? '';
    const p = priors[i];
    const prior = p === null || p === undefined ? null : reports[p];
    if (!o.ok || !prior) return toEntry(file, o);
    return reviewedEntry(file, o.report, o.importWarnings, checkReport(o.report, { prior }), files[p as number]);
  });
  for (const pr of problems) entries.push({ file: pr.file, imported: false, importError: pr.message });
  const byFile = new Map<string, Report>();
  reports.forEach((r, i) => r && byFile.set(files[i] ?? '', r));
  return { entries: sortEntries(entries), reports: byFile };
}

export function importedEntries(entries: readonly ReviewEntry[]): ReviewedReport[] {
  return entries.filter((e): e is ReviewedReport => e.imported);
}
