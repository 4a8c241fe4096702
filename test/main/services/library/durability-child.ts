/**
 * Child process of the durability test: saves one report and the agency's register (台账) in a loop, printing
 * "ack N" after each round of saves the library acknowledged, until it is killed.
 */
import { Library } from '../../../../main/services/library/library';
import { RegisterStore } from '../../../../main/services/library/registers';
import { parseReportJson } from '../../../../shared/model';
import { registerBookOfSeq } from '../../../helpers/durability-register';

const [dir, id, reportJson] = process.argv.slice(2);
const parsed = parseReportJson(reportJson ?? '');
if (!dir || !id || !parsed.ok) throw new Error('usage: durability-child DIR ID REPORT_JSON');
const lib = await Library.open(dir);
const registers = await RegisterStore.open(dir);
const loaded = await lib.load(id);
let seq = (loaded.report.cells['t2.licensing.decisions'] ?? 0) + 1;
for (;;) {
  const report = { ...loaded.report, cells: { ...loaded.report.cells, 't2.licensing.decisions': seq } };
  await lib.save(id, report);
  await registers.save(registerBookOfSeq(report.agency, report.year, seq));
  process.stdout.write(`ack ${seq}\n`);
  seq++;
}
