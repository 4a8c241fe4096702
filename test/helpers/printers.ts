/** Printers for tests that must not start a browser. */
import type { PdfPrinter } from '../../main/services/export/printer';
import { findBrowser } from '../../main/services/export/chromium-printer';

/** A machine without Chromium, Edge or Chrome: every use fails as the real search does, in Chinese. */
export function noBrowser(): PdfPrinter {
  const fail = async (): Promise<never> => {
    const saved = process.env.NIANBAO_CHROMIUM;
    process.env.NIANBAO_CHROMIUM = '/nonexistent/chromium';
    try {
      findBrowser();
      throw new Error('unreachable: the browser was found');
    } finally {
      if (saved === undefined) delete process.env.NIANBAO_CHROMIUM;
      else process.env.NIANBAO_CHROMIUM = saved;
    }
  };
  return { print: fail, open: fail, png: fail, close: async () => undefined };
}
