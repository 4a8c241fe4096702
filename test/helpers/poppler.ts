/** Reading exported PDFs with poppler's tools, as a reviewer's checks would. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function tempPdf(data: Uint8Array, name = 'out.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'nianbao-pdf-')), name);
  writeFileSync(path, data);
  return path;
}

export async function pdfInfo(path: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', path]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

export async function pdfFonts(path: string): Promise<{ name: string; type: string; embedded: boolean }[]> {
  const { stdout } = await run('pdffonts', [path]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: emb is the 5th column from the end.
      return { name: cols[0] ?? '', type: cols.slice(1, -6).join(' '), embedded: cols[cols.length - 5] === 'yes' };
    });
}

export async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 32 * 1024 * 1024 });
  return stdout;
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

export async function pdfWords(path: string): Promise<Word[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-bbox', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const words: Word[] = [];
  let page = 0;
  let pageWidth = 0;
  let pageHeight = 0;
  for (const line of stdout.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
    if (p) {
      page++;
      pageWidth = Number(p[1]);
      pageHeight = Number(p[2]);
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (w) words.push({ page, text: w[5] ?? '', xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), pageWidth, pageHeight });
  }
  return words;
}

export const PT_PER_MM = 72 / 25.4;

/** The text with all white space removed, for finding labels that wrapped inside narrow table cells. */
export const squeeze = (s: string): string => s.replace(/\s+/g, '');

const overlaps = (a: Word, b: Word): boolean => a.xMin < b.xMax + 2 && b.xMin < a.xMax + 2;

/**
 * Whether a label is printed, also when it wraps inside a narrow table cell: its pieces must follow each other on
 * one line or on the next lines of the same cell (words whose x ranges overlap the first piece's).
 */
export function labelPrinted(words: readonly Word[], label: string): boolean {
  const target = squeeze(label);
  const extend = (first: Word, prev: Word, rest: string, depth: number): boolean => {
    if (rest === '') return true;
    if (depth > 12) return false;
    for (const w of words) {
      if (w.page !== prev.page || w === prev) continue;
      const t = squeeze(w.text);
      if (!t) continue;
      const sameLine = Math.abs(w.yMin - prev.yMin) < 2 && w.xMin >= prev.xMax - 1 && w.xMin - prev.xMax < 16;
      const nextLine = w.yMin - prev.yMin > 2 && w.yMin - prev.yMin < 30 && overlaps(w, first);
      if (!sameLine && !nextLine) continue;
      if (rest.startsWith(t) && extend(first, w, rest.slice(t.length), depth + 1)) return true;
      if (t.startsWith(rest)) return true;
    }
    return false;
  };
  for (const w of words) {
    const t = squeeze(w.text);
    if (!t) continue;
    if (t.includes(target)) return true;
    // The label may start inside a word, after the text printed before it in the same cell.
    for (let k = 0; k < t.length; k++) {
      const piece = t.slice(k);
      if (target.startsWith(piece) && extend(w, w, target.slice(piece.length), 0)) return true;
    }
  }
  return false;
}

export async function missingLabels(path: string, labels: readonly string[]): Promise<string[]> {
  const text = squeeze(await pdfText(path));
  const pending = labels.filter((l) => !text.includes(squeeze(l)));
  if (pending.length === 0) return [];
  const words = await pdfWords(path);
  return pending.filter((l) => !labelPrinted(words, l));
}

export interface Line {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Text lines as poppler groups them (`pdftotext -bbox-layout`), words joined without spaces. */
export async function pdfLines(path: string): Promise<Line[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-bbox-layout', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const lines: Line[] = [];
  let page = 0;
  let current: Line | null = null;
  for (const row of stdout.split('\n')) {
    if (row.includes('<page ')) page++;
    const l = /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/.exec(row);
    if (l) current = { page, text: '', xMin: Number(l[1]), yMin: Number(l[2]), xMax: Number(l[3]), yMax: Number(l[4]) };
    const w = /<word [^>]*>(.*)<\/word>/.exec(row);
    if (w && current)
      current.text += (w[1] ?? '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"');
    if (row.includes('</line>') && current) {
      lines.push(current);
      current = null;
    }
  }
  return lines;
}

/** Headings as the layout prints them: "一、…", "（一）…", "1.…", "（1）…" standing alone on their line. */
export const HEADING_LINE = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．]|（\d+）)[^。；，]{0,30}$/;

/** The last text line of each page above the footer, to find headings left at a page foot. */
export function lastLines(lines: readonly Line[], pageHeight = 841.89): Line[] {
  const pages = new Map<number, Line>();
  for (const l of lines) {
    if (l.yMin > pageHeight - 35 * PT_PER_MM) continue;
    const seen = pages.get(l.page);
    if (!seen || l.yMin > seen.yMin) pages.set(l.page, l);
  }
  return [...pages.values()];
}

/** One page as 8-bit grey pixels (pdftoppm), to look at rules that carry no text. */
export async function pageGray(path: string, page: number, dpi: number): Promise<{ width: number; height: number; at(xPt: number, yPt: number): number }> {
  const { stdout } = await run('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), path], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  const data = stdout as unknown as Buffer;
  // PGM header: "P5\n<width> <height>\n255\n"
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'));
  if (!header?.[0]) throw new Error('not a PGM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  const scale = dpi / 72;
  return { width, height, at: (xPt, yPt) => data[offset + Math.round(yPt * scale) * width + Math.round(xPt * scale)] ?? 255 };
}
