/**
 * The narrative of one section, in a rich-text editor limited to what the layout prints: headings （一）/1./（1）,
 * paragraphs, bold, figures with captions. Pasting from Word or WPS keeps paragraphs and bold and drops the rest,
 * because the schema has nothing else to hold it.
 */
import { memo, useEffect, useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { EditorContent, Node, mergeAttributes, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Severity } from '../../../shared/checks';
import { Alert, Box, Button, ButtonGroup, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Tooltip } from '@mui/material';
import type { Block } from '../../../shared/model';
import { fitImage } from './image-fit';
import { blocksToDoc, docToBlocks } from './narrative-doc';

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

const checkMarksKey = new PluginKey<DecorationSet>('checkMarks');

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
function rangeOf(doc: PmNode, index: number, start: number, end: number): { from: number; to: number } | null {
  if (index >= doc.childCount) return null;
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  const node = doc.child(index);
  if (!node.isTextblock || end > node.content.size || start >= end) return null;
  return { from: pos + 1 + start, to: pos + 1 + end };
}

function decorations(doc: PmNode, marks: readonly TextMark[]): DecorationSet {
  const list: Decoration[] = [];
  for (const m of marks) {
    const r = rangeOf(doc, m.index, m.start, m.end);
    if (r) list.push(Decoration.inline(r.from, r.to, { class: `check-mark check-${m.severity}`, title: m.message }));
  }
  return DecorationSet.create(doc, list);
}

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

function selectedFigure(editor: Editor): { pos: number; caption: string } | null {
  const sel = editor.state.selection;
  if (sel instanceof NodeSelection && sel.node.type.name === 'figure') return { pos: sel.from, caption: String(sel.node.attrs.caption ?? '') };
  return null;
}

function Toolbar({ editor, onError, onNote }: { editor: Editor; onError(message: string): void; onNote(message: string): void }) {
  const [caption, setCaption] = useState<{ pos: number; text: string } | null>(null);
  const figure = selectedFigure(editor);
  const btn = (label: string, active: boolean, run: () => void, title: string) => (
    <Tooltip title={title}>
      <Button variant={active ? 'contained' : 'outlined'} onMouseDown={(e) => e.preventDefault()} onClick={run}>
        {label}
      </Button>
    </Tooltip>
  );
  const onImage = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      const { src, note } = await fitImage(file);
      if (note) onNote(note);
      if (figure) {
        editor
          .chain()
          .focus()
          .command(({ tr }) => {
            tr.setNodeAttribute(figure.pos, 'src', src);
            return true;
          })
          .run();
      } else {
        const count = editor.getJSON().content?.filter((n) => n.type === 'figure').length ?? 0;
        editor
          .chain()
          .focus()
          .insertContent({ type: 'figure', attrs: { src, caption: `图 ${count + 1}` } })
          .run();
      }
    } catch (err) {
      onError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <>
      <ButtonGroup size="small" aria-label="正文格式">
        {btn('正文', editor.isActive('paragraph'), () => editor.chain().focus().setParagraph().run(), '普通段落')}
        {btn('（一）', editor.isActive('heading', { level: 2 }), () => editor.chain().focus().setHeading({ level: 2 }).run(), '二级标题（楷体）')}
        {btn('1.', editor.isActive('heading', { level: 3 }), () => editor.chain().focus().setHeading({ level: 3 }).run(), '三级标题（仿宋加粗）')}
        {btn('（1）', editor.isActive('heading', { level: 4 }), () => editor.chain().focus().setHeading({ level: 4 }).run(), '四级标题')}
        {btn('加粗', editor.isActive('bold'), () => editor.chain().focus().toggleBold().run(), '加粗（Ctrl+B）')}
        <Tooltip title={figure ? '更换所选的图片' : '在光标处插入图片（按版心宽度排版，图题居中在图下方）'}>
          <Button component="label" variant="outlined">
            {figure ? '更换图片' : '插入图'}
            <input hidden type="file" accept="image/png,image/jpeg,image/gif" onChange={(e) => void onImage(e)} />
          </Button>
        </Tooltip>
        {figure ? btn('修改图题', false, () => setCaption({ pos: figure.pos, text: figure.caption }), '修改所选图片的图题') : null}
      </ButtonGroup>
      <Dialog open={caption !== null} onClose={() => setCaption(null)}>
        <DialogTitle>修改图题</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            label="图题"
            value={caption?.text ?? ''}
            onChange={(e) => setCaption((c) => (c ? { ...c, text: e.target.value } : c))}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setCaption(null)}>取消</Button>
          <Button
            variant="contained"
            onClick={() => {
              if (caption) {
                editor
                  .chain()
                  .focus()
                  .command(({ tr }) => {
                    tr.setNodeAttribute(caption.pos, 'caption', caption.text);
                    return true;
                  })
                  .run();
              }
              setCaption(null);
            }}
          >
            确定
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

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

/** The toolbar re-renders only when what it shows changes (the block type, bold, a selected figure). */
const MemoToolbar = memo(function MemoToolbar({
  editor,
  onError,
  onNote,
}: {
  editor: Editor;
  onError(message: string): void;
  onNote(message: string): void;
  active: string;
}) {
  return <Toolbar editor={editor} onError={onError} onNote={onNote} />;
});

function toolbarState(editor: Editor): string {
  const figure = selectedFigure(editor);
  return [
    editor.isActive('paragraph'),
    editor.isActive('heading', { level: 2 }),
    editor.isActive('heading', { level: 3 }),
    editor.isActive('heading', { level: 4 }),
    editor.isActive('bold'),
    figure ? `${figure.pos}:${figure.caption}` : '',
  ].join('|');
}

export function NarrativeEditor({ label, blocks, readOnly, onChange, marks = NO_MARKS, focus = null }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const current = useRef<readonly Block[]>(blocks);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const editor = useEditor({
    extensions: [
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
    ],
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
