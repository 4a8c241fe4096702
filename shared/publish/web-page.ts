/**
 * 网页版: the report as one self-contained HTML5 page for a portal's 政府信息公开年报 column (inline CSS, no script,
 * nothing fetched), and the same content with inline styles for pasting into a site's editor. Tables are drawn
 * from the format's printed grid, so the merges and labels are those of the PDF; on a phone the wide tables scroll
 * sideways while their label columns stay in place (position: sticky).
 */
import { getFormat, TABLE_KEYS, type GridCell, type PrintedGrid } from '../formats';
import { printedCellValue } from '../model/numbers';
import { blockText, reportTitle, type Block, type Report } from '../model/report';
import { signoffDate } from '../layout/profile';
import { columnWidthsEm, labelColumns } from '../layout/table-shape';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Placed {
  cell: GridCell;
  column: number;
}

/** The starting grid column of every cell, taking the row spans of earlier rows into account. */
function place(grid: PrintedGrid): Placed[][] {
  const taken: boolean[][] = grid.rows.map(() => []);
  return grid.rows.map((row, r) => {
    let col = 0;
    return row.map((cell) => {
      while (taken[r]?.[col]) col++;
      const placed = { cell, column: col };
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) {
        const line = taken[r + dr];
        if (line) for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) line[col + dc] = true;
      }
      col += cell.colSpan ?? 1;
      return placed;
    });
  });
}

type Mode = 'page' | 'paste';

/** Inline styles of the paste version: a site's editor keeps attributes and inline styles but drops <style>. */
const PASTE = {
  table: 'border-collapse:collapse;width:100%;font-size:14px;line-height:1.4',
  cell: 'border:1px solid #000;padding:3px 4px;text-align:center;vertical-align:middle',
  label: 'border:1px solid #000;padding:3px 4px;text-align:left;vertical-align:middle',
  p: 'text-indent:2em;line-height:1.8;margin:0 0 0.5em',
  /** 三、本年度办理结果 is printed one character per line, as in the official format */
  vertical: 'writing-mode:vertical-rl;text-orientation:upright;width:1.5em',
};

function cellHtml({ cell, column }: Placed, report: Report, labelColumns: number, mode: Mode): string {
  const attrs: string[] = [];
  if (cell.colSpan && cell.colSpan > 1) attrs.push(`colspan="${cell.colSpan}"`);
  if (cell.rowSpan && cell.rowSpan > 1) attrs.push(`rowspan="${cell.rowSpan}"`);
  const value = cell.cellId !== undefined;
  const sticky = !value && column < labelColumns && cell.role !== 'heading';
  if (mode === 'page') {
    const cls = [cell.role, cell.vertical ? 'vertical' : '', sticky ? 'fixed' : ''].filter(Boolean).join(' ');
    attrs.push(`class="${cls}"`);
    if (sticky && column > 0) attrs[attrs.length - 1] = `class="${cls} at${column}"`;
  } else {
    const style = cell.vertical ? `${PASTE.cell};${PASTE.vertical}` : cell.role === 'label' || cell.role === 'heading' ? PASTE.label : PASTE.cell;
    attrs.push(`style="${style}"`);
  }
  const tag = cell.role === 'header' || cell.role === 'note' ? 'th' : 'td';
  if (tag === 'th') attrs.push(cell.colSpan && cell.colSpan > 1 ? 'scope="colgroup"' : 'scope="col"');
  let inner: string;
  if (value) {
    inner = esc(printedCellValue(report, cell.cellId ?? ''));
  } else {
    inner = `${esc(cell.text ?? '')}${cell.note ? `<span class="note">${esc(cell.note)}</span>` : ''}`;
    if (cell.vertical) inner = mode === 'page' ? `<span class="vt">${inner}</span>` : inner;
    // A heading row, or a header over several data columns, keeps its text in view while the table scrolls.
    const spansData = cell.role === 'header' && (cell.colSpan ?? 1) > 1 && column >= labelColumns;
    if ((cell.role === 'heading' || spansData) && mode === 'page') inner = `<span class="pin">${inner}</span>`;
  }
  return `<${tag} ${attrs.join(' ')}>${inner}</${tag}>`;
}

/** The widths and sticky offsets of one table, as rules of the page's style sheet (the page has no inline style). */
function tableCss(grid: PrintedGrid): string {
  const t = `table.${grid.table}`;
  const rules = (narrow: boolean): string[] => {
    const widths = columnWidthsEm(grid, narrow);
    const total = widths.reduce((a, b) => a + b, 0);
    const out = [`${t} { width: max(100%, ${total.toFixed(1)}em); }`];
    widths.forEach((w, i) => out.push(`${t} col:nth-child(${i + 1}) { width: ${w.toFixed(2)}em; }`));
    let left = 0;
    for (let i = 1; i < labelColumns(grid.table); i++) {
      left += widths[i - 1] ?? 0;
      out.push(`${t} .at${i} { left: ${left.toFixed(2)}em; }`);
    }
    const labels = widths.slice(0, labelColumns(grid.table)).reduce((a, b) => a + b, 0);
    out.push(`${t} th .pin { left: calc(${labels.toFixed(2)}em + 6px); }`);
    return out;
  };
  return [...rules(false), `@media (max-width: 600px) { ${rules(true).join(' ')} }`].join('\n');
}

function tableHtml(grid: PrintedGrid, report: Report, title: string, mode: Mode): string {
  const labels = labelColumns(grid.table);
  const rows = place(grid).map((r) => `<tr>${r.map((c) => cellHtml(c, report, labels, mode)).join('')}</tr>`);
  const head = rows.slice(0, grid.headerRows).join('');
  const body = rows.slice(grid.headerRows).join('');
  const cols = `<colgroup>${'<col>'.repeat(grid.columns)}</colgroup>`;
  const table = `<table class="grid ${grid.table}"${mode === 'page' ? '' : ` border="1" cellspacing="0" cellpadding="3" style="${PASTE.table}"`}>${
    mode === 'page' ? cols : ''
  }${head ? `<thead>${head}</thead>` : ''}<tbody>${body}</tbody></table>`;
  if (mode === 'paste') return table;
  // A labelled, focusable region: keyboard users can scroll it, screen readers announce which table it is.
  return `<section class="scroll" aria-label="${esc(title)}" tabindex="0">${table}</section>`;
}

function blockHtml(b: Block, mode: Mode): string {
  const pStyle = mode === 'paste' ? ` style="${PASTE.p}"` : '';
  switch (b.kind) {
    case 'heading':
      return `<h${b.level + 1}>${esc(b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p${pStyle}>${b.runs.map((r) => (r.bold ? `<strong>${esc(r.text)}</strong>` : esc(r.text))).join('')}</p>`;
    case 'figure': {
      const img = b.src
        ? `<img src="${esc(b.src)}" alt="${esc(b.caption || '图')}"${mode === 'paste' ? ' style="max-width:100%"' : ''}>`
        : '<span class="missing">（图片待补）</span>';
      return `<figure${mode === 'paste' ? ' style="text-align:center;margin:1em 0"' : ''}>${img}<figcaption>${esc(b.caption)}</figcaption></figure>`;
    }
  }
}

function bodyParts(report: Report, mode: Mode): string[] {
  const f = getFormat(report.format);
  const parts: string[] = [];
  parts.push(`<h1${mode === 'paste' ? ' style="text-align:center"' : ''}>${esc(reportTitle(report))}</h1>`);
  parts.push(...report.sections.preface.map((b) => blockHtml(b, mode)));
  for (const s of f.def.sections) {
    parts.push(`<h2>${esc(s.title)}</h2>`);
    if (s.kind === 'narrative') parts.push(...report.sections[s.key].map((b) => blockHtml(b, mode)));
    else parts.push(tableHtml(f.grids[s.key], report, s.title, mode));
  }
  const date = report.signoff?.date;
  if (date) {
    const style = mode === 'paste' ? ' style="text-align:right"' : '';
    parts.push(`<div class="signoff"${style}><p>${esc(report.agency)}</p><p>${esc(signoffDate(date))}</p></div>`);
  }
  return parts;
}

const PAGE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f2ee; color: #222; font: 16px/1.8 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; -webkit-text-size-adjust: 100%; }
main { max-width: 60em; margin: 0 auto; padding: 1.5em 1em 3em; background: #fff; border-top: 4px solid #9b1c1c; }
h1 { margin: 0.4em 0 1em; color: #9b1c1c; font-size: 1.5em; line-height: 1.4; text-align: center; }
h2 { margin: 1.4em 0 0.5em; padding-left: 0.5em; border-left: 4px solid #9b1c1c; font-size: 1.2em; }
h3 { margin: 1em 0 0.3em; font-size: 1.05em; }
h4, h5 { margin: 0.8em 0 0.2em; font-size: 1em; }
p { margin: 0 0 0.5em; text-indent: 2em; text-align: justify; }
strong { font-weight: bold; }
figure { margin: 1em 0; text-align: center; }
figure img { max-width: 100%; height: auto; }
figcaption { font-size: 0.9em; color: #555; }
.missing { display: inline-block; padding: 2em 3em; border: 1px dashed #999; color: #666; }
.scroll { overflow-x: auto; margin: 0.5em 0 1em; border-left: 1px solid #555; -webkit-overflow-scrolling: touch; }
.scroll:focus { outline: 2px solid #9b1c1c; }
table.grid { border-collapse: separate; border-spacing: 0; table-layout: fixed; font-size: 14px; line-height: 1.4; }
table.grid th, table.grid td { border-right: 1px solid #555; border-bottom: 1px solid #555; padding: 4px 3px; text-align: center; vertical-align: middle; background: #fff; font-weight: normal; word-break: break-all; }
table.grid tr:first-child > * { border-top: 1px solid #555; }
table.grid thead th, table.grid td.heading { background: #f3e9e7; }
table.grid td.label, table.grid td.heading { text-align: left; padding-left: 5px; }
table.grid .note { font-family: KaiTi, "Kaiti SC", STKaiti, "AR PL UKai CN", serif; }
table.grid .fixed { position: sticky; left: 0; z-index: 1; }
table.grid th.fixed { z-index: 2; }
table.grid .vt { display: inline-block; writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 0.15em; }
table.grid .pin { position: sticky; left: 5px; display: inline-block; }
.signoff { margin-top: 2em; text-align: right; }
.signoff p { text-indent: 0; text-align: right; margin: 0; }
@media (max-width: 600px) { body { font-size: 15px; } main { padding: 1em 0.75em 2em; } table.grid { font-size: 13px; } }
@media print { body { background: #fff; } main { border: 0; max-width: none; } .scroll { overflow: visible; } }
`;

/** The page: one HTML5 file with everything inline; its CSP forbids scripts and any fetch but embedded images. */
export function webPageHtml(report: Report): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${esc(reportTitle(report))}</title>
<style>${PAGE_CSS}${TABLE_KEYS.map((t) => tableCss(getFormat(report.format).grids[t])).join('\n')}
</style>
</head>
<body>
<main>
${bodyParts(report, 'page').join('\n')}
</main>
</body>
</html>
`;
}

/** The content for a site's editor: no document shell, inline styles only. */
export function webFragmentHtml(report: Report): string {
  return bodyParts(report, 'paste').join('\n');
}

/** The plain-text flavour put beside the HTML on the clipboard: tables as tab-separated rows. */
export function webPlainText(report: Report): string {
  const f = getFormat(report.format);
  const lines: string[] = [reportTitle(report), ''];
  const block = (b: Block): string => (b.kind === 'paragraph' ? `\u3000\u3000${blockText(b)}` : blockText(b));
  lines.push(...report.sections.preface.map(block));
  for (const s of f.def.sections) {
    lines.push(s.title);
    if (s.kind === 'narrative') lines.push(...report.sections[s.key].map(block));
    else
      for (const row of f.grids[s.key].rows)
        lines.push(row.map((c) => (c.cellId ? printedCellValue(report, c.cellId) : `${c.text ?? ''}${c.note ?? ''}`)).join('\t'));
  }
  if (report.signoff?.date) lines.push('', report.agency, signoffDate(report.signoff.date));
  return lines.join('\n');
}
