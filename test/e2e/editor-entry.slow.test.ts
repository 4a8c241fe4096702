/**
 * Issue 25, items 1–3, as a user types and pastes: text that is no number never stays on screen as if saved, a
 * block copied from Excel with its label column lands under its labels with a note of what was pasted, and an undo
 * that reaches another part of the report shows it, while Ctrl+Z in a dialog never touches the report behind it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BridgedApp } from '../../main/browser/bridge';
import { FIXTURES } from '../helpers/reports';
import { folders, launch, pageErrors, pasteText, SCREENS } from './app';

let app: BridgedApp;
afterAll(async () => {
  await app?.close();
});

const SAMPLE = `${FIXTURES}samples/沭阳县人民政府_2025.txt`;

/** Puts 沭阳县 2025 into the library as a user imports it; `open` then opens it in the editor. */
async function importSample(page: BridgedApp['page'], open: boolean): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(SAMPLE);
  await page.getByRole('button', { name: '加入年报库' }).click();
  // The import dialog is gone (its closing transition over) before anything else is done.
  await expect.poll(() => page.getByRole('dialog', { name: '导入年报' }).count()).toBe(0);
  await page
    .getByRole('button', { name: /^打开 / })
    .first()
    .waitFor();
  if (open)
    await page
      .getByRole('button', { name: /^打开 / })
      .first()
      .click();
}

describe('entering figures in a table', () => {
  it('refuses text that is no number back to the stored value, says so, and pastes a labelled block under its labels', async () => {
    app = await launch(folders());
    const page = app.page;
    await importSample(page, true);
    await page.getByRole('navigation', { name: '年报各部分' }).getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
    const cell = (name: string) => page.getByRole('textbox', { name, exact: true });
    const granted = cell('（一）予以公开 自然人');
    const before = await granted.inputValue();

    for (const typed of ['十二', '12件', '3.5']) {
      await granted.fill(typed);
      await expect.poll(() => granted.getAttribute('aria-invalid')).toBe('true');
      await granted.press('Tab');
      // Off the cell, the screen shows what the report holds, and a note says what was not saved.
      await expect.poll(() => granted.inputValue()).toBe(before);
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: `“（一）予以公开 自然人”填写的“${typed}”未保存` })
            .count(),
        )
        .toBe(1);
    }

    // A copy from Excel that includes the label column and the header row.
    const tsv = [
      '\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
      '一、本年新收政府信息公开申请数量\t40\t3\t0\t0\t1\t0\t44',
      '（一）予以公开\t20\t1\t0\t0\t—\t0\t21',
    ].join('\n');
    await pasteText(app, 'input[data-cell="t3.new.natural"]', `${tsv}\n`);
    await expect.poll(() => cell('一、本年新收政府信息公开申请数量 自然人').inputValue()).toBe('40');
    expect(await cell('一、本年新收政府信息公开申请数量 总计').inputValue()).toBe('44');
    expect(await cell('（一）予以公开 总计').inputValue()).toBe('21');
    expect(await cell('（一）予以公开 法律服务机构').inputValue()).toBe('0');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: '已粘贴 14 个单元格，其中 2 行按行名对应，1 个“—”或“/”按 0 填入，1 行是表头或不是本表的行，未粘贴。' })
          .count(),
      )
      .toBe(1);
    // One 撤销 takes the whole paste back; 重做 puts it again.
    await page.getByRole('button', { name: '撤销', exact: true }).click();
    await expect.poll(() => cell('（一）予以公开 总计').inputValue()).not.toBe('21');
    await page.getByRole('button', { name: '重做', exact: true }).click();
    await expect.poll(() => cell('（一）予以公开 总计').inputValue()).toBe('21');

    // Ctrl+Z in 前言 first undoes what was typed there; the next one undoes the paste in 表三, and shows it: the
    // editor moves to 表三 and says what was undone.
    const nav = page.getByRole('navigation', { name: '年报各部分' });
    await nav.getByRole('button', { name: '前言' }).click();
    const preface = page.getByRole('textbox', { name: '前言' });
    await preface.click();
    await page.keyboard.press('End');
    await page.keyboard.type('新加的一句。');
    await expect.poll(() => preface.textContent()).toContain('新加的一句。');
    await page.keyboard.press('Control+z');
    await expect.poll(() => preface.textContent()).not.toContain('新加的一句。');
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell('（一）予以公开 总计').inputValue()).not.toBe('21');
    await expect.poll(() => page.getByText(/^已撤销：表三“一、本年新收政府信息公开申请数量 自然人”等 \d+ 个单元格$/).count()).toBe(1);

    // Behind a dialog the report is left alone: Ctrl+Z there is the note's own undo.
    await cell('（一）予以公开 总计').fill('99');
    await page.keyboard.press('Tab');
    const totalBefore = '99';
    await page
      .getByRole('complementary', { name: '检查结果' })
      .getByRole('button', { name: /^确认并说明/ })
      .first()
      .click();
    const note = page.getByRole('dialog', { name: '确认警告' }).getByLabel('说明（随年报保存）');
    await note.click();
    await page.keyboard.type('已核实');
    await page.keyboard.press('Control+z');
    await page.getByRole('dialog', { name: '确认警告' }).getByRole('button', { name: '取消' }).click();
    expect(await cell('（一）予以公开 总计').inputValue()).toBe(totalBefore);
    expect(pageErrors(app)).toEqual([]);
  }, 90_000);
});

describe('personal data in the text', () => {
  it('is an error in the checks with 遮蔽, which masks it in the text and clears the error', async () => {
    const dirs = folders();
    const fifth = await launch(dirs);
    try {
      const page = fifth.page;
      await importSample(page, true);
      await page.getByRole('navigation', { name: '年报各部分' }).getByRole('button', { name: '五、存在的主要问题及改进情况' }).click();
      const text = page.getByRole('textbox', { name: '五、存在的主要问题及改进情况' });
      await text.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('申请人张三丰（身份证号11010519491231002X）对答复不服。');
      const panel = page.getByRole('complementary', { name: '检查结果' });
      const idMask = panel.getByRole('button', { name: /^遮蔽：.*疑似身份证号码“1＊+X”/ });
      await expect.poll(() => idMask.count()).toBe(1);
      // Publishing the 网页版 with it unmasked asks about each finding first.
      await page.getByRole('button', { name: '发布 ▾' }).click();
      await page.getByRole('menuitem', { name: /^导出网页版/ }).click();
      const gate = page.getByRole('dialog', { name: '发布前：疑似个人信息' });
      await expect.poll(() => gate.getByRole('checkbox').count()).toBe(2);
      expect(await gate.getByRole('button', { name: '已逐项确认，继续' }).isDisabled()).toBe(true);
      await gate.getByRole('checkbox').first().check();
      expect(await gate.getByRole('button', { name: '已逐项确认，继续' }).isDisabled()).toBe(true);
      // Each one confirmed, the exporter takes those findings (and would refuse any other) and the page has them.
      await gate.getByRole('checkbox').nth(1).check();
      await gate.getByRole('button', { name: '已逐项确认，继续' }).click();
      await expect.poll(() => page.getByText(/^已导出：.*\.html/).count()).toBe(1);
      const html = readdirSync(dirs.exportDir).find((f) => f.endsWith('.html')) ?? '';
      expect(readFileSync(join(dirs.exportDir, html), 'utf8')).toContain('11010519491231002X');
      await page.getByRole('button', { name: '发布 ▾' }).click();
      await page.getByRole('menuitem', { name: /^导出网页版/ }).click();
      await expect.poll(() => gate.getByRole('checkbox').count()).toBe(2);
      await gate.getByRole('button', { name: '返回遮蔽' }).click();
      await idMask.click();
      await expect.poll(() => text.textContent()).toContain('身份证号1＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊X');
      await panel.getByRole('button', { name: /^遮蔽：.*疑似个人姓名“张＊丰”/ }).click();
      await expect.poll(() => text.textContent()).toContain('申请人张＊丰（');
      await expect.poll(() => panel.getByRole('button', { name: /^遮蔽：/ }).count()).toBe(0);
      // Masked, the 网页版 goes out without asking.
      await page.getByRole('button', { name: '发布 ▾' }).click();
      await page.getByRole('menuitem', { name: /^导出网页版/ }).click();
      await expect.poll(() => page.getByText(/^已导出：.*\.html/).count()).toBe(1);
      await expect.poll(() => readFileSync(join(dirs.exportDir, html), 'utf8')).toContain('1＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊X');
      expect(await page.getByRole('dialog', { name: '发布前：疑似个人信息' }).count()).toBe(0);
      expect(pageErrors(fifth)).toEqual([]);
    } finally {
      await fifth.close();
    }
  }, 60_000);
});

describe('a picture in the narrative', () => {
  it('is scaled to what prints (156 mm at 300 dpi) on insert, and the user is told, instead of a 10 MB photo refused or saved as it is', async () => {
    const third = await launch(folders());
    try {
      const page = third.page;
      await importSample(page, true);
      await page.getByRole('navigation', { name: '年报各部分' }).getByRole('button', { name: '一、总体情况' }).click();
      // A photo as a phone takes it: 3000×2000 of noise, well over 8 MB as a PNG.
      const png = await page.evaluate(() => {
        const c = document.createElement('canvas');
        c.width = 3000;
        c.height = 2000;
        const ctx = c.getContext('2d');
        const img = ctx?.createImageData(3000, 2000);
        if (!ctx || !img) return '';
        let seed = 7;
        for (let i = 0; i < img.data.length; i += 4) {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          img.data[i] = seed & 255;
          img.data[i + 1] = (seed >> 8) & 255;
          img.data[i + 2] = (seed >> 16) & 255;
          img.data[i + 3] = 255;
        }
        ctx.putImageData(img, 0, 0);
        return c.toDataURL('image/png').split(',')[1] ?? '';
      });
      const buffer = Buffer.from(png, 'base64');
      expect(buffer.byteLength).toBeGreaterThan(8 * 1024 * 1024);
      await page
        .locator('input[type="file"][accept="image/png,image/jpeg,image/gif"]')
        .first()
        .setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer });
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: '图片已按打印需要缩小：3000×2000 → 1843×1229 像素' }).count(), { timeout: 20_000 })
        .toBe(1);
      const width = await page
        .locator('.narrative img')
        .last()
        .evaluate((el) => (el as HTMLImageElement).naturalWidth);
      expect(width).toBe(1843);
      expect(pageErrors(third)).toEqual([]);
    } finally {
      await third.close();
    }
  }, 60_000);
});

describe('the library', () => {
  it('warns of a second copy, asks before deleting for good, says when a year has not come yet, and pairs one agency under two names', async () => {
    const second = await launch(folders());
    try {
      const page = second.page;
      await importSample(page, false);
      const title = '沭阳县人民政府2025年政府信息公开工作年度报告';
      // The same file again: said before it becomes a second copy.
      await page.getByTestId('import-input').setInputFiles(SAMPLE);
      const again = page.getByRole('dialog', { name: '导入年报' });
      await expect.poll(() => again.getByText(`年报库中已有《${title}》（同一机关、同一年度）；再加入将成为第二份。如是同一份文件，请取消。`).count()).toBe(1);
      await again.getByRole('button', { name: '取消' }).click();
      await page.getByRole('button', { name: `删除 ${title}` }).click();
      const bin = page.getByRole('region', { name: '回收站' });
      await bin.getByRole('button', { name: `彻底删除 ${title}` }).click();
      const confirm = page.getByRole('dialog', { name: '彻底删除' });
      await expect.poll(() => confirm.getByText(`《${title}》及其全部历史版本将被彻底删除，不能再恢复。`).count()).toBe(1);
      await confirm.getByRole('button', { name: '取消' }).click();
      await expect.poll(() => page.getByRole('dialog', { name: '彻底删除' }).count()).toBe(0);
      expect(await bin.getByRole('button', { name: `恢复 ${title}` }).count()).toBe(1);
      await bin.getByRole('button', { name: `彻底删除 ${title}` }).click();
      await page.getByRole('dialog', { name: '彻底删除' }).getByRole('button', { name: '彻底删除' }).click();
      await expect.poll(() => page.getByRole('region', { name: '回收站' }).count()).toBe(0);

      await page.getByRole('button', { name: '新建年报' }).click();
      const create = page.getByRole('dialog', { name: '新建年报' });
      await create.getByRole('spinbutton', { name: '年度' }).fill(String(new Date().getFullYear() + 5));
      await expect.poll(() => create.getByText(/年还没有到：年报在次年 1 月至 3 月编写的是上一年度的报告/).count()).toBe(1);
      await create.getByRole('button', { name: '取消' }).click();

      // One agency under two names (洪泽区人民政府 in 2023, 淮安市洪泽区人民政府 in 2024) is one agency's two years.
      await page.getByTestId('import-input').setInputFiles(`${FIXTURES}samples/淮安市洪泽区人民政府_2023.txt`);
      const first = page.getByRole('dialog', { name: '导入年报' });
      await first.getByRole('textbox', { name: '机关全称' }).fill('洪泽区人民政府');
      await first.getByRole('button', { name: '加入年报库' }).click();
      await expect.poll(() => page.getByRole('dialog', { name: '导入年报' }).count()).toBe(0);
      await page.getByTestId('import-input').setInputFiles(`${FIXTURES}samples/淮安市洪泽区人民政府_2024.txt`);
      // The name the library knows is offered; kept as printed, the two years still pair.
      const offer = page
        .getByRole('dialog', { name: '导入年报' })
        .getByText('年报库中已有“洪泽区人民政府”的年报，与“淮安市洪泽区人民政府”只差地名；同一机关用同一名称，年报库中才排在一起。');
      await expect.poll(() => offer.count()).toBe(1);
      await page.getByRole('dialog', { name: '导入年报' }).getByRole('button', { name: '加入年报库' }).click();
      await page.getByRole('button', { name: /^打开 淮安市洪泽区人民政府2024年/ }).click();
      await expect.poll(() => page.getByRole('button', { name: '与上年对照' }).isEnabled()).toBe(true);
      // The library counts as the editor does, the checks against the year before included.
      const panel = page.getByRole('complementary', { name: '检查结果' });
      await expect.poll(() => panel.getByText(/^警告 \d+$/).count()).toBe(1);
      const inEditor = [await panel.getByText(/^错误 \d+$/).textContent(), await panel.getByText(/^警告 \d+$/).textContent()];
      await page.getByRole('button', { name: '← 年报库' }).click();
      const row = page.getByRole('button', { name: /^打开 淮安市洪泽区人民政府2024年/ }).locator('xpath=ancestor::tr');
      await expect.poll(() => row.getByText(/^(错误 \d+|无错误)$/).textContent()).toBe(inEditor[0] === '错误 0' ? '无错误' : inEditor[0]);
      expect(await row.getByText(/^警告 \d+$/).textContent()).toBe(inEditor[1]);
      expect(pageErrors(second)).toEqual([]);
    } finally {
      await second.close();
    }
  }, 60_000);
});

describe('历史版本', () => {
  it('keeps the import notes in the editor until checked; groups the versions by day, shows what one holds against the report now, and restores it', async () => {
    const fifth = await launch(folders());
    try {
      const page = fifth.page;
      await importSample(page, true);
      // The import dialog is closed, and its notes are still there, in the report, until the user has checked them.
      const notes = page.getByRole('region', { name: '导入提示' });
      await expect.poll(() => notes.getByText('导入时有 2 处需要核对').count()).toBe(1);
      await notes.getByRole('button', { name: '查看' }).click();
      await expect.poll(() => notes.getByRole('listitem').count()).toBe(2);
      await notes.getByRole('button', { name: '已核对，不再显示' }).click();
      await expect.poll(() => page.getByRole('region', { name: '导入提示' }).count()).toBe(0);
      await page.getByRole('navigation', { name: '年报各部分' }).getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
      const granted = page.getByRole('textbox', { name: '（一）予以公开 自然人', exact: true });
      const before = await granted.inputValue();
      await granted.fill(String(Number(before) + 7));
      await granted.press('Tab');
      await page.getByRole('button', { name: '← 年报库' }).click();
      const title = '沭阳县人民政府2025年政府信息公开工作年度报告';
      await page.getByRole('button', { name: `历史版本 ${title}` }).click();
      const dialog = page.getByRole('dialog', { name: `历史版本：${title}` });
      const list = dialog.getByRole('list', { name: '历史版本列表' });
      await expect.poll(() => list.getByText('今天').count()).toBe(1);
      await expect.poll(() => list.getByRole('button', { name: /^查看 / }).count()).toBeGreaterThan(1);
      // The oldest version is the imported one: it holds the figure as it was before the edit.
      await list
        .getByRole('button', { name: /^查看 / })
        .last()
        .click();
      const differences = dialog.getByRole('region', { name: '版本差别' });
      await expect.poll(() => differences.getByText('与当前相比：1 个单元格不同').count()).toBe(1);
      const row = differences.getByRole('row', { name: /（一）予以公开/ });
      expect((await row.getByRole('cell').allTextContents()).slice(1)).toEqual([before, String(Number(before) + 7)]);
      await page.screenshot({ path: join(SCREENS, '14-历史版本.png') });
      await dialog.getByRole('button', { name: '恢复此版本' }).click();
      await expect.poll(() => page.getByText(/已恢复到 .* 的版本/).count()).toBe(1);
      await page.getByRole('button', { name: `打开 ${title}` }).click();
      await page.getByRole('navigation', { name: '年报各部分' }).getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
      await expect.poll(() => page.getByRole('textbox', { name: '（一）予以公开 自然人', exact: true }).inputValue()).toBe(before);
      expect(pageErrors(fifth)).toEqual([]);
    } finally {
      await fifth.close();
    }
  }, 60_000);
});

describe('at high zoom on a small screen', () => {
  it('gives the table the width (150 % on 1280×720), keeps its headers in view, and slides the checks in on request', async () => {
    const fourth = await launch(folders());
    try {
      const page = fourth.page;
      // 150 % zoom on a 1280×720 screen leaves 853×480 CSS pixels.
      await page.setViewportSize({ width: 853, height: 480 });
      await importSample(page, true);
      await page.getByRole('button', { name: /^目录：/ }).click();
      await page.getByRole('navigation', { name: '年报各部分' }).getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
      const table = page.getByRole('table', { name: '三、收到和处理政府信息公开申请情况' });
      await table.waitFor();
      expect((await table.boundingBox())?.width ?? 0).toBeGreaterThan(780);
      // Scrolled to the last row, the applicant columns' headers are still on screen.
      await page.getByRole('textbox', { name: '四、结转下年度继续办理 总计', exact: true }).scrollIntoViewIfNeeded();
      const header = table.getByRole('cell', { name: '自然人', exact: true });
      const box = await header.boundingBox();
      expect(box && box.y >= 0 && box.y < 480).toBe(true);
      await page.screenshot({ path: join(SCREENS, '13-放大150-表三.png') });
      await page.getByRole('navigation', { name: '年报各部分' }).count();
      await page.getByRole('button', { name: /^检查结果（/ }).click();
      await expect.poll(() => page.getByRole('complementary', { name: '检查结果' }).isVisible()).toBe(true);
      // 表四 is as wide as the main area, not one character a line.
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /^目录：/ }).click();
      await page.getByRole('navigation', { name: '年报各部分' }).getByRole('button', { name: '四、政府信息公开行政复议、行政诉讼情况' }).click();
      expect((await page.getByRole('table', { name: '四、政府信息公开行政复议、行政诉讼情况' }).boundingBox())?.width ?? 0).toBeGreaterThan(780);
      expect(pageErrors(fourth)).toEqual([]);
    } finally {
      await fourth.close();
    }
  }, 60_000);
});
