/**
 * `npm run bench:export`: median DOCX export (target ≤ 150 ms), PDF export with a warm browser (≤ 1.5 s), and
 * LibreOffice converting the same DOCX to PDF, side by side with the ratio.
 */
import { buildDocx } from '../../main/services/export/docx';
import { ChromiumPdfPrinter } from '../../main/services/export/pdf';
import { printHtml } from '../../shared/layout';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { loadFixture } from '../helpers/reports';
import { median, row, timeAsync } from './measure';


const report = loadFixture('淮安市人民政府_2024');
const docxTimes = await timeAsync(30, () => buildDocx(report));
const printer = new ChromiumPdfPrinter();
const pdfTimes = await timeAsync(8, () => printer.print(printHtml(report)));
await printer.close();
const docx = Buffer.from(await buildDocx(report));
const loTimes = await timeAsync(3, () => convertWithLibreOffice(docx, 'r.docx', 'pdf'), 1);

const pdf = median(pdfTimes);
const lo = median(loTimes);
console.log('导出基准（淮安市人民政府 2024）');
console.log(row('DOCX 导出 中位数', median(docxTimes), '≤ 150 ms'));
console.log(row('PDF 导出（浏览器已启动）中位数', pdf, '≤ 1500 ms'));
console.log(row('LibreOffice 把同一 DOCX 转为 PDF 中位数', lo));
console.log(`PDF 导出 / LibreOffice 转换 = ${(pdf / lo).toFixed(2)}`);
