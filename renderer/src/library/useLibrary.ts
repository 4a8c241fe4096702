/**
 * The library's list as the page shows it: the reports grouped by agency, the bin, and the notices the library
 * gave on opening; `refresh` reads the list again after a change, as restoring from the bin and purging do.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReportSummary } from '../../../shared/api/types';
import { api } from '../api';

export function useLibrary(fail: (e: unknown) => void) {
  const [reports, setReports] = useState<ReportSummary[]>([]);
  const [notices, setNotices] = useState<string[]>([]);

  const refresh = useCallback(() => {
    api().listReports().then(setReports, fail);
  }, [fail]);
  useEffect(() => {
    refresh();
    api()
      .libraryNotices()
      .then(setNotices, () => undefined);
  }, [refresh]);

  const live = useMemo(() => reports.filter((r) => !r.deletedAt), [reports]);
  const bin = useMemo(() => reports.filter((r) => r.deletedAt), [reports]);
  const restore = useCallback((id: string) => void api().restoreReport(id).then(refresh, fail), [refresh, fail]);
  const purge = useCallback((id: string) => void api().purgeReport(id).then(refresh, fail), [refresh, fail]);
  const groups = useMemo(() => {
    const m = new Map<string, ReportSummary[]>();
    for (const r of live) m.set(r.agency, [...(m.get(r.agency) ?? []), r]);
    return [...m.entries()];
  }, [live]);

  return {
    reports,
    live,
    bin,
    groups,
    knownAgencies: [...new Set(live.map((r) => r.agency))],
    notices,
    dismissNotice: (n: string) => setNotices((x) => x.filter((y) => y !== n)),
    refresh,
    /** from the bin back into the library */
    restore,
    /** deleted for good, with its history */
    purge,
  };
}
