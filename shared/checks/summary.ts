import type { Diagnostic } from './types';

/**
 * What a list of diagnostics adds up to, counted one way for every screen and command.
 * - blockingErrors: errors other than blank cells; they stop a report from being published as final.
 * - blankCells: cells still blank (rule B5), counted by cell: while a draft is filled in they are "未填", not errors.
 * - blankFindings: the B5 diagnostics themselves (one a table), which `check` and `review` count as errors
 *   (interchange.md: a report is judged there as it would be published).
 * - openWarnings / acknowledgedWarnings: warnings not yet / already explained by the user.
 */
export interface DiagnosticSummary {
  blockingErrors: number;
  blankCells: number;
  blankFindings: number;
  openWarnings: number;
  acknowledgedWarnings: number;
  infos: number;
}

/** The keys of the acknowledged diagnostics: the report's acknowledgements record, or a set of keys. */
export type Acknowledged = Readonly<Record<string, unknown>> | ReadonlySet<string>;

export function isAcknowledged(acknowledged: Acknowledged | undefined, key: string): boolean {
  if (!acknowledged) return false;
  return acknowledged instanceof Set ? acknowledged.has(key) : Object.prototype.hasOwnProperty.call(acknowledged, key);
}

/** A blank-cell finding: shown as cells still to fill, never as an error mark or an error count in the app. */
export function isBlank(d: Pick<Diagnostic, 'rule'>): boolean {
  return d.rule === 'B5';
}

export function summarize(diagnostics: readonly Pick<Diagnostic, 'rule' | 'severity' | 'key' | 'cells'>[], acknowledged?: Acknowledged): DiagnosticSummary {
  const s = { blockingErrors: 0, blankCells: 0, blankFindings: 0, openWarnings: 0, acknowledgedWarnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (isBlank(d)) {
      s.blankFindings += 1;
      s.blankCells += d.cells.length;
    } else if (d.severity === 'error') s.blockingErrors += 1;
    else if (d.severity === 'warning') {
      if (isAcknowledged(acknowledged, d.key)) s.acknowledgedWarnings += 1;
      else s.openWarnings += 1;
    } else s.infos += 1;
  }
  return s;
}

/**
 * The counts `check` and `review` print (interchange.md §4, §6): the report judged as published, so a blank cell
 * is an error and every warning counts, explained or not.
 */
export function publishedCounts(s: DiagnosticSummary): { errors: number; warnings: number } {
  return { errors: s.blockingErrors + s.blankFindings, warnings: s.openWarnings + s.acknowledgedWarnings };
}

/**
 * What may not go onto a website or to the 主管部门 unseen (the 网页版, the 图解, the 数据包): each personal-data
 * finding (G13) the user has not confirmed as publishable. The editor asks about these; the exporter refuses them.
 */
export function unconfirmedPersonal<D extends Pick<Diagnostic, 'rule' | 'key'>>(diagnostics: readonly D[], confirmed: readonly string[] | 'all' = []): D[] {
  if (confirmed === 'all') return [];
  const seen = new Set(confirmed);
  return diagnostics.filter((d) => d.rule === 'G13' && !seen.has(d.key));
}
