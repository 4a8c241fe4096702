/**
 * The services behind the renderer's API, free of Electron: the main process wires them to IPC, the browser
 * bridge to a page, and tests call them directly. Only file dialogs and "show in folder" differ per host.
 */
import { basename } from 'node:path';
import type { ApiMethod, ExportKind, NianbaoApi } from '../../shared/api';
import { reportTitle, type Report } from '../../shared/model';
import { UserError } from './errors';
import { exportReport } from './export';
import type { PdfPrinter } from './export/pdf';
import { importBuffer, importFile } from './import-file';
import type { Library } from './library/library';

export interface HostDialogs {
  chooseImportFile(): Promise<string | null>;
  chooseExportPath(defaultName: string, kind: ExportKind): Promise<string | null>;
  showInFolder(path: string): void;
}

export type ServiceApi = Pick<NianbaoApi, ApiMethod>;

export interface ServiceDeps {
  library: Library;
  dialogs: HostDialogs;
  printer: () => PdfPrinter;
  version: string;
  onReadyToClose?: () => void;
}

/** A file name for the export: the title, without characters Windows refuses. */
export function exportFileName(report: Report, kind: ExportKind): string {
  return `${reportTitle(report).replace(/[\\/:*?"<>|]/g, '_')}.${kind}`;
}

export function createServices(deps: ServiceDeps): ServiceApi {
  const { library, dialogs } = deps;
  const exported = new Set<string>();
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
    restoreSnapshot: (id, name) => library.restoreSnapshot(id, name),
    async importFile() {
      const path = await dialogs.chooseImportFile();
      if (!path) return null;
      const { report, warnings } = await importFile(path);
      return { report, warnings, fileName: basename(path) };
    },
    async importBytes(fileName, data) {
      const { report, warnings } = await importBuffer(data, fileName);
      return { report, warnings, fileName };
    },
    async exportReport(report, kind) {
      const path = await dialogs.chooseExportPath(exportFileName(report, kind), kind);
      if (!path) return null;
      const outcome = await exportReport(report, kind === 'docx' ? { docx: path } : { pdf: path }, deps.printer);
      exported.add(path);
      return { path, notices: outcome.notices, fontDetails: outcome.fontDetails };
    },
    async showInFolder(path) {
      // Only files this session exported: the renderer cannot make the shell open arbitrary paths.
      if (!exported.has(path)) throw new UserError('只能在文件夹中显示本次导出的文件');
      dialogs.showInFolder(path);
    },
    async readyToClose() {
      await library.flush();
      deps.onReadyToClose?.();
    },
  };
}
