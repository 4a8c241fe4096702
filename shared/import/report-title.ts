/**
 * The report's printed title ("××局2024年政府信息公开工作年度报告", on one line or wrapped over two) and the agency
 * and year it names; without a title, the page's own title names them, and the 前言's statistics period the year.
 */
import type { FormatId } from '../formats';
import { paragraphText, type DocItem, type ImportWarning } from './document';
import { isCrawlerHeader } from './page-chrome';
import { stripMarks } from './report-sections';

const TITLE = /^(?:(\d{4})\s*年\s*(?:度\s*)?)?(.*?)\s*(?:(\d{4})\s*年\s*(?:度\s*)?)?政府信息公开(?:工作)?年度?报告(?:\s*[（(][^）)]*[）)])?$/;

export interface ReportTitle {
  /** the title as printed ('' when none was found) */
  printed: string;
  agency: string;
  year: number | null;
  /** how many paragraphs stand before the title: the page's, left out */
  before: number;
  /** where the report's body starts, after the title */
  bodyStart: number;
}

/** The agency and year a title names. */
function namedBy(m: RegExpExecArray | null): { agency: string; year: number | null } {
  // "某局关于2020年度政府信息公开工作年度报告": 关于 belongs to the title, not to the agency's name.
  const agency = (m?.[2] ?? '').replace(/\s+/g, '').replace(/关于$/, '');
  const y = m?.[1] ?? m?.[3];
  return { agency, year: y ? Number(y) : null };
}

/** The title before the first section title (`firstSection`); a report without one is noted. */
export function findTitle(items: readonly DocItem[], firstSection: number, warnings: ImportWarning[]): ReportTitle {
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
  if (titleIndex > firstSection) titleIndex = -1;
  if (titleIndex < 0) return { ...pageTitle(items.slice(0, firstSection), items[0]?.where ?? '', warnings), before: 0, bodyStart: 0 };
  const bodyStart = titleIndex + titleSpan;
  let printed = titleSpan === 2 ? `${titleText(titleIndex).trim()}${titleText(titleIndex + 1).trim()}` : titleText(titleIndex);
  const named = namedBy(TITLE.exec(printed));
  // A title broken over two lines: the agency stands alone on the line before "YYYY年政府信息公开工作年度报告".
  const before = items[titleIndex - 1];
  const prevText = before?.kind === 'paragraph' ? stripMarks(paragraphText(before)) : '';
  if (!named.agency && prevText && prevText.length <= 40 && !/[。，；：:]/.test(prevText)) {
    named.agency = prevText.replace(/\s+/g, '');
    printed = `${named.agency}${printed}`;
    titleIndex -= 1;
  }
  return { printed, ...named, before: titleIndex, bodyStart };
}

/** No title printed in the report: the page's own title (a crawler's "标题: …") still names agency and year. */
function pageTitle(head: readonly DocItem[], where: string, warnings: ImportWarning[]): { printed: string; agency: string; year: number | null } {
  const header = head.find((it) => it.kind === 'paragraph' && /^标题\s*[:：]/.test(paragraphText(it).trim()));
  const printed = header
    ? stripMarks(
        paragraphText(header)
          .trim()
          .replace(/^标题\s*[:：]\s*/, ''),
      )
    : '';
  const m = TITLE.exec(printed);
  if (m) {
    warnings.push({ where: header?.where ?? '', message: `报告正文没有印标题，机关名称和年度取自网页的标题“${printed}”，请核对` });
    return { printed, ...namedBy(m) };
  }
  warnings.push({ where, message: '未找到“××××年政府信息公开工作年度报告”标题，机关名称和年度请在导入后填写' });
  return { printed: '', agency: '', year: null };
}

/** A title without a year: the 前言's statistics period gives it, or else the format's years; either is noted. */
export function yearFromPreface(preface: readonly DocItem[], formatId: FormatId, warnings: ImportWarning[]): number {
  // The 前言 states the statistics period: "统计期限为2024年1月1日至2024年12月31日".
  const period = /统计期限[^。]{0,12}?(\d{4})\s*年\s*1\s*月\s*1\s*日/.exec(preface.map((it) => paragraphText(it)).join('\n'));
  if (period) {
    const year = Number(period[1]);
    warnings.push({ where: '前言', message: `标题中没有年度，已按前言中的统计期限取${year}年，请核对` });
    return year;
  }
  const year = formatId === 'gip-2019' ? 2020 : new Date().getFullYear() - 1;
  warnings.push({ where: '标题', message: `标题和前言中都未找到年度，已按表格格式暂定为${year}年，请在导入后改正` });
  return year;
}
