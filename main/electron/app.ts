/**
 * The Electron main process: one instance, one window, the menu, the IPC hub and the services. Everything here is
 * glue; the work is done by main/services, which know nothing of Electron.
 */
import { join } from 'node:path';
import type { MenuCommand } from '../../shared/api';
import { MENU_CHANNEL } from '../../shared/api/channels';
import { createServices } from '../services/app-services';
import { ElectronPdfPrinter } from './electron-pdf';
import { Library } from '../services/library/library';
import type { BrowserWindowLike, ElectronDeps } from './deps';
import { registerIpc } from './ipc-hub';
import { menuTemplate } from './menu';
import { hardenApp, hardenSession, isAppUrl } from './security';
import { DEFAULT_SIZE, readWindowState, writeWindowState } from './window-state';

export interface AppPaths {
  /** folder holding main.cjs, preload.cjs and renderer/ */
  outDir: string;
}

export function dataDirOf(electron: Pick<ElectronDeps, 'app'>): string {
  return process.env.NIANBAO_DATA_DIR || electron.app.getPath('userData');
}

export async function createMainWindow(electron: ElectronDeps, paths: AppPaths, dataDir: string): Promise<BrowserWindowLike> {
  const state = await readWindowState(dataDir);
  // The security settings are written out literally, as Electron's checklist asks.
  const win = new electron.BrowserWindow({
    ...(state ? { x: state.x, y: state.y, width: state.width, height: state.height } : DEFAULT_SIZE),
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: '年报编制助手',
    backgroundColor: '#f5f5f2',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      preload: join(paths.outDir, 'preload.cjs'),
    },
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
  hardenSession(electron.session.defaultSession, rendererDir);
  const dataDir = dataDirOf(electron);
  try {
    library = await Library.open(dataDir);
  } catch (e) {
    electron.dialog.showErrorBox('年报编制助手无法启动', (e as Error).message);
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
        const r = await electron.dialog.showSaveDialog({
          title: kind === 'docx' ? '导出 Word 文档' : '导出 PDF',
          defaultPath: defaultName,
          filters: [kind === 'docx' ? { name: 'Word 文档', extensions: ['docx'] } : { name: 'PDF 文件', extensions: ['pdf'] }],
        });
        return r.canceled ? null : (r.filePath ?? null);
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
  await window.loadFile(join(rendererDir, 'index.html'));
}
