/**
 * The report's parts, split at the format's section titles as real reports print them, and its 落款: the date that
 * closes 六, with the agency's name on the line above it.
 */
import { getFormat, type NarrativeSectionKey, type TableKey } from '../formats';
import { paragraphText, type DocItem, type ImportWarning } from './document';
import { matchSectionTitle } from './headings';
import { labelKey } from './labels';

export type SectionKey = NarrativeSectionKey | TableKey;

type SectionMatch = { key: SectionKey; title: string; variant: boolean };

export const DATE_LINE = /^[（(]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]?$/;

/** The text without the Markdown heading marks a crawler's copy puts in front. */
export function stripMarks(text: string): string {
  return text.replace(/^#+\s*/, '').trim();
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function sectionMatcher(): (text: string) => SectionMatch | null {
  const def = getFormat('gip-2021').def;
  const map = new Map<string, SectionMatch>();
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

/**
 * The body's items by the section they stand under (before the first title: the 前言), and the date of a 落款
 * printed at the head of the 前言. A title printed other than the format prints it is noted.
 */
export function splitSections(
  body: readonly DocItem[],
  matchSection: (text: string) => SectionMatch | null,
  warnings: ImportWarning[],
): { bySection: Map<SectionKey, DocItem[]>; signoffDate: string | undefined } {
  const bySection = new Map<SectionKey, DocItem[]>();
  let current: SectionKey = 'preface';
  let signoffDate: string | undefined;
  for (const item of body) {
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
  return { bySection, signoffDate };
}

/**
 * The 落款 at the end of 六, taken off it: its date, and the agency's name printed above the date ('' when the
 * line above is no name).
 */
export function takeSignoff(other: DocItem[]): { date: string | undefined; name: string } {
  const lastText = (i: number): string => {
    const it = other[other.length - i];
    return it && it.kind === 'paragraph' ? paragraphText(it).trim() : '';
  };
  const closing = DATE_LINE.exec(lastText(1));
  if (!closing) return { date: undefined, name: '' };
  const date = isoDate(closing[1] ?? '', closing[2] ?? '', closing[3] ?? '');
  other.pop();
  const name = lastText(1).replace(/\s+/g, '');
  if (!name || name.length > 30 || /[。，；]/.test(name)) return { date, name: '' };
  other.pop();
  return { date, name };
}
