/** The narrative editor's toolbar: block type, bold, and a figure inserted, replaced or given a new caption. */
import { memo, useState, type ChangeEvent } from 'react';
import type { Editor } from '@tiptap/react';
import { NodeSelection } from '@tiptap/pm/state';
import { Button, ButtonGroup, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Tooltip } from '@mui/material';
import { fitImage } from './image-fit';

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

/** The toolbar re-renders only when what it shows changes (the block type, bold, a selected figure). */
export const MemoToolbar = memo(function MemoToolbar({
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

export function toolbarState(editor: Editor): string {
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
