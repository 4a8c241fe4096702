/** 网页版 in Chromium on a phone (375 px) and a desktop (1280 px): no sideways page, tables scroll with labels fixed. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFormat } from '../../../shared/formats';
import { importHtml } from '../../../shared/import';
import { webFragmentHtml, webPageHtml, webPlainText } from '../../../shared/publish/web-page';
import { loadFixture } from '../../helpers/reports';
import { CHROMIUM, openWebPage, scrollTable, tableGeometry } from '../../helpers/web-page-view';

const out = mkdtempSync(join(tmpdir(), 'nianbao-web-'));
let browser: Browser;

beforeAll(async () => {
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ ...CHROMIUM, headless: true });
}, 30_000);
afterAll(async () => {
  await browser?.close();
});

describe.each(['淮安市人民政府_2024', '杭州市科技局_2020'])('%s in Chromium', (name) => {
  const report = loadFixture(name);
  const t3 = getFormat(report.format).def.t3;
  const firstRow = t3.intake[0]?.label ?? '';

  it('on a 375 px phone: the page does not scroll sideways, table 三 does, and its row labels stay in view', async () => {
    const { page, pageWidth } = await openWebPage(browser, webPageHtml(report), 375, 740);
    expect(pageWidth).toBeLessThanOrEqual(375);
    await scrollTable(page, 't3', 0);
    const before = await tableGeometry(page, 't3', firstRow);
    expect(before.scrollWidth).toBeGreaterThan(before.clientWidth);
    await scrollTable(page, 't3', 400);
    const after = await tableGeometry(page, 't3', firstRow);
    expect(after.scrollLeft).toBeGreaterThan(0);
    // The label column did not move with the numbers.
    expect(Math.abs(after.cellLeft - before.cellLeft)).toBeLessThan(1);
    const total = await tableGeometry(page, 't3', t3.columns.find((c) => c.key === 'total')?.label ?? '总计');
    expect(total.cellLeft).toBeLessThan(375);
    await page.screenshot({ path: join(out, `${name}-375.png`) });
    await page.context().close();
  });

  it('on a 1280 px desktop: tables 二 and 三 fit without scrolling', async () => {
    const { page, pageWidth } = await openWebPage(browser, webPageHtml(report), 1280, 800);
    expect(pageWidth).toBeLessThanOrEqual(1280);
    for (const [t, text] of [
      ['t2', getFormat(report.format).def.t2.contentLabel],
      ['t3', firstRow],
    ] as const) {
      const g = await tableGeometry(page, t, text);
      expect(g.scrollWidth, t).toBeLessThanOrEqual(g.clientWidth);
    }
    await scrollTable(page, 't3', 0);
    await page.screenshot({ path: join(out, `${name}-1280.png`) });
    await page.context().close();
  });
});

describe('复制网页版 pasted into a site editor', () => {
  it.each(['淮安市人民政府_2024', '杭州市科技局_2020'])(
    '%s: Chromium pastes the clipboard HTML into a rich-text editor with every cell intact',
    async (name) => {
      const report = loadFixture(name);
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      await context.route(/^(?!https:\/\/cms\.example\/)/, (route) => route.abort());
      const page = await context.newPage();
      // The clipboard API needs a secure origin: the editor page is served from a routed https address, offline.
      await page.route('https://cms.example/editor', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!DOCTYPE html><html lang="zh-CN"><body><div id="editor" contenteditable="true" style="min-height:200px"></div></body></html>',
        }),
      );
      await page.goto('https://cms.example/editor');
      // What the app puts on the clipboard: the paste version as text/html, the plain text beside it.
      await page.evaluate(
        async ({ html, text }) => {
          await navigator.clipboard.write([
            new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
          ]);
        },
        { html: webFragmentHtml(report), text: webPlainText(report) },
      );
      await page.locator('#editor').click();
      await page.keyboard.press('Control+V');
      await expect.poll(() => page.locator('#editor table').count()).toBe(3);
      const pasted = await page.locator('#editor').innerHTML();
      const back = importHtml(`<html><body>${pasted}</body></html>`).report;
      expect(back.cells).toEqual(report.cells);
      await context.close();
    },
  );
});
