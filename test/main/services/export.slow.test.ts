/**
 * The exported files, checked the way a reviewer or another program reads them: the DOCX's XML, the PDF through
 * poppler, the DOCX again through LibreOffice, and our own importer.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx, A4_TWIPS, mmToTwips } from '../../../main/services/export/docx';
import { exportReport, pdfHtml } from '../../../main/services/export';
import { ChromiumPdfPrinter } from '../../../main/services/export/chromium-printer';
import { importBuffer } from '../../../main/services/import/import-file';
import { printHtml } from '../../../shared/layout';
import { reportTitle, type Report } from '../../../shared/model';
import { hazardReport } from '../../helpers/hazards';
import { printedLabels } from '../../helpers/labels';
import { convertWithLibreOffice } from '../../helpers/libreoffice';
import { missingLabels, pdfFonts, pdfInfo, pdfText, pdfWords, PT_PER_MM, squeeze, tempPdf } from '../../helpers/poppler';
import { noBrowser } from '../../helpers/printers';
import { loadFixture } from '../../helpers/reports';

const CASES = [
  { name: '杭州市科技局_2020', format: 'gip-2019' },
  { name: '淮安市人民政府_2024', format: 'gip-2021' },
] as const;

const printer = new ChromiumPdfPrinter();
const pdfs = new Map<string, string>();
const docxs = new Map<string, Uint8Array>();

beforeAll(async () => {
  for (const c of CASES) {
    const report = loadFixture(c.name);
    pdfs.set(c.name, tempPdf(await printer.print(await pdfHtml(report)), `${c.name}.pdf`));
    docxs.set(c.name, await buildDocx(report));
  }
}, 120_000);

afterAll(async () => {
  await printer.close();
});

function docxXml(name: string, part = 'word/document.xml'): string {
  const files = unzipSync(docxs.get(name) ?? new Uint8Array());
  const data = files[part];
  if (!data) throw new Error(`no ${part}`);
  return strFromU8(data);
}

describe.each(CASES)('DOCX of $name ($format)', ({ name }) => {
  it('is A4 with the GB/T 9704 margins', () => {
    const xml = docxXml(name);
    expect(xml).toContain(`<w:pgSz w:w="${A4_TWIPS.width}" w:h="${A4_TWIPS.height}"`);
    for (const [side, mm] of [
      ['top', 37],
      ['bottom', 35],
      ['left', 28],
      ['right', 26],
    ] as const) {
      expect(xml).toMatch(new RegExp(`w:${side}="${mmToTwips(mm)}"`));
    }
  });

  it('writes the merges of table 三 explicitly, gridSpan kept on continued cells', () => {
    const xml = docxXml(name);
    const tables = xml.split('<w:tbl>').slice(1);
    const t3 = tables.find((t) => t.includes('本列数据的勾稽关系')) ?? '';
    const rows = t3.split('<w:tr>').slice(1, 4);
    expect(rows[0]).toMatch(/<w:gridSpan w:val="3"\/>[\s\S]*?<w:vMerge w:val="restart"\/>/);
    for (const r of rows.slice(1)) expect(r).toMatch(/<w:gridSpan w:val="3"\/>[\s\S]*?<w:vMerge w:val="continue"\/>/);
    const grid = /<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(t3)?.[1] ?? '';
    expect(grid.match(/<w:gridCol/g)).toHaveLength(10);
    const widths = [...grid.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.abs(widths.reduce((a, b) => a + b, 0) - mmToTwips(156))).toBeLessThan(20);
    expect(t3).toContain('<w:textDirection w:val="tbRl"/>');
    expect(t3).toContain('<w:tblHeader/>');
    expect(t3).toContain('<w:cantSplit/>');
  });

  it('names the official fonts for Chinese text and Times New Roman for digits', () => {
    const xml = docxXml(name);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(xml).toContain('w:ascii="Times New Roman"');
  });

  it('has odd and even footers with "— PAGE —", right and left', () => {
    const doc = docxXml(name);
    expect(docxXml(name, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const refs = [...doc.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => m[1]);
    expect(refs.sort()).toEqual(['default', 'even']);
    const footers = Object.entries(unzipSync(docxs.get(name) ?? new Uint8Array()))
      .filter(([n]) => /^word\/footer\d+\.xml$/.test(n))
      .map(([, d]) => strFromU8(d));
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toContain('PAGE');
      expect(f).toContain('— ');
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
  });

  it('imports back to the identical report', async () => {
    const { report } = await importBuffer(docxs.get(name) ?? new Uint8Array(), `${name}.docx`);
    expect(report).toEqual(loadFixture(name));
  });

  it('without its embedded copy, imports back from the visible tables with every cell equal', async () => {
    const files = unzipSync(docxs.get(name) ?? new Uint8Array());
    delete files['customXml/item1.xml'];
    const { zipSync } = await import('fflate');
    const { report } = await importBuffer(zipSync(files), `${name}.docx`);
    expect(report.cells).toEqual(loadFixture(name).cells);
  });

  it('LibreOffice reads it: the same page count as our PDF and every label', async () => {
    const pdf = tempPdf(await convertWithLibreOffice(Buffer.from(docxs.get(name) ?? new Uint8Array()), `${name}.docx`, 'pdf'));
    const ours = Number((await pdfInfo(pdfs.get(name) ?? '')).Pages);
    const theirs = Number((await pdfInfo(pdf)).Pages);
    expect(theirs).toBe(ours);
    expect(await missingLabels(pdf, printedLabels(loadFixture(name).format))).toEqual([]);
  }, 60_000);
});

describe.each(CASES)('PDF of $name ($format)', ({ name }) => {
  const path = () => pdfs.get(name) ?? '';

  it('is A4 with the report title and every font embedded', async () => {
    const info = await pdfInfo(path());
    const [w, h] = (info['Page size'] ?? '').split(/\s+x\s+|\s+/).map(Number);
    expect(Math.abs((w ?? 0) - 595.28)).toBeLessThan(1);
    expect(Math.abs((h ?? 0) - 841.89)).toBeLessThan(1);
    expect(info.Title).toBe(reportTitle(loadFixture(name)));
    const fonts = await pdfFonts(path());
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  it('is searchable text holding every label of the format exactly', async () => {
    expect(await missingLabels(path(), printedLabels(loadFixture(name).format))).toEqual([]);
    expect(squeeze(await pdfText(path()))).toContain(squeeze(loadFixture(name).agency));
  });

  it('puts "— N —" right on odd pages and left on even pages, one character in', async () => {
    const words = await pdfWords(path());
    const pages = Math.max(...words.map((w) => w.page));
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pages; page++) {
      const footer = words.filter((w) => w.page === page && w.yMin > w.pageHeight * 0.85);
      const dashes = footer.filter((w) => w.text === '—');
      const number = footer.find((w) => w.text === String(page));
      expect(dashes, `page ${page}`).toHaveLength(2);
      expect(number, `page ${page}`).toBeDefined();
      const left = Math.min(...dashes.map((d) => d.xMin));
      const right = Math.max(...dashes.map((d) => d.xMax));
      const width = footer[0]?.pageWidth ?? 595;
      if (page % 2 === 1) expect(Math.abs(right - (width - 26 * PT_PER_MM - 14))).toBeLessThan(3);
      else expect(Math.abs(left - (28 * PT_PER_MM + 14))).toBeLessThan(3);
      // The 一字线 sits 7 mm below the text block (bottom margin 35 mm).
      expect(Math.abs((dashes[0]?.yMin ?? 0) / PT_PER_MM - (297 - 35 + 7))).toBeLessThan(3);
    }
  });

  it("starts the body text's lines at 28 mm from the left edge", async () => {
    const words = await pdfWords(path());
    const body = words.filter((w) => w.page === 1 && w.yMin > 150 && w.yMin < 700);
    const starts = new Map<number, number>();
    for (const w of body) {
      const x = Math.round(w.xMin);
      starts.set(x, (starts.get(x) ?? 0) + 1);
    }
    const mostCommon = [...starts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    expect(Math.abs(mostCommon - 28 * PT_PER_MM)).toBeLessThan(1.5);
  });
});

describe('units printed beside their figure', () => {
  it('prints 上海 2019’s 采购总金额 with its unit and reads it back from the visible table', async () => {
    const report = loadFixture('上海市人民政府办公厅_2019');
    const files = unzipSync(await buildDocx(report));
    expect(strFromU8(files['word/document.xml'] ?? new Uint8Array())).toContain('251000元');
    delete files['customXml/item1.xml'];
    const { zipSync } = await import('fflate');
    const { report: back } = await importBuffer(zipSync(files), 'sh.docx');
    expect(back.cells).toEqual(report.cells);
    expect(back.units).toEqual({ 't2.procurement.amount': '元' });
    expect(printHtml(report)).toContain('251000元');
  });
});

describe('a DOCX alone on a machine without a browser', () => {
  it('is still written, table 三’s block kept whole, and the notice says the pages may differ from the PDF', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'nianbao-nobrowser-')), 'r.docx');
    const { written, notices } = await exportReport(hazardReport(), { docx: path }, noBrowser);
    expect(written).toEqual([path]);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml'] ?? new Uint8Array());
    expect(xml.split('<w:tbl>').filter((t) => t.includes('本列数据的勾稽关系'))).toHaveLength(1);
    expect(notices.find((n) => n.includes('浏览器'))).toMatch(/^未能用浏览器.*为 DOCX 排版，表三的合并块没有按页拆开/);
  });
});

describe('a draft with errors', () => {
  it('still exports (drafts go to leaders too)', async () => {
    const report: Report = loadFixture('淮安市洪泽区人民政府_2023');
    const docx = await buildDocx(report);
    expect(docx.length).toBeGreaterThan(1000);
  });
});
