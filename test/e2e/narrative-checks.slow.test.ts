/**
 * Issue 15 in the UI: 洪泽区 2024 runs （三） into the paragraph before; the words are underlined in 一、总体情况, a click on the diagnostic
 * selects them, typing a slip is underlined at once, and the profile is chosen in 标题与落款, which counts the days to its
 * publication deadline.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BridgedApp } from '../../main/browser/bridge';
import { deadlineStatus, isoDay } from '../../shared/profiles';
import { FIXTURES } from '../helpers/reports';
import { folders, launch, pageErrors, SCREENS } from './app';

let app: BridgedApp;
afterAll(async () => {
  await app?.close();
});

describe('text checks in the editor', () => {
  it('underlines the words, selects them on a click, and re-checks as the writer types', async () => {
    app = await launch(folders());
    const page = app.page;
    await page.getByTestId('import-input').setInputFiles(`${FIXTURES}samples/淮安市洪泽区人民政府_2024.txt`);
    await page.getByRole('button', { name: '加入年报库' }).click();
    await page.getByRole('button', { name: /打开 淮安市洪泽区人民政府2024年/ }).click();
    const nav = page.getByRole('navigation', { name: '年报各部分' });
    await nav.waitFor();
    const panel = page.getByRole('complementary', { name: '检查结果' });
    const g10 = panel.getByText(/“（三）”写在了第3段中间/);
    await expect.poll(() => g10.count()).toBe(1);
    await g10.click();
    const editor = page.getByRole('textbox', { name: '一、总体情况' });
    await editor.waitFor();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('（四）');
    await expect.poll(() => editor.locator('.check-warning', { hasText: '（四）' }).count()).toBe(1);

    // A slip typed at the end of the first paragraph is underlined as the writer types.
    await editor.locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type('资金资金');
    await expect.poll(() => editor.locator('.check-info', { hasText: '资金资金' }).count()).toBe(1);
    await expect.poll(() => panel.getByText(/“资金资金”疑为重复录入/).count()).toBe(1);
    await page.screenshot({ path: join(SCREENS, '10-正文检查.png') });

    await nav.getByRole('button', { name: '标题与落款' }).click();
    await page.getByRole('combobox', { name: '检查配置' }).click();
    await page.getByRole('option', { name: '江苏（宿迁监测）' }).click();
    await expect.poll(() => page.getByText(/重复率超过50%扣分/).count()).toBe(1);
    // Not yet signed off: the deadline of the chosen profile, counted from today.
    const { deadline, daysLeft } = deadlineStatus({ year: 2024, agencyKind: 'government', profile: 'jiangsu-suqian' }, isoDay(new Date()));
    const when = daysLeft > 0 ? `距今还有 ${daysLeft} 天` : daysLeft === 0 ? '就是今天' : `已过 ${-daysLeft} 天`;
    await expect.poll(() => page.getByTestId('deadline').textContent()).toBe(`公开期限：${deadline}（江苏（宿迁监测），人民政府年报），${when}`);
    // Signed off late: the line gives way to G1, which counts the days from the 落款.
    await page.getByLabel('落款日期').fill('2025-04-03');
    await expect.poll(() => page.getByTestId('deadline').count()).toBe(0);
    await expect.poll(() => panel.getByText('签发日期2025-04-03晚于公开期限2025-03-31，超期3天', { exact: false }).count()).toBe(1);
    expect(pageErrors(app)).toEqual([]);
  }, 120_000);
});
