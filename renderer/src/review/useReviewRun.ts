/**
 * One review run as the page sees it: started from a folder or dropped files, then polled (one request at a time,
 * each asking only for the entries finished since the last) until it is finished; its entries as the reports read and
 * the files that could not be.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReviewStatus } from '../../../shared/api/types';
import type { ReviewedReport } from '../../../shared/review';
import { api, errorText } from '../api';

export function useReviewRun() {
  const [status, setStatus] = useState<ReviewStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const runId = status?.runId;
  const running = status !== null && !status.finished;
  useEffect(() => {
    if (!runId || !running) return;
    let held = 0;
    let stopped = false;
    const poll = (): void => {
      api()
        .reviewStatus(runId, held)
        .then(
          (s) => {
            if (stopped) return;
            if (s.finished) {
              setStatus(s);
              return;
            }
            held += s.entries.length;
            setStatus((prev) => ({ ...s, entries: [...(prev?.runId === s.runId ? prev.entries : []), ...s.entries] }));
            timer = setTimeout(poll, 200);
          },
          (e: unknown) => setError(errorText(e)),
        );
    };
    let timer = setTimeout(poll, 100);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [runId, running]);

  /** Starts a run from what the user chose; resolves true once it has begun (false: cancelled or refused). */
  const begin = useCallback(async (p: Promise<ReviewStatus | null>): Promise<boolean> => {
    setError(null);
    try {
      const s = await p;
      if (!s) return false;
      setStatus(s);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  }, []);
  const entries = useMemo(() => status?.entries ?? [], [status]);
  const reports = useMemo(() => entries.filter((e): e is ReviewedReport => e.imported), [entries]);
  const failed = entries.filter((e) => !e.imported);
  return { status, reports, failed, running, error, setError, begin };
}
