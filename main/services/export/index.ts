/** Exporting a report to the official-layout files. A report with errors still exports, as a draft. */
import { checkReport, draftClause, draftReasons, isDraft, unconfirmedPersonal } from '../../../shared/checks';
import type { TableCuts } from '../../../shared/formats';
import { GBT9704, LAYOUT_PROFILES, printedTextByRole, printHtml, type LayoutProfile, type PrintOptions } from '../../../shared/layout';
import type { Report } from '../../../shared/model';
import { layoutOf } from '../../../shared/profiles';
import { buildGraphic, graphicHtml } from '../../../shared/publish/graphic';
import { webPageHtml } from '../../../shared/publish/web-page';
import type { ExportOutcome } from '../../../shared/api/types';
import { UserError } from '../errors';
import { writeOutputFile } from '../report-file';
import { describeSubstitution, fontSubstitutions, substitutionSummary } from '../fonts';
import { buildDocx } from './docx';
import { embeddedFonts } from './font-subset';
import type { PdfPrinter } from './printer';
import { attachReport } from './pdf-embed';
import { assertPackable, kirogovZip } from './kirogov';
import { cutTables } from './table-cuts';
import { KIROGOV_FILE_ENDING } from '../../../shared/publish/kirogov';

export interface ExportRequest {
  docx?: string;
  pdf?: string;
  /** 网页版 */
  html?: string;
  /** the kirogov-package/1.0 ZIP for a 主管部门's data centre: this PDF, a Markdown copy and the figures as JSON */
  kirogov?: string;
  /** G13 findings the user confirmed as publishable, by key, or all of them (the command line's --publish-personal) */
  confirmedPersonal?: readonly string[] | 'all';
  /** this program's version, named in the kirogov package */
  version?: string;
  /** 图解, as .png or .pdf by the file's extension */
  graphic?: string;
  /** earlier years of the same agency, for the 图解's trend */
  history?: readonly Report[];
  /**
   * the agency's report of the year before: the cross-year checks run as in the editor, so a report whose errors
   * are cross-year (上年结转 that does not match) is a draft here as it is there
   */
  prior?: Report;
  profile?: LayoutProfile;
  signoff?: boolean;
}

/** The API's outcome of one export, for any number of files written at once (the command line's). */
export type FilesExported = Omit<ExportOutcome, 'path'> & { written: string[] };

/** The print HTML with subsets of its fonts embedded: what Chromium prints to PDF. */
export async function pdfHtml(report: Report, options: PrintOptions = {}): Promise<string> {
  const fonts = await embeddedFonts(options.profile ?? GBT9704, printedTextByRole(printHtml(report, options)));
  return printHtml(report, { ...options, fonts });
}

/**
 * The print document with its tables cut where pages break (table-cuts.ts), printed if `pdf`; the cuts are for the
 * DOCX, so both files break a table at the same rows. A DOCX alone is still written when no browser can lay it
 * out (none found, none starts, one fails): null cuts, and its blocks stay whole.
 */
async function printCut(
  report: Report,
  options: PrintOptions,
  printer: () => PdfPrinter,
  pdf: boolean,
): Promise<{ pdf: Uint8Array | null; cuts: TableCuts | null }> {
  const html = await pdfHtml(report, { ...options, probe: true });
  const run = () =>
    printer().open(html, async (session) => {
      const cuts = await cutTables(session, report, options);
      return { cuts, pdf: pdf ? await session.print() : null };
    });
  if (pdf) return run();
  try {
    return await run();
  } catch {
    return { pdf: null, cuts: null };
  }
}

export function profileById(id: string): LayoutProfile {
  const p = LAYOUT_PROFILES.find((x) => x.id === id);
  if (!p) throw new UserError(`不认识的版式“${id}”，可选：${LAYOUT_PROFILES.map((x) => `${x.id}（${x.name}）`).join('、')}`);
  return p;
}

/**
 * How the official layout would be printed now, for the export and its preview alike: the findings, counted as the
 * editor and the library count them (blank cells are still to fill, not errors; the year before checked against
 * when it is known), the draft decision made from them as the editor makes it before asking (shared/checks/draft.ts),
 * and the layout — without an explicit one, the report's check profile names it (江苏（宿迁监测） prints in the
 * Jiangsu layout).
 */
function officialPrint(report: Report, prior: Report | undefined, profile: LayoutProfile | undefined) {
  const diagnostics = checkReport(report, prior ? { prior } : {});
  const reasons = draftReasons(report, diagnostics);
  return { diagnostics, reasons, options: { profile: profile ?? layoutOf(report), draft: isDraft(reasons) } };
}

export async function exportReport(report: Report, req: ExportRequest, printer: () => PdfPrinter): Promise<FilesExported> {
  // The cheap refusals first.
  const graphic = req.graphic ? graphicKind(req.graphic) : null;
  if (req.kirogov) assertPackable(report);
  const { diagnostics, reasons, options: printed } = officialPrint(report, req.prior, req.profile);
  const { profile, draft } = printed;
  const notices: string[] = [];
  if (req.html || req.graphic || req.kirogov) {
    const pending = unconfirmedPersonal(diagnostics, req.confirmedPersonal);
    const first = pending[0];
    if (first) {
      throw new UserError(
        `报告中有 ${pending.length} 处疑似个人信息未遮蔽（第一处：${first.message.split('，公开的')[0] ?? ''}），网页版、图解和报送数据包不会带着它们导出；请先遮蔽，或核实可以公开后逐项确认（命令行用 --publish-personal）`,
      );
    }
  }
  // Only the official layout is stamped.
  if (draft && (req.docx || req.pdf || req.kirogov)) notices.push(`报告${draftClause(reasons)}，已按草稿导出，每页标有“草稿”，定稿前请改正`);
  // The official fonts matter to the printed layout only; the web page and the graphic use the reader's fonts.
  const substitutions = req.docx || req.pdf || req.kirogov ? await fontSubstitutions(profile) : [];
  const summary = substitutionSummary(substitutions);
  if (summary) notices.push(summary);
  const fontDetails = substitutions.map(describeSubstitution);
  const written: string[] = [];
  const options = { ...printed, ...(req.signoff === undefined ? {} : { signoff: req.signoff }) };
  if (req.docx || req.pdf || req.kirogov) {
    const { pdf, cuts } = await printCut(report, options, printer, Boolean(req.pdf || req.kirogov));
    const attached = pdf ? await attachReport(pdf, JSON.stringify(report)) : null;
    if (req.docx) {
      if (!cuts)
        notices.push(
          '未能用浏览器（Chromium、Edge 或 Chrome）为 DOCX 排版，表三的合并块没有按页拆开，分页可能与 PDF 不同；可设置环境变量 NIANBAO_CHROMIUM 指向浏览器程序',
        );
      await writeOutputFile(req.docx, await buildDocx(report, { ...options, ...(cuts ? { cuts } : {}) }));
      written.push(req.docx);
    }
    if (req.pdf && attached) {
      await writeOutputFile(req.pdf, attached);
      written.push(req.pdf);
    }
    if (req.kirogov && attached) {
      await writeOutputFile(req.kirogov, kirogovZip(report, attached, req.version ?? '未知'));
      written.push(req.kirogov);
      if (!req.kirogov.toLowerCase().endsWith(KIROGOV_FILE_ENDING))
        notices.push(`数据包的文件名不以“${KIROGOV_FILE_ENDING}”结尾，接收的系统可能不认，上传前请改名`);
    }
  }
  if (req.html) {
    await writeOutputFile(req.html, new TextEncoder().encode(webPageHtml(report)));
    written.push(req.html);
  }
  if (req.graphic) {
    const g = buildGraphic(report, req.history ?? []);
    const html = graphicHtml(g);
    await writeOutputFile(req.graphic, graphic === 'png' ? await printer().png(html, g.width, g.height) : await printer().print(html));
    written.push(req.graphic);
    if (g.missing.length > 0) notices.push(`图解中有 ${g.missing.length} 项数字未填写，未画出（如：${g.missing[0] ?? ''}）`);
  }
  return { written, notices, fontDetails };
}

/**
 * The PDF the export would write now, for the 版式预览 to show page by page: the same print document, cut and
 * stamped 草稿 as the export decides, with the reasons when it is a draft. Nothing is written to disk.
 */
export async function previewPdf(report: Report, printer: () => PdfPrinter, prior?: Report): Promise<{ pdf: Uint8Array; draft: string | null }> {
  const { reasons, options } = officialPrint(report, prior, undefined);
  const { pdf } = await printCut(report, options, printer, true);
  if (!pdf) throw new UserError('未能生成预览');
  // A plain Uint8Array: a Buffer would cross the browser bridge as JSON numbers.
  return { pdf: new Uint8Array(pdf), draft: options.draft ? `报告${draftClause(reasons)}，导出时每页标有“草稿”` : null };
}

/** The 图解 is written as PNG or PDF, chosen by the file name. */
export function graphicKind(path: string): 'png' | 'pdf' {
  const ext = /\.([^.\\/]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'png' || ext === 'pdf') return ext;
  throw new UserError(`图解只能导出为 .png 或 .pdf 文件：${path}`);
}
