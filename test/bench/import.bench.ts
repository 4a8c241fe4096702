/**
 * `npm run bench:import`: median import time of a .docx report (made by LibreOffice from a published page, so it
 * is read through its visible tables, not an embedded copy) and of a .txt report. Targets: ≤ 150 ms and ≤ 20 ms.
 */
import { readFileSync } from 'node:fs';
import { importBuffer } from '../../main/services/import-file';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { publishedHtml } from '../helpers/published-html';
import { FIXTURES, loadFixture } from '../helpers/reports';
import { median, row, timeAsync } from './measure';


const txt = readFileSync(`${FIXTURES}samples/淮安市人民政府_2024.txt`);
const html = Buffer.from(publishedHtml(loadFixture('淮安市人民政府_2024')));
const docx = await convertWithLibreOffice(html.toString(), '淮安市人民政府_2024.html', 'docx');

console.log('导入基准（淮安市人民政府 2024）');
console.log(row('.docx（LibreOffice 生成）中位数', median(await timeAsync(40, () => importBuffer(docx, 'r.docx'))), '≤ 150 ms'));
console.log(row('.html（带发布噪声）中位数', median(await timeAsync(100, () => importBuffer(html, 'r.html')))));
console.log(row('.txt 中位数', median(await timeAsync(200, () => importBuffer(txt, 'r.txt'))), '≤ 20 ms'));
