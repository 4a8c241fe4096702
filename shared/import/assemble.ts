/**
 * From a neutral document (paragraphs and tables, whatever the file type) to a report: the title gives agency
 * and year, the section titles of the format split the text, the tables are read by their labels, and the
 * format version is the one whose labels the tables use. Each step has its module: report-title.ts,
 * report-sections.ts, page-chrome.ts (what of the page around the report is left out), report-tables.ts,
 * narrative-blocks.ts.
 */
import { UserError } from '../errors';
import { getFormat } from '../formats';
import { CURRENT_SCHEMA_VERSION, derivedTitle, reportSchema, type Report } from '../model/report';
import { describeIssues } from '../model/load';
import { paragraphText, type DocItem, type ImportWarning } from './document';
import type { GluedRow } from './digit-solver';
import { toBlocks } from './narrative-blocks';
import { cutFooter, leftOutNote, withoutPrefaceChrome, type LeftOut } from './page-chrome';
import { sectionMatcher, splitSections, takeSignoff } from './report-sections';
import { placeTablesByLabels, readTables } from './report-tables';
import { findTitle, yearFromPreface } from './report-title';
import { settleGlued } from './table-reading';

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

/** 人民政府 reports, and region-wide reports titled by the place alone, are government reports (F4, G3). */
export function agencyKindOf(agency: string): Report['agencyKind'] {
  if (/人民政府$/.test(agency)) return 'government';
  if (/^[\u4e00-\u9fff]{1,12}(省|市|县|区|州|盟|旗|镇|乡)$/.test(agency) && !/(局|委|办|厅|署|院|部|所|中心)/.test(agency)) {
    return 'government';
  }
  return 'department';
}

/** A document without a single section title of the format, said with what it does hold. */
function notAReport(items: readonly DocItem[]): ImportError {
  const firstText = items.map((it) => paragraphText(it).trim()).find((t) => t !== '') ?? '';
  const opening = firstText.length > 20 ? `${firstText.slice(0, 20)}…` : firstText;
  return new ImportError(
    `未找到“一、总体情况”“二、主动公开政府信息情况”等部分标题（全文${items.length}段${opening ? `，第1段为“${opening}”` : ''}），这不像是一份政府信息公开工作年度报告`,
  );
}

export function assembleReport(items: DocItem[]): ImportResult {
  const warnings: ImportWarning[] = [];
  const matchSection = sectionMatcher();
  const firstSection = items.findIndex((it) => it.kind === 'paragraph' && matchSection(paragraphText(it)));
  if (firstSection < 0) throw notAReport(items);
  const title = findTitle(items, firstSection, warnings);
  const left: LeftOut = { before: title.before, header: 0, bar: 0, after: 0 };
  const { bySection, signoffDate: prefaceDate } = splitSections(items.slice(title.bodyStart), matchSection, warnings);
  bySection.set('preface', withoutPrefaceChrome(bySection.get('preface') ?? [], title.printed, left));
  const other = bySection.get('other') ?? [];
  const kept = cutFooter(other, left);
  const signoff = takeSignoff(other);
  other.push(...kept);
  const note = leftOutNote(left, items[0]?.where ?? '');
  if (note) warnings.push(note);

  placeTablesByLabels(bySection, warnings);
  const tables = readTables(bySection, title.year);
  const year = title.year ?? yearFromPreface(bySection.get('preface') ?? [], tables.formatId, warnings);
  warnings.push(...tables.warnings);

  const sections = {
    preface: toBlocks(bySection.get('preface') ?? [], warnings),
    overview: toBlocks(bySection.get('overview') ?? [], warnings),
    problems: toBlocks(bySection.get('problems') ?? [], warnings),
    other: toBlocks(other, warnings),
  };
  const agency = title.agency || signoff.name || '（未识别的机关）';
  const raw: Record<string, unknown> = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    format: tables.formatId,
    year,
    agency,
    agencyKind: agencyKindOf(agency),
    sections,
    cells: tables.cells,
  };
  const compactTitle = title.printed.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]$/, '');
  if (compactTitle && compactTitle !== derivedTitle(agency, year)) raw.title = compactTitle;
  if (Object.keys(tables.units).length > 0) raw.units = tables.units;
  const signoffDate = signoff.date ?? prefaceDate;
  if (signoffDate) raw.signoff = { date: signoffDate };
  const parsed = reportSchema.safeParse(raw);
  if (!parsed.success) throw new ImportError(`导入结果不完整：${describeIssues(parsed.error)[0] ?? ''}`);
  return { report: parsed.data, warnings, ...(tables.glued ? { glued: tables.glued } : {}) };
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
