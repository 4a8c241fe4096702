/**
 * The rough edges an office worker meets (issue 12, items 12–17), in Chromium with the real services: 导出 Word
 * written as it is, every cell of a wrong sum marked with the edited one first and plain-Chinese tooltips, numbers
 * normalised when the cell is left, PDF export with progress while the editor stays usable, the font notice as one
 * sentence with details on request, and 删除 offering 撤销.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BridgedApp } from '../../main/browser/bridge';
import { fixturePath } from '../helpers/reports';
import { folders, launch, pageErrors } from './app';

let app: BridgedApp;
const dirs = folders();
const cell = (name: string) => app.page.getByRole('textbox', { name, exact: true });
const nav = (name: string) => app.page.getByRole('navigation', { name: '年报各部分' }).getByRole('button', { name });
const TITLE = '淮安市人民政府2024年政府信息公开工作年度报告';
/** the value of the cell the tests type into, put back after each */
let original = '';

afterAll(async () => {
  await app?.close();
});

describe('the rough edges of the UI', () => {
  it('opens a report; 导出 Word is written as it is, not in capitals', async () => {
    app = await launch(dirs);
    const page = app.page;
    await page.getByTestId('import-input').setInputFiles(fixturePath('淮安市人民政府_2024'));
    await page.getByRole('button', { name: '加入年报库' }).click();
    await page.getByRole('button', { name: `打开 ${TITLE}` }).click();
    const word = page.getByRole('button', { name: '导出 Word' });
    await word.waitFor();
    expect(await word.evaluate((b) => [getComputedStyle(b).textTransform, (b as HTMLElement).innerText])).toEqual(['none', '导出 Word']);
  }, 60_000);

  it('marks every cell of a wrong sum, the edited one first, with the plain sentence first and the rule id last', async () => {
    const page = app.page;
    await nav('三、收到和处理政府信息公开申请情况').click();
    const natural = cell('一、本年新收政府信息公开申请数量 自然人');
    const before = Number(await natural.inputValue());
    await natural.fill(String(before + 1));
    const row = page.locator('input[data-cell^="t3.new."]');
    await expect.poll(() => natural.getAttribute('data-mark')).toBe('primary');
    const total = cell('一、本年新收政府信息公开申请数量 总计');
    expect(await total.getAttribute('data-mark')).toBe('involved');
    expect(await total.getAttribute('aria-invalid')).toBe('true');
    const marks = await row.evaluateAll((els) => els.map((e) => e.getAttribute('data-mark')));
    expect(marks.filter((m) => m === 'primary')).toHaveLength(1);
    expect(marks.every((m) => m === 'primary' || m === 'involved')).toBe(true);
    await total.hover();
    const tip = page.getByRole('tooltip').filter({ hasText: '相差1' }).last();
    await expect.poll(() => tip.textContent()).toMatch(/^一、本年新收政府信息公开申请数量：自然人\+商业企业.*相差1.*（.+，规则 [A-Z]\d+）$/);
    expect((await tip.textContent()) ?? '').not.toMatch(/^\[/);
    // The checks panel jumps to the edited cell first.
    await page.getByRole('button', { name: '标题与落款' }).click();
    await page.getByRole('complementary', { name: '检查结果' }).getByText(/相差1/).first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('t3.new.natural');
    await natural.fill(String(before));
    await expect.poll(() => total.getAttribute('data-mark')).toBe(null);
  }, 60_000);

  it('normalises a number when the cell is left: 0 then 7 reads 7', async () => {
    const page = app.page;
    const c = cell('二、上年结转政府信息公开申请数量 科研机构');
    original = await c.inputValue();
    await c.click();
    await page.keyboard.type('0');
    await page.keyboard.type('7');
    expect(await c.inputValue()).toBe('07');
    await page.keyboard.press('Tab');
    await expect.poll(() => c.inputValue()).toBe('7');
    await c.fill('１,２００');
    await c.blur();
    await expect.poll(() => c.inputValue()).toBe('1200');
    await c.fill(original);
    await c.blur();
  }, 30_000);

  it('exports a PDF with visible progress while the editor stays usable; fonts said in one sentence, details on request', async () => {
    const page = app.page;
    await page.getByRole('button', { name: '导出 PDF' }).click();
    const progress = page.getByRole('status').filter({ hasText: '正在生成 PDF' });
    await progress.waitFor({ timeout: 5000 });
    expect(await page.getByRole('button', { name: '导出 Word' }).isDisabled()).toBe(true);
    // Typing goes on during the export.
    const c = cell('二、上年结转政府信息公开申请数量 科研机构');
    await c.fill(String(Number(original) + 5));
    await expect.poll(() => c.inputValue()).toBe(String(Number(original) + 5));
    expect(await progress.count()).toBe(1);
    const done = page.getByText(/已导出：.*\.pdf/);
    await done.waitFor({ timeout: 90_000 });
    expect(await progress.count()).toBe(0);
    const toast = page.locator('.MuiSnackbar-root');
    const text = (await toast.textContent()) ?? '';
    expect(text).toContain('这台电脑缺少公文规定的');
    expect(text).not.toMatch(/AR PL|WenQuanYi|Noto|未安装/);
    await toast.getByRole('button', { name: '详细' }).click();
    await expect.poll(() => toast.getByRole('list', { name: '代替字体' }).getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await toast.getByRole('list', { name: '代替字体' }).textContent()).toMatch(/未安装/);
    await toast.getByRole('button', { name: '收起' }).click();
    expect(await toast.getByRole('list', { name: '代替字体' }).count()).toBe(0);
    await c.fill(original);
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 5000 }).toMatch(/已保存/);
  }, 120_000);

  it('says in the editor when a save kept the report but not its history version', async () => {
    const page = app.page;
    const id = app.library.list()[0]?.id ?? '';
    const snapshots = join(dirs.dataDir, 'snapshots', id);
    // The history folder cannot be written (a file stands in its place, as a full or broken disk would refuse it).
    renameSync(snapshots, `${snapshots}-kept`);
    writeFileSync(snapshots, '');
    const c = cell('二、上年结转政府信息公开申请数量 科研机构');
    await c.fill(String(Number(original) + 1));
    const alert = page.getByRole('alert').filter({ hasText: '历史版本未能保留' });
    await expect.poll(() => alert.count(), { timeout: 10_000 }).toBe(1);
    expect(await alert.textContent()).toMatch(/^已保存，但这次的历史版本未能保留/);
    // Once history can be kept again, the notice goes with the next save.
    rmSync(snapshots);
    renameSync(`${snapshots}-kept`, snapshots);
    await c.fill(original);
    await expect.poll(() => alert.count(), { timeout: 10_000 }).toBe(0);
  }, 30_000);

  it('删除 moves the report to the bin at once and offers 撤销, which brings it back', async () => {
    const page = app.page;
    await page.getByRole('button', { name: '← 年报库' }).click();
    await page.getByRole('button', { name: `删除 ${TITLE}` }).click();
    const snack = page.locator('.MuiSnackbar-root').filter({ hasText: '移到回收站' });
    await expect.poll(() => snack.textContent()).toContain(`已将《${TITLE}》移到回收站`);
    expect(await page.getByRole('region', { name: '回收站' }).count()).toBe(1);
    await snack.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => page.getByRole('button', { name: `打开 ${TITLE}` }).count()).toBe(1);
    expect(await page.getByRole('region', { name: '回收站' }).count()).toBe(0);
    expect(pageErrors(app)).toEqual([]);
  }, 30_000);
});
