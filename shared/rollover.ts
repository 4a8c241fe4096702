/**
 * Starting a year from the last one (roll-forward), the way reviewers want it done: 四、结转下年度继续办理 of N−1
 * becomes 二、上年结转 of N in all seven columns; every other statistic starts blank (never last year's numbers);
 * the text comes over as a draft, each paragraph marked unreviewed; year mentions are listed as proposals, never
 * changed silently. A 2019-format prior becomes a 2021-format report for N ≥ 2021.
 */
import { cellId, formatForYear, getFormat } from './formats';
import { blockText, CURRENT_SCHEMA_VERSION, emptySections, type Block, type Report } from './model/report';
import { NARRATIVE_KEYS, type NarrativeSectionKey } from './formats/types';

export interface YearMention {
  section: NarrativeSectionKey;
  index: number;
  /** the words found and what they would become */
  from: string;
  to: string;
  context: string;
}

export interface RollForward {
  report: Report;
  mentions: YearMention[];
  notes: string[];
}

const SECTIONS = NARRATIVE_KEYS;

/**
 * Only the prior year itself is proposed for update ("2025年" → "2026年"). Mapping other years too would chain
 * (an accepted 2025→2026 would then be proposed again as 2026→2027).
 */
function findMentions(section: NarrativeSectionKey, index: number, text: string, priorYear: number): YearMention[] {
  const out: YearMention[] = [];
  const re = new RegExp(`${priorYear}(?=\\s*年)`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ section, index, from: m[0], to: String(priorYear + 1), context: text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12) });
  }
  return out;
}

export function rollForward(prior: Report, year: number): RollForward {
  const formatId = formatForYear(year);
  const format = getFormat(formatId);
  const priorFormat = getFormat(prior.format);
  const notes: string[] = [];
  const cells: Record<string, number | null> = {};
  for (const id of format.cellIds) cells[id] = null;
  for (const { column, carried } of format.carryOver) {
    // The prior report may use the other format: its own 结转下年度 row, in the same column.
    const v = prior.cells[cellId('t3', priorFormat.t3Named.forward.key, column)];
    cells[carried] = v === undefined ? null : v;
  }
  if (prior.format !== formatId) {
    notes.push(
      `上年报告使用${priorFormat.def.name}，本年使用${format.def.name}：表二改为“本年制发件数/本年废止件数/现行有效件数”，` +
        '上年的“对外公开总数量”与“现行有效件数”口径不同，不能沿用，相关栏目留空待填（见检查规则 X3）；表三“（六）其他处理”分为3个子项。',
    );
  }
  if (year !== prior.year + 1) notes.push(`上年报告是${prior.year}年的，不是${year - 1}年的；上年结转请核对`);
  const mentions: YearMention[] = [];
  const sections = {} as Record<NarrativeSectionKey, Block[]>;
  for (const key of SECTIONS) {
    sections[key] = prior.sections[key].map((b, index): Block => {
      if (b.kind === 'figure') return { ...b };
      mentions.push(...findMentions(key, index, blockText(b), prior.year));
      return { ...b, unreviewed: true };
    });
  }
  const report: Report = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    format: formatId,
    year,
    agency: prior.agency,
    agencyKind: prior.agencyKind,
    // The check profile belongs to the agency's province and supervisor, so it carries over.
    ...(prior.profile ? { profile: prior.profile } : {}),
    sections,
    cells,
  };
  return { report, mentions, notes };
}

/** Applies the proposals the user accepted to the block they were found in. */
export function applyMention(report: Report, m: YearMention): Report {
  const blocks = report.sections[m.section].map((b, i): Block => {
    if (i !== m.index) return b;
    if (b.kind === 'heading') return { ...b, text: b.text.replace(m.from, m.to) };
    if (b.kind === 'paragraph') {
      let done = false;
      return { ...b, runs: b.runs.map((r) => (done || !r.text.includes(m.from) ? r : ((done = true), { ...r, text: r.text.replace(m.from, m.to) }))) };
    }
    return b;
  });
  return { ...report, sections: { ...report.sections, [m.section]: blocks } };
}

/** Year mentions in a draft that may still speak of the prior year, as proposals. */
export function yearMentions(report: Report): YearMention[] {
  const out: YearMention[] = [];
  for (const key of SECTIONS) {
    report.sections[key].forEach((b, index) => {
      if (b.kind !== 'figure' && b.unreviewed) out.push(...findMentions(key, index, blockText(b), report.year - 1));
    });
  }
  return out;
}

export interface NumberChange {
  id: string;
  name: string;
  prior: number | null;
  now: number | null;
  /** changed by more than ×5 or ÷5 (both non-zero) */
  jump: boolean;
}

/** Every number of this year beside last year's, for the year-over-year review. */
export function numberChanges(report: Report, prior: Report): NumberChange[] {
  const f = getFormat(report.format);
  return f.cellIds.map((id) => {
    const now = report.cells[id] ?? null;
    const before = prior.cells[id] ?? null;
    const jump =
      now !== null && before !== null && now !== 0 && before !== 0 && (Math.abs(now) >= 5 * Math.abs(before) || Math.abs(now) * 5 <= Math.abs(before));
    return { id, name: f.cells.get(id)?.name ?? id, prior: before, now, jump };
  });
}

/** A new, empty report: every cell blank, 一 started with the five aspects of the format as headings. */
export function blankReport(agency: string, agencyKind: Report['agencyKind'], year: number): Report {
  const format = getFormat(formatForYear(year));
  const cells: Record<string, number | null> = {};
  for (const id of format.cellIds) cells[id] = null;
  const overview: Block[] = format.def.overviewAspects.filter((a) => a.heading).map((a): Block => ({ kind: 'heading', level: 2, text: a.heading }));
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    format: format.def.id,
    year,
    agency,
    agencyKind,
    sections: { ...emptySections(), overview },
    cells,
  };
}
