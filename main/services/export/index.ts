/** Exporting a report to the official-layout files. A report with errors still exports, as a draft. */
import { writeFile } from 'node:fs/promises';
import { checkReport } from '../../../shared/checks';
import { LAYOUT_PROFILES, printHtml, type LayoutProfile } from '../../../shared/layout';
import { buildGraphic, graphicHtml } from '../../../shared/publish/graphic';
import { webPageHtml } from '../../../shared/publish/web-page';
import type { ExportOutcome } from '../../../shared/api/types';
import type { Report } from '../../../shared/model';
import { layoutOf } from '../../../shared/profiles';
import { UserError } from '../errors';
import { describeSubstitution, fontSubstitutions, substitutionSummary } from '../fonts';
import { buildDocx } from './docx';
import type { PdfPrinter } from './pdf';
import { attachReport } from './pdf-embed';

export interface ExportRequest {
  docx?: string;
  pdf?: string;
  /** 网页版 */
  html?: string;
  /** 图解, as .png or .pdf by the file's extension */
  graphic?: string;
  /** earlier years of the same agency, for the 图解's trend */
  history?: readonly Report[];
  profile?: LayoutProfile;
  signoff?: boolean;
}

/** The API's outcome of one export, for any number of files written at once (the command line's). */
export type FilesExported = Omit<ExportOutcome, 'path'> & { written: string[] };

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

export async function exportReport(report: Report, req: ExportRequest, printer: () => PdfPrinter): Promise<FilesExported> {
  // Without an explicit layout, the report's check profile names one (江苏（宿迁监测） prints in the Jiangsu layout).
  const profile = req.profile ?? layoutOf(report);
  const graphic = req.graphic ? graphicKind(req.graphic) : null;
  const notices: string[] = [];
  const errors = checkReport(report).filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    notices.push(`报告还有 ${errors.length} 项错误（如：${errors[0]?.message ?? ''}），已按草稿导出，定稿前请改正`);
  }
  // The official fonts matter to the printed layout only; the web page and the graphic use the reader's fonts.
  const substitutions = req.docx || req.pdf ? await fontSubstitutions(profile) : [];
  const summary = substitutionSummary(substitutions);
  if (summary) notices.push(summary);
  const fontDetails = substitutions.map(describeSubstitution);
  const written: string[] = [];
  const options = { profile, ...(req.signoff === undefined ? {} : { signoff: req.signoff }) };
  if (req.docx) {
    await write(req.docx, await buildDocx(report, options));
    written.push(req.docx);
  }
  if (req.pdf) {
    const pdf = await printer().print(printHtml(report, options));
    await write(req.pdf, await attachReport(pdf, JSON.stringify(report)));
    written.push(req.pdf);
  }
  if (req.html) {
    await write(req.html, new TextEncoder().encode(webPageHtml(report)));
    written.push(req.html);
  }
  if (req.graphic) {
    const g = buildGraphic(report, req.history ?? []);
    const html = graphicHtml(g);
    await write(req.graphic, graphic === 'png' ? await printer().png(html, g.width, g.height) : await printer().print(html));
    written.push(req.graphic);
    if (g.missing.length > 0) notices.push(`图解中有 ${g.missing.length} 项数字未填写，未画出（如：${g.missing[0] ?? ''}）`);
  }
  return { written, notices, fontDetails };
}

/** The 图解 is written as PNG or PDF, chosen by the file name. */
export function graphicKind(path: string): 'png' | 'pdf' {
  const ext = /\.([^.\\/]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'png' || ext === 'pdf') return ext;
  throw new UserError(`图解只能导出为 .png 或 .pdf 文件：${path}`);
}
