/**
 * The pages of a PDF as pictures, drawn by pdf.js in this window: what the 版式预览 shows of the PDF the export
 * would write. pdf.js runs without a worker thread (its "fake worker" is handed the worker module, loaded only when
 * a preview opens), so nothing is fetched at run time and the strict CSP holds.
 */
import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

let loading: Promise<typeof Pdfjs> | null = null;

function loadPdfjs(): Promise<typeof Pdfjs> {
  loading ??= (async () => {
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/** One page as a PNG data URL, `width` CSS pixels wide at the screen's pixel density. */
export async function pdfPages(pdf: Uint8Array, width: number, onPage?: (done: number, total: number) => void): Promise<string[]> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: new Uint8Array(pdf), useWasm: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (width / base.width) * (window.devicePixelRatio || 1) });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      await page.render({ canvas, viewport }).promise;
      pages.push(canvas.toDataURL('image/png'));
      page.cleanup();
      onPage?.(n, doc.numPages);
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
