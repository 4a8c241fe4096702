/**
 * The services behind the renderer's API as the tests drive them: a library in `dir`/data, exports written into
 * `dir`, the host's dialogs answered without a window, and no browser unless a printer is given.
 */
import { join } from 'node:path';
import { createServices, type ServiceDeps } from '../../main/services/app-services';
import type { PdfPrinter } from '../../main/services/export/printer';
import { Library } from '../../main/services/library/library';

/** Prints nothing; its document answers no script, so tables are left uncut. */
export const NO_PDF: PdfPrinter = {
  print: async () => new Uint8Array(),
  open: (_html, use) => use({ evaluate: async () => null, print: async () => new Uint8Array() }),
  png: async () => new Uint8Array(),
  close: async () => undefined,
};

export async function testServices(dir: string, options: { printer?: PdfPrinter; clipboard?: ServiceDeps['clipboard'] } = {}) {
  const shown: string[] = [];
  const library = await Library.open(join(dir, 'data'));
  const printer = options.printer ?? NO_PDF;
  const api = createServices({
    library,
    version: 'test',
    printer: () => printer,
    ...(options.clipboard ? { clipboard: options.clipboard } : {}),
    dialogs: {
      chooseImportFile: async () => null,
      chooseExportPath: async (name) => join(dir, name),
      chooseReviewFolder: async () => null,
      showInFolder: (p) => void shown.push(p),
    },
  });
  return { api, library, dir, shown };
}
