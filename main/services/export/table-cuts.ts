/**
 * The probe of shared/layout/table-breaks.ts, run in the document about to be printed: the text block laid out as
 * pages on screen, where each table row fell read back, tables cut until every page break inside one is at a cut.
 * The document is left as it prints: probe style gone, tables cut inside their merged blocks.
 */
import { getFormat, TABLE_KEYS, type TableCuts, type TableKey } from '../../../shared/formats';
import { cutsInsideBlocks, GBT9704, nextCut, printBody, PROBE_STYLE_ID, probeLayoutSchema, type PrintOptions } from '../../../shared/layout';
import type { Report } from '../../../shared/model';
import { finish, MEASURE, remeasure } from './page-probe';
import type { PrintSession } from './printer';

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
      measured = await session.evaluate(remeasure(printBody(report, { ...options, cuts, probe: true })));
    }
  } finally {
    inside = cutsInsideBlocks(f.grids, cuts);
    await session.evaluate(finish(PROBE_STYLE_ID, printBody(report, { ...options, cuts: inside })));
  }
  return inside;
}
