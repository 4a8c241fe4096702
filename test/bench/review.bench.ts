/**
 * `npm run bench:review`: a reviewer's folder of 200 mixed reports (50 each of .docx made by LibreOffice from a
 * published page, .html pages, .txt copied from a browser, .json), reviewed on every core. Prints reports per
 * second (target ≥ 15/s) and the time until the first result is there to show; then the same through the
 * bundled command line (`npm run build` first, else the sources run), and the command line's start-up (≤ 0.3 s).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { reviewPaths } from '../../main/services/review/review';
import { publishedHtml } from '../helpers/published-html';
import { agencyReport, copiedText } from '../helpers/review-folder';
import { median } from './measure';

const run = promisify(execFile);
const PER_KIND = 50;
const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-review-'));
const staging = join(dir, 'staging');
const inbox = join(dir, 'inbox');
mkdirSync(staging);
mkdirSync(inbox);

for (let i = 0; i < PER_KIND; i++) {
  const r = (kind: string) =>
    agencyReport(`某某市第${i + 1}${kind}局`, 2025, {
      't3.new.natural': 5 + (i % 3),
      't3.new.total': 6 + (i % 3),
      't3.granted.natural': 3 + (i % 3),
      't3.granted.total': 4 + (i % 3),
      't3.total.natural': 5 + (i % 3),
      't3.total.total': 6 + (i % 3),
    });
  writeFileSync(join(staging, `docx${i}.html`), publishedHtml(r('文')));
  writeFileSync(join(inbox, `网页${i}.html`), publishedHtml(r('网')));
  writeFileSync(join(inbox, `文本${i}.txt`), copiedText(publishedHtml(r('本'), { halfWidth: true, thousands: true })));
  writeFileSync(join(inbox, `数据${i}.json`), JSON.stringify(r('数')));
}
// One LibreOffice run converts all 50 pages: Word files made the way the world makes them, quickly.
const files = readdirSync(staging)
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(staging, f));
await run(
  'soffice',
  [
    '--headless',
    '--norestore',
    `-env:UserInstallation=file://${dir}/profile`,
    '--infilter=HTML (StarWriter)',
    '--convert-to',
    'docx:MS Word 2007 XML',
    '--outdir',
    staging,
    ...files,
  ],
  { timeout: 600_000 },
);
for (const f of readdirSync(staging).filter((x) => x.endsWith('.docx'))) renameSync(join(staging, f), join(inbox, `Word${f.replace('.docx', '')}.docx`));

console.log(`审核基准：${readdirSync(inbox).length} 份报告（.docx/.html/.txt/.json 各 ${PER_KIND}），${availableParallelism()} 个核心`);
const t0 = performance.now();
let first = 0;
const { entries } = await reviewPaths([inbox], {
  onProgress: (p) => {
    if (p.entry && first === 0) first = performance.now() - t0;
  },
});
const total = performance.now() - t0;
const failed = entries.filter((e) => !e.imported).length;
console.log(`  首个结果            ${first.toFixed(0).padStart(8)} ms`);
console.log(
  `  全部完成            ${total.toFixed(0).padStart(8)} ms   ${((entries.length / total) * 1000).toFixed(1)} 份/秒（目标 ≥ 15 份/秒）${failed ? `；${failed} 个文件未能导入` : ''}`,
);

const t1 = performance.now();
await run(process.execPath, [join(process.cwd(), 'bin', 'nianbao.js'), 'review', inbox, '--json'], { maxBuffer: 256 * 1024 * 1024 }).catch(
  (e: { code?: number }) => {
    if (e.code !== 0 && e.code !== 1) throw e;
  },
);
const cli = performance.now() - t1;
console.log(`  命令行 nianbao review ${cli.toFixed(0).padStart(6)} ms   ${((entries.length / cli) * 1000).toFixed(1)} 份/秒（含启动）`);

// The command line's start-up: `--help` from the bundle (out/cli.cjs, made by `npm run build` or `npm install`).
const starts: number[] = [];
for (let i = 0; i < 7; i++) {
  const t = performance.now();
  await run(process.execPath, [join(process.cwd(), 'bin', 'nianbao.js'), '--help']);
  starts.push(performance.now() - t);
}
console.log(`  nianbao --help 启动   ${median(starts).toFixed(0).padStart(6)} ms   （中位数，目标 ≤ 300 ms）`);
