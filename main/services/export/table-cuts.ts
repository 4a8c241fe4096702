/**
 * The probe of shared/layout/table-breaks.ts, run in the document about to be printed: the text block laid out as
 * pages on screen, where each table row fell read back, tables cut until every page break inside one is at a cut.
 * The document is left as it prints: probe style gone, tables cut inside their merged blocks.
 */
import { getFormat, type TableBreaks, type TableKey } from '../../../shared/formats';
import { cutsInsideBlocks, GBT9704, nextCut, printBody, PROBE_STYLE_ID, probeLayoutSchema, type PrintOptions } from '../../../shared/layout';
import type { Report } from '../../../shared/model';
import type { PrintSession } from './pdf';

/** Runs in the page: where each named row fell (page = column) and how tall each merged label's text is, in pt. */
const MEASURE = `(() => {
  const PT = 0.75;
  const page = document.querySelector('.page');
  const box = page.getBoundingClientRect();
  const style = getComputedStyle(page);
  const step = parseFloat(style.columnWidth) + parseFloat(style.columnGap);
  const rows = [];
  const labels = [];
  for (const tr of document.querySelectorAll('table[data-t] tr[data-r]')) {
    const table = tr.closest('table').dataset.t;
    const row = Number(tr.dataset.r);
    const r = tr.getBoundingClientRect();
    rows.push({ table, row, page: Math.round((r.left - box.left) / step), top: (r.top - box.top) * PT, bottom: (r.bottom - box.top) * PT });
    for (const td of tr.querySelectorAll('td[rowspan]')) {
      const range = document.createRange();
      range.selectNodeContents(td);
      labels.push({ table, row, height: range.getBoundingClientRect().height * PT });
    }
  }
  return { rows, labels };
})()`;

/** More cuts than any report needs: three tables, each at most a few pages. */
const MAX_CUTS = 24;

/**
 * Cuts the tables of a loaded probe document of `report` (printHtml with `probe`) and returns the cuts inside
 * merged blocks, which the DOCX must make too. The document is left as it prints. A probe that cannot be read
 * cuts nothing.
 */
export async function cutTables(session: PrintSession, report: Report, options: PrintOptions): Promise<TableBreaks> {
  const p = options.profile ?? GBT9704;
  const f = getFormat(report.format);
  const tables = f.def.sections.flatMap((s) => (s.kind === 'table' ? [s.key as TableKey] : []));
  const setBody = (o: PrintOptions): string => `document.querySelector('.page').innerHTML = ${JSON.stringify(printBody(report, o))}`;
  const cuts: Partial<Record<TableKey, number[]>> = {};
  let inside: TableBreaks = {};
  try {
    let measured = await session.evaluate(MEASURE);
    for (let i = 0; i < MAX_CUTS; i++) {
      const layout = probeLayoutSchema.safeParse(measured);
      if (!layout.success) break;
      const cut = nextCut(f.grids, tables, cuts, layout.data, p);
      if (!cut) {
        inside = cutsInsideBlocks(f.grids, cuts);
        break;
      }
      (cuts[cut.table] ??= []).push(cut.row);
      measured = await session.evaluate(`${setBody({ ...options, breaks: cuts, probe: true })}, ${MEASURE}`);
    }
  } finally {
    await session.evaluate(`document.getElementById('${PROBE_STYLE_ID}')?.remove(), ${setBody({ ...options, breaks: inside })}, true`);
  }
  return inside;
}
