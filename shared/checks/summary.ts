import type { Severity } from './rules';
import type { Diagnostic } from './types';

export type SeverityCounts = Readonly<Record<'errors' | 'warnings' | 'infos', number>>;

/** How many errors, warnings and notes a list of diagnostics holds: the one count every screen and command shows. */
export function summarize(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): SeverityCounts {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) n[d.severity] += 1;
  return { errors: n.error, warnings: n.warning, infos: n.info };
}
