/**
 * Text with no line breaks (a crawler's or a PDF viewer's copy: the whole report on one line, table cells
 * separated by spaces) rebuilt into the neutral document: the section titles of the formats are found inside
 * the line, narrative parts split at their "（一）" headings, and table parts split into rows where a label
 * follows figures.
 */
import { FORMAT_IDS, getFormat } from '../formats';
import { isNumericCell } from './cell-values';
import type { DocItem } from './document';
import { unnumberedKey } from './labels';

/** A line this long with a section title inside it is a whole report on one line. */
const LONG_LINE = 400;

function sectionTitles(): { title: string; table: boolean }[] {
  const seen = new Map<string, boolean>();
  for (const id of FORMAT_IDS) {
    for (const s of getFormat(id).def.sections) {
      for (const t of [s.title, ...s.titleVariants]) seen.set(t, s.kind === 'table');
    }
  }
  // Longer titles first, so that a variant is not cut by the plain title it starts with.
  return [...seen].map(([title, table]) => ({ title, table })).sort((a, b) => b.title.length - a.title.length);
}

/** The report on one line: a long line that has section titles inside it, not at its start. */
export function isOneLine(text: string): boolean {
  if (text.includes('\t')) return false;
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const long = lines.filter((l) => l.length >= LONG_LINE);
  if (long.length === 0) return false;
  const titles = sectionTitles();
  return long.some((l) => titles.filter((t) => l.indexOf(t.title) > 0).length >= 2);
}

const MARKER = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])/;
const TITLE = /(^|[\s。：:=])[^\s。：:=]{0,50}?政府信息公开(?:工作)?年度?报告/;
const CLOSING = /^(.*?)\s*([\u4e00-\u9fff]{2,30})\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$/;

/** Every label the formats print in their tables, as comparison keys: a token that is one starts a cell. */
function knownLabels(): Set<string> {
  const keys = new Set<string>();
  for (const id of FORMAT_IDS) {
    const f = getFormat(id);
    const d = f.def;
    const add = (t: string) => keys.add(unnumberedKey(t));
    for (const b of d.t2.blocks) {
      add(b.heading);
      b.columns.forEach((c) => add(c.label));
      b.rows.forEach((r) => add(r.label));
    }
    add(d.t2.contentLabel);
    d.t3.columns.forEach((c) => add(c.label));
    for (const r of f.t3Rows) {
      add(r.label);
      if (r.category) add(r.category.label);
    }
    [d.t4.reviewLabel, d.t4.suitLabel, ...d.t4.groups.map((g) => g.label), ...d.t4.outcomes.map((o) => o.label)].forEach(add);
  }
  keys.delete('');
  return keys;
}

/**
 * Table cells from space-separated tokens: a label of the format, or a numbered item, starts a cell; other words
 * continue the label before them (a label with spaces in it); a label after figures starts a row.
 */
function tableLines(segment: string, known: Set<string>): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let hasFigures = false;
  for (const token of segment.split(/[\s\u3000]+/).filter((t) => t !== '')) {
    const numeric = isNumericCell(token);
    if (!numeric && hasFigures) {
      rows.push(row);
      row = [];
      hasFigures = false;
    }
    const last = row[row.length - 1];
    // "(一) 予以公开": a list number standing alone belongs to the label after it.
    const afterBareMarker = last !== undefined && MARKER.test(last) && last.replace(MARKER, '') === '';
    const startsCell = !afterBareMarker && (MARKER.test(token) || known.has(unnumberedKey(token)) || (last !== undefined && known.has(unnumberedKey(last))));
    if (!numeric && last !== undefined && !isNumericCell(last) && !startsCell) row[row.length - 1] = last + token;
    else row.push(token);
    if (numeric) hasFigures = true;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

export function readOneLine(text: string): DocItem[] {
  const titles = sectionTitles();
  const known = knownLabels();
  const items: DocItem[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, lineIndex) => {
    if (line.trim() === '') return;
    const where = (offset: number) => `第${lineIndex + 1}行第${offset + 1}字起`;
    // Cut the line at every section title.
    const cuts: { at: number; title: string; table: boolean }[] = [];
    for (const t of titles) {
      for (let i = line.indexOf(t.title); i >= 0; i = line.indexOf(t.title, i + 1)) {
        if (!cuts.some((c) => i < c.at + c.title.length && c.at < i + t.title.length)) cuts.push({ at: i, ...t });
      }
    }
    cuts.sort((a, b) => a.at - b.at);
    const paragraph = (s: string, at: number) => {
      const trimmed = s.trim();
      if (trimmed !== '') items.push({ kind: 'paragraph', runs: [{ text: trimmed }], where: where(at) });
    };
    const narrative = (s: string, at: number) => {
      // Second-level headings "（一）…" start paragraphs; a closing agency name and date end the last part.
      const parts = s.split(/(?=[（(][一二三四五六七八九十]+[）)])/);
      let offset = at;
      parts.forEach((part, i) => {
        const closing = i === parts.length - 1 ? CLOSING.exec(part) : null;
        if (closing) {
          paragraph(closing[1] ?? '', offset);
          paragraph(closing[2] ?? '', offset);
          paragraph(closing[3] ?? '', offset);
        } else paragraph(part, offset);
        offset += part.length;
      });
    };
    // Before 一: whatever the page put first, the title (the run of text ending in 年度报告), then the 前言.
    // "杭州市科技局 2020 年…": spaces around the year are the page's, not the title's.
    const head = line.slice(0, cuts[0]?.at ?? line.length).replace(/\s*(\d{4})\s*年/g, '$1年');
    const title = TITLE.exec(head);
    if (title) {
      const start = title.index + (title[1]?.length ?? 0);
      const end = title.index + title[0].length;
      paragraph(head.slice(0, start), 0);
      paragraph(head.slice(start, end), start);
      narrative(head.slice(end), end);
    } else narrative(head, 0);
    cuts.forEach((cut, i) => {
      paragraph(cut.title, cut.at);
      const start = cut.at + cut.title.length;
      const body = line.slice(start, cuts[i + 1]?.at ?? line.length);
      if (!cut.table) {
        narrative(body, start);
        return;
      }
      const rows = tableLines(body, known);
      if (rows.length > 0) items.push({ kind: 'table', rows, where: where(start), loose: true });
    });
  });
  return items;
}
