/**
 * `npm run bench`: median time to run every check on a full report (淮安 2024) and to re-check after one cell
 * edit, as the editor does on each keystroke. Targets on a 2-core machine: full ≤ 0.5 ms, one edit ≤ 0.05 ms.
 */
import { CheckSession, checkReport } from '../../shared/checks';
import { loadFixture } from '../helpers/reports';
import { median, percentile, row, timeRuns } from './measure';

const report = loadFixture('淮安市人民政府_2024');
const prior = loadFixture('淮安市人民政府_2024');

const full = timeRuns(2000, () => {
  // A fresh copy of the sections each time, so cached narrative figures are not reused.
  checkReport({ ...report, sections: { ...report.sections } });
});
const withPrior = timeRuns(1000, () => {
  checkReport({ ...report, sections: { ...report.sections } }, { prior });
});

// The edits are prepared beforehand: copying the cells is the editor's work, re-checking is the engine's.
const session = new CheckSession(report);
const edits = Array.from({ length: 64 }, (_, i) => ({ ...report, cells: { ...report.cells, 't3.granted.natural': 1288 + i } }));
const edit = timeRuns(20000, (i) => {
  session.update(edits[i % edits.length] ?? report);
  session.diagnostics();
});

console.log('检查引擎基准（淮安市人民政府 2024，全部规则）');
console.log(row('全量检查 中位数', median(full), '≤ 0.5 ms'));
console.log(row('全量检查 p95', percentile(full, 95)));
console.log(row('全量检查（含上年对照）中位数', median(withPrior)));
console.log(row('修改一个单元格后重新检查 中位数', median(edit), '≤ 0.05 ms'));
console.log(row('修改一个单元格后重新检查 p95', percentile(edit, 95)));
