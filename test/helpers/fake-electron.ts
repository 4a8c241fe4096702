/**
 * A typed fake of the part of Electron the glue uses (main/electron/deps.ts), recording what the glue asks of it:
 * window options, IPC handlers, session hooks, menus and the preload's exposed API.
 */
import type {
  BrowserWindowLike,
  BrowserWindowOptionsLike,
  ElectronDeps,
  FrameLike,
  IpcMainInvokeEventLike,
  MenuItemLike,
  PreventableEvent,
  SessionLike,
  WebContentsLike,
  WindowBounds,
} from '../../main/electron/deps';

type Listener = (...args: never[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) (l as (...a: unknown[]) => unknown)(...args);
  }
}

export function preventable(): PreventableEvent & { prevented: boolean } {
  const e = {
    prevented: false,
    preventDefault() {
      e.prevented = true;
    },
  };
  return e;
}

export class FakeWebContents extends Emitter implements WebContentsLike {
  readonly mainFrame: FrameLike = { url: '' };
  readonly sent: [string, unknown[]][] = [];
  printOptions: unknown = null;
  /** the scripts run in the page, in order */
  readonly scripts: string[] = [];
  async executeJavaScript(code: string): Promise<unknown> {
    this.scripts.push(code);
    return true;
  }
  async printToPDF(options: unknown): Promise<Uint8Array> {
    this.printOptions = options;
    return new TextEncoder().encode('%PDF-1.7 fake');
  }
  async capturePage(): Promise<{ toPNG(): Uint8Array }> {
    return { toPNG: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47]) };
  }
  windowOpenHandler: ((d: { url: string }) => { action: 'deny' } | { action: 'allow' }) | null = null;
  getURL(): string {
    return this.mainFrame.url;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, args]);
  }
  setWindowOpenHandler(handler: (d: { url: string }) => { action: 'deny' } | { action: 'allow' }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeClipboardItem {
  constructor(readonly items: Record<string, string>) {}
}

export class FakeBrowserWindow extends Emitter implements BrowserWindowLike {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loaded: string | null = null;
  destroyed = false;
  constructor(readonly options: BrowserWindowOptionsLike) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  async loadFile(path: string): Promise<void> {
    this.loaded = path;
    (this.webContents.mainFrame as { url: string }).url = `file://${path}`;
  }
  async loadURL(url: string): Promise<void> {
    this.loaded = url;
    (this.webContents.mainFrame as { url: string }).url = url;
    for (const resolve of FakeBrowserWindow.loadWaiters.splice(0)) resolve(this);
  }
  private static loadWaiters: ((win: FakeBrowserWindow) => void)[] = [];
  /** The next window to load its page: the last step of the app's start, so a test waits on it, not on a timer. */
  static nextLoad(): Promise<FakeBrowserWindow> {
    return new Promise((resolve) => FakeBrowserWindow.loadWaiters.push(resolve));
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  close(): void {}
  destroy(): void {
    this.destroyed = true;
  }
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  maximize(): void {}
  getNormalBounds(): WindowBounds {
    return { x: 10, y: 20, width: 1280, height: 860 };
  }
}

export interface FakeElectron extends ElectronDeps {
  handlers: Map<string, (event: IpcMainInvokeEventLike, ...args: unknown[]) => Promise<unknown>>;
  menu: MenuItemLike[] | null;
  appEvents: Emitter;
  sessionHooks: {
    permission: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null;
    permissionCheck: (() => boolean) | null;
    beforeRequest: ((d: { url: string }, cb: (r: { cancel?: boolean }) => void) => void) | null;
    headers: ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders?: Record<string, string[]> }) => void) => void) | null;
  };
  exposed: Map<string, unknown>;
  /** schemes registered as privileged, and the handler of each scheme the glue serves */
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  ipcRenderer: { invoke: (channel: string, ...args: unknown[]) => Promise<unknown>; on: () => void; removeListener: () => void };
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void };
  quitCalls: number;
  /** resolves at the first app.quit() */
  quitted: Promise<void>;
  clipboardWrites: Record<string, string>[];
}

export function createFakeElectron(userData: string): FakeElectron {
  FakeBrowserWindow.created = [];
  const appEvents = new Emitter();
  const handlers = new Map<string, (event: IpcMainInvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  const sessionHooks: FakeElectron['sessionHooks'] = { permission: null, permissionCheck: null, beforeRequest: null, headers: null };
  const session: SessionLike = {
    setPermissionRequestHandler: (h) => (sessionHooks.permission = h),
    setPermissionCheckHandler: (h) => (sessionHooks.permissionCheck = h),
    webRequest: {
      onBeforeRequest: (l) => (sessionHooks.beforeRequest = l),
      onHeadersReceived: (l) => (sessionHooks.headers = l),
    },
  };
  const exposed = new Map<string, unknown>();
  const schemes: FakeElectron['schemes'] = [];
  const protocolHandlers: FakeElectron['protocolHandlers'] = new Map();
  let ready = false;
  let onQuit = (): void => undefined;
  const quitted = new Promise<void>((resolve) => (onQuit = resolve));
  const fake: FakeElectron = {
    schemes,
    protocolHandlers,
    handlers,
    menu: null,
    appEvents,
    sessionHooks,
    exposed,
    quitCalls: 0,
    quitted,
    clipboardWrites: [],
    app: {
      requestSingleInstanceLock: () => true,
      quit: () => {
        fake.quitCalls++;
        onQuit();
      },
      exit: () => undefined,
      getPath: () => userData,
      getVersion: () => '0.0.0-test',
      getAppPath: () => process.cwd(),
      whenReady: () => {
        ready = true;
        return Promise.resolve();
      },
      on: (event: string, listener: Listener) => appEvents.on(event, listener),
    },
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) },
    Menu: {
      buildFromTemplate: (t) => t,
      setApplicationMenu: (m) => {
        fake.menu = m as MenuItemLike[];
      },
    },
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      showMessageBox: async () => ({}),
      showErrorBox: () => undefined,
    },
    shell: { showItemInFolder: () => undefined },
    clipboard: {
      write: async (items) => {
        for (const item of items) fake.clipboardWrites.push((item as FakeClipboardItem).items);
      },
    },
    ClipboardItem: FakeClipboardItem,
    protocol: {
      // As in Electron: privileged schemes only before the app is ready, handlers only after.
      registerSchemesAsPrivileged: (list) => {
        if (ready) throw new Error('registerSchemesAsPrivileged after ready');
        schemes.push(...list);
      },
      handle: (scheme, handler) => {
        if (!ready) throw new Error('protocol.handle before ready');
        protocolHandlers.set(scheme, handler);
      },
    },
    session: { defaultSession: session },
    ipcRenderer: { invoke: async () => ({ ok: true, value: null }), on: () => undefined, removeListener: () => undefined },
    contextBridge: { exposeInMainWorld: (key, api) => void exposed.set(key, api) },
  };
  return fake;
}
