/**
 * The local library of reports: an index (lowdb) and one file per report in the user's data folder, with rotating
 * snapshots users can restore. One writer per process (the main process); saves of a report are serialised and a
 * save is acknowledged only once it is on disk. Opening reads every file (one byte for byte as this app version
 * last checked it keeps its summary), checks the others and restores a corrupt one from its newest good snapshot;
 * a file that cannot be read is never overwritten with defaults.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, access, constants } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { checkReport, summarize } from '../../../shared/checks';
import { CURRENT_SCHEMA_VERSION, parseReport, REPORT_FILE_PATTERN, REPORT_ID_PATTERN, reportSchema, reportTitle, type Report } from '../../../shared/model';
import { SNAPSHOT_NAME } from '../../../shared/api/schemas';
import type { LoadedReport, ReportSummary, SaveOutcome, SnapshotInfo } from '../../../shared/api/types';
import { UserError } from '../errors';
import { writeProblem } from '../file-problems';
import { DurableJsonFile, removeStaleTempFiles, UnreadableFileError, writeFileDurable } from './durable-file';
import { checkedStamp, LibraryCounts, ownPart } from './counts';
import { blankSummary, emptyIndex, indexFileValidator, type IndexData } from './index-file';
import { goodSnapshots, localTime, readSnapshot, stamp, writeSnapshot } from './snapshots';
const ID = REPORT_ID_PATTERN;

export class Library {
  readonly notices: string[] = [];
  /** set when the library opened but cannot write (a full disk at start): every report opens read-only */
  readOnlyReason: string | null = null;
  private readonly index: Low<IndexData>;
  private readonly queues = new Map<string, Promise<unknown>>();
  private indexTimer: NodeJS.Timeout | null = null;
  private indexWrite: Promise<void> = Promise.resolve();
  private seq = 0;
  /** the counts' stamps and the cross-year recounts (counts.ts) */
  private readonly counts: LibraryCounts;

  private constructor(
    readonly dir: string,
    /** the app's version; without it every file is checked at every opening */
    private readonly appVersion?: string,
  ) {
    this.index = new Low(new DurableJsonFile(join(dir, 'index.json'), indexFileValidator), emptyIndex());
    const index = this.index;
    this.counts = new LibraryCounts({
      get data() {
        return index.data;
      },
      appVersion,
      reportPath: (id) => this.reportPath(id),
      summarise: (id, report, previous, prior) => this.summarise(id, report, previous, undefined, prior),
      enqueue: (id, job) => {
        const previous = this.queues.get(id) ?? Promise.resolve();
        const next = previous
          .catch(() => undefined)
          .then(async () => {
            await job();
            this.scheduleIndexWrite();
          });
        this.queues.set(id, next);
      },
    });
  }

  private reportPath(id: string): string {
    return join(this.dir, 'reports', `${id}.json`);
  }

  private snapshotDir(id: string): string {
    return join(this.dir, 'snapshots', id);
  }

  /**
   * Opens (creating if needed) the library in `dir`, checking and repairing every report file. A file unchanged
   * since this app version checked it keeps its summary.
   */
  static async open(dir: string, options: { appVersion?: string } = {}): Promise<Library> {
    const lib = new Library(dir, options.appVersion);
    try {
      await mkdir(join(dir, 'reports'), { recursive: true });
      await mkdir(join(dir, 'snapshots'), { recursive: true });
      await access(dir, constants.W_OK);
    } catch (e) {
      throw new UserError(
        `数据文件夹 ${dir} 无法写入（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）；请检查权限或磁盘空间，已有的年报不会被改动`,
      );
    }
    await lib.removeTempFiles();
    try {
      await lib.index.read();
    } catch (e) {
      if (!(e instanceof UnreadableFileError)) throw e;
      // The index only summarises the report files: rebuild it rather than trust or discard it.
      await rename(join(dir, 'index.json'), join(dir, `index.json.corrupt-${stamp(new Date())}`)).catch(() => undefined);
      lib.index.data = emptyIndex();
      lib.notices.push('年报目录文件已损坏，已根据各年报文件重建');
    }
    const before = JSON.stringify(lib.index.data);
    await lib.scan();
    if (JSON.stringify(lib.index.data) !== before) {
      try {
        await lib.index.write();
      } catch (e) {
        // Every report file was read and checked; only the index could not be written. Open for reading.
        const problem = writeProblem(e);
        const remedy = problem === '磁盘空间已满' ? '请腾出磁盘空间后重新启动本程序' : '请检查数据文件夹的权限后重新启动本程序';
        lib.readOnlyReason = `${problem}，年报目录无法更新，本次以只读方式打开：全部年报可以查看和导出，但不能保存修改；${remedy}`;
        lib.notices.push(lib.readOnlyReason);
      }
    }
    return lib;
  }

  /** Temp files of writes a killed process never finished, in every folder the library writes to. */
  private async removeTempFiles(): Promise<void> {
    await removeStaleTempFiles(this.dir);
    await removeStaleTempFiles(join(this.dir, 'reports'));
    const ids = (await readdir(join(this.dir, 'snapshots')).catch(() => [] as string[])).filter((id) => ID.test(id));
    // The folders are listed a few at a time, as the report files are read in scan().
    for (let i = 0; i < ids.length; i += 16) await Promise.all(ids.slice(i, i + 16).map((id) => removeStaleTempFiles(this.snapshotDir(id))));
  }

  private writable(): void {
    if (this.readOnlyReason) throw new UserError(this.readOnlyReason);
  }

  /** Checks every report file against the index; repairs what can be repaired and says so. */
  private async scan(): Promise<void> {
    const reportsDir = join(this.dir, 'reports');
    const names = await readdir(reportsDir);
    const seen = new Set<string>();
    const ids: string[] = [];
    for (const name of names) {
      const m = REPORT_FILE_PATTERN.exec(name);
      if (!m?.[1]) continue;
      seen.add(m[1]);
      ids.push(m[1]);
    }
    // Files are read a few at a time: the disk works while the previous ones are parsed and checked.
    const fresh = new Set<string>();
    for (let i = 0; i < ids.length; i += 8) await Promise.all(ids.slice(i, i + 8).map((id) => this.checkFile(id, fresh)));
    for (const id of Object.keys(this.index.data.reports)) if (!seen.has(id)) delete this.index.data.reports[id];
    for (const id of Object.keys(this.index.data.checked ?? {})) if (!seen.has(id)) delete this.index.data.checked?.[id];
    await this.counts.recountAll(fresh);
  }

  private async checkFile(id: string, fresh: Set<string>): Promise<void> {
    const path = this.reportPath(id);
    const existing = this.index.data.reports[id];
    const checked = (this.index.data.checked ??= {});
    let raw: unknown;
    let read: string | undefined;
    try {
      const text = await readFile(path, 'utf8');
      const digest = this.counts.read(id, text);
      read = this.appVersion === undefined ? undefined : checkedStamp(this.appVersion, digest);
      if (read && existing && !existing.newerSchema && ownPart(checked[id]) === read) return;
      raw = JSON.parse(text);
    } catch {
      raw = undefined;
    }
    delete checked[id];
    const version = typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
    if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
      const r = raw as Partial<Report>;
      this.index.data.reports[id] = {
        ...(existing ?? blankSummary(id)),
        agency: typeof r.agency === 'string' ? r.agency : '（未知机关）',
        year: typeof r.year === 'number' ? r.year : 0,
        newerSchema: version,
      };
      return;
    }
    const parsed = raw === undefined ? null : parseReport(raw);
    if (parsed?.ok) {
      // Counted without the year before here; recountAll adds the cross-year checks once every file is read.
      this.index.data.reports[id] = this.summarise(id, parsed.report, existing);
      if (read) checked[id] = read;
      fresh.add(id);
      return;
    }
    const restored = await this.restoreNewestGood(id);
    const label = existing ? `《${existing.title}》` : `年报文件 ${id}.json`;
    if (restored) {
      this.index.data.reports[id] = this.summarise(id, restored.report, existing);
      fresh.add(id);
      this.notices.push(`${label}已损坏，已从 ${localTime(restored.savedAt)} 的历史版本恢复；损坏的文件已另存备查`);
    } else {
      await rename(path, `${path}.corrupt-${stamp(new Date())}`).catch(() => undefined);
      delete this.index.data.reports[id];
      this.notices.push(`${label}已损坏且没有可用的历史版本，已移到 reports 文件夹中的 .corrupt 文件备查`);
    }
  }

  private async restoreNewestGood(id: string): Promise<{ report: Report; savedAt: string } | null> {
    for (const s of await this.history(id)) {
      const report = await readSnapshot(this.snapshotDir(id), s.name);
      if (!report) continue;
      try {
        const path = this.reportPath(id);
        await rename(path, `${path}.corrupt-${stamp(new Date())}`).catch(() => undefined);
        const text = `${JSON.stringify(report, null, 2)}\n`;
        await writeFileDurable(path, text);
        this.counts.read(id, text);
        return { report, savedAt: s.savedAt };
      } catch {
        continue;
      }
    }
    return null;
  }

  private summarise(id: string, report: Report, previous?: ReportSummary, savedAt?: string, prior?: Report): ReportSummary {
    // The counts the editor shows for the same report: blanks are still to fill, explained warnings are done.
    const { blockingErrors: errors, openWarnings: warnings } = summarize(checkReport(report, prior ? { prior } : {}), report.acknowledgements);
    const s: ReportSummary = {
      ...(previous ?? blankSummary(id)),
      agency: report.agency,
      year: report.year,
      format: report.format,
      agencyKind: report.agencyKind,
      title: reportTitle(report),
      errors,
      warnings,
    };
    delete s.newerSchema;
    if (savedAt) s.savedAt = savedAt;
    return s;
  }

  list(): ReportSummary[] {
    return Object.values(this.index.data.reports).sort((a, b) => a.agency.localeCompare(b.agency, 'zh-CN') || b.year - a.year);
  }

  private summary(id: string): ReportSummary {
    if (!ID.test(id)) throw new UserError('年报编号无效');
    const s = this.index.data.reports[id];
    if (!s) throw new UserError('年报库中没有这份年报（可能已被彻底删除）');
    return s;
  }

  async load(id: string): Promise<LoadedReport> {
    const s = this.summary(id);
    const loaded = await this.loadFile(id, s);
    if (this.readOnlyReason && !loaded.readOnly) return { ...loaded, readOnly: true, notice: this.readOnlyReason };
    return loaded;
  }

  private async loadFile(id: string, s: ReportSummary): Promise<LoadedReport> {
    const raw: unknown = JSON.parse(await readFile(this.reportPath(id), 'utf8'));
    if (s.newerSchema) {
      const r = parseReport({ ...(raw as object), schemaVersion: CURRENT_SCHEMA_VERSION });
      const notice = `这份年报由更新版本的年报编制助手保存（数据版本 ${s.newerSchema}），只能查看，不能修改；请升级本程序后再编辑`;
      if (!r.ok) throw new UserError(notice);
      return { report: r.report, readOnly: true, notice };
    }
    const r = parseReport(raw);
    if (!r.ok) throw new UserError(`年报文件无法读取：${r.error.message}`);
    return { report: r.report, readOnly: false };
  }

  /** Adds a report; it enters the index only once its file is durably on disk, so a failed create leaves nothing. */
  async create(report: Report): Promise<ReportSummary & { notice?: string }> {
    this.writable();
    const valid = reportSchema.safeParse(report);
    if (!valid.success) throw new UserError(`年报内容无效，未保存：${valid.error.issues[0]?.message ?? ''}`);
    const id = randomUUID();
    const { savedAt, notice } = await this.write(id, valid.data);
    const s = this.summary(id);
    s.createdAt = savedAt;
    return notice ? { ...s, notice } : { ...s };
  }

  /** Saves a report; resolves once the new version is durably on disk. */
  save(id: string, report: Report): Promise<SaveOutcome> {
    const s = this.summary(id);
    if (this.readOnlyReason) return Promise.reject(new UserError(this.readOnlyReason));
    if (s.newerSchema) return Promise.reject(new UserError('这份年报由更新版本保存，只能查看，不能修改'));
    const valid = reportSchema.safeParse(report);
    if (!valid.success) return Promise.reject(new UserError(`年报内容无效，未保存：${valid.error.issues[0]?.message ?? ''}`));
    const previous = this.queues.get(id) ?? Promise.resolve();
    const job = previous.catch(() => undefined).then(() => this.write(id, valid.data));
    this.queues.set(id, job);
    return job;
  }

  private async write(id: string, report: Report): Promise<SaveOutcome> {
    const now = new Date();
    const savedAt = now.toISOString();
    const text = `${JSON.stringify(report, null, 2)}\n`;
    try {
      await writeFileDurable(this.reportPath(id), text);
    } catch (e) {
      throw new UserError(`保存失败（${writeProblem(e)}）：编辑器中的内容仍在，请处理后再保存`);
    }
    let notice: string | undefined;
    try {
      await writeSnapshot(this.snapshotDir(id), text, now, ++this.seq);
    } catch (e) {
      notice = `已保存，但这次的历史版本未能保留（${writeProblem(e)}）；请腾出磁盘空间，以免需要时无法恢复到此前的版本`;
    }
    this.counts.read(id, text);
    const before = this.index.data.reports[id];
    const prior = await this.counts.priorReport(id, report);
    this.index.data.reports[id] = this.summarise(id, report, before, savedAt, prior?.report);
    this.counts.stamp(id, prior?.id);
    if (before && (before.agency !== report.agency || before.year !== report.year)) this.counts.recountFollowing(before.agency, before.year, id);
    this.counts.recountFollowing(report.agency, report.year, id);
    this.scheduleIndexWrite();
    return notice ? { savedAt, notice } : { savedAt };
  }

  /** Snapshots of a report that can be restored, newest first; a damaged one (left by an older version) is not offered. */
  history(id: string): Promise<SnapshotInfo[]> {
    return goodSnapshots(this.snapshotDir(id));
  }

  /** One saved version, to look at or compare before restoring it. */
  async snapshot(id: string, name: string): Promise<Report> {
    this.summary(id);
    if (!SNAPSHOT_NAME.test(name)) throw new UserError('历史版本名称无效');
    const report = await readSnapshot(this.snapshotDir(id), name);
    if (!report) throw new UserError('这个历史版本已无法读取');
    return report;
  }

  async restoreSnapshot(id: string, name: string): Promise<Report> {
    this.writable();
    const report = await this.snapshot(id, name);
    await this.save(id, report);
    return report;
  }

  /** Moves a report to the bin; it can be restored until purged. */
  async remove(id: string): Promise<void> {
    const s = this.summary(id);
    this.writable();
    await this.changeIndex(s, 'deletedAt', new Date().toISOString(), `《${s.title}》未能移到回收站`);
    this.counts.recountFollowing(s.agency, s.year, id);
  }

  async restore(id: string): Promise<void> {
    const s = this.summary(id);
    this.writable();
    await this.changeIndex(s, 'deletedAt', undefined, `《${s.title}》未能从回收站恢复`);
    this.counts.recountFollowing(s.agency, s.year, id);
  }

  /** Sets one field of a summary and writes the index; if the write fails, the list shows what is on disk. */
  private async changeIndex(s: ReportSummary, key: 'deletedAt', value: string | undefined, failure: string): Promise<void> {
    const before = s[key];
    if (value === undefined) delete s[key];
    else s[key] = value;
    try {
      await this.writeIndexNow();
    } catch (e) {
      if (before === undefined) delete s[key];
      else s[key] = before;
      throw new UserError(`${failure}（${writeProblem(e)}），请处理后再试`);
    }
  }

  /** Deletes a binned report for good, with its history. */
  async purge(id: string): Promise<void> {
    const s = this.summary(id);
    this.writable();
    if (!s.deletedAt) throw new UserError('只能彻底删除回收站中的年报');
    await this.queues.get(id)?.catch(() => undefined);
    await rm(this.reportPath(id), { force: true });
    await rm(this.snapshotDir(id), { recursive: true, force: true });
    delete this.index.data.reports[id];
    delete this.index.data.checked?.[id];
    this.counts.forget(id);
    await this.writeIndexNow();
    this.counts.recountFollowing(s.agency, s.year, id);
  }

  private scheduleIndexWrite(): void {
    if (this.indexTimer) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null;
      void this.writeIndexNow().catch(() => undefined);
    }, 200);
  }

  private writeIndexNow(): Promise<void> {
    if (this.indexTimer) {
      clearTimeout(this.indexTimer);
      this.indexTimer = null;
    }
    this.indexWrite = this.indexWrite.catch(() => undefined).then(() => this.index.write());
    return this.indexWrite;
  }

  /** Waits for every pending save and writes the index: called before the app quits. */
  async flush(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.catch(() => undefined)));
    if (this.readOnlyReason) return;
    await this.writeIndexNow();
  }
}
