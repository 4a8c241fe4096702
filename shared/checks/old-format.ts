/**
 * A report in the format in force that still speaks the old one (G14): its text cites the old format's notice
 * (国办公开办函〔2019〕60号) or uses column names only the old format prints (对外公开总数量, 上一年项目数量, 采购总金额…),
 * as reports written over last year's draft do. The old format's notice and labels come from its definition.
 */
import { FORMAT_IDS, getFormat, type CompiledFormat, type FormatId } from '../formats';

export interface OldFormatFinding {
  start: number;
  end: number;
  found: string;
  /** the format the words belong to */
  format: FormatId;
}

function printedTexts(f: CompiledFormat): string[] {
  return Object.values(f.grids).flatMap((g) =>
    g.rows
      .flat()
      .filter((c) => c.role !== 'value')
      .map((c) => (c.text ?? '').replace(/\s+/g, '')),
  );
}

/**
 * The names of 二's columns and blocks: what only a table prints. Row labels are left out, since a report's text
 * rightly names the same matters in words ("政府集中采购项目的目录、标准及实施情况" is 条例 wording).
 */
function tableNames(f: CompiledFormat): string[] {
  return f.def.t2.blocks.flatMap((b) => [b.heading, ...b.columns.map((c) => c.label)]).map((t) => t.replace(/\s+/g, ''));
}

const cache = new Map<FormatId, { format: FormatId; words: string[] }[]>();

/** For a report in `current`, the words of each other format that the current one never prints. */
function foreignWords(current: FormatId): { format: FormatId; words: string[] }[] {
  const hit = cache.get(current);
  if (hit) return hit;
  const own = printedTexts(getFormat(current));
  const out = FORMAT_IDS.filter((id) => id !== current).map((id) => {
    const f = getFormat(id);
    // Only a label of 4 characters or more that no label of the current format contains ("规范性文件" is inside
    // "行政规范性文件"), and the other format's notice, which no report in the current one should cite.
    const labels = [...new Set(tableNames(f))].filter((t) => t.length >= 4 && !own.some((o) => o.includes(t)));
    return { format: id, words: [f.def.source, ...labels] };
  });
  cache.set(current, out);
  return out;
}

/** Only a report in the newer format is held to it: a 2019-format report citing 〔2019〕60号 is right. */
export function oldFormatFindings(current: FormatId, text: string): OldFormatFinding[] {
  if (getFormat(current).def.years.from < Math.max(...FORMAT_IDS.map((id) => getFormat(id).def.years.from))) return [];
  const out: OldFormatFinding[] = [];
  for (const { format, words } of foreignWords(current)) {
    for (const w of words) {
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) out.push({ start: i, end: i + w.length, found: w, format });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface OtherYearFinding {
  start: number;
  end: number;
  found: string;
  /** the year the words name */
  year: number;
}

/**
 * Where a 前言 names the year it reports on: its statistics period and the report's own name, as in
 * "统计期限自2024年1月1日起至2024年12月31日止" and "关于做好2024年政府信息公开工作年度报告……的通知". A 前言 carried over
 * from last year's report keeps last year's there; a comparison ("与2024年相比") is none of these.
 */
const OWN_YEAR_PATTERNS: readonly RegExp[] = [
  /(\d{4})年1月1日起?(?:至|到|—|－|-|～)(?:(\d{4})年)?12月31日/g,
  /(\d{4})年度?(?:政府信息公开|政务公开)?(?:工作)?年度?报告/g,
];

/** G14 in the 前言: its statistics period or the report's name of a year other than the report's. */
export function otherYearFindings(year: number, text: string): OtherYearFinding[] {
  const out: OtherYearFinding[] = [];
  for (const pattern of OWN_YEAR_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const named = [m[1], m[2]].filter((y): y is string => y !== undefined).map(Number);
      const other = named.find((y) => y !== year);
      if (other !== undefined) out.push({ start: m.index, end: m.index + m[0].length, found: m[0], year: other });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
