/**
 * The one print HTML of a report: the in-app preview shows it and Chromium prints it to PDF. Tables are drawn
 * from the format's printed grid, so merges and labels are never re-typed; page numbers "— N —" sit in CSS
 * @page margin boxes, right on odd pages and left on even ones.
 */
import { getFormat, type GridCell, type PrintedGrid, type TableKey } from '../formats';
import { reportTitle, type Block, type Report } from '../model/report';
import { printedCellValue } from '../model/numbers';
import { GBT9704, signoffDate, textWidthMm, titleLines, type FontRole, type LayoutProfile } from './profile';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function family(p: LayoutProfile, role: FontRole, withDigits = true): string {
  const names = [...(withDigits ? p.fonts.digits : []), ...p.fonts[role]];
  return `${names.map((n) => `"${n}"`).join(', ')}, serif`;
}

/** Column widths of a table in mm, summing to the text width. */
export function columnWidthsMm(grid: PrintedGrid, p: LayoutProfile): number[] {
  const width = textWidthMm(p);
  if (grid.table === 't3') return [...p.t3ColumnsMm];
  if (grid.table === 't2') {
    const label = 40;
    const rest = (width - label) / (grid.columns - 1);
    return [label, ...Array.from({ length: grid.columns - 1 }, () => rest)];
  }
  return Array.from({ length: grid.columns }, () => width / grid.columns);
}

export function tableFontPt(table: TableKey, p: LayoutProfile): number {
  return table === 't3' ? p.sizesPt.tableSmall : p.sizesPt.tableNormal;
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

function tableHtml(grid: PrintedGrid, report: Report, p: LayoutProfile): string {
  const cols = columnWidthsMm(grid, p)
    .map((w) => `<col style="width:${w.toFixed(2)}mm">`)
    .join('');
  const rows = grid.rows.map((r) => `<tr>${r.map((c) => cellHtml(c, report)).join('')}</tr>`);
  const head = rows.slice(0, grid.headerRows).join('');
  const body = rows.slice(grid.headerRows).join('');
  return `<table class="grid ${grid.table}" style="font-size:${tableFontPt(grid.table, p)}pt"><colgroup>${cols}</colgroup>${
    head ? `<thead>${head}</thead>` : ''
  }<tbody>${body}</tbody></table>`;
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<p class="h${b.level}">${esc(b.text)}</p>`;
    case 'paragraph':
      return `<p>${b.runs.map((r) => (r.bold ? `<b>${esc(r.text)}</b>` : esc(r.text))).join('')}</p>`;
    case 'figure':
      return `<figure>${b.src ? `<img src="${esc(b.src)}" alt="${esc(b.caption)}">` : '<div class="missing">（图片待补）</div>'}<figcaption>${esc(b.caption)}</figcaption></figure>`;
  }
}

export interface PrintOptions {
  profile?: LayoutProfile;
  /** print the 落款 (agency and date) after 六 */
  signoff?: boolean;
}

export function printCss(p: LayoutProfile): string {
  const { page, sizesPt } = p;
  const pageNumber = `content: "— " counter(page) " —"; font-family: ${family(p, 'pageNumber')}; font-size: ${sizesPt.pageNumber}pt; vertical-align: top; padding-top: ${p.pageNumberGapMm}mm;`;
  return `
@page { size: ${page.widthMm}mm ${page.heightMm}mm; margin: ${page.topMm}mm ${page.rightMm}mm ${page.bottomMm}mm ${page.leftMm}mm; }
@page :right { @bottom-right { ${pageNumber} text-align: right; padding-right: ${sizesPt.pageNumber}pt; } }
@page :left { @bottom-left { ${pageNumber} text-align: left; padding-left: ${sizesPt.pageNumber}pt; } }
html { -webkit-print-color-adjust: exact; }
body { margin: 0; color: #000; font-family: ${family(p, 'body')}; font-size: ${sizesPt.body}pt; line-height: ${p.linePitchPt}pt; }
.page { width: ${textWidthMm(p)}mm; }
p { margin: 0; text-indent: 2em; text-align: justify; orphans: 2; widows: 2; }
.title { margin: 0 0 ${p.linePitchPt}pt; font-family: ${family(p, 'title')}; font-size: ${sizesPt.title}pt; line-height: ${sizesPt.titleLine}pt; font-weight: normal; text-align: center; text-indent: 0; }
.s1 { font-family: ${family(p, 'heading1')}; font-weight: normal; break-after: avoid; }
.h2 { font-family: ${family(p, 'heading2')}; font-weight: ${p.heading2Bold ? 'bold' : 'normal'}; break-after: avoid; }
.h3 { font-family: ${family(p, 'heading3')}; font-weight: bold; break-after: avoid; }
.h4 { break-after: avoid; }
table.grid { width: ${textWidthMm(p)}mm; margin: ${(p.linePitchPt / 4).toFixed(2)}pt auto ${(p.linePitchPt / 2).toFixed(2)}pt; border-collapse: collapse; table-layout: fixed; font-family: ${family(p, 'table')}; line-height: 1.3; }
table.grid td { border: ${p.tableBorderPt}pt solid #000; padding: 0.6mm 0.4mm; text-align: center; vertical-align: middle; word-break: break-all; }
table.grid td.label { text-align: left; padding-left: 1mm; }
table.grid td.heading { text-align: left; padding-left: 1mm; }
table.grid tr { break-inside: avoid; page-break-inside: avoid; }
table.grid thead { display: table-header-group; }
/* 表三、表四 fit on one page; kept whole, the merged 办理结果 column is never cut. */
table.grid.t3, table.grid.t4 { break-inside: avoid; }
table.grid .note, table.grid td.note { font-family: ${family(p, 'note')}; }
table.grid td.vertical { text-align: center; padding: 0; }
.vt { display: inline-block; writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 0.15em; }
figure { margin: ${(p.linePitchPt / 2).toFixed(2)}pt 0; text-align: center; break-inside: avoid; }
figure img { max-width: 100%; max-height: 180mm; }
figure .missing { border: 0.5pt dashed #999; padding: 10mm 0; color: #666; }
figcaption { font-size: ${sizesPt.body}pt; text-align: center; text-indent: 0; }
.signoff { margin-top: ${p.linePitchPt}pt; display: flex; justify-content: flex-end; padding-right: 4em; break-inside: avoid; }
.signoff div { text-align: center; text-indent: 0; }
`;
}

/** A complete HTML document of the report in the official layout. */
export function printHtml(report: Report, options: PrintOptions = {}): string {
  const p = options.profile ?? GBT9704;
  const f = getFormat(report.format);
  const title = reportTitle(report);
  const parts: string[] = [];
  parts.push(`<p class="title">${titleLines(title, report.agency, p).map(esc).join('<br>')}</p>`);
  parts.push(...report.sections.preface.map(blockHtml));
  for (const s of f.def.sections) {
    parts.push(`<p class="s1">${esc(s.title)}</p>`);
    if (s.kind === 'narrative') parts.push(...report.sections[s.key].map(blockHtml));
    else parts.push(tableHtml(f.grids[s.key], report, p));
  }
  const date = report.signoff?.date;
  if (options.signoff !== false && date) {
    parts.push(`<div class="signoff"><div><p>${esc(report.agency)}</p><p>${esc(signoffDate(date))}</p></div></div>`);
  }
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>${printCss(p)}</style></head>
<body><div class="page">
${parts.join('\n')}
</div></body></html>`;
}

