/**
 * `npm run docs:pages`: exports the PDFs shown in the README (杭州市科技局 2020, 2019 format; 淮安市人民政府 2024, 2021
 * format) and turns their pages into PNGs with pdftoppm, to look at what the exporter prints.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { ChromiumPdfPrinter } from '../../main/services/export/pdf';
import { printHtml } from '../../shared/layout';
import { loadFixture } from '../helpers/reports';

const out = new URL('../../docs/pages/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out)) if (f.endsWith('.png') || f.endsWith('.pdf')) rmSync(`${out}${f}`);
const printer = new ChromiumPdfPrinter();
for (const [name, slug] of [['杭州市科技局_2020', 'hangzhou-2020'], ['淮安市人民政府_2024', 'huaian-2024']] as const) {
  const pdf = `${out}${slug}.pdf`;
  writeFileSync(pdf, await printer.print(printHtml(loadFixture(name))));
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, `${out}${slug}`]);
  rmSync(pdf);
}
await printer.close();
console.log(readdirSync(out).join('\n'));
