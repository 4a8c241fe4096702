/**
 * The edits the editor makes to a report, as pure functions: each returns a new report and leaves the one it was
 * given as it was (undo keeps the old one), so the same edit reads the same in the app, a test or a script.
 */
import { NARRATIVE_KEYS } from '../formats/types';
import { IMPORT_NOTE_LIMITS, type Block, type Cells, type Report } from './report';

export type NarrativeKey = keyof Report['sections'];

/** Records that the user read a warning and explains it; the note is saved with the report. */
export function acknowledge(report: Report, key: string, note: string, at: Date = new Date()): Report {
  return { ...report, acknowledgements: { ...report.acknowledgements, [key]: { note, at: at.toISOString() } } };
}

/** Takes back an acknowledgement: the warning is open again. */
export function revokeAcknowledgement(report: Report, key: string): Report {
  if (!report.acknowledgements || !(key in report.acknowledgements)) return report;
  const next = { ...report.acknowledgements };
  delete next[key];
  return { ...report, acknowledgements: next };
}

/** The import's notes on what to check, kept with the report until the user has gone through them. */
export function withImportNotes(report: Report, notes: readonly { where: string; message: string }[]): Report {
  if (notes.length === 0) return report;
  const { notes: most, where: whereChars, message: messageChars } = IMPORT_NOTE_LIMITS;
  return {
    ...report,
    importNotes: notes.slice(0, most).map(({ where, message }) => ({ where: where.slice(0, whereChars), message: message.slice(0, messageChars) })),
  };
}

/** The user has gone through the import's notes: they are no longer shown. */
export function dismissImportNotes(report: Report): Report {
  if (!report.importNotes) return report;
  const { importNotes: _done, ...rest } = report;
  return rest;
}

/** The user read every paragraph carried over from last year in a section and keeps them as they are. */
export function confirmReviewed(report: Report, section: NarrativeKey): Report {
  const blocks = report.sections[section];
  if (!blocks.some((b) => b.kind !== 'figure' && b.unreviewed)) return report;
  return { ...report, sections: { ...report.sections, [section]: blocks.map((b) => (b.kind === 'figure' ? b : { ...b, unreviewed: false })) } };
}

/** Replaces the blocks of one narrative section. */
export function setSection(report: Report, section: NarrativeKey, blocks: Block[]): Report {
  return { ...report, sections: { ...report.sections, [section]: blocks } };
}

/** Appends a block (a figure) to a narrative section. */
export function appendBlock(report: Report, section: NarrativeKey, block: Block): Report {
  return setSection(report, section, [...report.sections[section], block]);
}

/**
 * Replaces the characters start..end of one block's text (offsets as the checks give them, across its runs) with
 * `text`, keeping the runs' bold; used to mask personal data (G13 遮蔽).
 */
export function replaceSpan(report: Report, section: NarrativeKey, index: number, start: number, end: number, text: string): Report {
  const block = report.sections[section][index];
  if (!block || block.kind === 'figure' || end <= start) return report;
  let next: Block;
  if (block.kind === 'heading') {
    next = { ...block, text: block.text.slice(0, start) + text + block.text.slice(end) };
  } else {
    let at = 0;
    let placed = false;
    const runs = block.runs.map((r) => {
      const [from, to] = [at, at + r.text.length];
      at = to;
      if (to <= start || from >= end) return r;
      // The replacement goes into the first run the span touches; the others lose their part of the span.
      const keep = r.text.slice(0, Math.max(0, start - from)) + (placed ? '' : text) + r.text.slice(Math.max(0, end - from));
      placed = true;
      return { ...r, text: keep };
    });
    next = { ...block, runs };
  }
  const blocks = report.sections[section].map((b, i) => (i === index ? next : b));
  return setSection(report, section, blocks);
}

/** Sets some cells, the others kept. */
export function setCells(report: Report, changes: Cells): Report {
  return { ...report, cells: { ...report.cells, ...changes } };
}

/** How many paragraphs carried over from last year are still to be read, in one section or all of them. */
export function unreviewedCount(report: Report, section?: NarrativeKey): number {
  const keys: readonly NarrativeKey[] = section ? [section] : NARRATIVE_KEYS;
  return keys.reduce((n, k) => n + report.sections[k].filter((b) => b.kind !== 'figure' && b.unreviewed).length, 0);
}
