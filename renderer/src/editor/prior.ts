/**
 * The same agency's report of the year before, when it is in the library: it turns on the cross-year checks and
 * the year-over-year review. Looked up once per agency and year, after typing in the agency name has stopped,
 * not on every keystroke.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '../../../shared/model';
import { priorYearOf } from '../../../shared/review/review';
import { api } from '../api';

/** How long the agency name and year must stay unchanged before the library is asked. */
export const PRIOR_LOOKUP_MS = 500;

export interface PriorCandidate {
  id: string;
  agency: string;
  year: number;
  deletedAt?: string;
}

/** The library entry of `agency`'s report of `year - 1` (shared with the import's X2 settling). */
export function priorOf<T extends PriorCandidate>(list: readonly T[], agency: string, year: number, self: string): T | undefined {
  return priorYearOf(list, agency, year, self);
}

/** One service call: the prior year's report of `agency`, or undefined. */
export async function findPrior(self: string, agency: string, year: number): Promise<{ id: string; report: Report } | undefined> {
  const match = priorOf(await api().listReports(), agency, year, self);
  return match ? { id: match.id, report: (await api().loadReport(match.id)).report } : undefined;
}

/**
 * Calls `onPrior` with the prior year's report when the editor opens and whenever the agency or the year settle on
 * a new value; a lookup that finds the same report as before does not call it again (the checks would re-run).
 */
function usePriorYear(self: string, agency: string, year: number, onPrior: (prior: Report | undefined) => void): void {
  const found = useRef<string | null | undefined>(undefined);
  const first = useRef(true);
  useEffect(() => {
    let live = true;
    const delay = first.current ? 0 : PRIOR_LOOKUP_MS;
    first.current = false;
    const timer = window.setTimeout(() => {
      findPrior(self, agency, year)
        .then((p) => {
          if (!live) return;
          const id = p?.id ?? null;
          if (id === found.current) return;
          found.current = id;
          onPrior(p?.report);
        })
        .catch(() => undefined);
    }, delay);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [self, agency, year, onPrior]);
}

/** The prior year's report for the page (与上年对照, 从台账统计), handed to the checks as well (the cross-year rules). */
export function usePriorReport(self: string, agency: string, year: number, setPrior: (prior: Report | undefined) => void): Report | undefined {
  const [prior, setPriorReport] = useState<Report | undefined>(undefined);
  const onPrior = useCallback(
    (p: Report | undefined) => {
      setPriorReport(p);
      setPrior(p);
    },
    [setPrior],
  );
  usePriorYear(self, agency, year, onPrior);
  return prior;
}
