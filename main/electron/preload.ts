/**
 * The sandboxed preload (bundled to out/preload.cjs): exposes window.nianbao, one method per IPC channel, and
 * unwraps the hub's envelopes into values or Errors with the Chinese message.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channel, MENU_CHANNEL, type Envelope } from '../../shared/api/channels';
import type { ApiMethod, MenuCommand, NianbaoApi } from '../../shared/api/types';

async function invoke<M extends ApiMethod>(method: M, ...args: Parameters<NianbaoApi[M]>): Promise<Awaited<ReturnType<NianbaoApi[M]>>> {
  const envelope = (await ipcRenderer.invoke(channel(method), ...args)) as Envelope<Awaited<ReturnType<NianbaoApi[M]>>>;
  if (!envelope.ok) throw new Error(envelope.message);
  return envelope.value;
}

const api = {
  appInfo: () => invoke('appInfo'),
  libraryNotices: () => invoke('libraryNotices'),
  listReports: () => invoke('listReports'),
  loadReport: (id) => invoke('loadReport', id),
  createReport: (report) => invoke('createReport', report),
  saveReport: (id, report) => invoke('saveReport', id, report),
  removeReport: (id) => invoke('removeReport', id),
  restoreReport: (id) => invoke('restoreReport', id),
  purgeReport: (id) => invoke('purgeReport', id),
  reportHistory: (id) => invoke('reportHistory', id),
  restoreSnapshot: (id, name) => invoke('restoreSnapshot', id, name),
  importFile: () => invoke('importFile'),
  importBytes: (fileName, data) => invoke('importBytes', fileName, data),
  exportReport: (report, kind) => invoke('exportReport', report, kind),
  copyWebPage: (report) => invoke('copyWebPage', report),
  graphicFigure: (report) => invoke('graphicFigure', report),
  showInFolder: (path) => invoke('showInFolder', path),
  readyToClose: () => invoke('readyToClose'),
  reviewFolder: () => invoke('reviewFolder'),
  reviewDropped: (files) => invoke('reviewDropped', files),
  reviewStatus: (runId, since) => invoke('reviewStatus', runId, since),
  reviewReport: (runId, file) => invoke('reviewReport', runId, file),
  reviewExport: (runId, kind, missing) => invoke('reviewExport', runId, kind, missing),
  reviewSum: (runId, files, agency) => invoke('reviewSum', runId, files, agency),
  sumLibrary: (ids, agency) => invoke('sumLibrary', ids, agency),
  readUnitList: (fileName, data) => invoke('readUnitList', fileName, data),
  onMenu(listener: (command: MenuCommand) => void) {
    const handler = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, handler);
    };
  },
} satisfies NianbaoApi;

contextBridge.exposeInMainWorld('nianbao', api);
