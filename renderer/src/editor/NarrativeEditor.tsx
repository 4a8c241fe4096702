/**
 * The narrative of one section, in a rich-text editor limited to what the layout prints: headings （一）/1./（1）,
 * paragraphs, bold, figures with captions (narrative-extensions.ts holds the schema, NarrativeToolbar.tsx the toolbar).
 */
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import type { Node as PmNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { Alert, Box, Stack } from '@mui/material';
import type { Block } from '../../../shared/model';
import { blocksToDoc, docToBlocks } from './narrative-doc';
import { checkMarksKey, decorations, NARRATIVE_EXTENSIONS, rangeOf, type TextFocus, type TextMark } from './narrative-extensions';
import { MemoToolbar, toolbarState } from './NarrativeToolbar';

interface Props {
  label: string;
  blocks: readonly Block[];
  readOnly: boolean;
  onChange(blocks: Block[]): void;
  /** the checks' findings in this section, underlined in the text */
  marks?: readonly TextMark[];
  focus?: TextFocus | null;
}

const NO_MARKS: readonly TextMark[] = [];

/** Styles of the editing surface: a constant, so typing never re-serialises them. */
const SURFACE_SX = {
  border: '1px solid #ccc',
  borderRadius: 1,
  background: '#fff',
  '& .narrative': { minHeight: 220, padding: '12px 16px', outline: 'none', fontSize: 16, lineHeight: 1.9 },
  '& .narrative p': { margin: 0, textIndent: '2em' },
  '& .narrative h2': { fontSize: 16, margin: 0, fontFamily: '"KaiTi", "楷体", "AR PL UKai CN", serif', fontWeight: 'normal', textIndent: '2em' },
  '& .narrative h3': { fontSize: 16, margin: 0, fontWeight: 'bold', textIndent: '2em' },
  '& .narrative h4': { fontSize: 16, margin: 0, fontWeight: 'normal', textIndent: '2em' },
  '& .narrative .unreviewed': { background: '#fff3cd', borderLeft: '3px solid #f0ad4e' },
  '& .narrative .check-mark': { textDecorationLine: 'underline', textDecorationStyle: 'wavy', textDecorationSkipInk: 'none', textUnderlineOffset: '3px' },
  '& .narrative .check-error': { textDecorationColor: '#c62828', background: 'rgba(198,40,40,0.08)' },
  '& .narrative .check-warning': { textDecorationColor: '#ef6c00', background: 'rgba(239,108,0,0.08)' },
  '& .narrative .check-info': { textDecorationColor: '#78909c', textDecorationStyle: 'dotted' },
  '& .narrative figure': { textAlign: 'center', margin: '8px 0' },
  '& .narrative figure img': { maxWidth: '100%', maxHeight: 320 },
  '& .narrative figure .missing': { border: '1px dashed #999', padding: 3, color: '#777' },
  '& .narrative.ProseMirror-focused': { boxShadow: 'inset 0 0 0 1px #9b1c1c' },
};

/**
 * The editing surface, apart from the toolbar: it needs no React render on a keystroke (ProseMirror draws the text),
 * so it is memoised on the editor alone.
 */
const Surface = memo(function Surface({ editor }: { editor: Editor | null }) {
  return (
    <Box sx={SURFACE_SX}>
      <EditorContent editor={editor} />
    </Box>
  );
});

export function NarrativeEditor({ label, blocks, readOnly, onChange, marks = NO_MARKS, focus = null }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const current = useRef<readonly Block[]>(blocks);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const editor = useEditor({
    extensions: NARRATIVE_EXTENSIONS,
    editable: !readOnly,
    // The toolbar shows what the selection is (heading level, bold, a figure), so it follows every transaction.
    shouldRerenderOnTransaction: true,
    content: blocksToDoc(blocks),
    editorProps: { attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: 'narrative' } },
    onUpdate: ({ editor: e }) => {
      const next = docToBlocks(e.getJSON(), current.current);
      current.current = next;
      onChangeRef.current(next);
      // An edited paragraph is reviewed: clear the mark on screen too (and on paragraphs split from it).
      const { tr, doc } = e.state;
      doc.forEach((node, offset, index) => {
        const block = next[index];
        if (node.attrs.unreviewed && !(block && block.kind !== 'figure' && block.unreviewed)) tr.setNodeAttribute(offset, 'unreviewed', false);
      });
      if (tr.docChanged) e.view.dispatch(tr.setMeta('addToHistory', false));
    },
  });

  // Undo, redo or a confirmed proposal changed the blocks from outside: show them.
  useEffect(() => {
    if (!editor || blocks === current.current) return;
    current.current = blocks;
    editor.commands.setContent(blocksToDoc(blocks), { emitUpdate: false });
  }, [blocks, editor]);

  // The diagnostics of this very text arrive in the same render as the edit. Before the next paint, the underlines
  // are redrawn, and only when they changed: typing that changes no finding costs no extra transaction.
  const drawn = useRef<{ doc: PmNode | null; signature: string }>({ doc: null, signature: '' });
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const { state } = editor;
    const signature = marks.map((m) => `${m.index}:${m.start}:${m.end}:${m.severity}:${m.message}`).join('|');
    // Unchanged findings on a changed text were mapped through the edit by the plugin already.
    if (signature === drawn.current.signature && drawn.current.doc !== null) return;
    drawn.current = { doc: state.doc, signature };
    editor.view.dispatch(state.tr.setMeta(checkMarksKey, decorations(state.doc, marks)).setMeta('addToHistory', false));
  }, [editor, marks]);

  // A click in the checks panel: select the words and bring them into view.
  useEffect(() => {
    if (!editor || editor.isDestroyed || !focus) return;
    const { state } = editor;
    const r = rangeOf(state.doc, focus.index, focus.start, focus.end);
    if (!r) return;
    editor.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, r.from, r.to)).scrollIntoView());
    editor.view.focus();
    const dom = editor.view.domAtPos(r.from).node;
    (dom instanceof HTMLElement ? dom : dom.parentElement)?.scrollIntoView({ block: 'center' });
  }, [editor, focus]);

  return (
    <Stack spacing={1}>
      {editor && !readOnly ? (
        // The toolbar stays in view above a long text.
        <Box sx={{ position: 'sticky', top: 'calc(-1 * var(--scroll-pad, 0px))', zIndex: 3, bgcolor: 'background.default', py: 0.5 }}>
          <MemoToolbar editor={editor} onError={setError} onNote={setNote} active={toolbarState(editor)} />
        </Box>
      ) : null}
      {note ? (
        <Alert severity="info" role="status" onClose={() => setNote(null)}>
          {note}
        </Alert>
      ) : null}
      {error ? (
        <Alert severity="error" onClose={() => setError(null)}>
          {error}
        </Alert>
      ) : null}
      <Surface editor={editor} />
    </Stack>
  );
}
