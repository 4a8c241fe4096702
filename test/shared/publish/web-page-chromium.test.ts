/** 网页版 in Chromium on a phone (375 px) and a desktop (1280 px): no sideways page, tables scroll with labels fixed. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFormat } from '../../../shared/formats';
import { webPageHtml } from '../../../shared/publish/web-page';
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
    for (const [t, text] of [['t2', getFormat(report.format).def.t2.contentLabel], ['t3', firstRow]] as const) {
      const g = await tableGeometry(page, t, text);
      expect(g.scrollWidth, t).toBeLessThanOrEqual(g.clientWidth);
    }
    await scrollTable(page, 't3', 0);
    await page.screenshot({ path: join(out, `${name}-1280.png`) });
    await page.context().close();
  });
});
