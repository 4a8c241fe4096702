/**
 * The services behind the renderer's API, free of Electron: the main process wires them to IPC, the browser
 * bridge to a page, and tests call them directly. Only file dialogs and "show in folder" differ per host.
 */
import { basename } from 'node:path';
import type { ApiMethod, ExportKind, NianbaoApi, ReviewExportKind, SumOutcome } from '../../shared/api';
import { EXPORT_KINDS } from '../../shared/api/export-kinds';
import { reportTitle, type Report } from '../../shared/model';
import { buildGraphic, graphicHtml } from '../../shared/publish/graphic';
import { webFragmentHtml, webPlainText } from '../../shared/publish/web-page';
import { sumReports, type SumInput } from '../../shared/review';
import { UserError } from './errors';
import { exportReport, previewPdf } from './export';
import { safeFileName } from './file-names';
import type { PdfPrinter } from './export/printer';
import { settleWithPrior, type ImportResult } from '../../shared/import';
import { earlierYearsOf, priorYearOf } from '../../shared/review/review';
import { importBuffer, importFile } from './import/import-file';
import { writeOutputFile } from './report-file';
import type { Library } from './library/library';
import { RegisterStore } from './library/registers';
import { exportRegisterTo, importRegisterFile, tallyKeptRegister, tallyRegisterFile } from './tally/register-services';
import { issuesHtml } from './review/issues-html';
import { ReviewRuns } from './review/review-runs';
import { readUnitList } from './review/unit-list';
import { reviewWorkbook } from './review/workbook';

/** What the save dialog is asked for: a report's Word or PDF, or a review's workbook or PDF. */
export type SaveKind = ExportKind | ReviewExportKind;

export interface HostDialogs {
  chooseImportFile(): Promise<string | null>;
  chooseExportPath(defaultName: string, kind: SaveKind): Promise<string | null>;
  /** a folder of reports to review (审核) */
  chooseReviewFolder(): Promise<string | null>;
  showInFolder(path: string): void;
}

export type ServiceApi = Pick<NianbaoApi, ApiMethod>;

export interface ServiceDeps {
  library: Library;
  dialogs: HostDialogs;
  printer: () => PdfPrinter;
  /** the system clipboard, written with HTML and plain text at once */
  clipboard?: (data: { html: string; text: string }) => Promise<void> | void;
  version: string;
  onReadyToClose?: () => void;
}

/** A file name for the export: the title, without characters Windows refuses. */
export function exportFileName(report: Report, kind: ExportKind): string {
  const k = EXPORT_KINDS[kind];
  return `${safeFileName(reportTitle(report))}${k.suffix}.${k.extension}`;
}

/** How many earlier years the 图解's trend shows at most. */
const TREND_YEARS = 5;

/** The same agency's earlier reports in the library, newest last, for the 图解's trend. */
async function earlierYears(library: Library, report: Report): Promise<Report[]> {
  const summaries = earlierYearsOf(await library.list(), report.agency, report.year, TREND_YEARS);
  const loaded = await Promise.all(summaries.map((s) => library.load(s.id).then((l) => l.report)));
  return loaded.reverse();
}

/** The agency's report of the year before in the library, found as the editor finds it: the cross-year checks' prior. */
async function priorYear(library: Library, report: Report): Promise<Report | undefined> {
  const entry = priorYearOf(await library.list(), report.agency, report.year);
  return entry ? (await library.load(entry.id)).report : undefined;
}

/** An import whose 二 left figures run together unsettled, settled again with the agency's last year in the library. */
async function withPriorYear(library: Library, result: ImportResult): Promise<ImportResult> {
  if (!result.glued) return result;
  const prior = await priorYear(library, result.report);
  // settleWithPrior takes a prior of the same format only.
  return prior ? settleWithPrior(result, prior) : result;
}

/** What every area's services share: the host's dependencies and the paths this session exported. */
interface ServiceContext {
  deps: ServiceDeps;
  /** the only paths showInFolder opens */
  exported: Set<string>;
}

type Services<K extends ApiMethod> = Pick<ServiceApi, K>;

type LibraryMethod =
  | 'appInfo'
  | 'libraryNotices'
  | 'listReports'
  | 'loadReport'
  | 'createReport'
  | 'saveReport'
  | 'removeReport'
  | 'restoreReport'
  | 'purgeReport'
  | 'reportHistory'
  | 'reportSnapshot'
  | 'restoreSnapshot';

function libraryServices({ deps }: ServiceContext): Services<LibraryMethod> {
  const { library } = deps;
  return {
    appInfo: async () => ({ version: deps.version, dataDir: library.dir, platform: process.platform }),
    libraryNotices: async () => [...library.notices],
    listReports: async () => library.list(),
    loadReport: (id) => library.load(id),
    createReport: (report) => library.create(report),
    saveReport: (id, report) => library.save(id, report),
    removeReport: (id) => library.remove(id),
    restoreReport: (id) => library.restore(id),
    purgeReport: (id) => library.purge(id),
    reportHistory: (id) => library.history(id),
    reportSnapshot: (id, name) => library.snapshot(id, name),
    restoreSnapshot: (id, name) => library.restoreSnapshot(id, name),
  };
}

function importServices({ deps }: ServiceContext): Services<'importFile' | 'importBytes'> {
  const { library, dialogs } = deps;
  return {
    async importFile() {
      const path = await dialogs.chooseImportFile();
      if (!path) return null;
      const { report, warnings } = await withPriorYear(library, await importFile(path));
      return { report, warnings, fileName: basename(path) };
    },
    async importBytes(fileName, data) {
      const { report, warnings } = await withPriorYear(library, await importBuffer(data, fileName));
      return { report, warnings, fileName };
    },
  };
}

/** A report's way out: the exports, the preview, the web page on the clipboard and the 图解 as a figure. */
function publishServices({ deps, exported }: ServiceContext): Services<'exportReport' | 'previewReport' | 'copyWebPage' | 'graphicFigure'> {
  const { library, dialogs } = deps;
  return {
    async exportReport(report, kind, confirmedPersonal) {
      const path = await dialogs.chooseExportPath(exportFileName(report, kind), kind);
      if (!path) return null;
      const request =
        kind === 'docx'
          ? { docx: path }
          : kind === 'pdf'
            ? { pdf: path }
            : kind === 'html'
              ? { html: path }
              : kind === 'kirogov'
                ? { kirogov: path, version: deps.version }
                : { graphic: path, history: await earlierYears(library, report) };
      const prior = await priorYear(library, report);
      const outcome = await exportReport(
        report,
        { ...request, ...(confirmedPersonal ? { confirmedPersonal } : {}), ...(prior ? { prior } : {}) },
        deps.printer,
      );
      exported.add(path);
      return { path, notices: outcome.notices, fontDetails: outcome.fontDetails };
    },
    previewReport: async (report) => previewPdf(report, deps.printer, await priorYear(library, report)),
    async copyWebPage(report) {
      if (!deps.clipboard) throw new UserError('此运行环境无法写入剪贴板，请改用“导出网页版”');
      await deps.clipboard({ html: webFragmentHtml(report), text: webPlainText(report) });
    },
    async graphicFigure(report) {
      const g = buildGraphic(report, await earlierYears(library, report));
      const png = await deps.printer().png(graphicHtml(g), g.width, g.height);
      return { kind: 'figure', src: `data:image/png;base64,${Buffer.from(png).toString('base64')}`, caption: `${report.year}年政府信息公开工作图解` };
    },
  };
}

type ReviewMethod = 'reviewFolder' | 'reviewDropped' | 'reviewStatus' | 'reviewReport' | 'reviewExport' | 'reviewSum' | 'sumLibrary' | 'readUnitList';

/** 审核 of a folder or of dropped files, and 汇总 of reviewed or library reports. */
function reviewServices({ deps, exported }: ServiceContext): Services<ReviewMethod> {
  const { library, dialogs } = deps;
  const reviews = new ReviewRuns();
  const sumInto = async (inputs: SumInput[], agency: string): Promise<SumOutcome> => {
    const result = sumReports(inputs, agency);
    return { summary: await library.create(result.report), warnings: result.warnings };
  };
  return {
    async reviewFolder() {
      const dir = await dialogs.chooseReviewFolder();
      return dir ? reviews.start([dir], basename(dir)) : null;
    },
    reviewDropped: (files) => reviews.startWithBytes(files),
    reviewStatus: async (runId, since) => reviews.status(runId, since),
    reviewReport: async (runId, file) => reviews.report(runId, file),
    async reviewExport(runId, kind, missingUnits) {
      const { status } = reviews.finished(runId);
      const title = `${status.label} 年报审核问题清单`;
      const path = await dialogs.chooseExportPath(`${safeFileName(title)}.${kind}`, kind);
      if (!path) return null;
      const data = kind === 'xlsx' ? await reviewWorkbook(status.entries) : await deps.printer().print(issuesHtml(status.entries, title, missingUnits));
      await writeOutputFile(path, data);
      exported.add(path);
      return { path, notices: [], fontDetails: [] };
    },
    async reviewSum(runId, files, agency) {
      return sumInto(
        files.map((file) => ({ report: reviews.report(runId, file), file: basename(file) })),
        agency,
      );
    },
    async sumLibrary(ids, agency) {
      const inputs: SumInput[] = [];
      for (const id of ids) {
        const { report } = await library.load(id);
        inputs.push({ report, file: reportTitle(report) });
      }
      return sumInto(inputs, agency);
    },
    readUnitList: (fileName, data) => readUnitList(fileName, data),
  };
}

type RegisterMethod = 'tallyRegister' | 'tallyKeptRegister' | 'rememberValues' | 'loadRegister' | 'saveRegister' | 'importRegister' | 'exportRegister';

/** 台账: counting a register file or the kept one, and keeping, importing and exporting registers. */
function registerServices({ deps, exported }: ServiceContext): Services<RegisterMethod> {
  const { library, dialogs } = deps;
  // Opened on first use: most sessions never touch a register.
  let registerStore: Promise<RegisterStore> | null = null;
  const registers = (): Promise<RegisterStore> => (registerStore ??= RegisterStore.open(library.dir));
  return {
    tallyRegister: async (fileName, data, target, mapping) => tallyRegisterFile(await registers(), fileName, data, target, mapping),
    tallyKeptRegister: async (target) => tallyKeptRegister(await registers(), target),
    rememberValues: async (agency, values) => (await registers()).rememberValues(agency, values),
    loadRegister: async (agency, year) => (await registers()).load(agency, year),
    saveRegister: async (book) => {
      if (library.readOnlyReason) throw new UserError(library.readOnlyReason);
      return (await registers()).save(book);
    },
    importRegister: async (fileName, data, agency, year) => importRegisterFile(await registers(), fileName, data, agency, year),
    async exportRegister(book) {
      const path = await dialogs.chooseExportPath(`${safeFileName(`${book.agency}${book.year}年依申请公开登记台账`)}.xlsx`, 'xlsx');
      if (!path) return null;
      const outcome = await exportRegisterTo(path, book);
      exported.add(path);
      return outcome;
    },
  };
}

export function createServices(deps: ServiceDeps): ServiceApi {
  const { library, dialogs } = deps;
  const context: ServiceContext = { deps, exported: new Set<string>() };
  return {
    ...libraryServices(context),
    ...importServices(context),
    ...publishServices(context),
    async showInFolder(path) {
      // Only files this session exported: the renderer cannot make the shell open arbitrary paths.
      if (!context.exported.has(path)) throw new UserError('只能在文件夹中显示本次导出的文件');
      dialogs.showInFolder(path);
    },
    ...reviewServices(context),
    ...registerServices(context),
    async readyToClose() {
      await library.flush();
      deps.onReadyToClose?.();
    },
  };
}
