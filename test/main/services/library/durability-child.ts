/**
 * Child process of the durability test: saves one report in a loop, printing "ack N" after each save that the
 * library acknowledged, until it is killed.
 */
import { Library } from '../../../../main/services/library/library';
import { parseReportJson } from '../../../../shared/model';

const [dir, id, reportJson] = process.argv.slice(2);
const parsed = parseReportJson(reportJson ?? '');
if (!dir || !id || !parsed.ok) throw new Error('usage: durability-child DIR ID REPORT_JSON');
const lib = await Library.open(dir);
const loaded = await lib.load(id);
let seq = (loaded.report.cells['t2.licensing.decisions'] ?? 0) + 1;
for (;;) {
  const report = { ...loaded.report, cells: { ...loaded.report.cells, 't2.licensing.decisions': seq } };
  await lib.save(id, report);
  process.stdout.write(`ack ${seq}\n`);
  seq++;
}
