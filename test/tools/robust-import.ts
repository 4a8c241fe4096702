/**
 * `npm run robust:import`: 1000 mutated inputs (byte flips, truncations, insertions) of every importer — .txt
 * (with line breaks and on one line), .html, .docx, .pdf, .doc — imported in worker processes with a per-input timeout and a memory cap. Prints the
 * count of mutated inputs, imports, refusals, crashes (must be 0), internal errors (must be 0), hangs (must be 0)
 * and the peak memory of a worker. Not part of `npm test` (it takes minutes).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zipSync, unzipSync } from 'fflate';
import { buildDocx } from '../../main/services/export/docx';
import { convertManyWithLibreOffice } from '../helpers/libreoffice';
import { publishedHtml } from '../helpers/published-html';
import { FIXTURES, loadFixture } from '../helpers/reports';

const TOTAL = Number(process.env.ROBUST_COUNT ?? 1000);
const TIMEOUT_MS = 20_000;
const MEMORY_MB = 1024;
const WORKERS = process.env.ROBUST_ONLY ? 1 : 2;
const ONLY = process.env.ROBUST_ONLY ? Number(process.env.ROBUST_ONLY) : undefined;

const BASE_SEED = Number(process.env.ROBUST_SEED ?? 20261127);
let seed = BASE_SEED;
function rand(n: number): number {
  // xorshift: the same inputs on every run, so a failure can be reproduced
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return Math.abs(seed) % Math.max(1, n);
}

function mutate(src: Uint8Array): { data: Uint8Array; how: string } {
  const kind = rand(3);
  if (kind === 0) {
    const data = Uint8Array.from(src);
    const n = 1 + rand(16);
    for (let i = 0; i < n; i++) {
      const at = rand(data.length);
      data[at] = (data[at] ?? 0) ^ (1 + rand(255));
    }
    return { data, how: `翻转 ${n} 个字节` };
  }
  if (kind === 1) {
    const len = rand(src.length);
    return { data: src.subarray(0, len), how: `截断到 ${len} 字节` };
  }
  const at = rand(src.length);
  const len = 1 + rand(4096);
  const junk = rand(2) === 0 ? Uint8Array.from({ length: len }, () => rand(256)) : src.subarray(rand(src.length), rand(src.length) + len);
  const data = new Uint8Array(src.length + junk.length);
  data.set(src.subarray(0, at));
  data.set(junk, at);
  data.set(src.subarray(at), at + junk.length);
  return { data, how: `在 ${at} 处插入 ${junk.length} 字节` };
}

const fixture = loadFixture('淮安市人民政府_2024');
const html = publishedHtml(fixture);
const ours = unzipSync(await buildDocx(fixture));
delete ours['customXml/item1.xml'];
const docx = zipSync(ours);
const [pdf, doc] = await Promise.all([
  convertManyWithLibreOffice([{ data: docx, name: 'r.docx' }], 'pdf'),
  convertManyWithLibreOffice([{ data: docx, name: 'r.docx' }], 'doc'),
]);
const sample = readFileSync(`${FIXTURES}samples/淮安市人民政府_2024.txt`, 'utf8');
// The same report as a crawler copies it: one line, cells separated by spaces.
const oneLine = sample
  .slice(sample.search(/^# /m))
  .replace(/^#+\s*/gm, '')
  .replace(/\*\*/g, '')
  .replace(/[\t/]/g, ' ')
  .replace(/\s*\n+\s*/g, ' ');
const seeds: { name: string; data: Uint8Array }[] = [
  { name: '年报.txt', data: Buffer.from(sample) },
  { name: '单行.txt', data: Buffer.from(oneLine) },
  { name: '年报.html', data: Buffer.from(html) },
  { name: '年报.docx', data: docx },
  { name: '年报.pdf', data: pdf[0] ?? new Uint8Array() },
  { name: '年报.doc', data: doc[0] ?? new Uint8Array() },
  // Real material as found: a crawler's one-line copy with digits run together, and a government site's saved page.
  { name: '抓取.txt', data: readFileSync(`${FIXTURES}real/平潭综合实验区交通与建设局_2021.txt`) },
  { name: '网页.html', data: readFileSync(`${FIXTURES}real/平潭综合实验区社会事业局_2025.html`) },
];

const child = fileURLToPath(new URL('./robust-import-child.ts', import.meta.url));
const counts = { imported: 0, refused: 0, internal: 0, crashes: 0, hangs: 0 };
const problems: string[] = [];
let peak = 0;
let peakAt = '';
let next = 0;

function work(): Promise<void> {
  return new Promise((done) => {
    let proc: ChildProcess | null = null;
    let timer: NodeJS.Timeout | null = null;
    let current: { id: number; label: string } | null = null;
    const start = () => {
      proc = fork(child, [], { execArgv: ['--import', 'tsx', `--max-old-space-size=${MEMORY_MB}`], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      proc.on('message', (m: { ready?: true; id: number; outcome: 'imported' | 'refused' | 'internal'; detail: string; rss: number }) => {
        if (m.ready) {
          send();
          return;
        }
        if (timer) clearTimeout(timer);
        counts[m.outcome]++;
        if (m.rss > peak) peakAt = current?.label ?? '';
        peak = Math.max(peak, m.rss);
        if (m.outcome === 'internal') problems.push(`内部错误 ${current?.label ?? ''}：${m.detail}`);
        current = null;
        send();
      });
      proc.on('exit', (code, signal) => {
        if (timer) clearTimeout(timer);
        if (current) {
          if (signal === 'SIGKILL' && hung) counts.hangs++;
          else counts.crashes++;
          problems.push(`${hung ? '超时' : `崩溃（${signal ?? code}）`} ${current.label}`);
          current = null;
          hung = false;
          start();
        }
      });
    };
    let hung = false;
    const send = () => {
      if (next >= TOTAL) {
        proc?.removeAllListeners('exit');
        proc?.kill();
        done();
        return;
      }
      const id = ONLY ?? next++;
      if (ONLY !== undefined) next = TOTAL;
      const s = seeds[id % seeds.length];
      if (!s || !proc) return;
      // Each input's mutation depends only on its number: ROBUST_ONLY=n repeats input n alone.
      seed = (BASE_SEED + id * 7919) | 1;
      const m = mutate(s.data);
      current = { id, label: `#${id} ${s.name}（${m.how}）` };
      timer = setTimeout(() => {
        hung = true;
        proc?.kill('SIGKILL');
      }, TIMEOUT_MS);
      proc.send({ id, name: s.name, data: Buffer.from(m.data).toString('base64') });
    };
    start();
  });
}

const t0 = Date.now();
await Promise.all(Array.from({ length: WORKERS }, () => work()));
console.log(
  `导入变异测试：${ONLY === undefined ? TOTAL : 1} 个变异输入（${seeds.map((s) => s.name).join(' ')} 各约 ${Math.round(TOTAL / seeds.length)} 个：翻转、截断、插入字节），用时 ${Math.round((Date.now() - t0) / 1000)} 秒`,
);
console.log(`  导入成功 ${counts.imported}，拒绝并给出中文说明 ${counts.refused}`);
console.log(`  崩溃 ${counts.crashes}，内部错误 ${counts.internal}，超时（>${TIMEOUT_MS / 1000} 秒）${counts.hangs}`);
console.log(`  单个工作进程的内存峰值 ${Math.round(peak / 1024 / 1024)} MB（上限 ${MEMORY_MB} MB 堆），出现在 ${peakAt}`);
for (const p of problems.slice(0, 30)) console.log(`  ${p}`);
process.exitCode = counts.crashes + counts.internal + counts.hangs > 0 ? 1 : 0;
