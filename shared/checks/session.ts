/**
 * Incremental checking for the editor: the rules are compiled once per format into units with the cells they
 * read, and an update re-runs only the units whose inputs changed. A full check is a new session.
 */
import { getFormat, type CompiledFormat, type FormatId } from '../formats';
import type { Report } from '../model/report';
import type { ReportProfile } from '../profiles';
import { DEP_FOREIGN_CELL, DEP_META, DEP_SECTION, DEP_SECTIONS, NARRATIVE_KEYS, type CheckContext, type CheckUnit } from './context';
import { crossYearUnits } from './cross-year-rules';
import { narrativeUnits } from './narrative-rules';
import { profileUnits } from './profile-rules';
import type { Severity } from './rules';
import { tableUnits } from './table-rules';
import type { Diagnostic } from './types';

interface CompiledRules {
  format: CompiledFormat;
  units: CheckUnit[];
  byDep: Map<string, number[]>;
}

const compiledRules = new Map<FormatId, CompiledRules>();

function rulesFor(id: FormatId): CompiledRules {
  let c = compiledRules.get(id);
  if (!c) {
    const format = getFormat(id);
    const units = [...tableUnits(format), ...narrativeUnits(format), ...profileUnits(format), ...crossYearUnits(format)];
    const byDep = new Map<string, number[]>();
    units.forEach((u, i) => {
      for (const d of new Set(u.deps)) {
        const list = byDep.get(d);
        if (list) list.push(i);
        else byDep.set(d, [i]);
      }
    });
    c = { format, units, byDep };
    compiledRules.set(id, c);
  }
  return c;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export class CheckSession {
  private rules: CompiledRules;
  private ctx: CheckContext;
  private results: Diagnostic[][];
  private flat: Diagnostic[] | null = null;

  /** `profile` checks against a profile that is not (yet) in PROFILES, instead of the one the report names */
  constructor(report: Report, prior?: Report, profile?: ReportProfile) {
    this.rules = rulesFor(report.format);
    this.ctx = { report, format: this.rules.format, ...(prior ? { prior } : {}), ...(profile ? { profile } : {}) };
    this.results = this.rules.units.map((u) => u.run(this.ctx));
  }

  get report(): Report {
    return this.ctx.report;
  }

  /** All diagnostics, errors first, in the order of the tables. */
  diagnostics(): Diagnostic[] {
    if (!this.flat) {
      // Bucketing keeps the table order within each severity without sorting on every keystroke.
      const buckets: Diagnostic[][] = [[], [], []];
      for (const list of this.results) for (const d of list) buckets[SEVERITY_ORDER[d.severity]]?.push(d);
      this.flat = buckets.flat();
    }
    return this.flat;
  }

  setPrior(prior: Report | undefined): void {
    const { prior: _old, ...rest } = this.ctx;
    this.ctx = { ...rest, ...(prior ? { prior } : {}) };
    this.rerunAll();
  }

  /** Re-checks after an edit; returns whether any diagnostic may have changed. */
  update(next: Report): boolean {
    const prev = this.ctx.report;
    if (next === prev) return false;
    if (next.format !== prev.format) {
      this.rules = rulesFor(next.format);
      this.ctx = { ...this.ctx, report: next, format: this.rules.format };
      this.rerunAll();
      return true;
    }
    const changed = changedDeps(prev, next, this.rules.format);
    this.ctx = { ...this.ctx, report: next };
    if (changed.size === 0) return false;
    const todo = new Set<number>();
    for (const d of changed) for (const i of this.rules.byDep.get(d) ?? []) todo.add(i);
    for (const i of todo) {
      const unit = this.rules.units[i];
      if (unit) this.results[i] = unit.run(this.ctx);
    }
    this.flat = null;
    return true;
  }

  private rerunAll(): void {
    this.results = this.rules.units.map((u) => u.run(this.ctx));
    this.flat = null;
  }
}

function changedDeps(prev: Report, next: Report, format: CompiledFormat): Set<string> {
  const changed = new Set<string>();
  const mark = (id: string): void => {
    changed.add(format.cells.has(id) ? id : DEP_FOREIGN_CELL);
  };
  if (prev.cells !== next.cells) {
    for (const id in next.cells) if ((next.cells[id] ?? null) !== (prev.cells[id] ?? null)) mark(id);
    for (const id in prev.cells) if (!(id in next.cells) && prev.cells[id] !== null) mark(id);
  }
  if (prev.sections !== next.sections) {
    changed.add(DEP_SECTIONS);
    for (const k of NARRATIVE_KEYS) if (prev.sections[k] !== next.sections[k]) changed.add(DEP_SECTION(k));
  }
  if (
    prev.agency !== next.agency ||
    prev.agencyKind !== next.agencyKind ||
    prev.year !== next.year ||
    prev.title !== next.title ||
    prev.units !== next.units ||
    prev.profile !== next.profile ||
    prev.signoff !== next.signoff
  ) {
    changed.add(DEP_META);
  }
  return changed;
}

export interface CheckOptions {
  prior?: Report;
  /** a province's rules being tried before they are added to PROFILES (absent: the report's own profile) */
  profile?: ReportProfile;
}

export function checkReport(report: Report, options: CheckOptions = {}): Diagnostic[] {
  return new CheckSession(report, options.prior, options.profile).diagnostics();
}
