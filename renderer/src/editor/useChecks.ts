/** The live checks of the open report: one CheckSession re-running only the rules whose cells or text changed. */
import { useCallback, useMemo, useRef, useState } from 'react';
import { CheckSession, type Diagnostic } from '../../../shared/checks';
import type { Report } from '../../../shared/model';

export function useChecks(report: Report): { diagnostics: Diagnostic[]; setPrior(prior: Report | undefined): void } {
  const session = useRef<CheckSession | null>(null);
  session.current ??= new CheckSession(report);
  const [priorVersion, setPriorVersion] = useState(0);

  // Checked in the same render as the edit (no second render through an effect): the session only re-runs the
  // rules whose cells changed, so this stays well inside a frame.
  const diagnostics = useMemo<Diagnostic[]>(() => {
    const s = session.current;
    if (!s) return [];
    s.update(report);
    return s.diagnostics();
    // priorVersion: the prior year's report was set on the session.
  }, [report, priorVersion]);

  const setPrior = useCallback((p: Report | undefined) => {
    session.current?.setPrior(p);
    setPriorVersion((v) => v + 1);
  }, []);
  return { diagnostics, setPrior };
}
