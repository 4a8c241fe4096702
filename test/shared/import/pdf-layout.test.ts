/**
 * Paragraphs rebuilt from a PDF's lines: a line that ends short of the margin only because line breaking pushed its
 * last word over (a 《 may not end a line, a 、 may not start one, an e-mail address wraps whole) runs on; a short
 * line before a numbered heading or a word that would have fitted ends its paragraph.
 */
import { describe, expect, it } from 'vitest';
import type { DocItem } from '../../../shared/import/document';
import { layoutPdf, type PdfTextRun } from '../../../shared/import/pdf-layout';

const SIZE = 12;
const LEFT = 90;
const PER_LINE = 28;
const width = (text: string) => [...text].reduce((w, ch) => w + (/[\x21-\x7e]/.test(ch) ? 0.5 : 1), 0) * SIZE;
const FULL = '政府信息公开工作坚持以人民为中心的发展思想不断提升公开质量和实效'.slice(0, PER_LINE);

/** Lines set one under another at 28.95 pt, each its own run; `indent` in characters. */
function page(lines: readonly (string | { text: string; indent: number })[]) {
  const runs: PdfTextRun[] = lines.map((line, i) => {
    const { text, indent } = typeof line === 'string' ? { text: line, indent: 0 } : line;
    return { str: text, x: LEFT + indent * SIZE, y: 150 + i * 28.95, width: width(text), size: SIZE };
  });
  return layoutPdf([{ width: 595, height: 842, runs, rules: [] }]);
}

const texts = (items: DocItem[]) => items.map((item) => (item.kind === 'paragraph' ? item.runs.map((r) => r.text).join('') : item.kind));

describe('paragraphs from PDF lines', () => {
  it('runs on past a line one character short because 《 may not end a line, even beside hung punctuation', () => {
    const short = `${FULL.slice(0, PER_LINE - 3)}落实新`;
    const items = page([{ text: FULL.slice(2), indent: 2 }, `${FULL}。`, short, '《条例》相关规范要求。', { text: '下一段。', indent: 2 }]);
    expect(texts(items)).toEqual([`${FULL.slice(2)}${FULL}。${short}《条例》相关规范要求。`, '下一段。']);
  });

  it('runs on past a line ended early by an e-mail address wrapped whole', () => {
    const before = `${FULL.slice(0, PER_LINE - 8)}电子邮箱：`;
    const items = page([{ text: FULL.slice(2), indent: 2 }, FULL, before, 'hazwgkc@163.com）。']);
    expect(texts(items)).toEqual([`${FULL.slice(2)}${FULL}${before}hazwgkc@163.com）。`]);
  });

  it('ends a paragraph before a numbered heading even when the line before is nearly full', () => {
    const last = `${FULL.slice(0, PER_LINE - 3)}平台。`;
    const items = page([{ text: FULL.slice(2), indent: 2 }, FULL, last, '（四）政府信息公开平台建设情况。进一步优化专栏。']);
    expect(texts(items)).toEqual([`${FULL.slice(2)}${FULL}${last}`, '（四）政府信息公开平台建设情况。进一步优化专栏。']);
  });

  it('ends a paragraph at a short line when the next line’s first word would have fitted', () => {
    const last = `${FULL.slice(0, PER_LINE - 6)}实效。`;
    const items = page([{ text: FULL.slice(2), indent: 2 }, FULL, last, '全年共收到申请十件。', FULL]);
    expect(texts(items)).toEqual([`${FULL.slice(2)}${FULL}${last}`, `全年共收到申请十件。`, FULL]);
  });
});
