/** Files dragged onto the 审核 page, read whole when dropped; `dragging` while they are over it (the page is outlined). */
import { useState, type DragEvent } from 'react';

export interface DroppedFile {
  name: string;
  data: Uint8Array;
}

export function useFileDrop(onFiles: (files: DroppedFile[]) => void) {
  const [dragging, setDragging] = useState(false);
  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length === 0) return;
    onFiles(await Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) }))));
  };
  const handlers = {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: DragEvent) => void onDrop(e),
  };
  return { dragging, handlers };
}
