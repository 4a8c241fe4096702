/**
 * Renders a report the way a government web page publishes it, with the noise of formats.md §9 (half-width
 * punctuation, "1、" numbering, labels broken by line breaks, the 洪泽 typo, spacer rows, thousands separators,
 * &nbsp; indentation, inline styles). Used to test that the importers read such pages back cell for cell.
 */
import { getFormat, type GridCell } from '../../shared/formats';
import { reportTitle, type Block, type Report } from '../../shared/model';

export interface Noise {
  halfWidth?: boolean;
  enumerationComma?: boolean;
  brokenLabels?: boolean;
  typo?: boolean;
  spacerRows?: boolean;
  thousands?: boolean;
  spacedHeadings?: boolean;
}

export const ALL_NOISE: Noise = {
  halfWidth: true,
  enumerationComma: true,
  brokenLabels: true,
  typo: true,
  spacerRows: true,
  thousands: true,
  spacedHeadings: true,
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function noisyLabel(text: string, noise: Noise): string {
  let t = text;
  if (noise.typo) t = t.replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开');
  if (noise.enumerationComma) t = t.replace(/^(\d)\./, '$1、');
  if (noise.halfWidth) t = t.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/，/g, ', ');
  if (noise.spacedHeadings) t = t.replace(/^第二十条第/, '第二十条 第');
  let html = esc(t);
  if (noise.brokenLabels && t.length >= 4 && t.length <= 8) html = `${esc(t.slice(0, 2))}<br/>${esc(t.slice(2))}`;
  return html;
}

function value(report: Report, id: string, noise: Noise): string {
  const v = report.cells[id];
  if (v === null || v === undefined) return '&nbsp;';
  let s = String(v);
  if (noise.thousands && Math.abs(v) >= 1000) {
    const [i = '', f] = s.split('.');
    s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f ? `.${f}` : '');
  }
  return s + (report.units?.[id] ?? '');
}

function cellHtml(c: GridCell, report: Report, noise: Noise): string {
  const span = `${c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
  const style = ' style="font-family:仿宋_GB2312;font-size:10.5pt;text-align:center"';
  const text = c.cellId ? value(report, c.cellId, noise) : noisyLabel(`${c.text ?? ''}${c.note ?? ''}`, noise);
  return `<td${span}${style}><p>${text}</p></td>`;
}

function block(b: Block): string {
  if (b.kind === 'heading') return `<p style="text-indent:2em"><strong>${esc(b.text)}</strong></p>`;
  if (b.kind === 'figure') return `${b.src ? `<p><img src="${b.src}"/></p>` : ''}<p style="text-align:center">${esc(b.caption)}</p>`;
  return `<p style="text-indent:2em">&nbsp;&nbsp;${b.runs.map((r) => (r.bold ? `<strong>${esc(r.text)}</strong>` : esc(r.text))).join('')}</p>`;
}

export function publishedHtml(report: Report, noise: Noise = ALL_NOISE): string {
  const f = getFormat(report.format);
  const parts: string[] = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开</title><script>var x = 1;</script></head><body>'];
  parts.push('<div class="nav">首页 &gt; 政府信息公开 &gt; 年报</div>');
  parts.push(`<h1 style="text-align:center">${esc(reportTitle(report))}</h1>`);
  parts.push(...report.sections.preface.map(block));
  for (const s of f.def.sections) {
    parts.push(`<p><strong>${esc(s.title)}</strong></p>`);
    if (s.kind === 'narrative') {
      parts.push(...report.sections[s.key].map(block));
      continue;
    }
    const grid = f.grids[s.key];
    const rows = grid.rows.map((row) => `<tr>${row.map((c) => cellHtml(c, report, noise)).join('')}</tr>`);
    if (noise.spacerRows) rows.splice(1, 0, `<tr><td colspan="${grid.columns}">&nbsp;</td></tr>`);
    parts.push(`<table border="1" cellspacing="0" style="border-collapse:collapse;width:575px"><tbody>${rows.join('')}</tbody></table>`);
  }
  parts.push('<div class="footer">主办单位：某某人民政府办公室</div></body></html>');
  return parts.join('\n');
}
