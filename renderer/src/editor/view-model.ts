/**
 * What the editor shows about the checks, computed from the diagnostics and the acknowledgements alone (pure, no
 * React): the marks on the table cells, the badge of each section, the checks panel's groups and counts, the
 * underlines in the text, and the save status. Every count goes through `summarize`, as the library's does.
 */
import { isAcknowledged, isBlank, RULES, summarize, type Acknowledged, type Diagnostic, type DiagnosticSummary, type Severity } from '../../../shared/checks';
import { sectionOf, type EditorSection } from './sections';

export type SaveState = { kind: 'saved'; at: string } | { kind: 'saving' } | { kind: 'dirty' } | { kind: 'error'; message: string } | { kind: 'readonly' };

export function saveLabel(s: SaveState): string {
  switch (s.kind) {
    case 'saved':
      return s.at ? `已保存 ${new Date(s.at).toLocaleTimeString('zh-CN', { hour12: false })}` : '已保存';
    case 'saving':
      return '保存中…';
    case 'dirty':
      return '有改动，即将保存';
    case 'error':
      return `保存失败：${s.message}`;
    case 'readonly':
      return '只读';
  }
}

export function saveColor(s: SaveState): 'error' | 'success' | 'default' {
  return s.kind === 'error' ? 'error' : s.kind === 'saved' ? 'success' : 'default';
}

/** An error or a warning still to act on: not a blank (shown as blank), not an explained warning, not a note. */
function isOpen(d: Diagnostic, acknowledged: Acknowledged): boolean {
  if (isBlank(d) || d.severity === 'info') return false;
  return d.severity === 'error' || !isAcknowledged(acknowledged, d.key);
}

export interface CellMarks {
  severity: 'error' | 'warning';
  /** the cell to look at first for one of its diagnostics (the one just edited, else the one the rule names first) */
  primary: boolean;
  messages: string[];
}

/** A diagnostic as a tooltip line: the plain sentence first, the rule's name and id last. */
export function cellTip(d: Diagnostic): string {
  const expected = d.expected !== undefined && d.expected !== null ? `，应为 ${d.expected}` : '';
  return `${d.message}${expected}（${RULES[d.rule].name}，规则 ${d.rule}）`;
}

/** The diagnostic's cells in the order to look at them: the cell just edited first, when it is one of them. */
export function orderedCells(d: Diagnostic, edited: string | null): string[] {
  return edited && d.cells.includes(edited) ? [edited, ...d.cells.filter((c) => c !== edited)] : [...d.cells];
}

function sameMark(a: CellMarks, b: CellMarks): boolean {
  return a.severity === b.severity && a.primary === b.primary && a.messages.length === b.messages.length && a.messages.every((m, i) => m === b.messages[i]);
}

/**
 * Marks for every cell an open error or warning involves (a sum and all its parts); blanks show as blanks. The
 * first of its cells (see orderedCells) is marked primary, the others as involved. A cell whose mark did not change
 * keeps the object of `previous`, so that a keystroke re-renders only the cells whose marks changed.
 */
export function cellMarks(
  diagnostics: readonly Diagnostic[],
  acknowledged: Acknowledged,
  edited: string | null = null,
  previous?: ReadonlyMap<string, CellMarks>,
): Map<string, CellMarks> {
  const out = new Map<string, CellMarks>();
  for (const d of diagnostics) {
    if (!isOpen(d, acknowledged)) continue;
    const sev = d.severity === 'error' ? 'error' : 'warning';
    const tip = cellTip(d);
    orderedCells(d, edited).forEach((id, i) => {
      const m = out.get(id) ?? { severity: sev, primary: false, messages: [] };
      if (sev === 'error') m.severity = 'error';
      if (i === 0) m.primary = true;
      if (!m.messages.includes(tip)) m.messages.push(tip);
      out.set(id, m);
    });
  }
  if (previous) {
    for (const [id, m] of out) {
      const old = previous.get(id);
      if (old && sameMark(old, m)) out.set(id, old);
    }
  }
  return out;
}

export interface Badge {
  errors: number;
  warnings: number;
}

/** The badge of each section in the navigator: its open errors and warnings (blanks and notes are not counted). */
export function sectionBadges(diagnostics: readonly Diagnostic[], acknowledged: Acknowledged): ReadonlyMap<EditorSection, Badge> {
  const by = new Map<EditorSection, Diagnostic[]>();
  for (const d of diagnostics) {
    const s = sectionOf(d);
    const list = by.get(s);
    if (list) list.push(d);
    else by.set(s, [d]);
  }
  const out = new Map<EditorSection, Badge>();
  for (const [s, list] of by) {
    const c = summarize(list, acknowledged);
    out.set(s, { errors: c.blockingErrors, warnings: c.openWarnings });
  }
  return out;
}

/** Whether two sets of badges read the same (then the navigator keeps the old one and does not re-render). */
export function sameBadges(a: ReadonlyMap<EditorSection, Badge>, b: ReadonlyMap<EditorSection, Badge>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (!y || y.errors !== x.errors || y.warnings !== x.warnings) return false;
  }
  return true;
}

export interface ChecksView {
  counts: DiagnosticSummary;
  /** the open diagnostics by severity, errors first */
  groups: { severity: Severity; list: Diagnostic[] }[];
  /** the warnings the user explained */
  acknowledged: Diagnostic[];
  allPassed: boolean;
}

/** The checks panel: counts, open diagnostics by severity, explained warnings. */
export function checksView(diagnostics: readonly Diagnostic[], acknowledged: Acknowledged): ChecksView {
  const counts = summarize(diagnostics, acknowledged);
  const open = diagnostics.filter((d) => !isBlank(d) && (d.severity !== 'warning' || !isAcknowledged(acknowledged, d.key)));
  const groups = (['error', 'warning', 'info'] as const).map((severity) => ({ severity, list: open.filter((d) => d.severity === severity) }));
  const done = diagnostics.filter((d) => d.severity === 'warning' && isAcknowledged(acknowledged, d.key));
  return { counts, groups, acknowledged: done, allPassed: open.length === 0 && counts.blankCells === 0 };
}

export interface TextMarkView {
  index: number;
  start: number;
  end: number;
  severity: Severity;
  message: string;
}

/** The words each diagnostic of a section is about, to underline (explained warnings are not underlined). */
export function textMarks(diagnostics: readonly Diagnostic[], acknowledged: Acknowledged, section: EditorSection): TextMarkView[] {
  return diagnostics.flatMap((d) =>
    d.severity === 'warning' && isAcknowledged(acknowledged, d.key)
      ? []
      : (d.spans ?? [])
          .filter((s) => s.section === section)
          .map((s) => ({ index: s.index, start: s.start, end: s.end, severity: d.severity, message: d.message })),
  );
}
