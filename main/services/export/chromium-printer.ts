/**
 * The printer port (printer.ts) on the system's Chromium, Edge or Chrome, driven by playwright-core: the command
 * line's, browser mode's and the tests' engine. The browser is kept warm between exports.
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { UserError } from '../errors';
import { PNG_SCALE, type PdfPrinter, type PrintSession } from './printer';

const CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge', '/opt/apps/cn.google.chrome/files/chrome'],
  win32: [
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
};

/** The system browser to print with; NIANBAO_CHROMIUM overrides the search. */
export function findBrowser(): string {
  const override = process.env.NIANBAO_CHROMIUM;
  if (override) {
    if (!existsSync(override))
      throw new UserError(
        `环境变量 NIANBAO_CHROMIUM 指定的浏览器 ${override} 不存在；请改为 Chromium、Edge 或 Chrome 程序的完整路径，或删去这个变量让本程序自动查找`,
      );
    return override;
  }
  const found = (CANDIDATES[process.platform] ?? []).find((p) => existsSync(p));
  if (!found) throw new UserError('未找到可用于生成 PDF 的浏览器（Chromium、Edge 或 Chrome）；可设置环境变量 NIANBAO_CHROMIUM 指向浏览器程序');
  return found;
}

/** What to tell the user when the browser at `path` does not start (Playwright's own text is long and English). */
export function browserStartProblem(path: string, purpose: string): string {
  return `无法启动浏览器 ${path} ${purpose}；请确认它是能正常打开的 Chromium、Edge 或 Chrome，或用环境变量 NIANBAO_CHROMIUM 指定另一个浏览器`;
}

/** Flags for a headless browser on a closed network, as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * The browser's environment: ours, with a UTF-8 locale when none is set (a bare service or CI shell), without which
 * Chromium on Linux cannot open a file whose name is Chinese.
 */
export function browserEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
  return env.LC_ALL || env.LC_CTYPE || env.LANG ? out : { ...out, LANG: 'C.UTF-8' };
}

/** Runs in the page, which has the DOM this Node-side module is compiled without: waits until the fonts are in. */
const FONTS_READY = 'document.fonts.ready.then(() => true)';

export class ChromiumPdfPrinter implements PdfPrinter {
  private browser: Promise<Browser> | null = null;
  private page: Promise<Page> | null = null;
  private shotPage: Promise<Page> | null = null;
  /** prints run one at a time on the one warm page */
  private queue: Promise<unknown> = Promise.resolve();

  private async warmPage(): Promise<Page> {
    if (!this.browser) {
      const { chromium } = await import('playwright-core');
      const executablePath = findBrowser();
      this.browser = chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, env: browserEnv() }).catch(() => {
        this.browser = null;
        throw new UserError(browserStartProblem(executablePath, '生成 PDF'));
      });
    }
    if (!this.page) {
      const browser = this.browser;
      this.page = (async () => {
        const page = await (await browser).newPage();
        // Printing touches no network: the print HTML embeds everything it shows.
        await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        return page;
      })();
      this.page.catch(() => {
        this.page = null;
      });
    }
    return this.page;
  }

  /** The page for PNGs: its own context, for a device scale factor of 2, in the same warm browser. */
  private async openShotPage(): Promise<Page> {
    if (!this.shotPage) {
      this.shotPage = (async () => {
        await this.warmPage();
        const browser = await (this.browser as Promise<Browser>);
        const context = await browser.newContext({ deviceScaleFactor: PNG_SCALE });
        const page = await context.newPage();
        await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        return page;
      })();
      this.shotPage.catch(() => {
        this.shotPage = null;
      });
    }
    return this.shotPage;
  }

  png(html: string, width: number, height: number): Promise<Uint8Array> {
    const job = this.queue.then(async () => {
      const page = await this.openShotPage();
      await page.setViewportSize({ width: Math.ceil(width), height: Math.ceil(height) });
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(FONTS_READY);
      return new Uint8Array(await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height } }));
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  open<T>(html: string, use: (session: PrintSession) => Promise<T>): Promise<T> {
    const job = this.queue.then(async () => {
      const page = await this.warmPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(FONTS_READY);
      return use({
        evaluate: (expression) => page.evaluate(expression),
        print: async () => new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false })),
      });
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  print(html: string): Promise<Uint8Array> {
    return this.open(html, (s) => s.print());
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    this.page = null;
    this.shotPage = null;
    if (b) await (await b).close().catch(() => undefined);
  }
}
