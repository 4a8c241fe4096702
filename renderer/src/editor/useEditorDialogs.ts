/** Which of the editor's dialogs is open (one at a time) and the editor's one message line. */
import { useCallback, useState } from 'react';
import type { EditorToast } from './EditorToast';

export type EditorDialog = 'preview' | 'review' | 'preface' | 'tally';

export interface EditorDialogs {
  dialog: EditorDialog | null;
  show(d: EditorDialog): void;
  close(): void;
  toast: EditorToast | null;
  setToast(toast: EditorToast | null): void;
  /** a message with nothing to do on it: what was undone, a failure */
  onMessage(text: string): void;
}

export function useEditorDialogs(): EditorDialogs {
  const [dialog, setDialog] = useState<EditorDialog | null>(null);
  const show = useCallback((d: EditorDialog) => setDialog(d), []);
  const close = useCallback(() => setDialog(null), []);
  const [toast, setToast] = useState<EditorToast | null>(null);
  const onMessage = useCallback((text: string) => setToast({ text }), []);
  return { dialog, show, close, toast, setToast, onMessage };
}
