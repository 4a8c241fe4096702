/**
 * Issue 11: the official layout survives what real reports carry — a 150-character URL in the 前言, a 40-character
 * agency name, a year-first title, a long table 三 across a page break, and errors that make the export a draft.
 * The PDF is measured with poppler, the DOCX through its XML and again as LibreOffice renders it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReport, pdfHtml } from '../../../main/services/export';
import { buildDocx } from '../../../main/services/export/docx';
import { ChromiumPdfPrinter } from '../../../main/services/export/chromium-printer';
import { importBuffer } from '../../../main/services/import/import-file';
import { getFormat } from '../../../shared/formats';
import { CELL_PADDING_PT, GBT9704, tableLinePt, titleLines } from '../../../shared/layout';
import { reportTitle, type Block, type Report } from '../../../shared/model';
import { hazardReport, LONG_URL, yearFirstReport } from '../../helpers/hazards';
import { convertManyWithLibreOffice, convertWithLibreOffice } from '../../helpers/libreoffice';
import { HEADING_LINE, lastLines, pageGray, pdfInfo, pdfLines, pdfWords, PT_PER_MM, tempPdf, type Line } from '../../helpers/poppler';
import { FIXTURES, loadFixture, makeReport } from '../../helpers/reports';

const printer = new ChromiumPdfPrinter();
const dir = mkdtempSync(join(tmpdir(), 'nianbao-hazards-'));

/** The hazard report with a figure still waiting for its picture: an export error, so a draft. */
const draft: Report = (() => {
  const r = hazardReport();
  return { ...r, sections: { ...r.sections, other: [...r.sections.other, { kind: 'figure', src: '', caption: '图1 政务公开专栏首页' }] } };
})();

interface Exported {
  pdf: string;
  docx: Uint8Array;
  notices: string[];
}
const out = new Map<string, Exported>();

async function exportTo(name: string, report: Report): Promise<Exported> {
  const pdf = join(dir, `${name}.pdf`);
  const docx = join(dir, `${name}.docx`);
  const { notices } = await exportReport(report, { pdf, docx }, () => printer);
  return { pdf, docx: new Uint8Array(readFileSync(docx)), notices };
}

beforeAll(async () => {
  out.set('draft', await exportTo('draft', draft));
  out.set('yearFirst', await exportTo('yearFirst', yearFirstReport()));
  out.set('clean', await exportTo('clean', makeReport('gip-2021')));
}, 180_000);

afterAll(async () => {
  await printer.close();
});

const get = (name: string): Exported => {
  const e = out.get(name);
  if (!e) throw new Error(`no export ${name}`);
  return e;
};

const xml = (name: string, part: string): string => {
  const data = unzipSync(get(name).docx)[part];
  return data ? strFromU8(data) : '';
};

/** Body lines: 16 pt text inside the text block (not the title, tables, header or footer). */
function bodyLines(lines: readonly Line[]): Line[] {
  const top = 37 * PT_PER_MM - 2;
  const bottom = (297 - 35) * PT_PER_MM + 2;
  return lines.filter((l) => l.yMin > top && l.yMax < bottom && l.yMax - l.yMin > 14 && l.yMax - l.yMin < 19);
}

describe('the PDF of a report with the hazards', () => {
  it('is never scaled: 16 pt glyphs on a 28.95 pt pitch, 28 characters on a full line, nothing outside the 156 mm block', async () => {
    const lines = await pdfLines(get('draft').pdf);
    const body = bodyLines(lines);
    expect(body.length).toBeGreaterThan(40);
    const heights = body.map((l) => l.yMax - l.yMin).sort((a, b) => a - b);
    expect(heights[Math.floor(heights.length / 2)]).toBeGreaterThan(15);
    expect(heights[Math.floor(heights.length / 2)]).toBeLessThan(18);
    // Line after line in one font (a heading's face sits its box a point or two higher or lower): the same pitch.
    const pitches: number[] = [];
    for (let i = 1; i < body.length; i++) {
      const a = body[i - 1];
      const b = body[i];
      const sameFont = a && b && Math.abs(a.yMax - a.yMin - (b.yMax - b.yMin)) < 0.3;
      if (a && b && sameFont && a.page === b.page && b.yMin - a.yMin < 1.5 * 28.95) pitches.push(b.yMin - a.yMin);
    }
    expect(pitches.length).toBeGreaterThan(40);
    for (const d of pitches) expect(d).toBeCloseTo(28.95, 0);
    const left = 28 * PT_PER_MM;
    const right = (210 - 26) * PT_PER_MM;
    for (const l of lines) expect(l.xMax, l.text).toBeLessThan(right + 2);
    const full = body.filter((l) => Math.abs(l.xMin - left) < 1 && l.xMax > right - 4 && !/[A-Za-z0-9]/.test(l.text));
    expect(full.length).toBeGreaterThan(10);
    // A line may hold 27 when the 28th character cannot end it (kinsoku: “公开”不拆开), never more than 28.
    for (const l of full) expect([...l.text].length, l.text).toBeLessThanOrEqual(28);
    expect(full.filter((l) => [...l.text].length === 28).length / full.length).toBeGreaterThan(0.7);
  });

  it('wraps the 150-character URL inside the text block, every character printed', async () => {
    const lines = await pdfLines(get('draft').pdf);
    const text = lines.map((l) => l.text).join('');
    expect(text).toContain(LONG_URL);
    const urlLines = lines.filter((l) => /[0-9a-z/_]{10,}/.test(l.text));
    expect(urlLines.length).toBeGreaterThanOrEqual(3);
  });

  it('breaks the 40-character agency and the year-first title only at word boundaries, in 22 pt', async () => {
    for (const [name, report] of [
      ['draft', draft],
      ['yearFirst', yearFirstReport()],
    ] as const) {
      const expected = titleLines(reportTitle(report), report.agency, GBT9704);
      const page1 = (await pdfLines(get(name).pdf)).filter((l) => l.page === 1 && l.yMin > 37 * PT_PER_MM - 2 && l.yMax - l.yMin > 19);
      expect(page1.slice(0, expected.length).map((l) => l.text)).toEqual(expected);
    }
    expect(titleLines(reportTitle(yearFirstReport()), '上海市人民政府办公厅', GBT9704)).toEqual(['2019年上海市人民政府办公厅', '政府信息公开工作年度报告']);
    expect(titleLines(reportTitle(draft), draft.agency, GBT9704)).toEqual([
      '淮安市淮阴区经济技术开发区管理委员会',
      '综合保税区产业发展和科技创新服务中心',
      '办公室2024年政府信息公开工作年度报告',
    ]);
  });

  it('never ends a page with a heading, and breaks table 三 between row groups with its header repeated', async () => {
    const lines = await pdfLines(get('draft').pdf);
    for (const l of lastLines(lines)) expect(l.yMax - l.yMin > 14 && HEADING_LINE.test(l.text), `page ${l.page}: ${l.text}`).toBe(false);
    const header = lines.filter((l) => l.text.includes('申请人情况'));
    expect(header.length).toBeGreaterThanOrEqual(2);
    expect(new Set(header.map((l) => l.page)).size).toBe(header.length);
  });

  it('marks every page of a report with errors 草稿, and no page of a clean one', async () => {
    expect(get('draft').notices.join('')).toContain('图1 政务公开专栏首页');
    const words = await pdfWords(get('draft').pdf);
    const pages = Number((await pdfInfo(get('draft').pdf)).Pages);
    for (let page = 1; page <= pages; page++) {
      expect(
        words
          .filter((w) => w.page === page && w.yMax < 37 * PT_PER_MM)
          .map((w) => w.text)
          .join(''),
        `page ${page}`,
      ).toContain('草稿');
    }
    expect(get('clean').notices.join('')).not.toContain('草稿');
    expect((await pdfWords(get('clean').pdf)).filter((w) => w.text.includes('草'))).toEqual([]);
  });

  it('runs a heading ending in 。 into its paragraph, and sets the 落款 date 右空四字 with the agency centred over it', async () => {
    const lines = await pdfLines(get('yearFirst').pdf);
    const runIn = lines.find((l) => l.text.startsWith('（五）政府信息公开监督保障情况。'));
    expect(runIn?.text.length ?? 0).toBeGreaterThan(20);
    const date = lines.find((l) => l.text === '2025年1月20日');
    const agency = lines.find((l) => l.text === '上海市人民政府办公厅');
    if (!date || !agency) throw new Error('no 落款');
    const right = (210 - 26) * PT_PER_MM;
    const pitch = (156 * PT_PER_MM) / 28;
    expect(Math.abs(right - date.xMax - 4 * pitch)).toBeLessThan(pitch / 2);
    expect(Math.abs((agency.xMin + agency.xMax) / 2 - (date.xMin + date.xMax) / 2)).toBeLessThan(pitch / 2);
    expect(agency.page).toBe(date.page);
    const doc = xml('yearFirst', 'word/document.xml');
    expect(doc).toMatch(/（五）政府信息公开监督保障情况。<\/w:t><\/w:r><w:r>[\s\S]*?<w:t[^>]*>围绕群众关切/);
  });

  it('prints table 二’s right border as a whole rule, not clipped by the page', async () => {
    const lines = await pdfLines(get('draft').pdf);
    const row = lines.find((l) => l.text.includes('行政规范性文件'));
    if (!row) throw new Error('no table 二');
    const dpi = 600;
    const page = await pageGray(get('draft').pdf, row.page, dpi);
    const y = (row.yMin + row.yMax) / 2;
    // The ink of a vertical rule: darkness summed across it, pixel by pixel.
    const ink = (edgePt: number): number => {
      let sum = 0;
      for (let x = edgePt - 3; x <= edgePt + 3; x += 72 / dpi) sum += 255 - page.at(x, y);
      return sum;
    };
    const left = ink(28 * PT_PER_MM);
    expect(left).toBeGreaterThan(500);
    expect(ink((210 - 26) * PT_PER_MM)).toBeGreaterThan(0.8 * left);
  });

  it('carries the report as an attachment appended to Chromium’s file, read back by our importer and by poppler', async () => {
    const { report } = await importBuffer(readFileSync(get('clean').pdf), 'clean.pdf');
    expect(report).toEqual(makeReport('gip-2021'));
    const { stdout } = await promisify(execFile)('pdfdetach', ['-list', get('draft').pdf]);
    expect(stdout).toContain('nianbao-report.json');
  });

  it('draws the page number’s 一字线 7 mm below the text block', async () => {
    const dashes = (await pdfWords(get('draft').pdf)).filter((w) => w.text === '—');
    expect(dashes.length).toBeGreaterThan(2);
    for (const d of dashes) expect(Math.abs((d.yMin + d.yMax) / 2 / PT_PER_MM - (297 - 35 + 7))).toBeLessThan(1);
  });
});

describe('the DOCX of a report with the hazards', () => {
  it('has heading styles with Chinese names and outline levels that keep with the next paragraph, and no unused styles', () => {
    const styles = xml('draft', 'word/styles.xml');
    const expected: [string, number][] = [
      ['一级标题', 0],
      ['二级标题', 1],
      ['三级标题', 2],
      ['四级标题', 3],
    ];
    for (const [name, level] of expected) {
      const style = new RegExp(`<w:style [^>]*><w:name w:val="${name}"/>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, name).toContain(`<w:outlineLvl w:val="${level}"/>`);
      expect(style, name).toContain('<w:keepNext/>');
    }
    for (const unused of ['Heading5', 'TOC1', 'Hyperlink', 'FootnoteText', 'Title', 'ListParagraph']) expect(styles).not.toContain(`w:styleId="${unused}"`);
    const doc = xml('draft', 'word/document.xml');
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Heading4']) expect(doc).toContain(`<w:pStyle w:val="${id}"/>`);
  });

  it('sets the 22 × 28 document grid, full-width quotes in the CJK font, and keeps table rows with their group', () => {
    const doc = xml('draft', 'word/document.xml');
    expect(doc).toMatch(/<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-8\d\d"\/>/);
    expect(xml('draft', 'word/styles.xml')).toContain('w:hint="eastAsia"');
    const t3 = doc.split('<w:tbl>').find((t) => t.includes('本列数据的勾稽关系')) ?? '';
    expect((t3.match(/<w:keepNext\/>/g) ?? []).length).toBeGreaterThan(10);
  });

  it('cuts table 三 where the PDF does: two tables, a one-point paragraph between, the label continued in the second', () => {
    const doc = xml('draft', 'word/document.xml');
    const parts = doc
      .split('<w:tbl>')
      .slice(1)
      .filter((t) => t.includes('本列数据的勾稽关系'));
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(part).toContain('三、本年度办理结果');
    const between = doc.slice(doc.indexOf('</w:tbl>', doc.indexOf(parts[0] ?? '')), doc.indexOf(parts[1] ?? ''));
    expect(between).toMatch(/<w:spacing [^>]*w:line="20" w:lineRule="exact"\/>/);
    expect(between).not.toContain('w:pageBreakBefore');
    // The second part's label cell starts a vertical merge and carries the label's text.
    const label = (parts[1] ?? '').split('<w:tc>').find((c) => c.includes('三、本年度办理结果')) ?? '';
    expect(label).toContain('<w:vMerge w:val="restart"/>');
  });

  it('carries 草稿 in the header of every page when the report has errors, and not when clean', () => {
    const headers = (name: string): string[] =>
      Object.entries(unzipSync(get(name).docx))
        .filter(([n]) => /^word\/header\d+\.xml$/.test(n))
        .map(([, d]) => strFromU8(d));
    const draftHeaders = headers('draft');
    expect(draftHeaders.length).toBeGreaterThanOrEqual(1);
    for (const h of draftHeaders) expect(h.replace(/<[^>]+>|\u3000/g, '')).toContain('草稿');
    expect(xml('draft', 'word/document.xml')).toMatch(/<w:headerReference w:type="default"/);
    expect(xml('draft', 'word/document.xml')).toMatch(/<w:headerReference w:type="even"/);
    expect(headers('clean').join('')).not.toContain('草');
  });

  it('as LibreOffice renders it: the same page count as our PDF and no heading at a page foot', async () => {
    for (const name of ['draft', 'clean']) {
      const lo = tempPdf(await convertWithLibreOffice(Buffer.from(get(name).docx), `${name}.docx`, 'pdf'), `${name}-lo.pdf`);
      const ours = Number((await pdfInfo(get(name).pdf)).Pages);
      const theirs = Number((await pdfInfo(lo)).Pages);
      expect(theirs, `${name}: ours ${ours}, LibreOffice ${theirs}`).toBe(ours);
      for (const l of lastLines(await pdfLines(lo))) expect(l.yMax - l.yMin > 14 && HEADING_LINE.test(l.text), `${name} page ${l.page}: ${l.text}`).toBe(false);
    }
  }, 120_000);
});

describe('every published sample', () => {
  const names = readdirSync(join(FIXTURES, 'reports'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));

  it('paginates alike: our PDF and the DOCX in LibreOffice have the same page count, neither ends a page with a heading', async () => {
    // Exported as the app does: the DOCX cuts its tables where the PDF's pages break them.
    const exported = [];
    for (const name of names) exported.push(await exportTo(`sample-${name}`, loadFixture(name)));
    const ours = exported.map((e) => e.pdf);
    const theirs = (
      await convertManyWithLibreOffice(
        exported.map((e, i) => ({ name: `${names[i]}.docx`, data: e.docx })),
        'pdf',
      )
    ).map((pdf, i) => tempPdf(pdf, `${names[i]}-lo.pdf`));
    for (const [i, name] of names.entries()) {
      const [pdf, lo] = [ours[i] ?? '', theirs[i] ?? ''];
      expect(Number((await pdfInfo(lo)).Pages), name).toBe(Number((await pdfInfo(pdf)).Pages));
      for (const file of [pdf, lo]) {
        // The last page may end with a heading: a section left empty ends the report.
        const pages = lastLines(await pdfLines(file)).slice(0, -1);
        for (const l of pages) expect(l.yMax - l.yMin > 14 && HEADING_LINE.test(l.text), `${name} page ${l.page}: ${l.text}`).toBe(false);
      }
    }
  }, 240_000);

  it('sets table rows as tall in the PDF as Word and LibreOffice do: whole pixels, the same pitch row after row', async () => {
    const report = loadFixture('沭阳县人民政府_2025');
    const pdf = tempPdf(await printer.print(await pdfHtml(report)), 'rows.pdf');
    const lo = tempPdf(await convertWithLibreOffice(Buffer.from(await buildDocx(report)), 'rows.docx', 'pdf'), 'rows-lo.pdf');
    // The eight one-line rows of （三）不予公开 in table 三, "1.属于国家秘密" to "8.属于行政查询事项".
    const pitches = async (file: string) => {
      const words = await pdfWords(file);
      const first = words.find((w) => w.text.startsWith('1.属于国家秘密'));
      const rows = words
        .filter((w) => w.page === first?.page && Math.abs(w.xMin - first.xMin) < 2 && /^[1-8]\./.test(w.text) && w.yMin >= first.yMin)
        .sort((a, b) => a.yMin - b.yMin)
        .slice(0, 8)
        .map((w) => w.yMin);
      return rows.slice(1).map((y, i) => y - (rows[i] ?? 0));
    };
    const row = tableLinePt('t3', GBT9704) + CELL_PADDING_PT.top + CELL_PADDING_PT.bottom + GBT9704.tableBorderPt;
    expect(Number.isInteger(row / 0.75)).toBe(true);
    for (const file of [pdf, lo]) {
      const found = await pitches(file);
      expect(found).toHaveLength(7);
      for (const pitch of found) expect(pitch).toBeCloseTo(row, 2);
    }
  }, 90_000);
});

describe('a long table 三 wherever it falls on its page', () => {
  // The 淮安 2024 sample with 0 to 21 one-line paragraphs more in the 前言: table 三 starts a line lower each time,
  // over a whole page, so a page break falls before it, inside its block and after it.
  // Both layouts: GB/T 9704 (28.95 pt lines) and Jiangsu's (28 pt lines, 22 of them and some room left on a page);
  // then with a tall screenshot opening 一 (a picture the probe must wait for, sized alike in both files); then the
  // 2019 format, whose block has 20 rows.
  const base = loadFixture('淮安市人民政府_2024');
  const base2019 = makeReport('gip-2019');
  const lines = (k: number): Block[] => Array.from({ length: k }, (_, i): Block => ({ kind: 'paragraph', runs: [{ text: `补充说明第${i + 1}行。` }] }));
  const lower = (report: Report, k: number, sections: Partial<Report['sections']> = {}): Report => ({
    ...report,
    sections: { ...report.sections, ...sections, preface: [...report.sections.preface, ...lines(k)] },
  });
  const variants = async (): Promise<{ name: string; report: Report }[]> => {
    const png = await printer.png('<!DOCTYPE html><body style="margin:0;background:#c33"><div style="width:600px;height:800px"></div></body>', 600, 800);
    const figure: Block = { kind: 'figure', src: `data:image/png;base64,${Buffer.from(png).toString('base64')}`, caption: '图1 政务公开专栏首页' };
    const range = (n: number, step: number) => Array.from({ length: n }, (_, i) => i * step);
    return [
      ...(['national', 'jiangsu-suqian'] as const).flatMap((profile) =>
        range(22, 1).map((k) => ({ name: `${profile}, ${k} more lines`, report: { ...lower(base, k), profile } })),
      ),
      ...range(8, 3).map((k) => ({ name: `picture, ${k} more lines`, report: lower(base, k, { overview: [figure, ...base.sections.overview] }) })),
      ...range(11, 2).map((k) => ({ name: `2019 format, ${k} more lines`, report: lower(base2019, k) })),
    ];
  };
  /** The page each row of table 三 prints on (by its label), and the pages the block's label prints on. */
  const placement = async (file: string, report: Report) => {
    const small = (await pdfWords(file)).filter((w) => w.yMax - w.yMin < 12);
    return {
      rows: getFormat(report.format).t3Rows.map((r) => small.find((w) => w.text.startsWith(r.label.slice(0, 6)))?.page ?? 0),
      // Printed upright one character a line, or as one word: not 四、结转下年度继续办理.
      label: [...new Set(small.filter((w) => w.text === '办' || w.text.includes('办理结果')).map((w) => w.page))],
    };
  };

  it('breaks inside the block with the label on both pages, at the same row in the PDF and in the DOCX as LibreOffice renders it', async () => {
    const cases = await variants();
    const exported = [];
    for (const [k, { report }] of cases.entries()) exported.push(await exportTo(`sweep-${k}`, report));
    const lo = await convertManyWithLibreOffice(
      exported.map((e, k) => ({ name: `sweep-${k}.docx`, data: e.docx })),
      'pdf',
    );
    let cut = 0;
    for (const [k, { name: variant, report }] of cases.entries()) {
      const ours = await placement(exported[k]?.pdf ?? '', report);
      const theirs = await placement(tempPdf(lo[k] ?? Buffer.alloc(0), `sweep-${k}-lo.pdf`), report);
      expect(theirs, variant).toEqual(ours);
      expect(ours.rows).not.toContain(0);
      // Rows of the block on two pages: the label prints on both.
      const blockPages = new Set(ours.rows.slice(2, -1));
      if (blockPages.size > 1) {
        cut++;
        expect(ours.label, variant).toEqual([...blockPages]);
      }
    }
    // Most offsets put the page break inside the 22-row block; some move it whole (too little room for its label).
    expect(cut).toBeGreaterThanOrEqual(20);
    const picture = exported[cases.findIndex((c) => c.name.startsWith('picture'))]?.pdf ?? '';
    const pictures = await promisify(execFile)('pdfimages', ['-list', picture]);
    expect(pictures.stdout.split('\n').filter((l) => /\bimage\b/.test(l))).toHaveLength(1);
  }, 420_000);
});

describe('fonts for printing', () => {
  it('embeds subsets of the fonts the PDF prints with, so Chromium has only the report’s glyphs to handle', async () => {
    const html = await pdfHtml(makeReport('gip-2021'));
    const faces = [...html.matchAll(/@font-face \{ font-family: "(nb-\d+)"; src: url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\)/g)];
    expect(faces.length).toBeGreaterThan(0);
    for (const [, , data] of faces) expect((data ?? '').length).toBeLessThan(600_000);
    expect(html).toMatch(/font-family: "nb-\d+", "Times New Roman"/);
  });
});
