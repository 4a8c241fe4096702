/**
 * Issue 7's path in the UI: last year's published report (沭阳县 2025) in the library, 以往年度为模板新建 2026,
 * 上年结转 carried so that X1 never fires, the year-over-year review with its proposals and number table.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BridgedApp } from '../../main/browser/bridge';
import { FIXTURES } from '../helpers/reports';
import { folders, launch, pageErrors, SCREENS } from './app';

let app: BridgedApp;
afterAll(async () => {
  await app?.close();
});

describe('from the prior year to a 2026 report', () => {
  it('rolls 沭阳县 2025 forward with no X1 diagnostic and reviews it against last year', async () => {
    app = await launch(folders());
    const page = app.page;
    await page.getByTestId('import-input').setInputFiles(`${FIXTURES}samples/沭阳县人民政府_2025.txt`);
    await page.getByRole('button', { name: '加入年报库' }).click();
    await page.getByRole('button', { name: '以往年度为模板新建' }).click();
    const dialog = page.getByRole('dialog', { name: '新建年报' });
    await expect.poll(() => dialog.getByRole('spinbutton', { name: '年度' }).inputValue()).toBe('2026');
    await dialog.getByRole('button', { name: '创建' }).click();
    const nav = page.getByRole('navigation', { name: '年报各部分' });
    await nav.waitFor();
    const panel = page.getByRole('complementary', { name: '检查结果' });
    await expect.poll(() => panel.getByText(/X5 内容与上年雷同/).count()).toBeGreaterThan(0);
    expect(await panel.getByText(/^X1 /).count()).toBe(0);
    await nav.getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
    const carried = page.getByRole('textbox', { name: '二、上年结转政府信息公开申请数量 总计', exact: true });
    await expect.poll(() => carried.inputValue()).toBe('31');
    // Changing the carried figure breaks X1 at once; putting it back clears it.
    await carried.fill('30');
    await expect.poll(() => panel.getByText(/^X1 /).count()).toBe(1);
    await carried.fill('31');
    await expect.poll(() => panel.getByText(/^X1 /).count()).toBe(0);

    await page.getByRole('button', { name: '与上年对照' }).click();
    const review = page.getByRole('dialog', { name: '与2025年报告对照' });
    await expect.poll(() => review.getByText(/与上年相似度 100%/).count()).toBeGreaterThan(0);
    await review.getByRole('tab', { name: /年份待确认/ }).click();
    const accept = review.getByRole('button', { name: '改为“2026”' }).first();
    await expect.poll(() => accept.count()).toBe(1);
    await page.screenshot({ path: join(SCREENS, '09-与上年对照.png') });
    const before = await review.getByRole('button', { name: /^改为/ }).count();
    await accept.click();
    await expect.poll(() => review.getByRole('button', { name: /^改为/ }).count()).toBe(before - 1);
    await review.getByRole('tab', { name: /数字对照/ }).click();
    await expect.poll(() => review.getByRole('cell', { name: '二、上年结转政府信息公开申请数量 总计' }).count()).toBe(1);
    await review.getByRole('button', { name: '关闭' }).click();

    // The 前言 written from its fields replaces last year's, and says 2026.
    await nav.getByRole('button', { name: '前言' }).click();
    await page.getByRole('button', { name: '按要素生成前言' }).click();
    const form = page.getByRole('dialog', { name: '按要素生成前言' });
    await form.getByLabel('电话').fill('0527-83581234');
    await form.getByRole('button', { name: '替换前言' }).click();
    const preface = page.getByRole('textbox', { name: '前言' });
    await expect.poll(() => preface.textContent()).toContain('统计期限为2026年1月1日至2026年12月31日');
    await expect.poll(() => preface.textContent()).toContain('电话：0527-83581234');
    expect(pageErrors(app)).toEqual([]);
  }, 90_000);
});
