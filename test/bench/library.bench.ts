/**
 * `npm run bench:library`: median durable save of a full report (target ≤ 10 ms) and opening a library of 200
 * reports (target ≤ 200 ms): as usual (every file read; unchanged ones keep the summary this version computed) and
 * after an update of the app (every file validated and checked again).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../../main/services/library/library';
import { loadFixture } from '../helpers/reports';
import { median, row } from './measure';

const report = loadFixture('淮安市人民政府_2024');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
const lib = await Library.open(dir);
const ids: string[] = [];
for (let i = 0; i < 200; i++) ids.push((await lib.create({ ...report, year: 2010 + (i % 16), agency: `机关${i}` })).id);
await lib.flush();

const saves: number[] = [];
for (let i = 0; i < 200; i++) {
  const next = { ...report, cells: { ...report.cells, 't2.licensing.decisions': i } };
  const t0 = process.hrtime.bigint();
  await lib.save(ids[0] ?? '', next);
  saves.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
await lib.flush();

// Opening after an update checks every file again; a usual opening finds most files as it last checked them.
const timeOpen = async (appVersion: string) => {
  const t0 = process.hrtime.bigint();
  await Library.open(dir, { appVersion });
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const fullOpens: number[] = [];
for (let i = 0; i < 10; i++) fullOpens.push(await timeOpen(`0.0.${i}`));
const opens: number[] = [];
for (let i = 0; i < 10; i++) opens.push(await timeOpen('0.0.9'));
console.log('年报库基准');
console.log(row('保存一份完整年报（fsync）中位数', median(saves), '≤ 10 ms'));
console.log(row('打开200份年报的年报库（逐个读取，内容未变的沿用上次检查）中位数', median(opens), '≤ 200 ms'));
console.log(row('升级后首次打开（200份逐个校验、检查）中位数', median(fullOpens), '≤ 200 ms'));
