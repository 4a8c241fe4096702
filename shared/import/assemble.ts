/**
 * From a neutral document (paragraphs and tables, whatever the file type) to a report: the title gives agency
 * and year, the section titles of the format split the text, the tables are read by their labels, and the
 * format version is the one whose labels the tables use.
 */
import { UserError } from '../errors';
import { FORMAT_IDS, formatForYear, getFormat, TABLE_KEYS, type FormatId, type NarrativeSectionKey, type TableKey } from '../formats';
import { CURRENT_SCHEMA_VERSION, derivedTitle, reportSchema, type Block, type Report, type Run } from '../model/report';
import { describeIssues } from '../model/load';
import { matchSectionTitle } from './headings';
import { isContactLine } from '../checks/personal-data';
import { isCrawlerHeader, isPageChrome, withoutBar } from './page-chrome';
import { paragraphText, type DocItem, type ImportWarning } from './document';
import { labelKey } from './labels';
import { HEADING_NUMBERS } from './numbering';
import type { GluedRow } from './digit-solver';
import { readT2, readT3, readT4, settleGlued, type SourceRow, type TableReading } from './tables';

export interface ImportResult {
  report: Report;
  warnings: ImportWarning[];
  /** 二's rows of figures run together, kept to be settled again with last year's report (settleWithPrior) */
  glued?: { rows: GluedRow[]; warnings: ImportWarning[] };
}

/** A source that is no report: a user error; the importer adds the file's name in front. */
export class ImportError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

type SectionKey = NarrativeSectionKey | TableKey;

const TITLE = /^(?:(\d{4})\s*年\s*(?:度\s*)?)?(.*?)\s*(?:(\d{4})\s*年\s*(?:度\s*)?)?政府信息公开(?:工作)?年度?报告(?:\s*[（(][^）)]*[）)])?$/;
const DATE_LINE = /^[（(]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]?$/;

function stripMarks(text: string): string {
  return text.replace(/^#+\s*/, '').trim();
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** 人民政府 reports, and region-wide reports titled by the place alone, are government reports (F4, G3). */
export function agencyKindOf(agency: string): Report['agencyKind'] {
  if (/人民政府$/.test(agency)) return 'government';
  if (/^[\u4e00-\u9fff]{1,12}(省|市|县|区|州|盟|旗|镇|乡)$/.test(agency) && !/(局|委|办|厅|署|院|部|所|中心)/.test(agency)) {
    return 'government';
  }
  return 'department';
}

function sectionMatcher(): (text: string) => { key: SectionKey; title: string; variant: boolean } | null {
  const def = getFormat('gip-2021').def;
  const map = new Map<string, { key: SectionKey; title: string; variant: boolean }>();
  for (const s of def.sections) {
    map.set(labelKey(s.title), { key: s.key, title: s.title, variant: false });
    for (const v of s.titleVariants) map.set(labelKey(v), { key: s.key, title: s.title, variant: true });
  }
  return (text) => {
    // "一." "一 、" "（一）" are all seen for the first-level numbers; the format prints "一、".
    const k = labelKey(stripMarks(text))
      .replace(/[。：]$/, '')
      .replace(/^[（(]?([一二三四五六])[）).．、]+/, '$1、');
    const exact = map.get(k);
    if (exact) return exact;
    // "一、总体情况（摘要）": a section title with a remark after it.
    const bare = map.get(k.replace(/（[^）]*）$/, ''));
    if (bare) return { ...bare, variant: true };
    // 与 for 、, 工作 left out, 行政法复议: the ways real reports print the titles.
    const shaped = matchSectionTitle(k);
    return shaped ? { ...shaped, variant: true } : null;
  };
}

/** A short numbered line is a heading; a long one starts with a run-in heading, printed bold. */
function narrativeBlock(runs: Run[]): Block[] {
  const text = runs
    .map((r) => r.text)
    .join('')
    .trim();
  const mark = HEADING_NUMBERS.find(([re]) => re.test(text));
  if (mark) {
    const [, level] = mark;
    const inner = text.slice(0, -1);
    if (text.length <= 30 && !/[。；]/.test(inner)) return [{ kind: 'heading', level, text: text.replace(/[。：:]$/, '') }];
    const stop = text.indexOf('。');
    if (stop > 0 && stop <= 40 && !runs.some((r) => r.bold)) {
      return [{ kind: 'paragraph', runs: [{ text: text.slice(0, stop + 1), bold: true }, { text: text.slice(stop + 1) }] }];
    }
  }
  return [{ kind: 'paragraph', runs: runs.map((r) => (r.bold ? { text: r.text, bold: true } : { text: r.text })) }];
}

const FIGURE_CAPTION = /^图\s*\d+(?:\s*[：:.．]?\s*\S.*)?$/;

function toBlocks(items: DocItem[], warnings: ImportWarning[]): Block[] {
  const blocks: Block[] = [];
  for (const item of items) {
    if (item.kind === 'figure') {
      if (item.src === '') warnings.push({ where: item.where, message: '图片是外部链接或已缺失，未能导入，请在编辑器中补上图片' });
      blocks.push({ kind: 'figure', src: item.src, caption: item.caption });
      continue;
    }
    if (item.kind === 'table') {
      warnings.push({ where: item.where, message: '正文中的表格无法作为正文导入，已按段落保留其文字' });
      for (const row of item.rows) blocks.push({ kind: 'paragraph', runs: [{ text: row.filter((c) => c).join('　') }] });
      continue;
    }
    const text = paragraphText(item).trim();
    if (text === '') continue;
    if (FIGURE_CAPTION.test(text) && text.length <= 40) {
      const prev = blocks[blocks.length - 1];
      if (prev?.kind === 'figure' && prev.caption === '') {
        prev.caption = text;
      } else {
        warnings.push({ where: item.where, message: `“${text}”只有图题，图片未能导入，请在编辑器中补上图片` });
        blocks.push({ kind: 'figure', src: '', caption: text });
      }
      continue;
    }
    blocks.push(...narrativeBlock(item.runs));
  }
  return blocks;
}

/** The labels that only one table prints, per table, as comparison keys: they tell a table by its content. */
function tableLabels(): Record<TableKey, Set<string>> {
  const out: Record<TableKey, Set<string>> = { t2: new Set(), t3: new Set(), t4: new Set() };
  for (const id of FORMAT_IDS) {
    const f = getFormat(id);
    for (const b of f.def.t2.blocks) {
      out.t2.add(labelKey(b.heading));
      for (const r of b.rows) out.t2.add(labelKey(r.label));
    }
    for (const r of f.t3Rows) out.t3.add(labelKey(r.label));
    for (const g of f.def.t4.groups) out.t4.add(labelKey(g.label));
    for (const o of f.def.t4.outcomes) out.t4.add(labelKey(o.label));
  }
  // A label two tables share (总计) tells nothing.
  for (const t of TABLE_KEYS) for (const k of out[t]) if (TABLE_KEYS.some((u) => u !== t && out[u].has(k))) out[t].delete(k);
  return out;
}

/** Which table a printed table is, by the labels in its cells; null when no table's labels are there. */
function tableOf(item: Extract<DocItem, { kind: 'table' }>, labels: Record<TableKey, Set<string>>): TableKey | null {
  const cells = item.rows.flat().map(labelKey);
  const score = TABLE_KEYS.map((t) => ({ t, n: cells.filter((c) => labels[t].has(c)).length }));
  const best = score.sort((a, b) => b.n - a.n)[0];
  return best && best.n >= 4 && best.n >= 2 * (score[1]?.n ?? 0) ? best.t : null;
}

/**
 * A table under a heading the report printed its own way, or under the wrong one, is put where its labels say it
 * belongs, when that table has none yet.
 */
function placeTablesByLabels(bySection: Map<SectionKey, DocItem[]>, warnings: ImportWarning[]): void {
  const labels = tableLabels();
  // Only into a table section that has nothing at all (a heading printed its own way, or none): a section with a
  // picture or tab-separated paragraphs keeps what it has.
  const empty = (t: TableKey) => (bySection.get(t) ?? []).length === 0;
  const isTableSection = (k: SectionKey): k is TableKey => (TABLE_KEYS as readonly string[]).includes(k);
  for (const [section, list] of bySection) {
    for (const item of [...list]) {
      if (item.kind !== 'table') continue;
      const t = tableOf(item, labels);
      if (!t || t === section || !empty(t)) continue;
      // From under another table's heading only when it is that table's second table; from the text always.
      if (isTableSection(section) && list.filter((x) => x.kind === 'table').length < 2) continue;
      list.splice(list.indexOf(item), 1);
      bySection.set(t, [...(bySection.get(t) ?? []), item]);
      const title = getFormat('gip-2021').def.sections.find((x) => x.key === t)?.title ?? t;
      warnings.push({ where: item.where, message: `这张表格的栏目是“${title}”的，已按该部分导入（原文放在别的标题下）` });
    }
  }
}

function tableRows(items: DocItem[]): SourceRow[] {
  const rows: SourceRow[] = [];
  for (const item of items) {
    if (item.kind === 'table') {
      // "第10行第2037字起" already says where the table starts: its rows count on from there.
      const from = item.where.replace(/起$/, '');
      item.rows.forEach((cells, i) =>
        rows.push({ cells, where: `${from}起第${i + 1}行`, ...(item.loose ? { loose: true } : {}), ...(item.glued ? { glued: true } : {}) }),
      );
    } else if (item.kind === 'paragraph') {
      // A table typed as paragraphs with tabs between its cells (Word, WPS: text pasted from a spreadsheet).
      const text = paragraphText(item);
      rows.push({ cells: text.includes('\t') ? text.split('\t') : [text], where: item.where });
    }
  }
  return rows;
}

/** The labels only one of the formats prints, to tell them apart. */
function detectFormat(t2: SourceRow[], t3: SourceRow[], year: number | null): { id: FormatId; readings: Record<FormatId, TableReading[]> } {
  const readings = {} as Record<FormatId, TableReading[]>;
  let best: FormatId = year !== null ? formatForYear(year) : 'gip-2021';
  let bestScore = -1;
  const scores: Partial<Record<FormatId, number>> = {};
  for (const id of FORMAT_IDS) {
    const f = getFormat(id);
    const r = [readT2(t2, f), readT3(t3, f)];
    readings[id] = r;
    scores[id] = r.reduce((n, x) => n + x.matched, 0);
  }
  for (const id of FORMAT_IDS) {
    const s = scores[id] ?? 0;
    if (s > bestScore || (s === bestScore && year !== null && id === formatForYear(year))) {
      best = id;
      bestScore = s;
    }
  }
  return { id: best, readings };
}

export function assembleReport(items: DocItem[]): ImportResult {
  const warnings: ImportWarning[] = [];
  const matchSection = sectionMatcher();

  // The crawler's "标题: …" line names the report but is not its printed title. A title wrapped inside a word
  // (a PDF from Word: "…工作年度报" / "告") is read across its two lines.
  const titleText = (i: number): string => {
    const it = items[i];
    return it?.kind === 'paragraph' && !isCrawlerHeader(paragraphText(it)) ? stripMarks(paragraphText(it)) : '';
  };
  let titleSpan = 1;
  let titleIndex = items.findIndex((_, i) => {
    if (TITLE.test(titleText(i))) return true;
    const first = titleText(i).trim();
    const next = titleText(i + 1).trim();
    // Only a line that is no title by itself finishing one cut inside a word, after a line shaped like a title's
    // start (no navigation arrows, no sentence punctuation).
    if (next === '' || next.length > 20 || TITLE.test(next) || !/^[\u4e00-\u9fff（）()\d\s]{2,40}$/.test(first)) return false;
    if (!TITLE.test(`${first}${next}`)) return false;
    titleSpan = 2;
    return true;
  });
  const firstSection = items.findIndex((it) => it.kind === 'paragraph' && matchSection(paragraphText(it)));
  if (firstSection < 0) {
    const firstText = items.map((it) => paragraphText(it).trim()).find((t) => t !== '') ?? '';
    const opening = firstText.length > 20 ? `${firstText.slice(0, 20)}…` : firstText;
    throw new ImportError(
      `未找到“一、总体情况”“二、主动公开政府信息情况”等部分标题（全文${items.length}段${opening ? `，第1段为“${opening}”` : ''}），这不像是一份政府信息公开工作年度报告`,
    );
  }
  if (titleIndex > firstSection) titleIndex = -1;
  const bodyStart = titleIndex < 0 ? 0 : titleIndex + titleSpan;
  /** what of the page around the report was left out: paragraphs before the title, bar items, the footer */
  const left = { before: 0, header: 0, bar: 0, after: 0 };
  let agency = '';
  let year: number | null = null;
  let printedTitle = '';
  if (titleIndex >= 0) {
    printedTitle = titleSpan === 2 ? `${titleText(titleIndex).trim()}${titleText(titleIndex + 1).trim()}` : titleText(titleIndex);
    const m = TITLE.exec(printedTitle);
    // "某局关于2020年度政府信息公开工作年度报告": 关于 belongs to the title, not to the agency's name.
    agency = (m?.[2] ?? '').replace(/\s+/g, '').replace(/关于$/, '');
    // A title broken over two lines: the agency stands alone on the line before "YYYY年政府信息公开工作年度报告".
    const before = items[titleIndex - 1];
    const prevText = before?.kind === 'paragraph' ? stripMarks(paragraphText(before)) : '';
    if (!agency && prevText && prevText.length <= 40 && !/[。，；：:]/.test(prevText)) {
      agency = prevText.replace(/\s+/g, '');
      printedTitle = `${agency}${printedTitle}`;
      titleIndex -= 1;
    }
    const y = m?.[1] ?? m?.[3];
    year = y ? Number(y) : null;
    left.before = titleIndex;
  } else {
    // No title printed in the report: the page's own title (a crawler's "标题: …") still names agency and year.
    const header = items.slice(0, firstSection).find((it) => it.kind === 'paragraph' && /^标题\s*[:：]/.test(paragraphText(it).trim()));
    const pageTitle = header
      ? stripMarks(
          paragraphText(header)
            .trim()
            .replace(/^标题\s*[:：]\s*/, ''),
        )
      : '';
    const m = TITLE.exec(pageTitle);
    if (m) {
      agency = (m[2] ?? '').replace(/\s+/g, '').replace(/关于$/, '');
      const y = m[1] ?? m[3];
      year = y ? Number(y) : null;
      printedTitle = pageTitle;
      warnings.push({ where: header?.where ?? '', message: `报告正文没有印标题，机关名称和年度取自网页的标题“${pageTitle}”，请核对` });
    } else {
      warnings.push({ where: items[0]?.where ?? '', message: '未找到“××××年政府信息公开工作年度报告”标题，机关名称和年度请在导入后填写' });
    }
  }

  const bySection = new Map<SectionKey, DocItem[]>();
  const isChrome = (it: DocItem) => it.kind === 'paragraph' && isPageChrome(paragraphText(it));
  let current: SectionKey = 'preface';
  let signoffDate: string | undefined;
  for (const item of items.slice(bodyStart)) {
    if (item.kind === 'paragraph') {
      const text = paragraphText(item);
      const s = matchSection(text);
      if (s) {
        current = s.key;
        if (s.variant) warnings.push({ where: item.where, message: `部分标题“${stripMarks(text)}”不规范，已按“${s.title}”导入` });
        continue;
      }
      const date = DATE_LINE.exec(text.trim());
      if (date && current === 'preface' && (bySection.get('preface')?.length ?? 0) === 0) {
        signoffDate = isoDate(date[1] ?? '', date[2] ?? '', date[3] ?? '');
        continue;
      }
    }
    const list = bySection.get(current) ?? [];
    list.push(item);
    bySection.set(current, list);
  }

  // The site's bar between the title and the report (来源/时间, 微信 微博, 相关链接 and the title again).
  const preface = bySection.get('preface') ?? [];
  const prefaceKept = preface.filter((it) => !isChrome(it));
  left.header += preface.filter((it) => it.kind === 'paragraph' && isCrawlerHeader(paragraphText(it))).length;
  left.bar += preface.length - prefaceKept.length - left.header;
  // The article's own title printed again under the page's heading (on one or two lines).
  const titleKey = printedTitle.replace(/\s+/g, '');
  for (let joined = '', n = 0; titleKey && n < Math.min(3, prefaceKept.length); n++) {
    const it = prefaceKept[n];
    joined += it?.kind === 'paragraph' ? paragraphText(it).replace(/\s+/g, '') : '\u0000';
    if (joined === titleKey) {
      prefaceKept.splice(0, n + 1);
      left.bar += n + 1;
      break;
    }
    if (!titleKey.startsWith(joined)) break;
  }
  const firstPreface = prefaceKept[0];
  if (firstPreface?.kind === 'paragraph') {
    const text = paragraphText(firstPreface);
    let rest = withoutBar(text);
    const title = printedTitle.replace(/\s+/g, '');
    if (rest !== text.trim() && title && rest.replace(/\s+/g, '').startsWith(title)) {
      // Drop the title's characters (spaces in the copy ignored) from the front.
      let n = 0;
      let i = 0;
      while (i < rest.length && n < title.length) if (!/\s/.test(rest[i++] ?? '')) n++;
      rest = rest.slice(i).trim();
    }
    if (rest !== text.trim()) {
      left.bar++;
      prefaceKept[0] = { kind: 'paragraph', runs: [{ text: rest }], where: firstPreface.where };
    }
  }
  bySection.set('preface', prefaceKept);

  // The 落款 (agency name, then the date) closes 六; after it come the page's attachments bar and footer, except
  // a contact line some reports print below their 落款 (the agency's, "（联系人：…，联系方式：…）").
  const other = bySection.get('other') ?? [];
  const signoff = other.findIndex((it, i) => i > 0 && it.kind === 'paragraph' && DATE_LINE.test(paragraphText(it).trim()));
  const contacts: DocItem[] = [];
  if (signoff >= 0) {
    const after = other.splice(signoff + 1);
    for (const it of after) {
      if (it.kind === 'paragraph' && isContactLine(paragraphText(it)) && contacts.length === after.indexOf(it)) contacts.push(it);
      // A table after the 落款 is a 附表 of the report, not the page's footer: its labels say where it goes.
      else if (it.kind === 'table') contacts.push(it);
      else left.after++;
    }
  }
  const lastText = (i: number): string => {
    const it = other[other.length - i];
    return it && it.kind === 'paragraph' ? paragraphText(it).trim() : '';
  };
  const closing = DATE_LINE.exec(lastText(1));
  if (closing) {
    signoffDate = isoDate(closing[1] ?? '', closing[2] ?? '', closing[3] ?? '');
    other.pop();
    const name = lastText(1).replace(/\s+/g, '');
    if (name && name.length <= 30 && !/[。，；]/.test(name)) {
      if (!agency) agency = name;
      other.pop();
    }
  }

  other.push(...contacts);
  const leftOut = [
    left.before > 0 ? `标题之前的 ${left.before} 段（导航、来源说明）` : '',
    left.header > 0 ? `网页抓取工具加上的 ${left.header} 行说明（标题、发布时间、原文链接等）` : '',
    left.bar > 0 ? `标题与正文之间的 ${left.bar} 处网页栏目（来源、时间、分享、相关链接）` : '',
    left.after > 0 ? `落款之后的 ${left.after} 段（附件下载、页脚、友情链接等）` : '',
  ].filter(Boolean);
  if (leftOut.length > 0) warnings.push({ where: items[0]?.where ?? '', message: `网页中报告以外的内容未导入：${leftOut.join('；')}` });

  placeTablesByLabels(bySection, warnings);
  const t2Rows = tableRows(bySection.get('t2') ?? []);
  const t3Rows = tableRows(bySection.get('t3') ?? []);
  const t4Rows = tableRows(bySection.get('t4') ?? []);
  const { id: formatId, readings } = detectFormat(t2Rows, t3Rows, year);
  const format = getFormat(formatId);
  if (year === null) {
    // The 前言 states the statistics period: "统计期限为2024年1月1日至2024年12月31日".
    const period = /统计期限[^。]{0,12}?(\d{4})\s*年\s*1\s*月\s*1\s*日/.exec((bySection.get('preface') ?? []).map((it) => paragraphText(it)).join('\n'));
    if (period) {
      year = Number(period[1]);
      warnings.push({ where: '前言', message: `标题中没有年度，已按前言中的统计期限取${year}年，请核对` });
    } else {
      year = formatId === 'gip-2019' ? 2020 : new Date().getFullYear() - 1;
      warnings.push({ where: '标题', message: `标题和前言中都未找到年度，已按表格格式暂定为${year}年，请在导入后改正` });
    }
  }
  const [r2, r3] = readings[formatId];
  const r4 = readT4(t4Rows, format);
  const cells: Record<string, number | null> = {};
  const units: Record<string, '元' | '万元'> = {};
  for (const r of [r2, r3, r4]) {
    if (!r) continue;
    Object.assign(cells, r.cells);
    Object.assign(units, r.units);
    warnings.push(...r.warnings);
  }
  for (const id of format.cellIds) if (!(id in cells)) cells[id] = null;
  const missingTables = TABLE_KEYS.filter((t) => (bySection.get(t) ?? []).length === 0);
  for (const t of missingTables) {
    const title = format.def.sections.find((s) => s.key === t)?.title ?? t;
    warnings.push({ where: title, message: `未找到“${title}”的表格，该表各栏为空白` });
  }
  for (const t of TABLE_KEYS.filter((k) => !missingTables.includes(k))) {
    // The heading is there but no figure was read under it: a table as a picture, or laid out some other way.
    if (format.cellIds.filter((id) => id.startsWith(`${t}.`)).every((id) => cells[id] === null)) {
      const title = format.def.sections.find((s) => s.key === t)?.title ?? t;
      warnings.push({ where: title, message: `“${title}”下没有读到表格中的数字（表格可能是图片，或不是表格形式），该表各栏为空白，请对照原文填写` });
    }
  }

  const sections = {
    preface: toBlocks(bySection.get('preface') ?? [], warnings),
    overview: toBlocks(bySection.get('overview') ?? [], warnings),
    problems: toBlocks(bySection.get('problems') ?? [], warnings),
    other: toBlocks(other, warnings),
  };
  if (!agency) agency = '（未识别的机关）';
  const raw: Record<string, unknown> = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    format: formatId,
    year,
    agency,
    agencyKind: agencyKindOf(agency),
    sections,
    cells,
  };
  const compactTitle = printedTitle.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]$/, '');
  if (compactTitle && compactTitle !== derivedTitle(agency, year)) raw.title = compactTitle;
  if (Object.keys(units).length > 0) raw.units = units;
  if (signoffDate) raw.signoff = { date: signoffDate };
  const parsed = reportSchema.safeParse(raw);
  if (!parsed.success) throw new ImportError(`导入结果不完整：${describeIssues(parsed.error)[0] ?? ''}`);
  return { report: parsed.data, warnings, ...(r2?.glued ? { glued: r2.glued } : {}) };
}

/**
 * Settles 二's figures run together again with last year's report of the same agency (X2: its 现行有效件数), where
 * the table alone left them blank; the notes given before on those rows are replaced.
 */
export function settleWithPrior(result: ImportResult, prior: Report): ImportResult {
  const format = getFormat(result.report.format);
  if (!result.glued || prior.format !== format.def.id || prior.year !== result.report.year - 1 || format.stocks.length === 0) return result;
  const before = new Set(result.glued.warnings);
  const reading = { cells: { ...result.report.cells }, warnings: [] as ImportWarning[] };
  const notes = settleGlued(reading, format, 't2', result.glued.rows, prior);
  const warnings = [...result.warnings.filter((w) => !before.has(w)), ...notes];
  return { report: { ...result.report, cells: reading.cells }, warnings, glued: { rows: result.glued.rows, warnings: notes } };
}
