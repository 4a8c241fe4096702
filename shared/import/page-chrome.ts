/**
 * What a government site or a crawler puts around a report: the crawler's header lines (标题: … 原文链接: …), the
 * page's navigation, source and share bar (当前位置、来源/时间、微信 微博、全真版/文字版、相关链接), and after the 落款
 * its attachments bar and footer (附件下载、扫一扫、友情链接…). None of it is the report: it is left out on import, and
 * one note says how much was.
 */
import { isContactLine } from '../checks/personal-data';
import { paragraphText, type DocItem, type ImportWarning } from './document';
import { DATE_LINE } from './report-sections';

/** A crawler's header line of an article ("标题: …", "原文链接: …", the "==== 正文 ====" rule). */
const CRAWLER_HEADER = /^(?:(?:标题|发布时间|文号|发布机构|栏目|原文链接|本地目录|来源网址|采集时间)\s*[:：]|页面链接与图片详见|=+\s*正文\s*=+$)/;

/** One item of a site's article bar, as it stands alone or runs together with others on one line. */
const BAR_ITEM =
  /^(?:当前位置[：:][^。]*?(?=来源[：:]|$)|来源[：:]\s*[^\s：:]{0,40}?\s*时间[：:]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|来源[：:]\s*\S{0,40}|(?:发布)?时间[：:]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|-->|微信|微博|QQ空间|全真版|文字版|文件下载|相关链接[：:]?|分享到[：:]?|【?字号[：:]?[大中小\s]*】?|【[大中小]】|打印(?:本页)?|关闭(?:窗口|本页)?|浏览次数[：:]\s*\d*|阅读次数[：:]\s*\d*|附件下载|附件[：:]|扫一扫在手机上查看当前页面)\s*/;

/** Whether a paragraph is the crawler's header. */
export function isCrawlerHeader(text: string): boolean {
  return CRAWLER_HEADER.test(text.trim());
}

/** The paragraph with the site's bar items at its start removed (all of it when it is nothing else). */
export function withoutBar(text: string): string {
  let rest = text.trim();
  for (let m = BAR_ITEM.exec(rest); m && m[0] !== ''; m = BAR_ITEM.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
}

/** Whether a paragraph is only the site's bar (navigation, source, share links) or the crawler's header. */
export function isPageChrome(text: string): boolean {
  return isCrawlerHeader(text) || (text.trim() !== '' && withoutBar(text) === '');
}

/** Bar items a one-line copy runs onto the end of the report, after the 落款 ("… 2020年1月2日 附件下载"). */
export function withoutTrailingBar(text: string): string {
  return text.replace(/(?:\s*(?:附件下载|附件[：:]?|扫一扫在手机上查看当前页面|打印本页|关闭窗口|【[大中小]】))+\s*$/, '');
}

/** What of the page around the report was left out: paragraphs before the title, crawler lines, bar items, the footer. */
export interface LeftOut {
  before: number;
  header: number;
  bar: number;
  after: number;
}

/** The 前言 without the site's bar between the title and the report (来源/时间, 微信 微博, 相关链接 and the title again). */
export function withoutPrefaceChrome(preface: readonly DocItem[], printedTitle: string, left: LeftOut): DocItem[] {
  const prefaceKept = preface.filter((it) => !(it.kind === 'paragraph' && isPageChrome(paragraphText(it))));
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
    if (rest !== text.trim() && titleKey && rest.replace(/\s+/g, '').startsWith(titleKey)) {
      // Drop the title's characters (spaces in the copy ignored) from the front.
      let n = 0;
      let i = 0;
      while (i < rest.length && n < titleKey.length) if (!/\s/.test(rest[i++] ?? '')) n++;
      rest = rest.slice(i).trim();
    }
    if (rest !== text.trim()) {
      left.bar++;
      prefaceKept[0] = { kind: 'paragraph', runs: [{ text: rest }], where: firstPreface.where };
    }
  }
  return prefaceKept;
}

/**
 * The 落款 (agency name, then the date) closes 六; after it come the page's attachments bar and footer, cut off
 * `other` here. Returned: what of it belongs to the report, a contact line some reports print below their 落款
 * (the agency's, "（联系人：…，联系方式：…）") and a table.
 */
export function cutFooter(other: DocItem[], left: LeftOut): DocItem[] {
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
  return contacts;
}

/** The one note on what was left out, if anything was. */
export function leftOutNote(left: LeftOut, where: string): ImportWarning | null {
  const leftOut = [
    left.before > 0 ? `标题之前的 ${left.before} 段（导航、来源说明）` : '',
    left.header > 0 ? `网页抓取工具加上的 ${left.header} 行说明（标题、发布时间、原文链接等）` : '',
    left.bar > 0 ? `标题与正文之间的 ${left.bar} 处网页栏目（来源、时间、分享、相关链接）` : '',
    left.after > 0 ? `落款之后的 ${left.after} 段（附件下载、页脚、友情链接等）` : '',
  ].filter(Boolean);
  return leftOut.length > 0 ? { where, message: `网页中报告以外的内容未导入：${leftOut.join('；')}` } : null;
}
