/**
 * The part of Electron the glue uses, as narrow interfaces. The real module must satisfy them (checked by the
 * type-checker in test/main/electron/deps.test-d.ts), and the tests run the glue against a fake that does.
 */
/** An item for the clipboard; only Electron looks inside it. */
export type ClipboardItemLike = object;

export interface PreventableEvent {
  preventDefault(): void;
}

export interface FrameLike {
  url: string;
}

export interface WebContentsLike {
  readonly mainFrame: FrameLike;
  getURL(): string;
  send(channel: string, ...args: unknown[]): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): this;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): this;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): this;
}

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BrowserWindowLike {
  readonly webContents: WebContentsLike;
  loadFile(path: string): Promise<void>;
  loadURL(url: string): Promise<void>;
  show(): void;
  focus(): void;
  restore(): void;
  close(): void;
  destroy(): void;
  isMinimized(): boolean;
  isMaximized(): boolean;
  isDestroyed(): boolean;
  maximize(): void;
  getNormalBounds(): WindowBounds;
  once(event: 'ready-to-show', listener: () => void): this;
  on(event: 'close', listener: (event: PreventableEvent) => void): this;
  on(event: 'closed', listener: () => void): this;
}

export interface WebPreferencesLike {
  contextIsolation: boolean;
  sandbox: boolean;
  nodeIntegration: boolean;
  webSecurity: boolean;
  webviewTag: boolean;
  spellcheck: boolean;
  preload?: string;
  zoomFactor?: number;
}

export interface BrowserWindowOptionsLike extends Partial<WindowBounds> {
  /** width and height are those of the page, not of the frame */
  useContentSize?: boolean;
  /** a hidden capture window taller than the screen (macOS clamps it otherwise) */
  enableLargerThanScreen?: boolean;
  show: boolean;
  title: string;
  minWidth: number;
  minHeight: number;
  backgroundColor: string;
  webPreferences: WebPreferencesLike;
}

export interface IpcMainInvokeEventLike {
  readonly senderFrame: FrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

export interface SessionLike {
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void): void;
    onHeadersReceived(
      listener: (details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void,
    ): void;
  };
}

export interface MenuItemLike {
  label?: string;
  role?: 'quit' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'zoomIn' | 'zoomOut' | 'resetZoom' | 'togglefullscreen';
  accelerator?: string;
  type?: 'separator';
  click?: () => void;
  submenu?: MenuItemLike[];
}

export interface ElectronDeps {
  app: {
    requestSingleInstanceLock(): boolean;
    quit(): void;
    exit(code?: number): void;
    getPath(name: 'userData'): string;
    getVersion(): string;
    getAppPath(): string;
    whenReady(): Promise<unknown>;
    on(event: 'second-instance', listener: () => void): unknown;
    on(event: 'window-all-closed', listener: () => void): unknown;
    on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown;
    on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): unknown;
  };
  BrowserWindow: new (options: BrowserWindowOptionsLike) => BrowserWindowLike;
  ipcMain: IpcMainLike;
  Menu: {
    buildFromTemplate(template: MenuItemLike[]): unknown;
    setApplicationMenu(menu: unknown): void;
  };
  dialog: {
    showOpenDialog(options: {
      title: string;
      properties: ('openFile' | 'openDirectory')[];
      filters: { name: string; extensions: string[] }[];
    }): Promise<{ canceled: boolean; filePaths: string[] }>;
    showSaveDialog(options: {
      title: string;
      defaultPath: string;
      filters: { name: string; extensions: string[] }[];
    }): Promise<{ canceled: boolean; filePath?: string }>;
    showMessageBox(options: { type: 'info' | 'warning'; title: string; message: string; detail?: string }): Promise<unknown>;
    showErrorBox(title: string, content: string): void;
  };
  shell: { showItemInFolder(path: string): void };
  /** Electron's asynchronous clipboard: items keyed by MIME type, as in the W3C Clipboard API */
  clipboard: { write(items: ClipboardItemLike[]): Promise<void> };
  ClipboardItem: new (items: Record<string, string>) => ClipboardItemLike;
  protocol: {
    registerSchemesAsPrivileged(schemes: { scheme: string; privileges: { standard: boolean; secure: boolean; supportFetchAPI: boolean } }[]): void;
    handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
  };
  session: { defaultSession: SessionLike };
}
