/**
 * Published reports as they are found: PDFs printed by LibreOffice from a Word file and by Chromium from the web
 * page, and Word 97 .doc files saved by LibreOffice, for both formats, read back cell for cell (blank stays blank).
 */
import { chromium } from 'playwright-core';
import { PDFDocument, rgb } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBuffer } from '../../../main/services/import/import-file';
import { ChromiumPdfPrinter } from '../../../main/services/export/chromium-printer';
import { attachReport } from '../../../main/services/export/pdf-embed';
import { printHtml } from '../../../shared/layout';
import { reportTitle } from '../../../shared/model';
import { convertManyWithLibreOffice } from '../../helpers/libreoffice';
import { publishedHtml } from '../../helpers/published-html';
import { loadFixture } from '../../helpers/reports';

const NAMES = ['淮安市人民政府_2024', '上海市人民政府办公厅_2019'] as const;
const files = new Map<string, Uint8Array>();

beforeAll(async () => {
  const html = NAMES.map((name) => ({ name: `${name}.html`, data: publishedHtml(loadFixture(name)) }));
  // The title on two lines with a soft line break: the agency, then "YYYY年政府信息公开工作年度报告".
  const twoLine = NAMES.map((name) => {
    const r = loadFixture(name);
    const title = `${r.agency}<br/>${r.year}年政府信息公开工作年度报告`;
    return { name: `${name}.twoline.html`, data: publishedHtml(r).replace(/<h1([^>]*)>[^<]*<\/h1>/, `<h1$1>${title}</h1>`) };
  });
  const docx = await convertManyWithLibreOffice([...html, ...twoLine], 'docx');
  NAMES.forEach((name, i) => files.set(`${name}.twoline.docx`, docx[NAMES.length + i] ?? new Uint8Array()));
  const asDocx = NAMES.map((name, i) => ({ name: `${name}.docx`, data: docx[i] ?? Buffer.alloc(0) }));
  const [pdfs, docs] = [await convertManyWithLibreOffice(asDocx, 'pdf'), await convertManyWithLibreOffice(asDocx, 'doc')];
  NAMES.forEach((name, i) => {
    files.set(`${name}.lo.pdf`, pdfs[i] ?? new Uint8Array());
    files.set(`${name}.doc`, docs[i] ?? new Uint8Array());
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    for (const { name, data } of html) {
      await page.setContent(data);
      // A browser's print as users make it: A4 with the date, title, address and page numbers in the margins.
      files.set(name.replace('.html', '.chrome.pdf'), await page.pdf({ format: 'A4', displayHeaderFooter: true }));
      // A site's page as printed: its 索引号 table above the title, the title wrapped inside a word (…年度报 / 告),
      // and each table's figures at different heights inside their ruled cells (top, middle, bottom by column).
      const r = loadFixture(name.replace('.html', ''));
      const chars = Array.from(reportTitle(r)).reduce((n, ch) => n + (/[\x21-\x7e]/.test(ch) ? 0.55 : 1), 0);
      const staggered = data
        .replace(/<h1([^>]*)>/, `<table class="meta"><tr><td>索引号</td><td>014289810/2025-00013</td><td>发布机构</td><td>${r.agency}</td></tr></table><h1$1>`)
        .replace(
          '</head>',
          `<style>h1{width:${(chars - 0.6).toFixed(2)}em;word-break:break-all;text-align:left;margin-left:0}
          table:not(.meta) td{height:2.6em}
          table:not(.meta) tr td:nth-child(3n){vertical-align:top}
          table:not(.meta) tr td:nth-child(3n+1){vertical-align:bottom}</style></head>`,
        );
      await page.setContent(staggered);
      files.set(name.replace('.html', '.site.pdf'), await page.pdf({ format: 'A4' }));
    }
  } finally {
    await browser.close();
  }
}, 120_000);

describe.each(NAMES)('%s as published', (name) => {
  const fixture = loadFixture(name);
  it.each(['lo.pdf', 'chrome.pdf', 'site.pdf', 'doc', 'twoline.docx'])('%s imports with every cell equal', async (ext) => {
    const { report } = await importBuffer(files.get(`${name}.${ext}`) ?? new Uint8Array(), `${name}.${ext.replace(/^\w+\./, '')}`);
    expect(report.format).toBe(fixture.format);
    expect(report.year).toBe(fixture.year);
    expect(report.agency).toBe(fixture.agency);
    expect(report.cells).toEqual(fixture.cells);
    expect(report.title).toBe(ext === 'twoline.docx' ? undefined : fixture.title);
  });
});

describe('our own files and other names', () => {
  it('reads our own exported PDF back losslessly from the report it carries', async () => {
    const fixture = loadFixture('上海市人民政府办公厅_2019');
    const printer = new ChromiumPdfPrinter();
    try {
      const pdf = await attachReport(await printer.print(printHtml(fixture)), JSON.stringify(fixture));
      expect((await importBuffer(pdf, '上海.pdf')).report).toEqual(fixture);
    } finally {
      await printer.close();
    }
  }, 60_000);

  it('reads a Word 97 file named .wps (WPS saves the same format)', async () => {
    const { report } = await importBuffer(files.get('淮安市人民政府_2024.doc') ?? new Uint8Array(), '淮安.wps');
    expect(report.cells).toEqual(loadFixture('淮安市人民政府_2024').cells);
  });
});

describe('PDF refusals', () => {
  it('says a scanned PDF has no text layer', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 3; i++) doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.8, 0.8, 0.8) });
    await expect(importBuffer(await doc.save(), '扫描件.pdf')).rejects.toThrow(/^扫描件\.pdf：这个 PDF 没有文字层（可能是扫描件或图片）/);
  });

  it('says a broken PDF is broken, in Chinese', async () => {
    const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]);
    await expect(importBuffer(broken, '年报.pdf')).rejects.toThrow(/^年报\.pdf：PDF 文件已损坏或不是有效的 PDF/);
  });

  it('drops page numbers and running heads from the text', async () => {
    const { report } = await importBuffer(files.get('淮安市人民政府_2024.chrome.pdf') ?? new Uint8Array(), 'r.pdf');
    const text = JSON.stringify(report.sections);
    expect(text).not.toMatch(/about:blank|\d+\/\d+/);
  });
});
