/**
 * Issue 21 in the UI: the 台账 page kept during the year (overdue and due-soon lists, .xlsx export), then the
 * editor's「从台账统计」from that register and from an office's own file with a header and a value to map — the table
 * filled as one edit that one 撤销 takes back, 上年结转 compared with last year's report.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { BridgedApp } from '../../main/browser/bridge';
import { FIXTURES } from '../helpers/reports';
import { folders, launch, pageErrors, SCREENS } from './app';

let app: BridgedApp;
afterAll(async () => {
  await app?.close();
});

/** An office's own register: its header says 来件时间 for 收到日期, and it keeps the applicants' names. */
async function officeRegister(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2026年登记');
  ws.addRow(['沭阳县人民政府2026年政府信息公开申请登记表']);
  ws.mergeCells('A1:G1');
  ws.addRow(['序号', '来件时间', '申请人', '申请人类型', '办结日期', '答复结果', '具体情形']);
  ws.addRow(['2025-118', '2025-12-26', '钱多多', '公民', '2026-01-15', '予以公开', '']);
  ws.addRow(['2026-001', '2026-01-05', '孙小美', '公民', '2026-01-20', '予以公开', '']);
  ws.addRow(['2026-002', '2026-02-03', '某某建设有限公司', '企业', '2026-02-25', '不予公开', '商业秘密']);
  ws.addRow(['2026-003', '2026年3月9日', '周大福', '个人', '', '', '']);
  ws.addRow(['2026-004', '2026-03-10', '吴用', '公民', '2026-03-30', '看情况', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the register (台账) and 从台账统计', () => {
  it('keeps a register during the year and counts tables 三 from it and from a file, one undoable fill each', async () => {
    const dirs = folders();
    app = await launch(dirs);
    const page = app.page;
    // The deadlines are judged against today: a fixed day keeps the test's lists the same on any day it runs.
    await page.clock.setFixedTime(new Date('2026-12-04T10:00:00'));
    await page.getByTestId('import-input').setInputFiles(`${FIXTURES}samples/沭阳县人民政府_2025.txt`);
    await page.getByRole('button', { name: '加入年报库' }).click();

    // — the 台账 page —
    await page.getByRole('tab', { name: '台账' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: '机关名称' }).inputValue()).toBe('沭阳县人民政府');
    await page.getByRole('spinbutton', { name: '年度' }).fill('2026');
    /** Picks an option of a select once its list is open, and sees it chosen. */
    const choose = async (combo: ReturnType<typeof page.getByRole>, option: string) => {
      await combo.click();
      await page.getByRole('listbox').waitFor();
      await page.getByRole('option', { name: option, exact: true }).click();
      await expect.poll(() => combo.textContent()).toBe(option);
    };
    const register = async (number: string, received: string, answered?: { date: string; outcome: string }) => {
      await page.getByRole('button', { name: '登记申请' }).click();
      const d = page.getByRole('dialog', { name: '登记申请' });
      await d.getByLabel('编号').fill(number);
      await d.getByLabel('收到日期').fill(received);
      if (answered) {
        await d.getByLabel('答复日期（未答复留空）').fill(answered.date);
        await choose(d.getByRole('combobox', { name: '办理结果' }), answered.outcome);
      }
      await d.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/已保存/);
    };
    await register('2026-101', '2026-10-09');
    await register('2026-102', '2026-11-06');
    await register('2026-103', '2026-11-20', { date: '2026-11-27', outcome: '（一）予以公开' });
    await expect.poll(() => page.getByText(/已超过答复期限、尚未答复：2026-101（1 件）/).count()).toBe(1);
    await expect.poll(() => page.getByText(/5 个工作日内到期：2026-102（2026-12-04）/).count()).toBe(1);
    // Answering the overdue one takes it off the list; it shows as answered late.
    await page.getByRole('button', { name: '答复 2026-101' }).click();
    const answer = page.getByRole('dialog', { name: '答复或修改申请' });
    await expect.poll(() => answer.getByText(/答复期限：2026-11-\d\d（已超期 \d+ 个工作日）/).count()).toBe(1);
    await answer.getByLabel('答复日期（未答复留空）').fill('2026-12-04');
    await choose(answer.getByRole('combobox', { name: '办理结果' }), '（四）无法提供：本机关不掌握相关政府信息');
    await answer.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByText(/已超过答复期限/).count()).toBe(0);
    await expect
      .poll(() =>
        page
          .getByRole('row', { name: /2026-101/ })
          .getByText('超期答复')
          .count(),
      )
      .toBe(1);
    await page.screenshot({ path: join(SCREENS, '11-台账.png') });
    await page.getByRole('button', { name: '导出 .xlsx' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/已导出：/);
    expect(existsSync(join(dirs.exportDir, '沭阳县人民政府2026年依申请公开登记台账.xlsx'))).toBe(true);

    // — the 2026 report, counted from the register kept in the app —
    await page.getByRole('tab', { name: '年报库' }).click();
    await page.getByRole('button', { name: '以往年度为模板新建' }).click();
    const create = page.getByRole('dialog', { name: '新建年报' });
    await expect.poll(() => create.getByRole('spinbutton', { name: '年度' }).inputValue()).toBe('2026');
    await create.getByRole('button', { name: '创建' }).click();
    const nav = page.getByRole('navigation', { name: '年报各部分' });
    await nav.getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
    const carried = page.getByRole('textbox', { name: '二、上年结转政府信息公开申请数量 总计', exact: true });
    await expect.poll(() => carried.inputValue()).toBe('31');
    const granted = page.getByRole('textbox', { name: '（一）予以公开 自然人', exact: true });
    const before = await granted.inputValue();

    await page.getByRole('button', { name: '从台账统计' }).click();
    const dialog = page.getByRole('dialog', { name: '从台账统计 2026 年表三、表四' });
    await dialog.getByRole('button', { name: '使用本程序中的 2026 年台账' }).click();
    await expect.poll(() => dialog.getByText(/已统计 3 件申请；全部行均已统计/).count()).toBe(1);
    // Last year's report carried 31 forward; the register has none from 2025 open on 1 January.
    await expect
      .poll(() =>
        dialog
          .getByText(/\[X1\] 上年结转 总计：台账中 2026 年以前收到、2026 年 1 月 1 日仍未办结的申请 0 件，2025年报告“结转下年度继续办理”为 31，相差 31/)
          .count(),
      )
      .toBe(1);

    // — an office's own file: a header to map, a row it cannot count, names never shown —
    await dialog
      .getByLabel('台账文件')
      .setInputFiles({ name: '登记表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await officeRegister() });
    await expect
      .poll(() => dialog.getByText('登记表.xlsx：工作表“2026年登记”第2行的表头缺少“收到日期”列，无法统计（可在程序中把表头对应到这些列）').count())
      .toBe(1);
    await dialog.getByRole('combobox', { name: '来件时间' }).click();
    await page.getByRole('listbox').waitFor();
    await page.getByRole('option', { name: '收到日期' }).click();
    await expect.poll(() => dialog.getByRole('combobox', { name: '来件时间' }).textContent()).toBe('收到日期');
    await dialog.getByRole('button', { name: /按所选对应重新统计/ }).click();
    await expect.poll(() => dialog.getByText(/已统计 4 件申请；1 行无法统计/).count()).toBe(1);
    await expect.poll(() => dialog.getByRole('row', { name: /2026年登记 第 7 行 办理结果 看情况 办理结果不是表三的任何一行/ }).count()).toBe(1);
    // The office's own word for an outcome, mapped once to an official row.
    await dialog.getByRole('combobox', { name: '“看情况”计为' }).click();
    await page.getByRole('listbox').waitFor();
    await page.getByRole('option', { name: '（二）部分公开' }).click();
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
    await expect.poll(() => dialog.getByText(/已统计 5 件申请；全部行均已统计/).count()).toBe(1);
    const counted = dialog.getByRole('textbox', { name: '（一）予以公开 自然人', exact: true });
    await expect.poll(() => counted.inputValue()).toBe('2');
    await counted.click();
    await expect.poll(() => dialog.getByRole('row', { name: /2026-001 2026年登记 第 4 行 2026-01-05 2026-01-20 予以公开/ }).count()).toBe(1);
    await expect.poll(() => dialog.getByRole('row', { name: /2025-118 2026年登记 第 3 行 2025-12-26 2026-01-15 予以公开/ }).count()).toBe(1);
    expect(await dialog.textContent()).not.toMatch(/钱多多|孙小美|某某建设|周大福|吴用/);
    await page.screenshot({ path: join(SCREENS, '12-从台账统计.png') });

    await dialog.getByRole('button', { name: '填入表三（可撤销）' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => granted.inputValue()).toBe('2');
    await expect.poll(() => carried.inputValue()).toBe('1');
    // One 撤销 takes the whole fill back; 重做 puts it again.
    await page.getByRole('button', { name: '撤销', exact: true }).click();
    await expect.poll(() => carried.inputValue()).toBe('31');
    await expect.poll(() => granted.inputValue()).toBe(before);
    await page.getByRole('button', { name: '重做', exact: true }).click();
    await expect.poll(() => carried.inputValue()).toBe('1');

    // The mapping is remembered for the agency: the same file counts at once next time.
    await page.getByRole('button', { name: '从台账统计' }).click();
    const again = page.getByRole('dialog', { name: '从台账统计 2026 年表三、表四' });
    await again
      .getByLabel('台账文件')
      .setInputFiles({ name: '登记表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await officeRegister() });
    await expect.poll(() => again.getByText(/已统计 5 件申请；全部行均已统计。与报告中现有数字一致/).count()).toBe(1);
    // Another register (the one kept in the app) against the filled table: what it would change is framed.
    await again.getByRole('button', { name: '使用本程序中的 2026 年台账' }).click();
    await expect.poll(() => again.getByText(/已统计 3 件申请；全部行均已统计。填入后将改动报告中已有的 \d+ 个数字（橙色框）/).count()).toBe(1);
    expect(await again.getByRole('textbox', { name: '（一）予以公开 自然人', exact: true }).getAttribute('data-mark')).toBe('primary');
    await again.getByRole('button', { name: '取消' }).click();
    expect(pageErrors(app)).toEqual([]);
  }, 150_000);
});
