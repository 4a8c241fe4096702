/**
 * What the narrative editor's document can hold, as tiptap extensions: the headings, paragraphs and bold the layout
 * prints, figures with captions, the unreviewed mark of carried-over text, and the checks' underlines.
 */
import { Node, mergeAttributes } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Severity } from '../../../shared/checks';

const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { src: { default: '' }, caption: { default: '' } };
  },
  parseHTML() {
    return [{ tag: 'figure[data-figure]' }];
  },
  renderHTML({ HTMLAttributes }) {
    const { src, caption, ...rest } = HTMLAttributes as { src: string; caption: string };
    return [
      'figure',
      mergeAttributes(rest, { 'data-figure': '' }),
      src ? ['img', { src, alt: caption }] : ['div', { class: 'missing' }, '（图片待补）'],
      ['figcaption', {}, caption],
    ];
  },
});

/** Carried-over text is shown as unreviewed until edited or confirmed. */
const Unreviewed = Extension.create({
  name: 'unreviewed',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph', 'heading'],
        attributes: {
          unreviewed: {
            default: false,
            parseHTML: () => false,
            renderHTML: (attrs: { unreviewed?: boolean }) => (attrs.unreviewed ? { class: 'unreviewed', title: '沿用上年的内容，尚未审阅' } : {}),
          },
        },
      },
    ];
  },
});

/** Words a diagnostic is about, in this section: block index and character offsets into the block's text. */
export interface TextMark {
  index: number;
  start: number;
  end: number;
  severity: Severity;
  message: string;
}

/** A request to show some words (a click in the checks panel); `seq` makes a repeated click count again. */
export interface TextFocus {
  index: number;
  start: number;
  end: number;
  seq: number;
}

export const checkMarksKey = new PluginKey<DecorationSet>('checkMarks');

/** The checks' underlines, as decorations: they never enter the document, the undo history or the saved report. */
const CheckMarks = Extension.create({
  name: 'checkMarks',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: checkMarksKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => (tr.getMeta(checkMarksKey) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc),
        },
        props: { decorations: (state) => checkMarksKey.getState(state) },
      }),
    ];
  },
});

/** The document range of some characters of a block, or null when the block no longer has them. */
export function rangeOf(doc: PmNode, index: number, start: number, end: number): { from: number; to: number } | null {
  if (index >= doc.childCount) return null;
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  const node = doc.child(index);
  if (!node.isTextblock || end > node.content.size || start >= end) return null;
  return { from: pos + 1 + start, to: pos + 1 + end };
}

export function decorations(doc: PmNode, marks: readonly TextMark[]): DecorationSet {
  const list: Decoration[] = [];
  for (const m of marks) {
    const r = rangeOf(doc, m.index, m.start, m.end);
    if (r) list.push(Decoration.inline(r.from, r.to, { class: `check-mark check-${m.severity}`, title: m.message }));
  }
  return DecorationSet.create(doc, list);
}

/** The editor's whole schema: pasting from Word or WPS keeps what it can hold and drops the rest. */
export const NARRATIVE_EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    italic: false,
    strike: false,
    code: false,
    codeBlock: false,
    blockquote: false,
    bulletList: false,
    orderedList: false,
    listItem: false,
    listKeymap: false,
    horizontalRule: false,
    hardBreak: false,
    link: false,
    underline: false,
    // Undo and redo work across the whole report (the editor's own history would only know this section).
    undoRedo: false,
  }),
  Figure,
  Unreviewed,
  CheckMarks,
];
