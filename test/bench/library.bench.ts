/**
 * `npm run bench:library`: median durable save of a full report (target ≤ 10 ms) and opening a library of 200
 * reports, every file checked (target ≤ 200 ms).
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

const opens: number[] = [];
for (let i = 0; i < 10; i++) {
  const t0 = process.hrtime.bigint();
  await Library.open(dir);
  opens.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
console.log('年报库基准');
console.log(row('保存一份完整年报（fsync）中位数', median(saves), '≤ 10 ms'));
console.log(row('打开200份年报的年报库（逐个检查）中位数', median(opens), '≤ 200 ms'));
