/**
 * What a government site or a crawler puts around a report: the crawler's header lines (标题: … 原文链接: …), the
 * page's navigation, source and share bar (当前位置、来源/时间、微信 微博、全真版/文字版、相关链接), and after the 落款
 * its attachments bar and footer (附件下载、扫一扫、友情链接…). None of it is the report: it is left out on import, and
 * one note says how much was.
 */

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
