/**
 * `npm run docs:publish`: the pictures of the README's 发布 paragraph — the 网页版 in Chromium on a 375 px phone
 * (table 三 scrolled sideways, its labels fixed) and at 1280 px, and the 图解 of 洪泽区 2024 with 2023 as the trend.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { ChromiumPdfPrinter } from '../../main/services/export/chromium-printer';
import { buildGraphic, graphicHtml } from '../../shared/publish/graphic';
import { webPageHtml } from '../../shared/publish/web-page';
import { loadFixture } from '../helpers/reports';
import { CHROMIUM, openWebPage, scrollTable } from '../helpers/web-page-view';

const out = new URL('../../docs/publish/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ ...CHROMIUM, headless: true });
const html = webPageHtml(loadFixture('淮安市人民政府_2024'));
const phone = await openWebPage(browser, html, 375, 740);
await scrollTable(phone.page, 't3', 160);
await phone.page.screenshot({ path: `${out}web-375.png` });
const desktop = await openWebPage(browser, html, 1280, 800);
await scrollTable(desktop.page, 't3', 0);
await desktop.page.screenshot({ path: `${out}web-1280.png` });
await browser.close();

const printer = new ChromiumPdfPrinter();
const g = buildGraphic(loadFixture('淮安市洪泽区人民政府_2024'), [loadFixture('淮安市洪泽区人民政府_2023')]);
writeFileSync(`${out}graphic.png`, await printer.png(graphicHtml(g), g.width, g.height));
await printer.close();
// The README shows it at page width: half the printing resolution keeps the repository small.
execFileSync('convert', [`${out}graphic.png`, '-resize', '50%', `${out}graphic.png`]);
console.log(readdirSync(out).join('\n'));
