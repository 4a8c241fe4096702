/** A report's saved versions, the report as it is now, and a version's differences from it; restoring one. */
import { useEffect, useState } from 'react';
import type { SnapshotInfo } from '../../../shared/api/types';
import type { Report } from '../../../shared/model';
import { versionChanges, type VersionChanges } from '../../../shared/model/version-diff';
import { api, errorText } from '../api';

export function useReportHistory(id: string | null, onRestored: (snap: SnapshotInfo) => void) {
  const [snaps, setSnaps] = useState<SnapshotInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [viewing, setViewing] = useState<{ snap: SnapshotInfo; changes: VersionChanges } | null>(null);
  const [current, setCurrent] = useState<Report | null>(null);
  useEffect(() => {
    setViewing(null);
    setError(null);
    if (!id) return;
    api()
      .reportHistory(id)
      .then(setSnaps, (e: unknown) => setError(errorText(e)));
    api()
      .loadReport(id)
      .then(
        (l) => setCurrent(l.report),
        (e: unknown) => setError(errorText(e)),
      );
  }, [id]);
  const view = (s: SnapshotInfo) => {
    if (!id || !current) return;
    api()
      .reportSnapshot(id, s.name)
      .then(
        (version) => setViewing({ snap: s, changes: versionChanges(version, current) }),
        (e: unknown) => setError(errorText(e)),
      );
  };
  const restore = (s: SnapshotInfo) => {
    if (!id) return;
    api()
      .restoreSnapshot(id, s.name)
      .then(
        () => onRestored(s),
        (e: unknown) => setError(errorText(e)),
      );
  };
  return { snaps, current, error, viewing, view, restore };
}
