/** Exporting a report to the official-layout files. A report with errors still exports, as a draft. */
import { writeFile } from 'node:fs/promises';
import { checkReport } from '../../../shared/checks';
import { getFormat } from '../../../shared/formats';
import { GBT9704, LAYOUT_PROFILES, printedTextByRole, printHtml, type LayoutProfile, type PrintOptions } from '../../../shared/layout';
import type { Block, Report } from '../../../shared/model';
import { UserError } from '../errors';
import { describeSubstitution, fontSubstitutions } from '../fonts';
import { buildDocx } from './docx';
import { embeddedFonts } from './font-subset';
import type { PdfPrinter } from './pdf';
import { attachReport } from './pdf-embed';

export interface ExportRequest {
  docx?: string;
  pdf?: string;
  profile?: LayoutProfile;
  signoff?: boolean;
}

export interface ExportOutcome {
  written: string[];
  /** things the user should know: errors exported as a draft, fonts that stood in */
  notices: string[];
}

/** The print HTML with subsets of its fonts embedded: what Chromium prints to PDF. */
export async function pdfHtml(report: Report, options: PrintOptions = {}): Promise<string> {
  const fonts = await embeddedFonts(options.profile ?? GBT9704, printedTextByRole(printHtml(report, options)));
  return printHtml(report, { ...options, fonts });
}

/** Figures still waiting for their picture: an export error like a failed check (the file goes out as a draft). */
export function missingFigures(report: Report): string[] {
  const titles = new Map(getFormat(report.format).def.sections.map((s) => [s.key as string, s.title]));
  const out: string[] = [];
  for (const [section, blocks] of Object.entries(report.sections) as [string, Block[]][]) {
    for (const b of blocks) if (b.kind === 'figure' && !b.src) out.push(`“${titles.get(section) ?? '前言'}”中的图“${b.caption}”还没有图片`);
  }
  return out;
}

export function profileById(id: string): LayoutProfile {
  const p = LAYOUT_PROFILES.find((x) => x.id === id);
  if (!p) throw new UserError(`不认识的版式“${id}”，可选：${LAYOUT_PROFILES.map((x) => `${x.id}（${x.name}）`).join('、')}`);
  return p;
}

async function write(path: string, data: Uint8Array): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EBUSY' || code === 'EPERM') throw new UserError(`无法写入 ${path}：文件可能正在 Word/WPS 中打开，请关闭后重试`);
    throw new UserError(`无法写入 ${path}：${(e as Error).message}`);
  }
}

export async function exportReport(report: Report, req: ExportRequest, printer: () => PdfPrinter): Promise<ExportOutcome> {
  const profile = req.profile ?? GBT9704;
  const notices: string[] = [];
  const errors = [...checkReport(report).filter((d) => d.severity === 'error').map((d) => d.message), ...missingFigures(report)];
  if (errors.length > 0) {
    notices.push(`报告还有 ${errors.length} 项错误（如：${errors[0] ?? ''}），已按草稿导出，每页标有“草稿”，定稿前请改正`);
  }
  for (const s of await fontSubstitutions(profile)) notices.push(describeSubstitution(s));
  const written: string[] = [];
  const options = { profile, draft: errors.length > 0, ...(req.signoff === undefined ? {} : { signoff: req.signoff }) };
  if (req.docx) {
    await write(req.docx, await buildDocx(report, options));
    written.push(req.docx);
  }
  if (req.pdf) {
    const pdf = await printer().print(await pdfHtml(report, options));
    await write(req.pdf, await attachReport(pdf, JSON.stringify(report)));
    written.push(req.pdf);
  }
  return { written, notices };
}
