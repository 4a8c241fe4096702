/** The live checks of the open report: one CheckSession re-running only the rules whose cells or text changed. */
import { useMemo, useRef, useState } from 'react';
import { CheckSession, type Diagnostic } from '../../../shared/checks';
import type { Report } from '../../../shared/model';

export function useChecks(report: Report): { diagnostics: Diagnostic[]; setPrior(prior: Report | undefined): void } {
  const session = useRef<CheckSession | null>(null);
  session.current ??= new CheckSession(report);
  const [prior, setPrior] = useState<Report | undefined>(undefined);
  /** the year before as last handed to the session: setting it again would re-run the cross-year rules */
  const sessionPrior = useRef<Report | undefined>(undefined);

  // Checked in the same render as the edit (no second render through an effect): the session only re-runs the
  // rules whose cells changed, so this stays well inside a frame.
  const diagnostics = useMemo<Diagnostic[]>(() => {
    const s = session.current;
    if (!s) return [];
    if (sessionPrior.current !== prior) {
      s.setPrior(prior);
      sessionPrior.current = prior;
    }
    s.update(report);
    return s.diagnostics();
  }, [report, prior]);

  return { diagnostics, setPrior };
}
