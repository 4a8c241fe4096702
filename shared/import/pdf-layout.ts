/**
 * A PDF page as positioned text and ruling lines, rebuilt into the importer's neutral document: tables from their
 * ruling lines (pdf-grids.ts: a missing line between two grid cells means they are merged), paragraphs from text
 * lines (a line that ends short or a next line that is indented starts a new paragraph), page numbers and running
 * heads dropped.
 * Platform-free: the PDF is parsed elsewhere (pdf.js); this module only sees geometry, in points, y downwards.
 */
import { MERGED, type DocItem } from './document';
import { findGrids, indexIn, type Grid, type PdfRule } from './pdf-grids';
import { startsNumbered } from './numbering';

export interface PdfTextRun {
  str: string;
  /** left edge and baseline */
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: PdfTextRun[];
  rules: PdfRule[];
}

// ——— text in pieces and lines ———

const isAscii = (s: string) => /^[\x21-\x7e]+$/.test(s);
const charWeight = (ch: string) => (/\s/.test(ch) ? 0.3 : /[\x21-\x7e]/.test(ch) ? 0.55 : 1);

interface Piece {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/**
 * Splits a run into pieces at white space, with positions estimated from the characters' usual widths. A run that
 * crosses ruling lines (figures in narrow cells are often set as one run) is cut into one piece per column when the
 * counts agree, else by the estimated positions.
 */
function pieces(run: PdfTextRun, columns: readonly number[] | null): Piece[] {
  const tokens: { text: string; start: number; end: number }[] = [];
  const chars = Array.from(run.str);
  const total = chars.reduce((s, ch) => s + charWeight(ch), 0) || 1;
  const scale = run.width / total;
  let pos = 0;
  let cur: { text: string; start: number; end: number } | null = null;
  for (const ch of chars) {
    const w = charWeight(ch) * scale;
    if (/\s/.test(ch)) {
      if (cur) tokens.push(cur);
      cur = null;
    } else {
      cur ??= { text: '', start: pos, end: pos };
      cur.text += ch;
      cur.end = pos + w;
    }
    pos += w;
  }
  if (cur) tokens.push(cur);
  const placed = tokens.map((t) => ({ text: t.text, x: run.x + t.start, right: run.x + t.end, y: run.y, size: run.size }));
  if (columns && placed.length > 1) {
    const first = indexIn(columns, run.x + 0.5);
    const last = indexIn(columns, run.x + run.width - 0.5);
    if (first >= 0 && last > first && last - first + 1 === placed.length) {
      placed.forEach((p, i) => {
        const l = columns[first + i] ?? p.x;
        const r = columns[first + i + 1] ?? p.right;
        const w = p.right - p.x;
        p.x = (l + r - w) / 2;
        p.right = p.x + w;
      });
    }
  }
  return placed;
}

function joinPieces(ps: Piece[]): string {
  const sorted = [...ps].sort((a, b) => a.x - b.x);
  let out = '';
  let prev: Piece | null = null;
  for (const p of sorted) {
    if (prev && isAscii(prev.text.slice(-1)) && isAscii(p.text.slice(0, 1)) && p.x - prev.right > p.size * 0.15) out += ' ';
    out += p.text;
    prev = p;
  }
  return out;
}

/** Groups pieces into lines by baseline; each line's pieces in reading order. */
function groupLines(ps: Piece[]): Piece[][] {
  const sorted = [...ps].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Piece[][] = [];
  for (const p of sorted) {
    const line = lines[lines.length - 1];
    const ref = line?.[0];
    if (line && ref && Math.abs(p.y - ref.y) <= Math.max(ref.size, p.size) * 0.4) line.push(p);
    else lines.push([p]);
  }
  return lines;
}

function gridRows(grid: Grid, ps: Piece[]): string[][] {
  const content = new Map<number, Piece[]>();
  for (const p of ps) {
    const r = indexIn(grid.ys, p.y - p.size * 0.35);
    const c = indexIn(grid.xs, (p.x + p.right) / 2);
    const id = grid.region[r]?.[c];
    if (id === undefined) continue;
    const list = content.get(id) ?? [];
    list.push(p);
    content.set(id, list);
  }
  const seen = new Set<number>();
  const rows: string[][] = [];
  grid.region.forEach((regionRow) => {
    const row = regionRow.map((id) => {
      if (seen.has(id)) return MERGED;
      seen.add(id);
      // Labels wrapped in a narrow cell are one label: the lines join without a break.
      return groupLines(content.get(id) ?? [])
        .map(joinPieces)
        .join('')
        .replace(/[\s\u00A0\u3000]+/g, ' ')
        .trim();
    });
    if (row.some((c) => c !== MERGED && c !== '')) rows.push(row);
  });
  return rows;
}

// ——— paragraphs, page furniture ———

interface Line {
  page: number;
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

type Flow = { kind: 'line'; line: Line } | { kind: 'table'; rows: string[][]; page: number; y: number };

const PAGE_NUMBER = /^(?:[-—–－\s]*\d+[-—–－\s]*|第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?|\d+\s*[/／]\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  let n = -1;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** Lines in the top or bottom band of the page that are page numbers, or repeat on several pages. */
function furniture(lines: Line[], pages: readonly PdfPage[], bodySize: number): Set<Line> {
  const band = (l: Line) => {
    const h = pages[l.page]?.height ?? 842;
    return l.y < h * 0.09 || l.y > h * 0.91;
  };
  const key = (l: Line) => `${Math.round(l.y / 4)}|${l.text.replace(/\d+/g, '#')}`;
  const repeats = new Map<string, Set<number>>();
  for (const l of lines) {
    if (!band(l)) continue;
    const set = repeats.get(key(l)) ?? new Set<number>();
    set.add(l.page);
    repeats.set(key(l), set);
  }
  const drop = new Set<Line>();
  for (const l of lines) {
    if (!band(l)) continue;
    const compact = l.text.replace(/\s+/g, ' ').trim();
    if (PAGE_NUMBER.test(compact) || (repeats.get(key(l))?.size ?? 0) >= 2 || (pages.length > 1 && l.size < bodySize * 0.8)) drop.add(l);
  }
  return drop;
}

/** What line breaking keeps together at a line's start: an opening mark, then a Latin word or one character, then closing marks. */
const FIRST_WORD = /^[《（(“‘「『〈【[]*(?:[\x21-\x7e]+|.)[、，。；：！？）)”’」』〉】\]…]*/u;

function firstWordWidth(line: Line): number {
  const word = FIRST_WORD.exec(line.text)?.[0] ?? '';
  return Array.from(word).reduce((w, ch) => w + charWeight(ch), 0) * line.size;
}

/** Each page's tables and text lines, in reading order (page by page, top down), and all text lines. */
function pageFlow(pages: readonly PdfPage[]): { flow: Flow[]; lines: Line[] } {
  const flow: Flow[] = [];
  const lines: Line[] = [];
  pages.forEach((page, pageIndex) => {
    const grids = findGrids(page.rules);
    const inTable = new Map<Grid, Piece[]>();
    const free: Piece[] = [];
    for (const run of page.runs) {
      if (run.str.trim() === '' || !(run.size > 0)) continue;
      const cy = run.y - run.size * 0.35;
      const cx = run.x + run.width / 2;
      const grid = grids.find((g) => cy >= g.top - 1 && cy <= g.bottom + 1 && cx >= g.left - 1 && cx <= g.right + 1);
      const ps = pieces(run, grid ? grid.xs : null);
      if (grid) {
        const list = inTable.get(grid) ?? [];
        list.push(...ps);
        inTable.set(grid, list);
      } else free.push(...ps);
    }
    for (const grid of grids) {
      const rows = gridRows(grid, inTable.get(grid) ?? []);
      if (rows.length > 0) flow.push({ kind: 'table', rows, page: pageIndex, y: grid.top });
    }
    for (const ps of groupLines(free)) {
      const text = joinPieces(ps).trim();
      if (text === '') continue;
      const line: Line = {
        page: pageIndex,
        text,
        left: Math.min(...ps.map((p) => p.x)),
        right: Math.max(...ps.map((p) => p.right)),
        y: ps[0]?.y ?? 0,
        size: mode(ps.map((p) => Math.round(p.size * 2) / 2)),
      };
      lines.push(line);
      flow.push({ kind: 'line', line });
    }
  });
  flow.sort((a, b) => {
    const pa = a.kind === 'line' ? a.line.page : a.page;
    const pb = b.kind === 'line' ? b.line.page : b.page;
    const ya = a.kind === 'line' ? a.line.y : a.y;
    const yb = b.kind === 'line' ? b.line.y : b.y;
    return pa - pb || ya - yb;
  });
  return { flow, lines };
}

export function layoutPdf(pages: readonly PdfPage[]): DocItem[] {
  const { flow, lines: allLines } = pageFlow(pages);
  const bodySize = mode(allLines.map((l) => l.size));
  const drop = furniture(allLines, pages, bodySize);
  const body = allLines.filter((l) => !drop.has(l) && l.size === bodySize);
  const left = mode(body.map((l) => Math.round(l.left)));
  const rights = body.map((l) => l.right).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? 0;

  const items: DocItem[] = [];
  const counts = new Map<number, number>();
  const where = (page: number, what = '') => {
    const n = (counts.get(page) ?? 0) + 1;
    counts.set(page, n);
    return `第${page + 1}页第${n}段${what}`;
  };
  let para: { text: string; last: Line; where: string } | null = null;
  const flush = () => {
    if (para) items.push({ kind: 'paragraph', runs: [{ text: para.text }], where: para.where });
    para = null;
  };
  for (const f of flow) {
    if (f.kind === 'table') {
      flush();
      items.push({ kind: 'table', rows: f.rows, where: where(f.page, '（表格）') });
      continue;
    }
    const line = f.line;
    if (drop.has(line)) continue;
    const prev: Line | null = para ? (para as { last: Line }).last : null;
    let joins = false;
    if (prev && para) {
      const big = prev.size > bodySize * 1.15 && Math.abs(prev.size - line.size) < 0.6;
      const samePage = prev.page === line.page;
      const gap = samePage ? line.y - prev.y : prev.size * 1.5;
      const indented = line.left > left + line.size * 0.8;
      // A line that ends short of the margin still runs on when the next line's first word would not have fitted
      // there: an e-mail address or URL wraps whole, a 《 may not end a line, a 、 may not start one.
      const short = right - prev.right;
      const fullPrev = short <= prev.size * 1.5 + 0.5 || short < firstWordWidth(line) + prev.size;
      // A title set large over two lines is one paragraph; body lines join when the one before runs to the margin.
      joins = big
        ? gap < prev.size * 2.2
        : Math.abs(prev.size - line.size) < 0.6 && fullPrev && !indented && gap > 0 && gap < prev.size * 2.6 && !startsNumbered(line.text);
    }
    if (joins && para) {
      const p: { text: string; last: Line; where: string } = para;
      const sep = isAscii(p.text.slice(-1)) && isAscii(line.text.slice(0, 1)) ? ' ' : '';
      p.text += sep + line.text;
      p.last = line;
    } else {
      flush();
      para = { text: line.text, last: line, where: where(line.page) };
    }
  }
  flush();
  return items;
}

/** How much text the pages carry: a scanned PDF has none. */
export function textAmount(pages: readonly PdfPage[]): number {
  return pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.str.replace(/\s/g, '').length, 0), 0);
}
