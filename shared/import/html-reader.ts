/**
 * HTML of a published report page, read with a real HTML parser:
 * paragraphs keep their bold runs, tables become rows with merged cells expanded, spacer rows are dropped.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { mergeRuns, type Run } from '../model/report';
import { MERGED, type DocItem } from './document';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'button', 'select', 'input', 'textarea']);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'center',
  'blockquote',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'hr',
  'form',
  'body',
  'html',
]);

function isElement(n: Node): n is Element {
  return 'tagName' in n;
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function isBold(el: Element): boolean {
  if (el.tagName === 'b' || el.tagName === 'strong') return true;
  const style = attr(el, 'style') ?? '';
  return /font-weight\s*:\s*(bold|bolder|[6-9]00)/i.test(style);
}

/** Collapses HTML white space; the no-break spaces pages use for indentation count as space. */
function collapse(text: string): string {
  return text.replace(/[\s\u00A0\u3000]+/g, ' ');
}

/** Text of a subtree, walked with a stack: pages nest elements thousands deep, deeper than the call stack. */
function textOf(root: Node): string {
  const out: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n) continue;
    if (n.nodeName === '#text') {
      out.push('value' in n ? String(n.value) : '');
      continue;
    }
    if (isElement(n) && SKIP.has(n.tagName)) continue;
    if (isElement(n) && n.tagName === 'br') {
      out.push('\n');
      continue;
    }
    const kids = 'childNodes' in n ? n.childNodes : [];
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  }
  return out.join('');
}

function cellText(el: Element): string {
  return textOf(el)
    .split('\n')
    .map((line) => collapse(line).trim())
    .filter((l) => l !== '')
    .join('');
}

/** Expands rowspan/colspan into a full grid; a merged area keeps its text in its first cell. */
function tableRows(table: Element): string[][] {
  const trs: Element[] = [];
  const collect = (el: Element): void => {
    for (const c of el.childNodes) {
      if (!isElement(c)) continue;
      if (c.tagName === 'tr') trs.push(c);
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') collect(c);
    }
  };
  collect(table);
  const grid: string[][] = [];
  trs.forEach((tr, r) => {
    const row: string[] = grid[r] ?? [];
    grid[r] = row;
    let col = 0;
    for (const cell of tr.childNodes) {
      if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      while (row[col] !== undefined) col++;
      const colspan = Math.max(1, Math.min(50, Number(attr(cell, 'colspan')) || 1));
      const rowspan = Math.max(1, Math.min(200, Number(attr(cell, 'rowspan')) || 1));
      const text = cellText(cell);
      for (let dr = 0; dr < rowspan; dr++) {
        const target = grid[r + dr] ?? [];
        grid[r + dr] = target;
        for (let dc = 0; dc < colspan; dc++) target[col + dc] = dr === 0 && dc === 0 ? text : MERGED;
      }
      col += colspan;
    }
  });
  return grid
    .slice(0, trs.length)
    .map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? ''))
    .filter((row) => row.some((c) => c !== MERGED && c.trim() !== ''));
}

export function readHtml(html: string): DocItem[] {
  const doc = parse(html);
  const items: DocItem[] = [];
  let runs: Run[] = [];
  let count = 0;

  const flush = (): void => {
    const merged = mergeRuns(runs);
    runs = [];
    const first = merged[0];
    if (first) first.text = first.text.replace(/^\s+/, '');
    const last = merged[merged.length - 1];
    if (last) last.text = last.text.replace(/\s+$/, '');
    const kept = mergeRuns(merged);
    if (kept.length > 0) items.push({ kind: 'paragraph', runs: kept, where: `第${++count}段` });
  };

  // Walked with a stack, not recursion: a page may nest elements thousands deep.
  type Frame = { node: Node; bold: boolean } | { leave: true };
  const stack: Frame[] = [{ node: doc, bold: false }];
  const pushChildren = (n: Node, bold: boolean) => {
    const kids = 'childNodes' in n ? n.childNodes : [];
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push({ node: k, bold });
    }
  };
  while (stack.length > 0) {
    const frame = stack.pop();
    if (!frame) continue;
    if ('leave' in frame) {
      flush();
      continue;
    }
    const { node: n, bold } = frame;
    if (n.nodeName === '#text') {
      const t = collapse('value' in n ? String(n.value) : '');
      if (t) runs.push(bold ? { text: t, bold: true } : { text: t });
      continue;
    }
    if (!isElement(n)) {
      pushChildren(n, bold);
      continue;
    }
    const tag = n.tagName;
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'table') {
      flush();
      const rows = tableRows(n);
      if (rows.length > 0) items.push({ kind: 'table', rows, where: `第${++count}段（表格）` });
      continue;
    }
    if (tag === 'img') {
      flush();
      const src = attr(n, 'src') ?? '';
      const embedded = /^data:image\//.test(src);
      items.push({ kind: 'figure', src: embedded ? src : '', caption: '', where: `第${++count}段（图片）` });
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push({ leave: true });
    }
    pushChildren(n, bold || isBold(n));
  }
  flush();
  return items;
}
