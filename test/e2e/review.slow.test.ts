/**
 * Issue 14's 审核 page in the UI: a reviewer opens a folder of reports of every kind, watches the progress bar,
 * reads the counts, sees a unit that filed nothing in red, opens a report read-only, exports the 问题清单 and
 * sums two reports into a 汇总 that opens in the editor.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { BridgedApp } from '../../main/browser/bridge';
import { makeReviewFolder } from '../helpers/review-folder';
import { folders, launch, pageErrors } from './app';

let app: BridgedApp;
afterAll(async () => {
  await app?.close();
});

const shots = mkdtempSync(join(tmpdir(), 'nianbao-review-shots-'));

describe('the 审核 page', () => {
  it('reviews a folder, marks a missing unit, opens a report, exports the workbook and makes a 汇总', async () => {
    const inbox = await makeReviewFolder(join(mkdtempSync(join(tmpdir(), 'nianbao-review-e2e-')), '各单位年报'));
    const dirs = folders();
    app = await launch(dirs);
    const page = app.page;
    await page.getByRole('tab', { name: '审核' }).click();
    // A browser has no folder dialog: the button says what works instead of doing nothing.
    await page.getByRole('button', { name: '选择文件夹审核' }).click();
    await expect.poll(() => page.getByText(/^浏览器模式打不开选择文件夹的对话框：请把各单位的年报文件（可多选）拖到本页审核/).count()).toBe(1);
    app.reviewQueue.push(inbox.dir);
    await page.getByRole('button', { name: '选择文件夹审核' }).click();
    await page.getByRole('progressbar', { name: '审核进度' }).waitFor();
    await expect.poll(() => page.getByText(/审核完成/).count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => page.getByText('各单位年报：审核完成，已完成 6 / 6 个文件；导入 5 份，3 份有错误，1 个文件无法导入').count()).toBe(1);
    const table = page.getByRole('table', { name: '审核结果' });
    const yi = table.getByRole('row').filter({ hasText: '某某市乙局' });
    await expect.poll(() => yi.getByRole('cell').nth(4).textContent()).toBe('1');
    // The old format's notice in 乙局's 前言 gets its own column, and the filter finds it alone.
    expect(await yi.locator('[data-veto="G14"]').textContent()).toBe('1');
    expect(await table.locator('[data-veto="G13"]').allTextContents()).toEqual(['', '', '', '', '']);
    await expect.poll(() => table.getByText(/无法导入：.*损坏\.docx/).count()).toBe(1);

    await page.getByRole('button', { name: /^单位名单/ }).click();
    await page.getByRole('textbox', { name: '单位名单' }).fill('某某市甲局\n某某市乙局\n某某市戊局');
    await page.getByRole('button', { name: '确定' }).click();
    const missing = table.getByRole('cell', { name: '某某市戊局', exact: true });
    await expect.poll(() => missing.count()).toBe(1);
    expect(await missing.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(183, 28, 28)');
    expect(await table.locator('[data-missing]').count()).toBe(1);
    await page.screenshot({ path: join(shots, '审核.png'), fullPage: true });

    await table.getByRole('button', { name: '查看 某某市甲局 2025年' }).click();
    const view = page.getByRole('dialog', { name: /某某市甲局2025年.*（只读）/ });
    await expect.poll(() => view.getByText(/X1 上年结转与上年报告的结转下年度一致/).count()).toBe(2);
    await view.frameLocator('iframe[title="报告内容"]').getByText('某某市甲局2025年政府信息公开工作年度报告').first().waitFor();
    await page.screenshot({ path: join(shots, '查看报告.png') });
    await view.getByRole('button', { name: '关闭' }).click();

    await page.getByRole('button', { name: '导出问题清单（Excel）' }).click();
    await expect.poll(() => readdirSync(dirs.exportDir).filter((f) => f.endsWith('.xlsx')).length).toBe(1);
    const xlsx = readdirSync(dirs.exportDir).find((f) => f.endsWith('.xlsx')) ?? '';
    const wb = new ExcelJS.Workbook();
    await expect
      .poll(async () => {
        try {
          await wb.xlsx.load(readFileSync(join(dirs.exportDir, xlsx)) as unknown as ArrayBuffer);
          return wb.worksheets.map((s) => s.name);
        } catch {
          return [];
        }
      })
      .toEqual(['汇总', '问题清单']);
    expect(wb.getWorksheet('问题清单')?.getColumn(5).values).toContain('X1');

    await table.getByRole('checkbox', { name: '选择 某某市乙局 2025年' }).check();
    await table.getByRole('checkbox', { name: '选择 某某市甲局 2024年' }).check();
    const sum = page.getByRole('button', { name: '汇总所选报告' });
    expect(await sum.isDisabled()).toBe(true);
    expect(await sum.getAttribute('title')).toContain('只能汇总同一年度的报告');
    await table.getByRole('checkbox', { name: '选择 某某市甲局 2024年' }).uncheck();
    await table.getByRole('checkbox', { name: '选择 某某市丁局 2025年' }).check();
    await sum.click();
    const dialog = page.getByRole('dialog', { name: '汇总所选报告' });
    await dialog.getByRole('textbox').fill('某某市人民政府');
    await dialog.getByRole('button', { name: '生成汇总报告' }).click();
    await page.getByRole('navigation', { name: '年报各部分' }).waitFor();
    await expect.poll(() => page.getByText(/已生成汇总报告：某某市人民政府2025年政府信息公开工作年度报告/).count()).toBeGreaterThan(0);
    await page.getByRole('navigation', { name: '年报各部分' }).getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
    const total = page.getByRole('textbox', { name: '一、本年新收政府信息公开申请数量 总计', exact: true });
    await expect.poll(() => total.inputValue()).toBe('12');
    await total.hover();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('汇总自：某某市丁局 6；某某市乙局 6');
    await page.screenshot({ path: join(shots, '汇总.png') });

    // Back on the 审核 page the folder's results are still there; dropping files starts a new review of them.
    await page.getByRole('button', { name: '← 年报库' }).click();
    await page.getByRole('tab', { name: '审核' }).click();
    await expect.poll(() => table.getByRole('cell', { name: '某某市戊局', exact: true }).count()).toBe(1);
    const jia = readFileSync(join(inbox.dir, '甲局_2024.json'), 'utf8');
    const ding = readFileSync(join(inbox.dir, '丁局_2025.json'), 'utf8');
    await page.getByTestId('review-drop').evaluate(
      (el, files) => {
        const data = new DataTransfer();
        for (const [name = '', text = ''] of files) data.items.add(new File([text], name, { type: 'application/json' }));
        el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [
        ['甲局_2024.json', jia],
        ['丁局_2025.json', ding],
      ],
    );
    await expect
      .poll(() => page.getByText('拖入的 2 个文件：审核完成，已完成 2 / 2 个文件；导入 2 份，0 份有错误，2 个单位未报送').count(), { timeout: 30_000 })
      .toBe(1);
    expect(pageErrors(app)).toEqual([]);
  }, 240_000);
});
