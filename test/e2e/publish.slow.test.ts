/**
 * 发布 in the UI (browser mode): export the 网页版, copy it for a site's editor, export the 图解 and insert it into
 * 一、总体情况 as a figure, the trend drawn from last year's report in the library; export the kirogov 数据包.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { BridgedApp } from '../../main/browser/bridge';
import { importHtml } from '../../shared/import';
import { kirogovParsedJson } from '../../shared/publish/kirogov';
import { loadFixture } from '../helpers/reports';
import { folders, launch, pageErrors } from './app';

let app: BridgedApp;
afterAll(async () => {
  await app?.close();
});

describe('发布', () => {
  it('exports and copies the web page, exports the 图解 and inserts it into the narrative', async () => {
    const dirs = folders();
    app = await launch(dirs);
    const report = loadFixture('淮安市洪泽区人民政府_2024');
    await app.library.create({ ...loadFixture('淮安市洪泽区人民政府_2023'), agency: report.agency });
    await app.library.create(report);
    const page = app.page;
    // A report without errors: the export goes straight to the file (with errors it asks first, as Word and PDF do).
    await page.reload();
    await page.getByRole('button', { name: /打开 淮安市洪泽区人民政府2024年/ }).click();
    await page.getByRole('navigation', { name: '年报各部分' }).waitFor();

    const publish = page.getByRole('button', { name: '发布 ▾' });
    const choose = async (name: RegExp) => {
      await publish.click();
      await page.getByRole('menuitem', { name }).click();
    };

    await choose(/^导出网页版/);
    const htmlName = '淮安市洪泽区人民政府2024年政府信息公开工作年度报告.html';
    await expect.poll(() => readdirSync(dirs.exportDir)).toContain(htmlName);
    expect(importHtml(readFileSync(join(dirs.exportDir, htmlName), 'utf8')).report.cells).toEqual(report.cells);

    await choose(/^复制网页版/);
    await expect.poll(() => app.clipboard.length).toBe(1);
    expect(importHtml(`<body>${app.clipboard[0]?.html ?? ''}</body>`).report.cells).toEqual(report.cells);
    await expect.poll(() => page.getByText('网页版已复制，可粘贴到网站后台的编辑器').count()).toBe(1);
    // In browser mode it reaches the browser's clipboard too, as HTML and plain text, ready to paste.
    const pasted = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { types: item?.types ?? [], text: await navigator.clipboard.readText() };
    });
    expect(pasted.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(pasted.text).toContain('三、收到和处理政府信息公开申请情况');

    await choose(/^导出图解（PNG 图片）/);
    await expect.poll(() => readdirSync(dirs.exportDir), { timeout: 20_000 }).toContain('淮安市洪泽区人民政府2024年政府信息公开工作年度报告（图解）.png');

    // The package for the 主管部门's data centre: its three files, the figures under that system's keys.
    await choose(/^导出报送数据包（年报数据中心）/);
    // Its PDF is the official layout: with cells still blank it is a draft, and the editor says so first.
    const asked = page.getByRole('dialog', { name: '将导出草稿' });
    await expect.poll(() => asked.getByText(/^报告还有 \d+ 个单元格未填写（没有的填0）。仍然导出吗？/).count()).toBe(1);
    await asked.getByRole('button', { name: '仍然导出草稿' }).click();
    const packageName = '淮安市洪泽区人民政府2024年政府信息公开工作年度报告.kirogov.zip';
    await expect.poll(() => readdirSync(dirs.exportDir), { timeout: 30_000 }).toContain(packageName);
    const files = unzipSync(new Uint8Array(readFileSync(join(dirs.exportDir, packageName))));
    expect(Object.keys(files).sort()).toEqual(['source.json', 'source.md', 'source.pdf']);
    expect(JSON.parse(strFromU8(files['source.json'] ?? new Uint8Array()))).toMatchObject({
      source: { organization_name: report.agency, report_year: 2024 },
      parsed_json: kirogovParsedJson(report),
    });

    await choose(/^插入图解到正文/);
    await expect.poll(() => page.getByText(/图解已插入/).count(), { timeout: 20_000 }).toBe(1);
    const nav = page.getByRole('navigation', { name: '年报各部分' });
    await nav.getByRole('button', { name: '一、总体情况' }).click();
    const img = page.locator('.narrative figure img').last();
    await expect.poll(() => img.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await expect
      .poll(async () => (await app.library.load((await app.library.list()).find((s) => s.year === 2024)?.id ?? '')).report.sections.overview.at(-1), {
        timeout: 10_000,
      })
      .toMatchObject({
        kind: 'figure',
        caption: '2024年政府信息公开工作图解',
      });
    expect(pageErrors(app)).toEqual([]);
  }, 120_000);
});
