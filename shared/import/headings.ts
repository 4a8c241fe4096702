/**
 * The six section titles as real reports print them: the formats' titles and their listed variants, each also
 * with 与 / 和 / 及 or nothing for its 、, with or without 工作 after 政府信息公开, and 行政法复议 for 行政复议 (a typo
 * seen in published reports). One pattern per title serves both the reader of one-line text (titles found inside
 * a line) and the assembler (a paragraph that is a title); anything but the format's own title is a variant, which
 * the import notes (G2).
 */
import { FORMAT_IDS, getFormat, type SectionDef } from '../formats';

type SectionKey = SectionDef['key'];

export interface SectionTitle {
  key: SectionKey;
  /** the format's title */
  title: string;
  table: boolean;
  /** global: finds the title inside a line */
  pattern: RegExp;
  /** the whole text is the title */
  whole: RegExp;
}

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The regular expression source of a title and the ways reports vary it; spaces allowed between characters. */
function titleSource(text: string): string {
  const number = text.slice(0, text.indexOf('、') + 1);
  const body = text
    .slice(number.length)
    .replace(/政府信息公开工作/g, '政府信息公开')
    .replace(/行政复议/g, '行政\u0001复议');
  const parts: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? '';
    if (ch === '、' || ch === '与' || ch === '和' || ch === '及') parts.push('[、与和及]?');
    else if (ch === '\u0001') parts.push('法?');
    else parts.push(escape(ch));
    if (body.slice(0, i + 1).endsWith('政府信息公开')) parts.push('(?:工作)?');
  }
  // Some reports add a section of their own (七 parts: "二、政务公开工作主要任务落实情况"), so the
  // official titles come renumbered; the title's own words decide, its number is a variant.
  const head = number ? '[一二三四五六七八九十]{1,2}[、.．]' : '';
  return head + parts.join('\\s*');
}

let cached: SectionTitle[] | null = null;

/** Every section title of every format, longest first (a variant is not cut by the plain title it starts with). */
export function sectionTitles(): readonly SectionTitle[] {
  if (cached) return cached;
  const seen = new Map<string, SectionTitle>();
  for (const id of FORMAT_IDS) {
    for (const s of getFormat(id).def.sections) {
      for (const t of [s.title, ...s.titleVariants]) {
        const source = titleSource(t);
        if (!seen.has(t))
          seen.set(t, { key: s.key, title: s.title, table: s.kind === 'table', pattern: new RegExp(source, 'g'), whole: new RegExp(`^(?:${source})$`) });
      }
    }
  }
  cached = [...seen.entries()].sort((a, b) => b[0].length - a[0].length).map(([, v]) => v);
  return cached;
}

/** The section a whole text is the title of (compared without spaces), and whether it is printed as a variant. */
export function matchSectionTitle(text: string): { key: SectionKey; title: string; variant: boolean } | null {
  const t = text.replace(/[\s\u00A0\u3000]/g, '');
  for (const s of sectionTitles()) if (s.whole.test(t)) return { key: s.key, title: s.title, variant: t !== s.title };
  return null;
}
