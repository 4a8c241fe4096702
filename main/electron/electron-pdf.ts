/**
 * The app's PDF engine: Electron's printToPDF on a hidden, sandboxed window that loads the print HTML from a
 * temporary file. Page numbers come from the CSS @page margin boxes of the print HTML.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfPrinter } from '../services/export/pdf';
import type { BrowserWindowLike, ElectronDeps } from './deps';
import { PRINT_DIR_PREFIX } from './security';

interface PrintableContents {
  executeJavaScript(code: string): Promise<unknown>;
  printToPDF(options: { preferCSSPageSize: boolean; printBackground: boolean; generateTaggedPDF: boolean }): Promise<Uint8Array>;
}

export class ElectronPdfPrinter implements PdfPrinter {
  constructor(private readonly electron: ElectronDeps) {}

  async print(html: string): Promise<Uint8Array> {
    const dir = await mkdtemp(join(tmpdir(), PRINT_DIR_PREFIX));
    const file = join(dir, 'report.html');
    await writeFile(file, html);
    const win: BrowserWindowLike = new this.electron.BrowserWindow({
      show: false,
      title: '打印',
      minWidth: 200,
      minHeight: 200,
      backgroundColor: '#ffffff',
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
      },
    });
    try {
      await win.loadFile(file);
      const contents = win.webContents as unknown as PrintableContents;
      await contents.executeJavaScript('document.fonts.ready.then(() => true)');
      return await contents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true });
    } finally {
      win.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  }

  async close(): Promise<void> {}
}
