/**
 * `npm run bench:renderer` (after `npm run build`): in Chromium through the browser bridge, the latency from a
 * keystroke in a table cell to updated diagnostics on screen (median and p95; target p95 ≤ 16 ms), the same for a
 * keystroke in a narrative section of 20 paragraphs (the text rules, underlines included), the first render of the
 * editor with a full report (target ≤ 1 s), and the renderer bundle's size.
 */
import { mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowserApp } from '../../main/browser/bridge';
import type { Block } from '../../shared/model';
import { loadFixture } from '../helpers/reports';
import { median, percentile, row } from './measure';

const base = mkdtempSync(join(tmpdir(), 'nianbao-bench-ui-'));
mkdirSync(join(base, 'exports'));
const rendererDir = join(process.cwd(), 'out', 'renderer');
const app = await openBrowserApp({ dataDir: join(base, 'data'), exportDir: join(base, 'exports'), rendererDir, headless: true });
const fixture = loadFixture('淮安市人民政府_2024');
// 一、总体情况 with 20 paragraphs, the length of a long report's section.
const overview20 = Array.from({ length: 20 }, (_, i) => fixture.sections.overview[i % fixture.sections.overview.length]).filter(
  (b): b is Block => b !== undefined,
);
const summary = await app.library.create({ ...fixture, sections: { ...fixture.sections, overview: overview20 } });
await app.page.reload();
const page = app.page;

const renders: number[] = [];
for (let i = 0; i < 5; i++) {
  await page.getByRole('button', { name: `打开 ${summary.title}` }).waitFor();
  const t0 = Date.now();
  await page.getByRole('button', { name: `打开 ${summary.title}` }).click();
  await page.getByRole('navigation', { name: '年报各部分' }).getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
  await page.locator('input[data-cell="t3.forward.total"]').waitFor();
  renders.push(Date.now() - t0);
  await page.getByRole('button', { name: '← 年报库' }).click();
}
await page.getByRole('button', { name: `打开 ${summary.title}` }).click();
await page.getByRole('navigation', { name: '年报各部分' }).getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
await page.locator('input[data-cell="t3.new.total"]').waitFor();

// Each keystroke alternately breaks and mends B1 in row 一, so the checks panel changes every time; the time is
// taken in the page from the input event to the panel's DOM change.
const latencies = await page.evaluate(async () => {
  const input = document.querySelector<HTMLInputElement>('input[data-cell="t3.new.total"]');
  const panel = document.querySelector('[aria-label="检查结果"]');
  if (!input || !panel) throw new Error('editor not ready');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  const out: number[] = [];
  for (let i = 0; i < 200; i++) {
    const value = i % 2 === 0 ? '3120' : '3119';
    const changed = new Promise<number>((resolve) => {
      const obs = new MutationObserver(() => {
        obs.disconnect();
        resolve(performance.now());
      });
      obs.observe(panel, { subtree: true, childList: true, characterData: true });
    });
    const t0 = performance.now();
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    out.push((await changed) - t0);
    await new Promise((r) => setTimeout(r, 5));
  }
  return out;
});

// A keystroke in the 20-paragraph 一、总体情况: typing "," after Chinese text adds a G11 finding and deleting it
// removes it, so the panel changes on every keystroke. Typed through execCommand, the path real typing takes
// (beforeinput → ProseMirror → report → checks → panel and underlines).
await page.getByRole('navigation', { name: '年报各部分' }).getByRole('button', { name: '一、总体情况' }).click();
await page.getByRole('textbox', { name: '一、总体情况' }).waitFor();
const typing = await page.evaluate(async () => {
  const editor = document.querySelector<HTMLElement>('.narrative');
  const panel = document.querySelector('[aria-label="检查结果"]');
  const target = editor?.querySelectorAll('p')[10];
  if (!editor || !panel || !target) throw new Error('editor not ready');
  editor.focus();
  const range = document.createRange();
  range.selectNodeContents(target);
  range.collapse(false);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  const out: number[] = [];
  for (let i = 0; i < 200; i++) {
    const changed = new Promise<number>((resolve) => {
      const obs = new MutationObserver(() => {
        obs.disconnect();
        resolve(performance.now());
      });
      obs.observe(panel, { subtree: true, childList: true, characterData: true });
    });
    const t0 = performance.now();
    if (i % 2 === 0) document.execCommand('insertText', false, ',');
    else document.execCommand('delete');
    out.push((await changed) - t0);
    await new Promise((r) => setTimeout(r, 5));
  }
  return out;
});
await app.close();

const assets = join(rendererDir, 'assets');
const bytes = readdirSync(assets).reduce((n, f) => n + statSync(join(assets, f)).size, 0);
console.log('界面基准（Chromium，淮安市人民政府 2024）');
console.log(row('按键到检查结果更新 中位数', median(latencies)));
console.log(row('按键到检查结果更新 p95', percentile(latencies, 95), '≤ 16 ms'));
console.log(row('正文（20段）按键到检查结果更新 中位数', median(typing)));
console.log(row('正文（20段）按键到检查结果更新 p95', percentile(typing, 95), '≤ 16 ms'));
console.log(row('打开完整年报到表三显示 中位数', median(renders), '≤ 1000 ms'));
console.log(`渲染进程代码体积：${(bytes / 1024).toFixed(0)} KiB（未压缩）`);
