/**
 * `npm run bench:export`, side by side in one run on the 淮安市人民政府 2024 report: building the DOCX (target
 * ≤ 150 ms) and exporting it (the browser lays the report out so the DOCX cuts table 三 where the PDF does), the
 * PDF export with the browser already running (≤ 0.8 s, as the app and a long CLI session export),
 * a cold CLI export (`nianbao export --pdf`, browser start and font subsetting included), and LibreOffice
 * converting the same DOCX to PDF, with the ratio (target ≥ 5×).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportReport } from '../../main/services/export';
import { buildDocx } from '../../main/services/export/docx';
import { ChromiumPdfPrinter } from '../../main/services/export/chromium-printer';
import { convertWithLibreOffice } from '../helpers/libreoffice';
import { fixturePath, loadFixture } from '../helpers/reports';
import { median, row, timeAsync } from './measure';

const name = '淮安市人民政府_2024';
const report = loadFixture(name);
const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
const docxTimes = await timeAsync(30, () => buildDocx(report));
const printer = new ChromiumPdfPrinter();
// What the app does: the print document laid out by the probe (tables cut where pages break), printed, the
// report attached; a DOCX alone lays the same document out in the browser for its cuts, without printing.
const pdfTimes = await timeAsync(8, () => exportReport(report, { pdf: join(dir, 'warm.pdf') }, () => printer));
const docxExportTimes = await timeAsync(8, () => exportReport(report, { docx: join(dir, 'warm.docx') }, () => printer));
await printer.close();

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
console.log(row('DOCX 生成 中位数', median(docxTimes), '≤ 150 ms'));
console.log(row('DOCX 导出（浏览器已启动，含排版探测）中位数', median(docxExportTimes)));
console.log(row('PDF 导出（浏览器已启动）中位数', pdf, '≤ 800 ms'));
console.log(row('命令行冷启动导出 PDF（含启动浏览器）中位数', median(coldTimes)));
console.log(row('LibreOffice 把同一 DOCX 转为 PDF 中位数', lo));
console.log(`LibreOffice 转换 / PDF 导出 = ${(lo / pdf).toFixed(1)}×（目标 ≥ 5×）`);
