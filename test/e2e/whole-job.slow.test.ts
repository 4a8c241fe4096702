/**
 * The whole job as a new user does it, in Chromium with the real services: import last year's published report,
 * make this year's from it, fill the tables by typing and pasting, watch an error come and go, acknowledge a
 * warning, write the narrative, preview, export both files and read them back, restart, undo and redo.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../main/services/import/import-file';
import type { BridgedApp } from '../../main/browser/bridge';
import { FIXTURES } from '../helpers/reports';
import { folders, launch, pageErrors, pasteText, SCREENS } from './app';

const dirs = folders();
let app: BridgedApp;
let previewPages = 0;
const shot = (name: string) => app.page.screenshot({ path: join(SCREENS, `${name}.png`) });
const cell = (name: string) => app.page.getByRole('textbox', { name, exact: true });
const nav = (name: string) => app.page.getByRole('navigation', { name: '年报各部分' }).getByRole('button', { name });

afterAll(async () => {
  await app?.close();
});

describe('the whole job', () => {
  it('imports the 2020 杭州市科技局 report into the library', async () => {
    app = await launch(dirs);
    const page = app.page;
    await page.getByRole('heading', { name: '年报库' }).waitFor();
    await shot('01-年报库-空');
    await page.getByTestId('import-input').setInputFiles(`${FIXTURES}samples/杭州市科技局_2020.txt`);
    await page.getByRole('dialog', { name: '导入年报' }).waitFor();
    await expect.poll(() => page.getByText('杭州市科技局，2020年').count()).toBe(1);
    await expect.poll(() => page.getByRole('list', { name: '导入提示' }).getByText('图片未能导入').count()).toBeGreaterThan(0);
    // What was read can be corrected before the report joins the library.
    const dialog = page.getByRole('dialog', { name: '导入年报' });
    expect(await dialog.getByRole('textbox', { name: '机关全称' }).inputValue()).toBe('杭州市科技局');
    await dialog.getByRole('spinbutton', { name: '年度' }).fill('20');
    await expect.poll(() => dialog.getByText('请填写四位数的年度').count()).toBe(1);
    expect(await page.getByRole('button', { name: '加入年报库' }).isDisabled()).toBe(true);
    await dialog.getByRole('spinbutton', { name: '年度' }).fill('2020');
    await expect.poll(() => page.getByRole('button', { name: '加入年报库' }).isEnabled()).toBe(true);
    await dialog.getByRole('heading', { name: '导入年报' }).click();
    await shot('02-导入提示');
    await page.getByRole('button', { name: '加入年报库' }).click();
    await page.getByRole('button', { name: /打开 杭州市科技局2020年/ }).waitFor();
    await shot('03-年报库');
  }, 60_000);

  it('makes the 2021 report from it: 上年结转 carried, everything else blank, text as an unreviewed draft', async () => {
    const page = app.page;
    await page.getByRole('button', { name: '以往年度为模板新建' }).click();
    const dialog = page.getByRole('dialog', { name: '新建年报' });
    await expect.poll(() => dialog.getByRole('spinbutton', { name: '年度' }).inputValue()).toBe('2021');
    await expect.poll(() => dialog.getByText('2021年版格式').count()).toBe(1);
    await shot('04-以往年度为模板新建');
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.getByRole('navigation', { name: '年报各部分' }).waitFor();
    await expect.poll(() => page.getByText(/段文字沿用上年内容/).count()).toBe(1);
    await nav('三、收到和处理政府信息公开申请情况').click();
    await expect.poll(() => cell('二、上年结转政府信息公开申请数量 总计').inputValue()).toBe('0');
    expect(await cell('一、本年新收政府信息公开申请数量 自然人').inputValue()).toBe('');
    expect(await cell('（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 自然人').count()).toBe(1);
  }, 60_000);

  it('fills table 三 by typing and by pasting a block from a spreadsheet; an error appears and vanishes', async () => {
    const page = app.page;
    await cell('一、本年新收政府信息公开申请数量 自然人').fill('１５');
    await cell('一、本年新收政府信息公开申请数量 商业企业').fill('2');
    await cell('一、本年新收政府信息公开申请数量 总计').fill('16');
    const total = cell('一、本年新收政府信息公开申请数量 总计');
    await expect.poll(() => total.getAttribute('aria-invalid')).toBe('true');
    const panel = page.getByRole('complementary', { name: '检查结果' });
    await expect.poll(() => panel.getByText('自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他=17，总计填写为16，相差1').count()).toBe(1);
    await shot('05-表三-错误');
    await total.fill('17');
    await expect.poll(() => total.getAttribute('aria-invalid')).toBe(null);
    await expect.poll(() => panel.getByText('总计填写为16').count()).toBe(0);

    // The other applicant columns of 一 are 0; then the outcomes come as a block copied from Excel.
    for (const c of ['科研机构', '社会公益组织', '法律服务机构', '其他']) await cell(`一、本年新收政府信息公开申请数量 ${c}`).fill('0');
    const block = ['12\t2\t0\t0\t0\t0\t14', '2\t0\t0\t0\t0\t0\t2', '1\t0\t0\t0\t0\t0\t1'].join('\n');
    await pasteText(app, 'input[data-cell="t3.granted.natural"]', `${block}\n`);
    await expect.poll(() => cell('（一）予以公开 总计').inputValue()).toBe('14');
    expect(await cell('（二）部分公开 自然人').inputValue()).toBe('2');
    expect(await cell('（三）不予公开 1.属于国家秘密 自然人').inputValue()).toBe('1');
    // Blank and 0 look different.
    expect(await cell('（三）不予公开 2.其他法律行政法规禁止公开 自然人').getAttribute('class')).toContain('blank');
    expect(await cell('（一）予以公开 科研机构').getAttribute('class')).not.toContain('blank');
  }, 60_000);

  it('acknowledges a warning with an explanation saved in the report', async () => {
    const page = app.page;
    const panel = page.getByRole('complementary', { name: '检查结果' });
    const first = panel.getByRole('button', { name: /^确认并说明/ }).first();
    await first.click();
    const dialog = page.getByRole('dialog', { name: '确认警告' });
    await dialog.getByLabel('说明（随年报保存）').fill('已核实，本年度确无此项');
    await dialog.getByRole('button', { name: '确认', exact: true }).click();
    await expect.poll(() => panel.getByText('说明：已核实，本年度确无此项').count()).toBe(1);
  }, 30_000);

  it('edits the narrative: 六 states the 信息处理费 and the G5 warning goes', async () => {
    const page = app.page;
    const panel = page.getByRole('complementary', { name: '检查结果' });
    await nav('六、其他需要报告的事项').click();
    await expect.poll(() => panel.getByText(/未说明信息处理费|只写了“无”/).count()).toBe(1);
    const editor = page.getByRole('textbox', { name: '六、其他需要报告的事项' });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('本年度未收取政府信息公开信息处理费。');
    await expect.poll(() => panel.getByText(/未说明信息处理费|只写了“无”/).count()).toBe(0);
    // Pasting from Word keeps paragraphs and bold, and drops fonts, colours, italics and lists.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.evaluate(() => {
      const target = document.querySelector('.narrative');
      const data = new DataTransfer();
      data.setData(
        'text/html',
        '<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312;color:red"><b>一是</b>落实<i>上级</i>政务公开要点。</span></p><ul><li><p>二是公开人大建议办理结果。</p></li></ul>',
      );
      data.setData('text/plain', '一是落实上级政务公开要点。\n二是公开人大建议办理结果。');
      target?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => editor.locator('p').count()).toBe(3);
    expect(await editor.locator('strong').allTextContents()).toEqual(['一是']);
    expect(await editor.locator('em, i, ul, li, span[style]').count()).toBe(0);
    // A figure goes in at the cursor with its caption below.
    const png = join(dirs.exportDir, '..', 'chart.png');
    writeFileSync(png, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR4nGM4IScHRww4OQD1xwwxB+utmQAAAABJRU5ErkJggg==', 'base64'));
    await page.locator('label:has-text("插入图") input[type=file]').setInputFiles(png);
    await expect.poll(() => editor.locator('figure img').count()).toBe(1);
    expect(await editor.locator('figure figcaption').textContent()).toBe('图 1');
    await shot('06-正文编辑');
  }, 30_000);

  it('previews the pages as the PDF will have them, with the reason it would be a draft', async () => {
    const page = app.page;
    await page.getByRole('button', { name: '版式预览' }).click();
    const dialog = page.getByRole('dialog', { name: /^版式预览/ });
    const pages = dialog.getByRole('region', { name: '预览各页' }).getByRole('img');
    await expect.poll(() => pages.count(), { timeout: 60_000 }).toBeGreaterThan(1);
    previewPages = await pages.count();
    expect(await pages.first().getAttribute('alt')).toBe(`第 1 页，共 ${previewPages} 页`);
    expect(await dialog.getByRole('heading').textContent()).toBe(`版式预览（共 ${previewPages} 页）`);
    await expect.poll(() => dialog.getByText(/^报告还有 .*导出时每页标有“草稿”$/).count()).toBe(1);
    // Each page is drawn at A4's proportions, not one long sheet.
    const box = await pages.first().boundingBox();
    expect((box?.height ?? 0) / (box?.width ?? 1)).toBeCloseTo(297 / 210, 2);
    await shot('07-版式预览');
    await dialog.getByRole('button', { name: '关闭' }).click();
  }, 90_000);

  it('exports DOCX and PDF (confirming the draft); both import back equal to the saved report', async () => {
    const page = app.page;
    await page.getByRole('button', { name: '导出 Word' }).click();
    await page.getByRole('dialog', { name: '将导出草稿' }).getByRole('button', { name: '仍然导出草稿' }).click();
    await expect.poll(() => page.getByText(/已导出：.*\.docx/).count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('button', { name: '在文件夹中显示' }).click();
    await expect.poll(() => app.shown.length).toBe(1);
    // A browser cannot open the file manager: it says where the file is instead of doing nothing.
    await expect.poll(() => page.getByText(/^浏览器模式打不开文件夹；文件已保存在 .*\.docx$/).count()).toBe(1);
    await page.getByRole('button', { name: '导出 PDF' }).click();
    await page.getByRole('dialog', { name: '将导出草稿' }).getByRole('button', { name: '仍然导出草稿' }).click();
    await expect.poll(() => page.getByText(/已导出：.*\.pdf/).count(), { timeout: 60_000 }).toBe(1);
    const files = readdirSync(dirs.exportDir).sort();
    expect(files).toEqual(['杭州市科技局2021年政府信息公开工作年度报告.docx', '杭州市科技局2021年政府信息公开工作年度报告.pdf']);
    await app.library.flush();
    const saved = app.library.list().find((r) => r.year === 2021);
    const { report } = await app.library.load(saved?.id ?? '');
    for (const f of files) {
      const back = await importFile(join(dirs.exportDir, f));
      expect(back.report, f).toEqual(report);
    }
    const pdf = readFileSync(join(dirs.exportDir, files[1] ?? ''));
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    // The preview showed the pages this PDF has.
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(previewPages);
  }, 120_000);

  it('undoes and redoes across the report with Ctrl+Z and Ctrl+Y', async () => {
    const page = app.page;
    await nav('四、政府信息公开行政复议、行政诉讼情况').click();
    const upheld = cell('行政复议 结果维持');
    await upheld.fill('3');
    await nav('三、收到和处理政府信息公开申请情况').click();
    await nav('四、政府信息公开行政复议、行政诉讼情况').click();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => cell('行政复议 结果维持').inputValue()).toBe('');
    await page.keyboard.press('ControlOrMeta+y');
    await expect.poll(() => cell('行政复议 结果维持').inputValue()).toBe('3');
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 5000 }).toMatch(/已保存/);
  }, 30_000);

  it('after a restart nothing is lost', async () => {
    await app.close();
    app = await launch(dirs);
    const page = app.page;
    await page.getByRole('button', { name: /打开 杭州市科技局2021年/ }).click();
    await nav('三、收到和处理政府信息公开申请情况').click();
    await expect.poll(() => cell('一、本年新收政府信息公开申请数量 总计').inputValue()).toBe('17');
    expect(await cell('（一）予以公开 总计').inputValue()).toBe('14');
    await nav('四、政府信息公开行政复议、行政诉讼情况').click();
    expect(await cell('行政复议 结果维持').inputValue()).toBe('3');
    await nav('六、其他需要报告的事项').click();
    await expect.poll(() => page.getByText('本年度未收取政府信息公开信息处理费。').count()).toBe(1);
    await nav('三、收到和处理政府信息公开申请情况').click();
    await shot('08-编辑器-表三');
    expect(pageErrors(app)).toEqual([]);
  }, 60_000);
});
