/**
 * The one print HTML of a report: the in-app preview shows it and Chromium prints it to PDF. Tables are drawn
 * from the format's printed grid, so merges and labels are never re-typed; page numbers "— N —" sit in CSS
 * @page margin boxes, right on odd pages and left on even ones.
 */
import { getFormat, gridParts, mergedBlocks, rowGroups, type GridCell, type PrintedGrid, type TableCuts, type TableKey } from '../formats';
import { reportTitle, type Block, type Report } from '../model/report';
import { printedCellValue } from '../model/numbers';
import {
  charPitchPt,
  charWidth,
  GBT9704,
  letterSpacingPt,
  MM_PER_PT,
  signoffDate,
  textHeightMm,
  textWidthMm,
  titleLines,
  type FontRole,
  type LayoutProfile,
} from './profile';
import { columnWidthsMm } from './table-shape';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Curly quotes are shared by Latin and CJK fonts; printed in the CJK face they take a full cell (.q). */
const text = (s: string): string => esc(s).replace(/[“”‘’]/g, '<span class="q">$&</span>');

/** A role's font list for CSS: the embedded subset first when the document carries one. */
function family(p: LayoutProfile, role: FontRole, withDigits = true, embedded: Partial<Record<FontRole, string>> = {}): string {
  const list = (r: FontRole): string[] => [...(embedded[r] ? [embedded[r]] : []), ...p.fonts[r]];
  const names = [...(withDigits ? list('digits') : []), ...list(role)];
  return `${names.map((n) => `"${n}"`).join(', ')}, serif`;
}

export function tableFontPt(table: TableKey, p: LayoutProfile): number {
  return table === 't3' ? p.sizesPt.tableSmall : p.sizesPt.tableNormal;
}

/** One CSS pixel in points: Chromium sets table rows on whole pixels, so row heights are whole pixels here. */
export const PX_PT = 0.75;

/**
 * Fixed line pitch of table text: a whole number of pixels (Chromium rounds a row's height to pixels, which
 * Word and LibreOffice do not) and of twips, so the PDF and the DOCX print the very same row heights.
 */
export function tableLinePt(table: TableKey, p: LayoutProfile): number {
  return Math.round((tableFontPt(table, p) * 1.25) / PX_PT) * PX_PT;
}

/**
 * Cell margins in pt as the DOCX has them. With the 0.5 pt rule between rows they make three pixels
 * (1 + 0.75 + 0.5 pt), so a row of any number of lines is a whole number of pixels tall.
 */
export const CELL_PADDING_PT = { top: 1, bottom: 0.75, horizontal: 2 } as const;

/**
 * The PDF's bottom padding: Chromium lays a collapsed rule out a whole pixel thick (it draws it 0.5 pt), so the
 * padding gives back the difference and a row is as tall as Word and LibreOffice make it.
 */
/**
 * Space above and below a table, in whole twips: the PDF's table margins, the DOCX's spacing after the paragraph
 * before a table and before the one after it, so both files give a table the same room.
 */
export function tableSpacingPt(p: LayoutProfile): { before: number; after: number } {
  const twips = (pt: number) => Math.round(pt * 20) / 20;
  return { before: twips(p.linePitchPt / 4), after: twips(p.linePitchPt / 2) };
}

function pdfBottomPaddingPt(p: LayoutProfile): number {
  const ruleInLayout = Math.ceil(p.tableBorderPt / PX_PT) * PX_PT;
  return Math.max(0, CELL_PADDING_PT.bottom - (ruleInLayout - p.tableBorderPt));
}

function cellHtml(cell: GridCell, report: Report): string {
  const attrs: string[] = [];
  if (cell.colSpan && cell.colSpan > 1) attrs.push(`colspan="${cell.colSpan}"`);
  if (cell.rowSpan && cell.rowSpan > 1) attrs.push(`rowspan="${cell.rowSpan}"`);
  const cls = [cell.role, cell.vertical ? 'vertical' : ''].filter(Boolean).join(' ');
  attrs.push(`class="${cls}"`);
  if (cell.cellId) attrs.push(`data-cell="${cell.cellId}"`);
  let inner: string;
  if (cell.cellId) {
    inner = esc(printedCellValue(report, cell.cellId));
  } else {
    inner = `${esc(cell.text ?? '')}${cell.note ? `<span class="note">${esc(cell.note)}</span>` : ''}`;
    // Written on an inner box: a table cell of its own writing mode no longer centres vertically.
    if (cell.vertical) inner = `<span class="vt">${inner}</span>`;
  }
  return `<td ${attrs.join(' ')}>${inner}</td>`;
}

function tableHtml(grid: PrintedGrid, report: Report, p: LayoutProfile, options: Pick<PrintOptions, 'cuts' | 'probe'>): string {
  const cols = columnWidthsMm(grid, p)
    .map((w) => `<col style="width:${((100 * w) / textWidthMm(p)).toFixed(3)}%">`)
    .join('');
  const style = `font-size:${tableFontPt(grid.table, p)}pt; line-height:${tableLinePt(grid.table, p)}pt`;
  return gridParts(grid, options.cuts?.[grid.table])
    .map((part, k) => {
      const rows = part.rows.map((r) => r.map((c) => cellHtml(c, report)).join(''));
      const head = rows
        .slice(0, part.headerRows)
        .map((r) => `<tr>${r}</tr>`)
        .join('');
      // The probe names each body row by its row in the whole grid, to find where pages break, and marks the rows
      // that start a merged block (see probeCss).
      const blockStarts = new Set(options.probe ? mergedBlocks(part).map((b) => b.start) : []);
      const tr = (i: number, keep: boolean): string => {
        const cls = [keep ? 'keep' : '', blockStarts.has(i) ? 'block' : ''].filter(Boolean).join(' ');
        return `<tr${cls ? ` class="${cls}"` : ''}${options.probe ? ` data-r="${part.source[i] ?? i}"` : ''}>${rows[i] ?? ''}</tr>`;
      };
      // One body: a merged label spans groups. Rows inside a group hold on to the next row, so a page breaks only
      // between groups, and the first group stays with the heading above the table.
      const body = rowGroups(part, { openBlocks: options.probe === true })
        .map((g) => g.map((i, n) => tr(i, n < g.length - 1)).join(''))
        .join('');
      const attrs = `class="grid ${grid.table}${k > 0 ? ' cont' : ''}"${options.probe ? ` data-t="${grid.table}"` : ''}`;
      return `<table ${attrs} style="${style}"><colgroup>${cols}</colgroup>${head ? `<thead>${head}</thead>` : ''}<tbody>${body}</tbody></table>`;
    })
    .join('\n');
}

/** A figure's picture is at most this tall, so a tall screenshot leaves room on its page for the caption. */
export const FIGURE_MAX_HEIGHT_MM = 180;

/**
 * The printed size of a picture of `width` × `height` CSS pixels: shrunk (never enlarged) to the text width and to
 * FIGURE_MAX_HEIGHT_MM, as the print HTML's CSS shrinks it; the DOCX sets the same size.
 */
export function figureSizePx(width: number, height: number, p: LayoutProfile): { width: number; height: number } {
  const pxPerMm = 96 / 25.4;
  const scale = Math.min(1, (textWidthMm(p) * pxPerMm) / width, (FIGURE_MAX_HEIGHT_MM * pxPerMm) / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** A heading ending in "。" is run in: printed at the start of the paragraph that follows it (layout.md §3). */
export function isRunIn(b: Block): boolean {
  return b.kind === 'heading' && /[。．.]$/.test(b.text.trim());
}

function runsHtml(b: Extract<Block, { kind: 'paragraph' }>): string {
  return b.runs.map((r) => (r.bold ? `<b>${text(r.text)}</b>` : text(r.text))).join('');
}

function blocksHtml(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    const next = blocks[i + 1];
    if (b.kind === 'heading' && isRunIn(b) && next?.kind === 'paragraph') {
      out.push(`<p><span class="h${b.level}">${text(b.text)}</span>${runsHtml(next)}</p>`);
      i++;
      continue;
    }
    switch (b.kind) {
      case 'heading':
        out.push(`<p class="h${b.level}">${text(b.text)}</p>`);
        break;
      case 'paragraph':
        out.push(`<p>${runsHtml(b)}</p>`);
        break;
      case 'figure':
        // A missing picture is an export error (the file is a draft); the box shows where it goes.
        out.push(
          `<figure>${b.src ? `<img src="${esc(b.src)}" alt="${esc(b.caption)}">` : '<div class="missing">（图片待补）</div>'}<figcaption>${text(b.caption)}</figcaption></figure>`,
        );
        break;
    }
  }
  return out;
}

export interface PrintOptions {
  profile?: LayoutProfile;
  /** print the 落款 (agency and date) after 六 */
  signoff?: boolean;
  /** the report still has errors: every page carries 草稿 */
  draft?: boolean;
  /** rows at which a table is cut: it starts again on a new page, header repeated, merged labels continued */
  cuts?: TableCuts;
  /** laid out for the probe that finds where pages break (see table-breaks.ts): rows named, blocks open */
  probe?: boolean;
  /** font subsets carried by the document (@font-face rules) and the family each role prints in */
  fonts?: { css: string; families: Partial<Record<FontRole, string>> };
}

/** The mark on every page of a report exported with errors. */
export const DRAFT_MARK = '草稿';

export function printCss(p: LayoutProfile, options: Pick<PrintOptions, 'draft' | 'fonts'> = {}): string {
  const fam = (role: FontRole, withDigits = true): string => family(p, role, withDigits, options.fonts?.families);
  const { page, sizesPt } = p;
  const ls = letterSpacingPt(p).toFixed(4);
  const indent = (2 * charPitchPt(p)).toFixed(3);
  // The number's line box is one em tall, so its 一字线 (drawn at mid-height) sits gap mm below the 版心.
  const numberTop = (p.pageNumberGapMm - (sizesPt.pageNumber * MM_PER_PT) / 2).toFixed(2);
  const pageNumber = `content: "— " counter(page) " —"; font-family: ${fam('pageNumber')}; font-size: ${sizesPt.pageNumber}pt; line-height: ${sizesPt.pageNumber}pt; vertical-align: top; padding-top: ${numberTop}mm;`;
  const draft = options.draft
    ? `@top-center { content: "${DRAFT_MARK}"; font-family: ${fam('heading1', false)}; font-size: ${sizesPt.body}pt; letter-spacing: 1em; vertical-align: bottom; padding-bottom: 6mm; }`
    : '';
  const quotes = (['body', 'heading1', 'heading2', 'heading3', 'title'] as const)
    .map((role) => `${role === 'body' ? '' : `.${ROLE_CLASS[role]} `}.q { font-family: ${fam(role, false)}; }`)
    .join('\n');
  return `
@page { size: ${page.widthMm}mm ${page.heightMm}mm; margin: ${page.topMm}mm ${page.rightMm}mm ${page.bottomMm}mm ${page.leftMm}mm; ${draft} }
@page :right { @bottom-right { ${pageNumber} text-align: right; padding-right: ${sizesPt.pageNumber}pt; } }
@page :left { @bottom-left { ${pageNumber} text-align: left; padding-left: ${sizesPt.pageNumber}pt; } }
html { -webkit-print-color-adjust: exact; }
body { margin: 0; color: #000; font-family: ${fam('body')}; font-size: ${sizesPt.body}pt; line-height: ${p.linePitchPt}pt; }
/* ${p.charsPerLine} characters a line (GB/T 9704 §5.2.3): each character's cell is the text width / ${p.charsPerLine}. */
.page { width: ${textWidthMm(p)}mm; letter-spacing: ${ls}pt; }
/* Any unbreakable run (a URL, an e-mail address, a long number) wraps inside the text block, like CJK text. */
p { margin: 0; text-indent: ${indent}pt; text-align: justify; orphans: 2; widows: 2; word-break: break-all; overflow-wrap: anywhere; }
.title { margin: 0 0 ${p.linePitchPt}pt; font-family: ${fam('title')}; font-size: ${sizesPt.title}pt; line-height: ${sizesPt.titleLine}pt; font-weight: normal; text-align: center; text-indent: 0; letter-spacing: 0; word-break: keep-all; }
.title span { display: block; white-space: nowrap; }
.s1 { font-family: ${fam('heading1')}; font-weight: normal; break-after: avoid; }
.h2 { font-family: ${fam('heading2')}; font-weight: ${p.heading2Bold ? 'bold' : 'normal'}; break-after: avoid; }
.h3 { font-family: ${fam('heading3')}; font-weight: bold; break-after: avoid; }
.h4 { break-after: avoid; }
${quotes}
/* Collapsed borders stand half outside the table: narrower by one rule, the outer rules print whole, not clipped by the page. */
table.grid { width: calc(${textWidthMm(p)}mm - ${p.tableBorderPt}pt); margin: ${tableSpacingPt(p).before}pt ${p.tableBorderPt / 2}pt ${tableSpacingPt(p).after}pt; border-collapse: collapse; table-layout: fixed; font-family: ${fam('table')}; letter-spacing: 0; }
table.grid td { border: ${p.tableBorderPt}pt solid #000; padding: ${CELL_PADDING_PT.top}pt ${CELL_PADDING_PT.horizontal}pt ${pdfBottomPaddingPt(p)}pt; text-align: center; vertical-align: middle; word-break: break-all; text-indent: 0; }
table.grid td.label, table.grid td.heading { text-align: left; }
/* A table cut inside a merged block starts again at the top of a page, as it would at a break of its own. */
table.grid.cont { break-before: page; margin-top: 0; }
table.grid tr { break-inside: avoid; page-break-inside: avoid; }
table.grid tr.keep { break-after: avoid; }
table.grid thead { display: table-header-group; }
table.grid .note, table.grid td.note { font-family: ${fam('note')}; }
table.grid td.vertical { text-align: center; padding: 0; }
.vt { display: inline-block; writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 0.15em; }
figure { margin: 0; text-align: center; break-inside: avoid; }
figure img { max-width: 100%; max-height: ${FIGURE_MAX_HEIGHT_MM}mm; }
/* One line, like the DOCX's placeholder paragraph, so both files paginate alike; its text on the line grid. */
figure .missing { box-sizing: border-box; height: ${p.linePitchPt}pt; line-height: ${p.linePitchPt - 1}pt; border: 0.5pt dashed #999; color: #666; }
figcaption { font-size: ${sizesPt.body}pt; text-align: center; text-indent: 0; }
.signoff { margin-top: ${p.linePitchPt}pt; break-inside: avoid; break-before: avoid; }
.signoff p { text-align: right; text-indent: 0; }
`;
}

const ROLE_CLASS = { body: 'page', heading1: 's1', heading2: 'h2', heading3: 'h3', title: 'title' } as const;

/** 落款 (GB/T 9704 §7.3.5): the date 右空四字, the agency centred over the date; right indents in characters. */
export function signoffIndents(agency: string, date: string): { agency: number; date: number } {
  const dateIndent = 4;
  return { date: dateIndent, agency: Math.max(0, dateIndent + (charWidth(date) - charWidth(agency)) / 2) };
}

/** What the text block of the pages holds: title, sections, 落款. */
export function printBody(report: Report, options: PrintOptions = {}): string {
  const p = options.profile ?? GBT9704;
  const f = getFormat(report.format);
  const parts: string[] = [];
  parts.push(
    `<p class="title">${titleLines(reportTitle(report), report.agency, p)
      .map((l) => `<span>${text(l)}</span>`)
      .join('')}</p>`,
  );
  parts.push(...blocksHtml(report.sections.preface));
  for (const s of f.def.sections) {
    parts.push(`<p class="s1">${text(s.title)}</p>`);
    if (s.kind === 'narrative') parts.push(...blocksHtml(report.sections[s.key]));
    else parts.push(tableHtml(f.grids[s.key], report, p, options));
  }
  const date = report.signoff?.date;
  if (options.signoff !== false && date) {
    const d = signoffDate(date);
    const at = signoffIndents(report.agency, d);
    const pitch = charPitchPt(p);
    parts.push(
      `<div class="signoff"><p style="padding-right:${(at.agency * pitch).toFixed(2)}pt">${text(report.agency)}</p><p style="padding-right:${(at.date * pitch).toFixed(2)}pt">${esc(d)}</p></div>`,
    );
  }
  return parts.join('\n');
}

/** The probe's style element, removed before the document prints. */
export const PROBE_STYLE_ID = 'nianbao-probe';

/**
 * Lays the text block out as pages on screen, for the probe: columns exactly as tall and wide as the text block,
 * side by side, break where the printed pages break; a cut table starts a new column as it would a new page, and
 * a merged block may break between its groups.
 */
export function probeCss(p: LayoutProfile): string {
  return `.page { column-width: ${textWidthMm(p)}mm; column-gap: ${p.page.leftMm}mm; column-fill: auto; height: ${textHeightMm(p)}mm; }
table.grid.cont { break-before: column; }
/* A row that starts a block holds its merged label: kept whole, it would keep the whole block on one page. */
table.grid tr.block { break-inside: auto; }`;
}

/** A complete HTML document of the report in the official layout. */
export function printHtml(report: Report, options: PrintOptions = {}): string {
  const p = options.profile ?? GBT9704;
  const css = printCss(p, options);
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">
<title>${esc(reportTitle(report))}</title>
<style>${options.fonts?.css ?? ''}${css}</style>${options.probe ? `<style id="${PROBE_STYLE_ID}">${probeCss(p)}</style>` : ''}</head>
<body><div class="page">
${printBody(report, options)}
</div></body></html>`;
}

const unescape = (s: string): string =>
  s.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e] ?? '');

/** The text of the elements of one class in a print HTML (these elements never nest their own kind). */
function classText(html: string, cls: string): string {
  const re = new RegExp(`<(\\w+) class="[^"]*\\b${cls}\\b[^"]*"[^>]*>([\\s\\S]*?)</\\1>`, 'g');
  return [...html.matchAll(re)].map((m) => unescape(m[2] ?? '')).join('');
}

/**
 * The characters each font role prints in a print HTML, to cut the fonts down to them. Roles not listed print
 * only page furniture; the body and digits roles may print anything.
 */
export function printedTextByRole(html: string): Partial<Record<FontRole, string>> {
  const body = unescape(html.slice(html.indexOf('<body')));
  const tables = [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => unescape(m[0])).join('');
  return {
    title: classText(html, 'title'),
    body,
    digits: body,
    heading1: classText(html, 's1') + DRAFT_MARK,
    heading2: classText(html, 'h2'),
    heading3: classText(html, 'h3'),
    table: tables,
    note: classText(html, 'note'),
    pageNumber: '— 0123456789',
  };
}
