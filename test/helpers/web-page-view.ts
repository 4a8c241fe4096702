/**
 * The 网页版 opened in Chromium at a given width, as a reader sees it: used by the test (screenshots in tmp) and
 * by `npm run docs:publish` (screenshots for the README).
 */
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM = { executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] };

export interface PageView {
  page: Page;
  /** the widest the page itself gets: more than the viewport means the whole page scrolls sideways */
  pageWidth: number;
}

export async function openWebPage(browser: Browser, html: string, width: number, height = 800): Promise<PageView> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, isMobile: width < 600, hasTouch: width < 600 });
  const page = await context.newPage();
  // The page must show without any request: everything it needs is inside it.
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html, { waitUntil: 'load' });
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  return { page, pageWidth };
}

/** Scrolls the page to table `table` (t2, t3, t4) and the table's own box sideways by `dx` pixels. */
export async function scrollTable(page: Page, table: string, dx: number): Promise<void> {
  await page.evaluate(
    ({ table, dx }) => {
      const box = document.querySelector(`table.${table}`)?.parentElement;
      if (!box) throw new Error(`no ${table}`);
      box.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -40);
      box.scrollLeft = dx;
    },
    { table, dx },
  );
}

/** Where a table's box and a cell of it (by its text) sit on screen, and how far the box can scroll. */
export async function tableGeometry(page: Page, table: string, cellText: string) {
  return page.evaluate(
    ({ table, cellText }) => {
      const t = document.querySelector(`table.${table}`);
      const box = t?.parentElement;
      if (!t || !box) throw new Error(`no ${table}`);
      const cell = [...t.querySelectorAll('td, th')].find((c) => c.textContent === cellText);
      if (!cell) throw new Error(`no cell ${cellText}`);
      return {
        boxLeft: box.getBoundingClientRect().left,
        cellLeft: cell.getBoundingClientRect().left,
        scrollWidth: box.scrollWidth,
        clientWidth: box.clientWidth,
        scrollLeft: box.scrollLeft,
      };
    },
    { table, cellText },
  );
}
