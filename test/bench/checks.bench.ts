/**
 * `npm run bench`: median time to run every check on a full report (淮安 2024) and to re-check after one cell
 * edit, as the editor does on each keystroke. Targets on a 2-core machine: full ≤ 0.5 ms, one edit ≤ 0.05 ms.
 * The narrative rules (D1–D8, G10–G12, which read the text) are also timed on their own: a full check with
 * every paragraph new (nothing cached), the same without any text, and one keystroke in a 20-paragraph section.
 */
import { CheckSession, checkReport } from '../../shared/checks';
import type { Block, Report } from '../../shared/model';
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

// The narrative rules on their own. Every paragraph gets new words in each run, so no cache helps.
const suffixed = (r: Report, tag: string): Report => {
  const edit = (bs: Block[]): Block[] => bs.map((b) => (b.kind === 'paragraph' ? { ...b, runs: [...b.runs, { text: tag }] } : b));
  return {
    ...r,
    sections: { preface: edit(r.sections.preface), overview: edit(r.sections.overview), problems: edit(r.sections.problems), other: edit(r.sections.other) },
  };
};
const fresh = Array.from({ length: 1000 }, (_, i) => suffixed(report, `（${i}）`));
const cold = timeRuns(
  1000,
  (i) => {
    checkReport(fresh[i % fresh.length] ?? report);
  },
  0,
);
const noText: Report = { ...report, sections: { preface: [], overview: [], problems: [], other: [] } };
const tablesOnly = timeRuns(2000, () => {
  checkReport({ ...noText, sections: { ...noText.sections } });
});

// A keystroke in a section of 20 paragraphs: only that section's rules and the text-against-table rules re-run.
const overview20 = Array.from({ length: 20 }, (_, i) => report.sections.overview[i % report.sections.overview.length]).filter(
  (b): b is Block => b !== undefined,
);
const long: Report = { ...report, sections: { ...report.sections, overview: overview20 } };
const typing = new CheckSession(long);
const keystrokes = Array.from({ length: 64 }, (_, i) => {
  const overview = long.sections.overview.map((b, j) =>
    j === 10 && b.kind === 'paragraph' ? { ...b, runs: [...b.runs, { text: '资金资金'.slice(0, (i % 4) + 1) }] } : b,
  );
  return { ...long, sections: { ...long.sections, overview } };
});
const keystroke = timeRuns(5000, (i) => {
  typing.update(keystrokes[i % keystrokes.length] ?? long);
  typing.diagnostics();
});

console.log('');
console.log('正文规则（D1–D8、G10–G12）');
console.log(row('全量检查（每段都是新文字，不用缓存）中位数', median(cold), '≤ 1 ms'));
console.log(row('全量检查（每段都是新文字）p95', percentile(cold, 95)));
console.log(row('全量检查（没有正文，只有表格规则）中位数', median(tablesOnly)));
console.log(row('正文规则所占（两者之差）中位数', median(cold) - median(tablesOnly)));
console.log(row('20段的一部分中按一个键后重新检查 中位数', median(keystroke)));
console.log(row('20段的一部分中按一个键后重新检查 p95', percentile(keystroke, 95)));
