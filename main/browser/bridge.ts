/**
 * The app in the system's Chromium, for automation and demos where Electron cannot run: the built renderer is
 * served on loopback and window.nianbao is bridged to the real services (the same API object the preload gives,
 * dispatched by the same code as the IPC hub). File dialogs become a folder for exports and a queue for imports.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { API_METHODS, isApiMethod } from '../../shared/api/schemas';
import { dispatchApiCall } from '../services/api-dispatch';
import { createServices } from '../services/app-services';
import { UserError } from '../services/errors';
import { browserEnv, browserStartProblem, ChromiumPdfPrinter, CHROMIUM_ARGS, findBrowser } from '../services/export/chromium-printer';
import { Library } from '../services/library/library';

export interface BridgeOptions {
  dataDir: string;
  exportDir: string;
  rendererDir: string;
  headless: boolean;
  /** a port for the Chrome DevTools Protocol endpoint (0: none) */
  devtoolsPort?: number;
  version?: string;
}

export interface BridgedApp {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  url: string;
  library: Library;
  /** files the next "import with the system dialog" will return */
  importQueue: string[];
  /** folders the next "choose a folder to review" will return */
  reviewQueue: string[];
  shown: string[];
  /** what 复制网页版 put on the clipboard: browser mode keeps it here instead of the system clipboard */
  clipboard: { html: string; text: string }[];
  close(): Promise<void>;
}

// The page's clipboard API, typed here as the main process's tsconfig has no DOM library.
declare const navigator: { clipboard: { write(items: unknown[]): Promise<void> } };
declare const ClipboardItem: new (items: Record<string, Blob>) => unknown;

/** Runs in the page: the 网页版 as HTML and plain text at once, as the Electron clipboard writes it. */
async function writeClipboard(data: { html: string; text: string }): Promise<void> {
  await navigator.clipboard.write([
    new ClipboardItem({ 'text/html': new Blob([data.html], { type: 'text/html' }), 'text/plain': new Blob([data.text], { type: 'text/plain' }) }),
  ]);
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function serve(root: string): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const file = normalize(join(base, path === '/' ? 'index.html' : path));
    if (!file.startsWith(base + sep) && file !== base) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (data) => res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(data),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      ok({ server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/` });
    }),
  );
}

/** The page-side half of the bridge: window.nianbao as the preload exposes it, one function per method of the list. */
function initScript(methods: readonly string[]): string {
  return `(() => {
  const encode = (v) => v instanceof Uint8Array ? { __bytes: btoa(Array.from(v, (b) => String.fromCharCode(b)).join('')) }
    : Array.isArray(v) ? v.map(encode)
    : v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]))
    : v;
  const call = async (method, args) => {
    const envelope = JSON.parse(await window.__nianbaoCall(method, JSON.stringify(args.map(encode))), (_k, v) =>
      v && typeof v === 'object' && typeof v.__bytes === 'string' ? Uint8Array.from(atob(v.__bytes), (c) => c.charCodeAt(0)) : v);
    if (!envelope.ok) throw new Error(envelope.message);
    return envelope.value;
  };
  const listeners = new Set();
  const api = { onMenu(l) { listeners.add(l); return () => listeners.delete(l); } };
  for (const m of ${JSON.stringify(methods)}) api[m] = (...args) => call(m, args);
  window.__nianbaoMenu = (command) => listeners.forEach((l) => l(command));
  Object.defineProperty(window, 'nianbao', { value: Object.freeze(api), writable: false });
})();`;
}

/** Bytes travel as base64 wherever they sit in the arguments (a file, or a list of dropped files) and results. */
function decodeValue(a: unknown): unknown {
  if (Array.isArray(a)) return a.map(decodeValue);
  if (a && typeof a === 'object') {
    if ('__bytes' in a) return new Uint8Array(Buffer.from(String((a as { __bytes: string }).__bytes), 'base64'));
    return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, decodeValue(v)]));
  }
  return a;
}

function decode(args: unknown[]): unknown[] {
  return args.map(decodeValue);
}

export async function openBrowserApp(o: BridgeOptions): Promise<BridgedApp> {
  const library = await Library.open(o.dataDir, { appVersion: o.version });
  const importQueue: string[] = [];
  const reviewQueue: string[] = [];
  const shown: string[] = [];
  const clipboard: { html: string; text: string }[] = [];
  const pageRef: { current?: Page } = {};
  const printer = new ChromiumPdfPrinter();
  const services = createServices({
    library,
    version: o.version ?? 'browser',
    printer: () => printer,
    // Kept for automation, and put on the browser's own clipboard (the system's, where the browser has a display).
    clipboard: async (data) => {
      clipboard.push(data);
      await pageRef.current?.evaluate(writeClipboard, data).catch(() => undefined);
    },
    dialogs: {
      chooseImportFile: async () => importQueue.shift() ?? null,
      chooseExportPath: async (name) => join(o.exportDir, name),
      chooseReviewFolder: async () => {
        const queued = reviewQueue.shift();
        if (queued !== undefined) return queued;
        // A page in a browser has no folder dialog that gives a path; say what works instead.
        throw new UserError('浏览器模式打不开选择文件夹的对话框：请把各单位的年报文件（可多选）拖到本页审核，或在命令行用 nianbao review 文件夹');
      },
      // Kept for automation; a page in a browser cannot open the system's file manager, so the user is told where.
      showInFolder: (p) => {
        shown.push(p);
        throw new UserError(`浏览器模式打不开文件夹；文件已保存在 ${p}`);
      },
    },
  });
  const executablePath = findBrowser();
  const { server, url } = await serve(o.rendererDir);
  const { chromium } = await import('playwright-core');
  const args = [...CHROMIUM_ARGS, ...(o.devtoolsPort ? [`--remote-debugging-port=${o.devtoolsPort}`] : [])];
  const browser = await chromium.launch({ executablePath, headless: o.headless, args, env: browserEnv() }).catch(() => {
    server.close();
    throw new UserError(browserStartProblem(executablePath, '打开年报编制助手'));
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  // Nothing but the app's own server: the renderer must work offline.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(url) || route.request().url().startsWith('data:') ? route.continue() : route.abort(),
  );
  await context.exposeBinding('__nianbaoCall', async (_source, method: string, argsJson: string) => {
    if (!isApiMethod(method)) return JSON.stringify({ ok: false, message: '未知的操作' });
    const envelope = await dispatchApiCall(services, method, decode(JSON.parse(argsJson) as unknown[]));
    // Bytes in a result (the 版式预览's PDF) travel as base64 too, and are bytes again in the page.
    return JSON.stringify(envelope, (_k, v: unknown) => (v instanceof Uint8Array ? { __bytes: Buffer.from(v).toString('base64') } : v));
  });
  await context.addInitScript(initScript(API_METHODS));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  const page = await context.newPage();
  pageRef.current = page;
  await page.goto(url);
  return {
    page,
    context,
    browser,
    url,
    library,
    importQueue,
    reviewQueue,
    shown,
    clipboard,
    async close() {
      await library.flush();
      await browser.close().catch(() => undefined);
      await printer.close();
      await new Promise((r) => server.close(() => r(undefined)));
    },
  };
}
