/**
 * `npm run bench:import`: median import time of a .docx report (made by LibreOffice from a published page, so it
 * is read through its visible tables, not an embedded copy), a .txt report, a 10-page PDF printed by LibreOffice
 * from the Word file, and a Word 97 .doc saved by LibreOffice. Targets: ≤ 150 ms, ≤ 20 ms, ≤ 300 ms, ≤ 150 ms.
 * Then real material as found (test/fixtures/real): a crawler's one-line copy with its digits run together, and a
 * government site's saved page with its navigation and footer. Targets: ≤ 50 ms each.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { importBuffer } from '../../main/services/import/import-file';
import { convertManyWithLibreOffice, convertWithLibreOffice } from '../helpers/libreoffice';
import { publishedHtml } from '../helpers/published-html';
import { FIXTURES, loadFixture } from '../helpers/reports';
import { median, row, timeAsync } from './measure';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const txt = readFileSync(`${FIXTURES}samples/淮安市人民政府_2024.txt`);
const fixture = loadFixture('淮安市人民政府_2024');
const html = Buffer.from(publishedHtml(fixture));
const docx = await convertWithLibreOffice(html.toString(), '淮安市人民政府_2024.html', 'docx');
// Ten pages: the narrative of 一 repeated until the Word file prints on ten pages.
const long = { ...fixture, sections: { ...fixture.sections, overview: Array.from({ length: 7 }, () => fixture.sections.overview).flat() } };
const longDocx = await convertWithLibreOffice(publishedHtml(long), 'long.html', 'docx');
const [pdf, doc] = [
  await convertWithLibreOffice(longDocx, 'long.docx', 'pdf'),
  (await convertManyWithLibreOffice([{ data: docx, name: 'r.docx' }], 'doc'))[0] ?? Buffer.alloc(0),
];
const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
writeFileSync(join(dir, 'long.pdf'), pdf);
const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'long.pdf')]).toString())?.[1] ?? '?';

console.log('导入基准（淮安市人民政府 2024）');
console.log(row('.docx（LibreOffice 生成）中位数', median(await timeAsync(40, () => importBuffer(docx, 'r.docx'))), '≤ 150 ms'));
console.log(row('.html（带发布噪声）中位数', median(await timeAsync(100, () => importBuffer(html, 'r.html')))));
console.log(row('.txt 中位数', median(await timeAsync(200, () => importBuffer(txt, 'r.txt'))), '≤ 20 ms'));
console.log(row(`.pdf（LibreOffice 打印，${pages} 页）中位数`, median(await timeAsync(15, () => importBuffer(pdf, 'r.pdf'))), '≤ 300 ms'));
console.log(row('.doc（LibreOffice 另存 Word 97）中位数', median(await timeAsync(40, () => importBuffer(doc, 'r.doc'))), '≤ 150 ms'));

const crawled = readFileSync(`${FIXTURES}real/平潭综合实验区交通与建设局_2021.txt`);
const page = readFileSync(`${FIXTURES}real/平潭综合实验区社会事业局_2025.html`);
console.log('真实材料（平潭综合实验区）');
console.log(row('抓取的全文一行 .txt（数字连在一起）中位数', median(await timeAsync(100, () => importBuffer(crawled, 'r.txt'))), '≤ 50 ms'));
console.log(row('政府网站保存的网页 .html 中位数', median(await timeAsync(100, () => importBuffer(page, 'r.html'))), '≤ 50 ms'));
