/**
 * The scripts table-cuts.ts runs inside the document about to be printed, written as typed functions and sent as
 * their source (Function.prototype.toString, as Playwright's page.evaluate does). The services are compiled without
 * the DOM's types, so each function names the few parts of the page it touches (`ProbePage`); the real window
 * satisfies that interface, which test/main/services/export/page-probe.test.ts checks under the DOM's types.
 * A function sent this way may use only its parameters: nothing of this module's scope reaches the page.
 */
import { PX_PT } from '../../../shared/layout';

export interface ProbeRect {
  readonly left: number;
  readonly top: number;
  readonly bottom: number;
  readonly height: number;
}

export interface ProbeElement {
  getBoundingClientRect(): ProbeRect;
  getClientRects(): Iterable<ProbeRect>;
  querySelectorAll(selectors: string): Iterable<ProbeElement>;
  closest(selectors: string): ProbeElement | null;
  getAttribute(name: string): string | null;
  innerHTML: string;
  /** a picture's: resolves once it is decoded */
  decode?(): Promise<void>;
}

/** What of the window the scripts use. */
export interface ProbePage {
  readonly document: {
    querySelector(selectors: string): ProbeElement | null;
    querySelectorAll(selectors: string): Iterable<ProbeElement>;
    getElementById(id: string): { remove(): void } | null;
    createRange(): { selectNodeContents(node: unknown): void; getBoundingClientRect(): ProbeRect };
  };
  getComputedStyle(element: ProbeElement): { readonly columnWidth: string; readonly columnGap: string };
}

/** A row of a table as the probe found it on the screen's pages, in pt from the text block's top. */
export interface MeasuredRow {
  table: string | null;
  row: number;
  page: number;
  top: number;
  bottom: number;
}

/**
 * Where each named row fell and how tall each merged label's text is, in pt. A block's first row holds the merged
 * label, so where the block breaks it also has an empty piece on the next page; the row is where its last piece with
 * content is (a row really split, which print would move whole, counts as on the next page).
 */
export function measureLayout(page: ProbePage, pxPt: number): { rows: MeasuredRow[]; labels: { table: string | null; row: number; height: number }[] } {
  const block = page.document.querySelector('.page');
  // Loud, so a print document without its text block fails the export instead of printing tables uncut.
  if (!block) throw new Error('print probe: the document has no .page');
  const box = block.getBoundingClientRect();
  const style = page.getComputedStyle(block);
  const step = parseFloat(style.columnWidth) + parseFloat(style.columnGap);
  const rows: MeasuredRow[] = [];
  const labels: { table: string | null; row: number; height: number }[] = [];
  for (const tr of page.document.querySelectorAll('table[data-t] tr[data-r]')) {
    const table = tr.closest('table')?.getAttribute('data-t') ?? null;
    const row = Number(tr.getAttribute('data-r'));
    const pieces = [...tr.getClientRects()];
    const r = pieces.filter((piece) => piece.height > 0.5).pop() ?? pieces[0];
    if (!r) continue;
    rows.push({ table, row, page: Math.round((r.left - box.left) / step), top: (r.top - box.top) * pxPt, bottom: (r.bottom - box.top) * pxPt });
    for (const td of tr.querySelectorAll('td[rowspan]')) {
      const range = page.document.createRange();
      range.selectNodeContents(td);
      labels.push({ table, row, height: range.getBoundingClientRect().height * pxPt });
    }
  }
  return { rows, labels };
}

/** Puts new content in the text block and waits until its pictures are decoded, so they have their size. */
async function replaceBody(page: ProbePage, html: string): Promise<void> {
  const block = page.document.querySelector('.page');
  if (!block) throw new Error('print probe: the document has no .page');
  block.innerHTML = html;
  await Promise.all([...page.document.querySelectorAll('img')].map((img) => img.decode?.().catch(() => undefined)));
}

/** Takes the probe's style away, so the document prints as it will be printed. */
function removeElement(page: ProbePage, id: string): void {
  page.document.getElementById(id)?.remove();
}

type PageArgument = string | number | boolean | null;

/** An expression that calls `fn` in the page with the window and `args` (sent as JSON). */
export function pageCall<A extends PageArgument[], R>(fn: (page: ProbePage, ...args: A) => R, ...args: A): string {
  return `(${fn.toString()})(window${args.map((a) => `, ${JSON.stringify(a)}`).join('')})`;
}

/** An expression that puts `html` in the text block, then measures it. */
export function remeasure(html: string): string {
  return `(async () => { await ${pageCall(replaceBody, html)}; return ${pageCall(measureLayout, PX_PT)}; })()`;
}

/** An expression that takes the probe style with id `styleId` away and puts the printed content in the text block. */
export function finish(styleId: string, html: string): string {
  return `(async () => { ${pageCall(removeElement, styleId)}; await ${pageCall(replaceBody, html)}; return true; })()`;
}

/** The first measurement, of the document as loaded. */
export const MEASURE = pageCall(measureLayout, PX_PT);
