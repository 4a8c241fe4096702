/**
 * Sizes a real report never reaches, checked on every payload the renderer sends before it is parsed further: a
 * hostile or broken page cannot make the main process write a 5 MB paragraph or 100 000 of them. Real reports have
 * some 50 paragraphs of under 3 000 characters, 300 cells and a few pictures; each limit is far above that.
 */
import { FORMAT_IDS, partTitle } from '../formats';

/** bytes of a file to import (a published report is well under 10 MB, pictures included) */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** characters in a file name */
export const MAX_FILE_NAME_CHARS = 260;
/** characters in a path */
export const MAX_PATH_CHARS = 4096;
/** characters in one piece of text (a paragraph run, a heading, a caption, the agency's name, a note) */
export const MAX_TEXT_CHARS = 20_000;
/** characters in one picture (a data: URL of about 10 MB) */
export const MAX_FIGURE_CHARS = 14_000_000;
/** items in one list (paragraphs of a section, runs of a paragraph) */
export const MAX_LIST_ITEMS = 2_000;
/** entries in one table of values (cells, units, confirmed warnings) */
export const MAX_RECORD_ENTRIES = 2_000;
/** characters of all text in one report together, pictures included */
export const MAX_TOTAL_CHARS = 60_000_000;
/** levels of nesting (a report has five) */
export const MAX_DEPTH = 16;

type Path = readonly (string | number)[];

function sectionTitle(key: string): string {
  // The limits are checked before the report is parsed: its format is not known yet.
  return FORMAT_IDS.map((id) => partTitle(id, key)).find((t) => t !== key) ?? key;
}

/** Where a value sits, as a user would name it. */
function place(path: Path): string {
  const [head, key, index] = path;
  if (head === 'sections' && typeof key === 'string') {
    return typeof index === 'number' ? `正文“${sectionTitle(key)}”第 ${index + 1} 段` : `正文“${sectionTitle(key)}”`;
  }
  if (head === 'agency') return '机关名称';
  if (head === 'title') return '标题';
  if (head === 'cells') return '表格数据';
  if (head === 'acknowledgements') return '警告说明';
  return path.length ? `字段“${path.join('.')}”` : '年报';
}

const n = (x: number) => x.toLocaleString('en-US').replace(/,/g, ' ');

/**
 * The first limit a value exceeds, as one Chinese sentence naming the place; null when it is within every limit.
 * Walks without recursion so that deep nesting is itself refused, not a stack overflow.
 */
export function reportSizeProblem(value: unknown): string | null {
  const stack: { v: unknown; path: Path }[] = [{ v: value, path: [] }];
  let total = 0;
  while (stack.length) {
    const { v, path } = stack.pop() as { v: unknown; path: Path };
    if (path.length > MAX_DEPTH) return `年报内容超出上限：${place(path)}嵌套超过 ${MAX_DEPTH} 层，不是本程序的年报数据`;
    if (typeof v === 'string') {
      const figure = path[0] === 'sections' && path[path.length - 1] === 'src';
      const limit = figure ? MAX_FIGURE_CHARS : MAX_TEXT_CHARS;
      if (v.length > limit) {
        return figure
          ? `年报内容超出上限：${place(path)}的图片过大（上限约 ${Math.round((MAX_FIGURE_CHARS * 3) / 4 / 1024 / 1024)} MB），请压缩后再插入`
          : `年报内容超出上限：${place(path)}有 ${n(v.length)} 个字符（上限 ${n(MAX_TEXT_CHARS)}），请检查是否误粘贴了大量内容`;
      }
      total += v.length;
      if (total > MAX_TOTAL_CHARS) return `年报内容超出上限：全部文字和图片合计超过 ${n(MAX_TOTAL_CHARS)} 个字符，请删去多余的图片或文字`;
    } else if (Array.isArray(v)) {
      if (v.length > MAX_LIST_ITEMS) return `年报内容超出上限：${place(path)}有 ${n(v.length)} 项（上限 ${n(MAX_LIST_ITEMS)}），请检查是否误粘贴了大量内容`;
      v.forEach((item, i) => stack.push({ v: item, path: [...path, i] }));
    } else if (typeof v === 'object' && v !== null && !(v instanceof Uint8Array)) {
      const entries = Object.entries(v);
      if (entries.length > MAX_RECORD_ENTRIES)
        return `年报内容超出上限：${place(path)}有 ${n(entries.length)} 项（上限 ${n(MAX_RECORD_ENTRIES)}），不是本程序的年报数据`;
      for (const [k, item] of entries) {
        if (k.length > MAX_TEXT_CHARS) return `年报内容超出上限：${place(path)}中有过长的名称，不是本程序的年报数据`;
        stack.push({ v: item, path: [...path, k] });
      }
    }
  }
  return null;
}
