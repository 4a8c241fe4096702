/**
 * Plain text copied from a web page or a PDF: tables arrive as tab-separated lines, the rest as paragraphs.
 * Markdown-style "**bold**" and "# headings" from converted copies are understood.
 */
import type { Run } from '../model/report';
import type { DocItem } from './document';
import { isOneLine, readOneLine } from './one-line';

export function parseRuns(text: string): Run[] {
  const runs: Run[] = [];
  const re = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index) });
    runs.push({ text: m[1] ?? '', bold: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs.filter((r) => r.text !== '');
}

export function readText(text: string): DocItem[] {
  if (isOneLine(text)) return readOneLine(text);
  const items: DocItem[] = [];
  let table: { rows: string[][]; where: string } | null = null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const where = `第${i + 1}行`;
    if (raw.includes('\t')) {
      const cells = raw.split('\t').map((c) => c.trim());
      if (!table) {
        table = { rows: [], where };
        items.push({ kind: 'table', ...table });
      }
      table.rows.push(cells);
      return;
    }
    table = null;
    const line = raw.trim();
    if (line === '') return;
    items.push({ kind: 'paragraph', runs: parseRuns(line), where });
  });
  return items;
}
