/**
 * `npm run docs:pages`: exports the reports shown in the README (杭州市科技局 2020, 2019 format; 淮安市人民政府 2024,
 * 2021 format; and a report carrying the print hazards of issue 11: a 150-character URL, a 40-character agency, a
 * long table 三 across a page break) exactly as `nianbao export` does, and turns their pages into PNGs with pdftoppm.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { exportReport } from '../../main/services/export';
import { ChromiumPdfPrinter } from '../../main/services/export/chromium-printer';
import type { Report } from '../../shared/model';
import { hazardReport } from '../helpers/hazards';
import { loadFixture } from '../helpers/reports';

const out = new URL('../../docs/pages/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out)) if (f.endsWith('.png') || f.endsWith('.pdf')) rmSync(`${out}${f}`);
const printer = new ChromiumPdfPrinter();
const reports: [Report, string][] = [
  [loadFixture('杭州市科技局_2020'), 'hangzhou-2020'],
  [loadFixture('淮安市人民政府_2024'), 'huaian-2024'],
  [hazardReport(), 'hazards'],
];
for (const [report, slug] of reports) {
  const pdf = `${out}${slug}.pdf`;
  const { notices } = await exportReport(report, { pdf }, () => printer);
  for (const n of notices) console.log(`${slug}: ${n}`);
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, `${out}${slug}`]);
  rmSync(pdf);
}
await printer.close();
console.log(readdirSync(out).join('\n'));
