/**
 * `npm run bench:export`, side by side in one run on the 淮安市人民政府 2024 report: the DOCX export (target
 * ≤ 150 ms), the PDF export with the browser already running (≤ 0.8 s, as the app and a long CLI session export),
 * a cold CLI export (`nianbao export --pdf`, browser start and font subsetting included), and LibreOffice
 * converting the same DOCX to PDF, with the ratio (target ≥ 5×).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfHtml } from '../../main/services/export';
import { buildDocx } from '../../main/services/export/docx';
import { ChromiumPdfPrinter } from '../../main/services/export/pdf';
import { attachReport } from '../../main/services/export/pdf-embed';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { fixturePath, loadFixture } from '../helpers/reports';
import { median, row, timeAsync } from './measure';

const name = '淮安市人民政府_2024';
const report = loadFixture(name);
const docxTimes = await timeAsync(30, () => buildDocx(report));
const printer = new ChromiumPdfPrinter();
// What exportReport does for the PDF: the print HTML with its font subsets, Chromium's print, the attachment.
const pdfTimes = await timeAsync(8, async () => attachReport(await printer.print(await pdfHtml(report)), JSON.stringify(report)));
await printer.close();

const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
const bin = new URL('../../bin/nianbao.js', import.meta.url).pathname;
const coldTimes = await timeAsync(
  3,
  async () => {
    execFileSync(process.execPath, [bin, 'export', fixturePath(name), '--pdf', join(dir, 'cold.pdf')], { stdio: 'ignore' });
  },
  0,
);

const docx = Buffer.from(await buildDocx(report));
writeFileSync(join(dir, 'r.docx'), docx);
const loTimes = await timeAsync(3, () => convertWithLibreOffice(docx, 'r.docx', 'pdf'), 1);

const pdf = median(pdfTimes);
const lo = median(loTimes);
console.log(`导出基准（淮安市人民政府 2024，${report.format}）`);
console.log(row('DOCX 导出 中位数', median(docxTimes), '≤ 150 ms'));
console.log(row('PDF 导出（浏览器已启动）中位数', pdf, '≤ 800 ms'));
console.log(row('命令行冷启动导出 PDF（含启动浏览器）中位数', median(coldTimes)));
console.log(row('LibreOffice 把同一 DOCX 转为 PDF 中位数', lo));
console.log(`LibreOffice 转换 / PDF 导出 = ${(lo / pdf).toFixed(1)}×（目标 ≥ 5×）`);
