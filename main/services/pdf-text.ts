/**
 * Reading a PDF's text layer and ruling lines with pdf.js (in this thread: its "fake worker" is handed the worker
 * module directly, so nothing is fetched at run time and esbuild can bundle both into the main bundle).
 */
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfPage, PdfRule, PdfTextRun } from '../../shared/import/pdf-layout';
import { UserError } from './errors';

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

type Matrix = [number, number, number, number, number, number];

/** `first` applied, then `then`. */
function compose(first: readonly number[], then: readonly number[]): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = first;
  const [A = 1, B = 0, C = 0, D = 1, E = 0, F = 0] = then;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Subpaths of a pdf.js path (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4) as point lists. */
function subpaths(data: ArrayLike<number>): { points: [number, number][]; closed: boolean }[] {
  const out: { points: [number, number][]; closed: boolean }[] = [];
  let cur: { points: [number, number][]; closed: boolean } | null = null;
  let i = 0;
  while (i < data.length) {
    const op = data[i++];
    if (op === 0 || op === 1) {
      const p: [number, number] = [data[i] ?? 0, data[i + 1] ?? 0];
      i += 2;
      if (op === 0 || !cur) {
        cur = { points: [], closed: false };
        out.push(cur);
      }
      cur.points.push(p);
    } else if (op === 2) {
      cur?.points.push([data[i + 4] ?? 0, data[i + 5] ?? 0]);
      i += 6;
    } else if (op === 3) {
      cur?.points.push([data[i + 2] ?? 0, data[i + 3] ?? 0]);
      i += 4;
    } else if (op === 4) {
      if (cur) cur.closed = true;
    } else {
      break;
    }
  }
  return out;
}

function rulesOf(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: Pdfjs['OPS'], toView: (x: number, y: number) => [number, number]): PdfRule[] {
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const fills = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const add = (x1: number, y1: number, x2: number, y2: number) => {
    const [ax, ay] = toView(...apply(ctm, x1, y1));
    const [bx, by] = toView(...apply(ctm, x2, y2));
    const w = Math.abs(ax - bx);
    const h = Math.abs(ay - by);
    if (h < 2.5 && w > 2) {
      const y = (ay + by) / 2;
      rules.push({ x1: Math.min(ax, bx), x2: Math.max(ax, bx), y1: y, y2: y });
    } else if (w < 2.5 && h > 2) {
      const x = (ax + bx) / 2;
      rules.push({ x1: x, x2: x, y1: Math.min(ay, by), y2: Math.max(ay, by) });
    }
  };
  for (let k = 0; k < ops.fnArray.length; k++) {
    const fn = ops.fnArray[k];
    const args = ops.argsArray[k] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = compose(args as number[], ctm);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      const m = args[0];
      if (Array.isArray(m) || ArrayBuffer.isView(m)) ctm = compose(Array.from(m as ArrayLike<number>), ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as unknown[] | undefined)?.[0];
      if (!data || typeof data !== 'object' || !('length' in data)) continue;
      for (const sp of subpaths(data as ArrayLike<number>)) {
        if (fills.has(paint) && sp.points.length >= 2) {
          // A thin filled rectangle is how Chromium and many writers draw a table's border.
          const xs = sp.points.map((p) => p[0]);
          const ys = sp.points.map((p) => p[1]);
          const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          const [ax, ay] = toView(...apply(ctm, x0, y0));
          const [bx, by] = toView(...apply(ctm, x1, y1));
          if (Math.abs(ax - bx) < 2.5 || Math.abs(ay - by) < 2.5) add(x0, y0, x1, y1);
        }
        if (strokes.has(paint)) {
          const pts = sp.closed ? [...sp.points, sp.points[0] as [number, number]] : sp.points;
          for (let i = 1; i < pts.length; i++) {
            const a = pts[i - 1];
            const b = pts[i];
            if (a && b) add(a[0], a[1], b[0], b[1]);
          }
        }
      }
    }
  }
  return rules;
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
      const toView = (x: number, y: number): [number, number] => {
        const [vx, vy] = viewport.convertToViewportPoint(x, y);
        return [vx ?? 0, vy ?? 0];
      };
      const runs: PdfTextRun[] = [];
      let rules: PdfRule[] = [];
      try {
        // The operator list first: it loads the fonts, which the text content then finds cached.
        const ops = await page.getOperatorList();
        rules = rulesOf(ops, pdfjs.OPS, toView);
        const content = await page.getTextContent();
        for (const item of content.items) {
          if (!('str' in item) || item.str === '') continue;
          const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
          if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01) continue;
          const [x, y] = toView(e, f);
          const [x2] = toView(e + item.width, f);
          runs.push({ str: item.str, x: Math.min(x, x2), y, width: Math.abs(x2 - x), size: Math.abs(d) || Math.abs(a) });
        }
      } catch (e) {
        if (e instanceof UserError) throw e;
        throw new UserError(`${name}：PDF 第${n}页的内容已损坏，无法读取`);
      } finally {
        page.cleanup();
      }
      pages.push({ width: viewport.width, height: viewport.height, runs, rules });
    }
    return pages;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
