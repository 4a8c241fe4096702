/**
 * Reading a PDF's text layer and ruling lines with pdf.js (in this thread: its "fake worker" is handed the worker
 * module directly, so nothing is fetched at run time and esbuild can bundle both into the main bundle).
 */
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfPage } from '../../../shared/import/pdf-layout';
import { readOperators } from '../../../shared/import/pdf-operators';
import type { PdfFontMetrics } from '../../../shared/import/pdf-show-text';
import { UserError } from '../errors';

type Pdfjs = typeof PdfjsModule;

let loading: Promise<Pdfjs> | null = null;

/**
 * pdf.js warns on load that it has no canvas package and no DOMMatrix (it needs neither to read text); those
 * lines are kept off the terminal.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const { log, warn } = console;
    const quiet =
      (to: (...args: unknown[]) => void) =>
      (...args: unknown[]) => {
        if (typeof args[0] === 'string' && args[0].startsWith('Warning: Cannot')) return;
        to(...args);
      };
    console.log = quiet(log);
    console.warn = quiet(warn);
    try {
      const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
      console.warn = warn;
    }
  })();
  return loading;
}

export const MAX_PDF_PAGES = 300;

const PLAIN_FONT: PdfFontMetrics = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0], vertical: false };

/** The font pdf.js loaded for a page (it is shared by the document); a font it could not load is read as a plain one. */
function fontMetrics(objs: { has(id: string): boolean; get(id: string): unknown }, id: string): PdfFontMetrics {
  if (!objs.has(id)) return PLAIN_FONT;
  const font = objs.get(id) as { fontMatrix?: unknown; vertical?: unknown } | null;
  const m = font?.fontMatrix;
  const fontMatrix = Array.isArray(m) || ArrayBuffer.isView(m) ? Array.from(m as ArrayLike<number>) : PLAIN_FONT.fontMatrix;
  return { fontMatrix, vertical: font?.vertical === true };
}

export async function readPdfPages(data: Uint8Array, name: string): Promise<PdfPage[]> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const kind = (e as { name?: string }).name;
    if (kind === 'PasswordException') throw new UserError(`${name}：PDF 设有打开密码，请在 PDF 阅读器中去除密码后再导入`);
    throw new UserError(`${name}：PDF 文件已损坏或不是有效的 PDF，无法读取`);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw new UserError(`${name}：PDF 共${doc.numPages}页，超过${MAX_PDF_PAGES}页，不像是一份年度报告`);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let page;
      try {
        page = await doc.getPage(n);
      } catch {
        throw new UserError(`${name}：PDF 第${n}页已损坏，无法读取`);
      }
      const viewport = page.getViewport({ scale: 1 });
      let read: Pick<PdfPage, 'runs' | 'rules'>;
      try {
        const ops = await page.getOperatorList();
        read = readOperators(ops, pdfjs.OPS, (font) => fontMetrics(page.commonObjs, font), viewport.transform, pdfjs.normalizeUnicode);
      } catch (e) {
        if (e instanceof UserError) throw e;
        throw new UserError(`${name}：PDF 第${n}页的内容已损坏，无法读取`);
      } finally {
        page.cleanup();
      }
      pages.push({ width: viewport.width, height: viewport.height, ...read });
    }
    return pages;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
