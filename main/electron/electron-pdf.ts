/**
 * The app's PDF and PNG engine: Electron's printToPDF and capturePage on a hidden, sandboxed window that loads the
 * HTML from a temporary file. Page numbers come from the CSS @page margin boxes of the print HTML.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG_SCALE, type PdfPrinter, type PrintSession } from '../services/export/printer';
import type { BrowserWindowLike, ElectronDeps } from './deps';
import { PRINT_DIR_PREFIX } from './security';
import { lockedDownPreferences } from './web-preferences';

interface PrintableContents {
  executeJavaScript(code: string): Promise<unknown>;
  printToPDF(options: { preferCSSPageSize: boolean; printBackground: boolean; generateTaggedPDF: boolean }): Promise<Uint8Array>;
  capturePage(): Promise<{ toPNG(): Uint8Array }>;
}

export class ElectronPdfPrinter implements PdfPrinter {
  constructor(private readonly electron: ElectronDeps) {}

  /** Loads the HTML in a hidden window of the given content size, runs `use` on it, then removes window and file. */
  private async withWindow<T>(
    html: string,
    size: { width: number; height: number; zoom: number } | null,
    use: (contents: PrintableContents) => Promise<T>,
  ): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), PRINT_DIR_PREFIX));
    const file = join(dir, 'report.html');
    await writeFile(file, html);
    const win: BrowserWindowLike = new this.electron.BrowserWindow({
      ...(size
        ? { width: Math.ceil(size.width * size.zoom), height: Math.ceil(size.height * size.zoom), useContentSize: true, enableLargerThanScreen: true }
        : {}),
      show: false,
      title: '打印',
      minWidth: 200,
      minHeight: 200,
      backgroundColor: '#ffffff',
      webPreferences: lockedDownPreferences(size ? { zoomFactor: size.zoom } : {}),
    });
    try {
      await win.loadFile(file);
      const contents = win.webContents as unknown as PrintableContents;
      await contents.executeJavaScript('document.fonts.ready.then(() => true)');
      return await use(contents);
    } finally {
      win.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  }

  open<T>(html: string, use: (session: PrintSession) => Promise<T>): Promise<T> {
    return this.withWindow(html, null, (c) =>
      use({
        evaluate: (expression) => c.executeJavaScript(expression),
        print: () => c.printToPDF({ preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true }),
      }),
    );
  }

  print(html: string): Promise<Uint8Array> {
    return this.open(html, (s) => s.print());
  }

  /** The window is PNG_SCALE times the page and zoomed to match, so the capture has the same density as in Chromium. */
  png(html: string, width: number, height: number): Promise<Uint8Array> {
    return this.withWindow(html, { width, height, zoom: PNG_SCALE }, async (c) => (await c.capturePage()).toPNG());
  }

  async close(): Promise<void> {}
}
