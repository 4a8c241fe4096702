/**
 * The Electron main process: one instance, one window, the menu, the IPC hub and the services. Everything here is
 * glue; the work is done by main/services, which know nothing of Electron.
 */
import { join } from 'node:path';
import type { MenuCommand } from '../../shared/api';
import { MENU_CHANNEL } from '../../shared/api/channels';
import { SAVE_DIALOGS } from '../../shared/api/export-kinds';
import { createServices } from '../services/app-services';
import { UserError } from '../services/errors';
import { ElectronPdfPrinter } from './electron-pdf';
import { Library } from '../services/library/library';
import type { BrowserWindowLike, ElectronDeps } from './deps';
import { registerIpc } from './ipc-hub';
import { menuTemplate } from './menu';
import { APP_INDEX_URL, handleAppScheme, registerAppScheme } from './app-protocol';
import { CSP, hardenApp, hardenSession, isAppUrl } from './security';
import { lockedDownPreferences } from './web-preferences';
import { DEFAULT_SIZE, readWindowState, writeWindowState } from './window-state';

export interface AppPaths {
  /** folder holding main.cjs, preload.cjs and renderer/ */
  outDir: string;
}

/** Why the library could not open, as one Chinese sentence: the user's message, or the folder and the error code. */
export function startFailure(e: unknown, dataDir: string): string {
  if (e instanceof UserError) return e.message;
  const code = (e as NodeJS.ErrnoException).code;
  return `数据文件夹 ${dataDir} 无法打开${code ? `（${code}）` : ''}；请检查它的权限和磁盘空间，已有的年报不会被改动`;
}

export function dataDirOf(electron: Pick<ElectronDeps, 'app'>): string {
  return process.env.NIANBAO_DATA_DIR || electron.app.getPath('userData');
}

export async function createMainWindow(electron: ElectronDeps, paths: AppPaths, dataDir: string): Promise<BrowserWindowLike> {
  const state = await readWindowState(dataDir);
  const win = new electron.BrowserWindow({
    ...(state ? { x: state.x, y: state.y, width: state.width, height: state.height } : DEFAULT_SIZE),
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: '年报编制助手',
    backgroundColor: '#f5f5f2',
    webPreferences: lockedDownPreferences({ preload: join(paths.outDir, 'preload.cjs') }),
  });
  if (state?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  return win;
}

export async function startApp(electron: ElectronDeps, paths: AppPaths): Promise<void> {
  const { app } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const rendererDir = join(paths.outDir, 'renderer');
  registerAppScheme(electron);
  hardenApp(electron, rendererDir);
  let win: BrowserWindowLike | null = null;
  let closing = false;
  let library: Library | null = null;

  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (!library || closing) return;
    event.preventDefault();
    closing = true;
    void library.flush().finally(() => app.quit());
  });

  await app.whenReady();
  handleAppScheme(electron, rendererDir, CSP);
  hardenSession(electron.session.defaultSession, rendererDir);
  const dataDir = dataDirOf(electron);
  try {
    library = await Library.open(dataDir, { appVersion: app.getVersion() });
  } catch (e) {
    electron.dialog.showErrorBox('年报编制助手无法启动', startFailure(e, dataDir));
    app.exit(1);
    return;
  }
  const window = await createMainWindow(electron, paths, dataDir);
  win = window;
  const send = (command: MenuCommand) => window.webContents.send(MENU_CHANNEL, command);
  electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(menuTemplate(send, process.platform === 'darwin')));

  let readyToClose = false;
  const printer = new ElectronPdfPrinter(electron);
  const services = createServices({
    library,
    version: app.getVersion(),
    printer: () => printer,
    clipboard: (data) => electron.clipboard.write([new electron.ClipboardItem({ 'text/html': data.html, 'text/plain': data.text })]),
    onReadyToClose: () => {
      readyToClose = true;
      if (!window.isDestroyed()) window.close();
    },
    dialogs: {
      async chooseImportFile() {
        const r = await electron.dialog.showOpenDialog({
          title: '导入已发布的年报',
          properties: ['openFile'],
          filters: [
            { name: '年报（Word、PDF、网页、文本、JSON）', extensions: ['docx', 'doc', 'wps', 'pdf', 'html', 'htm', 'txt', 'json'] },
            { name: '所有文件', extensions: ['*'] },
          ],
        });
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
      async chooseExportPath(defaultName, kind) {
        const k = SAVE_DIALOGS[kind];
        const r = await electron.dialog.showSaveDialog({ title: k.title, defaultPath: defaultName, filters: [{ name: k.filter, extensions: [k.extension] }] });
        return r.canceled ? null : (r.filePath ?? null);
      },
      async chooseReviewFolder() {
        const r = await electron.dialog.showOpenDialog({ title: '选择要审核的年报文件夹', properties: ['openDirectory'], filters: [] });
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
      showInFolder: (path) => electron.shell.showItemInFolder(path),
    },
  });
  registerIpc(electron.ipcMain, services, (event) => {
    const frame = event.senderFrame;
    return !!frame && frame === window.webContents.mainFrame && isAppUrl(frame.url, rendererDir);
  });

  // Closing waits for the renderer to save what is pending (it answers with readyToClose), at most 3 s.
  window.on('close', (event) => {
    void writeWindowState(dataDir, window.getNormalBounds(), window.isMaximized()).catch(() => undefined);
    if (readyToClose) return;
    event.preventDefault();
    send('before-close');
    setTimeout(() => {
      readyToClose = true;
      if (!window.isDestroyed()) window.close();
    }, 3000);
  });
  window.on('closed', () => {
    win = null;
    void printer.close();
  });
  await window.loadURL(APP_INDEX_URL);
}
