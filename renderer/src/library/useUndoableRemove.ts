/** 删除 in the library: the report goes to the bin at once, and 撤销 brings it back. */
import { useState } from 'react';
import type { ReportSummary } from '../../../shared/api/types';
import { api } from '../api';

/** 删除 acts at once (to the bin) and offers 撤销, rather than asking every time. */
export function useUndoableRemove(refresh: () => void, fail: (e: unknown) => void, setToast: (t: string | null) => void) {
  /** the report just moved to the bin, offered back with 撤销 */
  const [removed, setRemoved] = useState<ReportSummary | null>(null);
  const remove = (r: ReportSummary) => {
    api()
      .removeReport(r.id)
      .then(() => {
        setToast(null);
        setRemoved(r);
        refresh();
      }, fail);
  };
  const undoRemove = () => {
    const r = removed;
    setRemoved(null);
    if (!r) return;
    api()
      .restoreReport(r.id)
      .then(() => {
        refresh();
        setToast(`已恢复：${r.title}`);
      }, fail);
  };
  return { removed, remove, undoRemove, dismissRemoved: () => setRemoved(null) };
}
