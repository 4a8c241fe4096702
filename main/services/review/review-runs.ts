/**
 * Reviews started from the app: each runs in the background on the worker pool while the renderer polls its
 * status, so the window stays responsive and the table fills in as files finish.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ReviewStatus } from '../../../shared/api/types';
import type { Report } from '../../../shared/model';
import type { ReviewEntry } from '../../../shared/review';
import { UserError } from '../errors';
import { reviewPaths } from './review';
import { safeFileName } from '../file-names';

interface Run {
  status: ReviewStatus;
  reports: Map<string, Report>;
}

/** Old runs are dropped so a long session does not keep every folder it reviewed in memory. */
const KEEP_RUNS = 5;

export class ReviewRuns {
  private runs = new Map<string, Run>();

  start(paths: string[], label: string, onFinished?: () => void): ReviewStatus {
    const runId = randomUUID();
    const partial: ReviewEntry[] = [];
    const run: Run = { status: { runId, label, done: 0, total: 0, finished: false, entries: [] }, reports: new Map() };
    this.runs.set(runId, run);
    while (this.runs.size > KEEP_RUNS) this.runs.delete(this.runs.keys().next().value as string);
    void reviewPaths(paths, {
      onProgress: (p) => {
        if (p.entry) partial.push(p.entry);
        run.status = { ...run.status, done: p.done, total: p.total, entries: partial };
      },
    })
      .finally(onFinished)
      .then(
        (r) => {
          run.reports = r.reports;
          run.status = { ...run.status, done: run.status.total, finished: true, entries: r.entries };
        },
        (e: unknown) => {
          run.status = { ...run.status, finished: true, error: e instanceof UserError ? e.message : `审核失败：${(e as Error).message}` };
        },
      );
    return run.status;
  }

  /** Dropped files are written to a private temporary folder and reviewed from there, like a chosen folder. */
  async startWithBytes(files: { name: string; data: Uint8Array }[]): Promise<ReviewStatus> {
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-review-'));
    const used = new Set<string>();
    for (const f of files) {
      let name = safeFileName(basename(f.name));
      for (let i = 2; used.has(name); i++) name = `${i}_${basename(f.name)}`;
      used.add(name);
      await writeFile(join(dir, name), f.data);
    }
    // The reports are kept in memory once read, so the copies are removed when the review ends.
    return this.start([dir], `拖入的 ${files.length} 个文件`, () => void rm(dir, { recursive: true, force: true }));
  }

  private run(runId: string): Run {
    const r = this.runs.get(runId);
    if (!r) throw new UserError('这次审核的结果已不在内存中，请重新选择文件夹审核');
    return r;
  }

  /** Polled often while a review runs: only the entries the caller does not hold yet cross to the renderer. */
  status(runId: string, since = 0): ReviewStatus {
    const { status } = this.run(runId);
    return status.finished ? status : { ...status, entries: status.entries.slice(since) };
  }

  finished(runId: string): Run {
    const r = this.run(runId);
    if (!r.status.finished) throw new UserError('审核还没有完成，请稍候');
    return r;
  }

  report(runId: string, file: string): Report {
    const r = this.finished(runId).reports.get(file);
    if (!r) throw new UserError(`审核结果中没有这份报告：${basename(file)}`);
    return r;
  }
}
