/**
 * Text with no line breaks (a crawler's or a PDF viewer's copy: the whole report on one line, table cells
 * separated by spaces) rebuilt into the neutral document: the section titles of the formats are found inside
 * the line, narrative parts split at their "（一）" headings, and table parts split into rows where a label
 * follows figures.
 */
import { FORMAT_IDS, getFormat } from '../formats';
import { sectionTitles } from './headings';
import { CONTACT_WORDS } from '../checks/personal-data';
import { isCrawlerHeader, withoutTrailingBar } from './page-chrome';
import { isNumericCell } from './cell-values';
import type { DocItem } from './document';
import { unnumberedKey } from './labels';

/** A line this long with a section title inside it is a whole report on one line. */
const LONG_LINE = 400;

/** The report on one line: a long line that has section titles inside it, not at its start. */
export function isOneLine(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  // Lines with tabs between cells are a table laid out line by line: a document on many lines, not on one.
  if (lines.filter((l) => l.includes('\t')).length >= 3) return false;
  const long = lines.filter((l) => l.length >= LONG_LINE);
  if (long.length === 0) return false;
  const titles = sectionTitles();
  return long.some((l) => titles.filter((t) => [...l.matchAll(t.pattern)].some((m) => m.index > 0)).length >= 2);
}

const MARKER = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])/;
const TITLE = /(^|[\s。：:=])[^\s。：:=]{0,50}?政府信息公开(?:工作)?年度?报告/;
/** The 落款 at the end of the text: the agency, the date, and a contact line some print after them. */
const CLOSING = new RegExp(
  `^(.*?)\\s*([\\u4e00-\\u9fff]{2,30})\\s*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*([（(]\\s*(?:${CONTACT_WORDS})[：:][^）)]*[）)])?\\s*$`,
);

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

/** Every text the formats print in their tables (labels, headers, notes), longest first, as printed. */
function printedLabels(): string[] {
  const texts = new Set<string>();
  for (const id of FORMAT_IDS) {
    const f = getFormat(id);
    for (const grid of Object.values(f.grids)) {
      for (const row of grid.rows) {
        for (const c of row) {
          if (c.role === 'value') continue;
          const text = c.text?.replace(/\s+/g, '') ?? '';
          const note = c.note?.replace(/\s+/g, '') ?? '';
          for (const t of [text, note, text + note]) if (t.length >= 2) texts.add(t);
        }
      }
    }
  }
  return [...texts].sort((a, b) => b.length - a.length);
}

/**
 * A token of labels run together ("…其他一、本年新收政府信息公开申请数量") cut at the printed labels it ends with,
 * from the end: each cut-off part is one of the format's own texts. A token that is a label stays whole.
 */
function splitLabels(token: string, labels: readonly string[]): string[] {
  const out: string[] = [];
  let rest = token;
  while (rest !== '' && !labels.includes(rest)) {
    const tail = labels.find((l) => l.length < rest.length && rest.endsWith(l));
    if (!tail) break;
    out.unshift(tail);
    rest = rest.slice(0, rest.length - tail.length);
  }
  if (rest !== '') out.unshift(rest);
  return out;
}

/** Unit words a figure may carry ("2件", "3443000元"): they stay with the figure. */
const UNIT_AFTER = '(?!万元|元|件|个|项|次)';

/**
 * Figures glued to the labels around them, as a crawler's text of a page has them ("申请数量15130000154二、",
 * "…政府信息10000012.没有现成信息", "行政许可1-10"), set apart by spaces: the run of figures keeps its digits
 * together (the table's identities settle how they split), an item number ("2.") goes with the label after it.
 */
export function separateFigures(segment: string): string {
  return (
    segment
      // the last digit before "2.没有…" is the next item's number (items run 1–8)
      .replace(/(\d)(\d[.．](?=[\u4e00-\u9fff]))/g, '$1 $2')
      // a category, then its first item: "（四）无法提供1.本机关…"
      .replace(/([\u4e00-\u9fff）)])(\d[.．](?=[\u4e00-\u9fff]))/g, '$1 $2')
      // a label, then figures (not an item number "1.属于…")
      .replace(/([\u4e00-\u9fff）)”」])(\d+(?:[.．]\d+)?)(?![\d.．、])/g, '$1 $2')
      // figures, then a label
      .replace(new RegExp(`(\\d)(?=${UNIT_AFTER}[（(\\u4e00-\\u9fff“])`, 'g'), '$1 ')
      // a figure, then a signed one ("1-10": 上一年 1, 本年增/减 -10)
      .replace(/(\d)([-−]\d)/g, '$1 $2')
  );
}

/**
 * Table cells from space-separated tokens: a label of the format, or a numbered item, starts a cell; other words
 * continue the label before them (a label with spaces in it); a label after figures starts a row.
 */
function tableLines(segment: string, known: Set<string>, labels: readonly string[]): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let hasFigures = false;
  const tokens = separateFigures(segment)
    .split(/[\s\u3000]+/)
    .filter((t) => t !== '')
    .flatMap((t) => (isNumericCell(t) ? [t] : splitLabels(t, labels)));
  for (const token of tokens) {
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
  const labels = printedLabels();
  const items: DocItem[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, lineIndex) => {
    if (line.trim() === '') return;
    const where = (offset: number) => `第${lineIndex + 1}行第${offset + 1}字起`;
    // The crawler's header ("标题: …", "原文链接: …") is one paragraph each, its title not the report's.
    if (isCrawlerHeader(line)) {
      items.push({ kind: 'paragraph', runs: [{ text: line.trim() }], where: where(0) });
      return;
    }
    // Cut the line at every section title.
    const cuts: { at: number; title: string; table: boolean }[] = [];
    for (const t of titles) {
      for (const m of line.matchAll(t.pattern)) {
        const i = m.index;
        if (!cuts.some((c) => i < c.at + c.title.length && c.at < i + m[0].length)) cuts.push({ at: i, title: m[0], table: t.table });
      }
    }
    cuts.sort((a, b) => a.at - b.at);
    // Figures printed with leading zeros anywhere in the line's tables: its cells run together, blanks are not lost.
    const glued = cuts.some((c, i) => c.table && /(?:^|[^\d.])0\d/.test(separateFigures(line.slice(c.at + c.title.length, cuts[i + 1]?.at ?? line.length))));
    const paragraph = (s: string, at: number) => {
      const trimmed = s.trim();
      if (trimmed !== '') items.push({ kind: 'paragraph', runs: [{ text: trimmed }], where: where(at) });
    };
    const narrative = (s: string, at: number) => {
      // Second-level headings "（一）…" start paragraphs; a closing agency name and date end the last part.
      const parts = s.split(/(?=[（(][一二三四五六七八九十]+[）)])/);
      let offset = at;
      parts.forEach((part, i) => {
        // The site's attachments bar run onto the 落款 ("… 2020年1月2日 附件下载") is the page's, not the report's.
        const closing = i === parts.length - 1 ? CLOSING.exec(withoutTrailingBar(part)) : null;
        if (closing) {
          paragraph(closing[1] ?? '', offset);
          paragraph(closing[2] ?? '', offset);
          paragraph(closing[3] ?? '', offset);
          paragraph(closing[4] ?? '', offset);
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
      const rows = tableLines(body, known, labels);
      if (rows.length > 0) items.push({ kind: 'table', rows, where: where(start), loose: true, ...(glued ? { glued: true } : {}) });
    });
  });
  return items;
}
