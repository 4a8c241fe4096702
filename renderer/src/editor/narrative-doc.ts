/** Between the report's narrative blocks and the editor's document (ProseMirror JSON), both ways. */
import type { JSONContent } from '@tiptap/react';
import { mergeRuns, type Block, type Run } from '../../../shared/model';

export function blocksToDoc(blocks: readonly Block[]): JSONContent {
  const content: JSONContent[] = blocks.map((b) => {
    const attrs = b.kind !== 'figure' && b.unreviewed === true ? { unreviewed: true } : {};
    if (b.kind === 'heading') return { type: 'heading', attrs: { level: b.level, ...attrs }, content: b.text ? [{ type: 'text', text: b.text }] : [] };
    if (b.kind === 'figure') return { type: 'figure', attrs: { src: b.src, caption: b.caption } };
    return {
      type: 'paragraph',
      attrs,
      content: b.runs.filter((r) => r.text).map((r) => ({ type: 'text', text: r.text, ...(r.bold ? { marks: [{ type: 'bold' }] } : {}) })),
    };
  });
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

function runsOf(node: JSONContent): Run[] {
  return mergeRuns((node.content ?? []).map((c) => ({ text: c.text ?? '', bold: (c.marks ?? []).some((m) => m.type === 'bold') })));
}

export function docToBlocks(doc: JSONContent, previous: readonly Block[]): Block[] {
  const blocks: Block[] = [];
  for (const node of doc.content ?? []) {
    const i = blocks.length;
    const before = previous[i];
    if (node.type === 'figure') {
      blocks.push({ kind: 'figure', src: String(node.attrs?.src ?? ''), caption: String(node.attrs?.caption ?? '') });
      continue;
    }
    let block: Block;
    if (node.type === 'heading') {
      const level = Number(node.attrs?.level);
      block = {
        kind: 'heading',
        level: level === 3 ? 3 : level === 4 ? 4 : 2,
        text: runsOf(node)
          .map((r) => r.text)
          .join(''),
      };
    } else {
      block = { kind: 'paragraph', runs: runsOf(node) };
    }
    // A carried-over paragraph stays marked until its text changes (or the user confirms it).
    const same = before && before.kind === block.kind && JSON.stringify({ ...before, unreviewed: undefined }) === JSON.stringify(block);
    if (node.attrs?.unreviewed && same) block.unreviewed = true;
    blocks.push(block);
  }
  // An empty editor is an empty section, not one empty paragraph.
  if (blocks.length === 1 && blocks[0]?.kind === 'paragraph' && blocks[0].runs.length === 0) return [];
  return blocks;
}
