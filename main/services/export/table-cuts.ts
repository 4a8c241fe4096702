/**
 * The probe of shared/layout/table-breaks.ts, run in the document about to be printed: the text block laid out as
 * pages on screen, where each table row fell read back, tables cut until every page break inside one is at a cut.
 * The document is left as it prints: probe style gone, tables cut inside their merged blocks.
 */
import { getFormat, TABLE_KEYS, type TableCuts, type TableKey } from '../../../shared/formats';
import { cutsInsideBlocks, GBT9704, nextCut, printBody, PROBE_STYLE_ID, probeLayoutSchema, PX_PT, type PrintOptions } from '../../../shared/layout';
import type { Report } from '../../../shared/model';
import type { PrintSession } from './printer';

/**
 * Runs in the page: where each named row fell and how tall each merged label's text is, in pt. A block's first row
 * holds the merged label, so where the block breaks it also has an empty piece on the next page; the row is where
 * its last piece with content is (a row really split, which print would move whole, counts as on the next page).
 */
const MEASURE = `(() => {
  const page = document.querySelector('.page');
  const box = page.getBoundingClientRect();
  const style = getComputedStyle(page);
  const step = parseFloat(style.columnWidth) + parseFloat(style.columnGap);
  const rows = [];
  const labels = [];
  for (const tr of document.querySelectorAll('table[data-t] tr[data-r]')) {
    const table = tr.closest('table').dataset.t;
    const row = Number(tr.dataset.r);
    const pieces = [...tr.getClientRects()];
    const r = pieces.filter((piece) => piece.height > 0.5).pop() ?? pieces[0];
    if (!r) continue;
    rows.push({ table, row, page: Math.round((r.left - box.left) / step), top: (r.top - box.top) * ${PX_PT}, bottom: (r.bottom - box.top) * ${PX_PT} });
    for (const td of tr.querySelectorAll('td[rowspan]')) {
      const range = document.createRange();
      range.selectNodeContents(td);
      labels.push({ table, row, height: range.getBoundingClientRect().height * ${PX_PT} });
    }
  }
  return { rows, labels };
})()`;

/** Statements that put new content in the text block and wait until its pictures are decoded, so they have their size. */
function replaceBody(html: string): string {
  return `document.querySelector('.page').innerHTML = ${JSON.stringify(html)};
  await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));`;
}

/** Rounds of the probe before it gives up; each makes a new cut, and a report has a few. */
const MAX_ROUNDS = 24;

/**
 * Cuts the tables of a loaded probe document of `report` (printHtml with `probe`) and returns the cuts inside
 * merged blocks, which the DOCX must make too. The document is left as it prints. A probe that cannot be read
 * keeps the cuts made so far (none if it never could).
 */
export async function cutTables(session: PrintSession, report: Report, options: PrintOptions): Promise<TableCuts> {
  const p = options.profile ?? GBT9704;
  const f = getFormat(report.format);
  const cuts: Partial<Record<TableKey, number[]>> = {};
  let inside: TableCuts;
  try {
    let measured = await session.evaluate(MEASURE);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const layout = probeLayoutSchema.safeParse(measured);
      if (!layout.success) break;
      const cut = nextCut(f.grids, TABLE_KEYS, cuts, layout.data, p);
      if (!cut) break;
      (cuts[cut.table] ??= []).push(cut.row);
      measured = await session.evaluate(`(async () => { ${replaceBody(printBody(report, { ...options, cuts, probe: true }))} return ${MEASURE}; })()`);
    }
  } finally {
    inside = cutsInsideBlocks(f.grids, cuts);
    await session.evaluate(
      `(async () => { document.getElementById('${PROBE_STYLE_ID}')?.remove(); ${replaceBody(printBody(report, { ...options, cuts: inside }))} return true; })()`,
    );
  }
  return inside;
}
