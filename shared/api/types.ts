/**
 * The one API the renderer has: exposed by the preload in Electron and by the browser bridge in tests and demos,
 * implemented by the same services in both. Every method returns a promise; failures carry a Chinese message.
 */
import type { ImportWarning } from '../import/document';
import type { Block, Report } from '../model/report';
import type { FormatId } from '../formats';
import type { ReviewEntry } from '../review/review';
import type { BookImportProblem, HeaderMapping, RegisterBook, SheetLayout, Tally, ValueMapping } from '../tally';
import type { z } from 'zod';
import type { ExportKind } from './export-kinds';
import type { ApiMethod, reportSummarySchema } from './schemas';

export type { ApiMethod, ExportKind };

/** A report's line in the library (its schema, in schemas.ts, reads the stored index). */
export type ReportSummary = z.output<typeof reportSummarySchema>;

export interface LoadedReport {
  report: Report;
  readOnly: boolean;
  notice?: string;
}

export interface SnapshotInfo {
  name: string;
  savedAt: string;
}

export interface SaveOutcome {
  savedAt: string;
  /** set when the report was saved but its history version could not be kept */
  notice?: string;
}

export interface ImportOutcome {
  report: Report;
  warnings: ImportWarning[];
  fileName: string;
}

/** The 版式预览: the PDF the export would write now, and why it would be a draft (null: it would not). */
export interface PreviewOutcome {
  pdf: Uint8Array;
  draft: string | null;
}

export interface ExportOutcome {
  path: string;
  /** one sentence each: exported as a draft, official fonts missing here */
  notices: string[];
  /** which font stood in for which (shown on request) */
  fontDetails: string[];
}

/** A review of many files (审核), as the renderer polls it: entries fill in as files finish. */
export interface ReviewStatus {
  runId: string;
  /** the folder's name, or how many files were dropped */
  label: string;
  done: number;
  total: number;
  finished: boolean;
  /**
   * While running: the entries finished since the `since` the renderer asked for, in completion order (the
   * renderer appends them). Once finished: every entry, sorted, with the cross-year rules applied.
   */
  entries: ReviewEntry[];
  error?: string;
}

export type ReviewExportKind = 'xlsx' | 'pdf';

export interface SumOutcome {
  summary: ReportSummary;
  warnings: string[];
}

export interface AppInfo {
  version: string;
  dataDir: string;
  platform: string;
}

/** The report a register is counted for: its agency, year and format. */
export interface RegisterTarget {
  agency: string;
  year: number;
  format: FormatId;
}

/** A register counted for a report (「从台账统计」): the tally, the header rows found and the mapping applied. */
export interface RegisterTally {
  /** the file's name, or the register kept in the app */
  source: string;
  /** null when a required column was not found: `problem` says which, `layouts` lets the user map it */
  tally: Tally | null;
  problem: string | null;
  layouts: SheetLayout[];
  /** the headers this agency has mapped, as applied to this count */
  mapping: HeaderMapping;
  /** the values this agency has mapped to official labels, as applied to this count */
  values: ValueMapping;
}

/** A register file read into the app's register: entries as printed, rows whose dates cannot be read listed. */
export interface ImportedRegister {
  book: RegisterBook;
  problems: BookImportProblem[];
}

/** Commands of the application menu, sent to the renderer. */
export type MenuCommand = 'new' | 'open' | 'import' | 'export-docx' | 'export-pdf' | 'undo' | 'redo' | 'save' | 'about' | 'before-close';

export interface NianbaoApi {
  appInfo(): Promise<AppInfo>;
  libraryNotices(): Promise<string[]>;
  listReports(): Promise<ReportSummary[]>;
  loadReport(id: string): Promise<LoadedReport>;
  /** `notice` says the report was saved but its first history version could not be kept */
  createReport(report: Report): Promise<ReportSummary & { notice?: string }>;
  saveReport(id: string, report: Report): Promise<SaveOutcome>;
  removeReport(id: string): Promise<void>;
  restoreReport(id: string): Promise<void>;
  purgeReport(id: string): Promise<void>;
  reportHistory(id: string): Promise<SnapshotInfo[]>;
  /** one history version, to see what restoring it would bring back */
  reportSnapshot(id: string, name: string): Promise<Report>;
  restoreSnapshot(id: string, name: string): Promise<Report>;
  /** asks for a file with the system's dialog, then imports it; null when the user cancels */
  importFile(): Promise<ImportOutcome | null>;
  /** imports a file the user dropped or picked in the page */
  importBytes(fileName: string, data: Uint8Array): Promise<ImportOutcome>;
  /**
   * asks where to save with the system's dialog, then exports; null when the user cancels. The 网页版, 图解 and
   * 数据包 go out only when every personal-data finding (G13) is masked or its key is in `confirmedPersonal`.
   */
  exportReport(report: Report, kind: ExportKind, confirmedPersonal?: string[]): Promise<ExportOutcome | null>;
  /** puts the 网页版 on the clipboard as HTML (and plain text) for pasting into a site's editor */
  copyWebPage(report: Report): Promise<void>;
  /** the PDF as the export would print it now, for the 版式预览 to show page by page */
  previewReport(report: Report): Promise<PreviewOutcome>;
  /** the 图解 as a figure for the narrative (a PNG data URL and its caption) */
  graphicFigure(report: Report): Promise<Extract<Block, { kind: 'figure' }>>;
  showInFolder(path: string): Promise<void>;
  /** asks for a folder with the system's dialog and starts reviewing every report in it; null when cancelled */
  reviewFolder(): Promise<ReviewStatus | null>;
  /** starts reviewing files the user dropped on the 审核 page */
  reviewDropped(files: { name: string; data: Uint8Array }[]): Promise<ReviewStatus>;
  /** the review's progress; `since` is how many entries the caller already holds */
  reviewStatus(runId: string, since: number): Promise<ReviewStatus>;
  /** one reviewed report, to show read-only */
  reviewReport(runId: string, file: string): Promise<Report>;
  /** asks where to save, then writes the 问题清单 as a workbook or a printable PDF; null when cancelled */
  reviewExport(runId: string, kind: ReviewExportKind, missingUnits: string[]): Promise<ExportOutcome | null>;
  /** sums reviewed reports of one year and format into a new report in the library */
  reviewSum(runId: string, files: string[], agency: string): Promise<SumOutcome>;
  /** sums reports of the library into a new one */
  sumLibrary(ids: string[], agency: string): Promise<SumOutcome>;
  /** the units of a list file (.txt one a line, or the first column of an .xlsx) */
  readUnitList(fileName: string, data: Uint8Array): Promise<string[]>;
  /** counts a register file into tables 三 (and 四) of the target's year; `mapping` adds headers the user mapped */
  tallyRegister(fileName: string, data: Uint8Array, target: RegisterTarget, mapping: HeaderMapping): Promise<RegisterTally>;
  /** counts the register kept in the app (the 台账 page) for the target's agency and year */
  tallyKeptRegister(target: RegisterTarget): Promise<RegisterTally>;
  /** remembers values the user mapped to official labels for the agency (an empty label forgets one); the merged mapping */
  rememberValues(agency: string, values: ValueMapping): Promise<ValueMapping>;
  /** the register kept in the app for an agency and year (empty when none is kept) */
  loadRegister(agency: string, year: number): Promise<RegisterBook>;
  /** saves the register; resolves once it is on disk */
  saveRegister(book: RegisterBook): Promise<{ savedAt: string }>;
  /** reads a register file into entries for the 台账 page (not saved until the page saves) */
  importRegister(fileName: string, data: Uint8Array, agency: string, year: number): Promise<ImportedRegister>;
  /** asks where to save, then writes the register as an .xlsx; null when cancelled */
  exportRegister(book: RegisterBook): Promise<ExportOutcome | null>;
  /** the renderer has saved everything and the window may close */
  readyToClose(): Promise<void>;
  /** subscribes to application-menu commands; returns an unsubscribe function (not a promise) */
  onMenu(listener: (command: MenuCommand) => void): () => void;
}
