/**
 * The narrative parts as the report's blocks: headings by their numbers, run-in headings printed bold, figures with
 * their captions. A table in the text cannot be a block: its text is kept as paragraphs, and noted.
 */
import type { Block, Run } from '../model/report';
import { paragraphText, type DocItem, type ImportWarning } from './document';
import { HEADING_NUMBERS } from './numbering';

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

export function toBlocks(items: readonly DocItem[], warnings: ImportWarning[]): Block[] {
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
