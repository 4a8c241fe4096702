/**
 * Figures run together (a crawler's text of a page: "15130000154" for 151 3 0 0 0 0 154) settled with the whole
 * table, never by guess. Each glued row is every way of cutting its digits into the row's cells (no leading
 * zeros); the rows are then solved together under the format's identities (B1 per row, B2 and A1 per column, B3
 * per group of 四). A cell is filled only when every solution agrees on it. When the printed table breaks an
 * identity (published reports have faults), no joint solution exists and each row is settled by its own total
 * alone, so a fault elsewhere never decides a row.
 */
import type { CompiledFormat, TableKey } from '../formats';
import type { Report } from '../model/report';

export interface Relation {
  /** Σ left = Σ right + constant */
  left: readonly string[];
  right: readonly string[];
  /** a figure from outside the table (last year's 现行有效件数, X2) */
  constant?: number;
}

export interface GluedRow {
  /** the row's cells, in printed order */
  cells: readonly string[];
  /** the printed figures: digit runs as found (several cells each) */
  figures: readonly string[];
  where: string;
  /** the row as messages name it: 表三“（一）予以公开”一行 */
  what: string;
  /** the source runs cells together everywhere: no cell of the row was lost, its figures are cut, never placed */
  glued: boolean;
  /**
   * whether a cell of the row may also be missing from the run of digits (a crawler drops an empty cell even where
   * it glues the others): weighed where the table's identities can rule readings out, not in 二, which has none
   */
  mayLoseCell?: boolean;
}

export interface GluedOutcome {
  /** cells settled, with their value */
  values: Record<string, number>;
  /** rows left (partly) blank: what to tell the user */
  warnings: { where: string; message: string }[];
  /** rows settled in full */
  settled: number;
}

/**
 * The identities of the format that hold inside one table, as compiled from its definition; with last year's
 * report of the same format, 二's stock rows too (X2: 现行有效 + 本年废止 = 本年制发 + last year's 现行有效).
 */
export function tableRelations(format: CompiledFormat, table: TableKey, prior?: Pick<Report, 'format' | 'cells'>): Relation[] {
  const inTable = (id: string) => id.startsWith(`${table}.`);
  const stocks = prior && prior.format === format.def.id ? format.stocks.filter((st) => inTable(st.valid)) : [];
  return [
    ...format.sums.filter((s) => inTable(s.target)).map((s) => ({ left: [s.target], right: s.parts })),
    ...format.balances.filter((b) => b.left.every(inTable)).map((b) => ({ left: b.left, right: b.right })),
    ...stocks.flatMap((st) => {
      const before = prior?.cells[st.valid];
      return typeof before === 'number' ? [{ left: [st.valid, st.repealed], right: [st.issued], constant: before }] : [];
    }),
  ];
}

/** How many cuts of one row are considered at most (a row of 7 cells from 20 digits has 27 132). */
const MAX_CUTS = 30_000;
/** Search nodes for the joint solution at most; beyond it each row is settled on its own. */
const MAX_NODES = 20_000;
/** Joint solutions counted at most: beyond this many, only what they all agree on so far is kept. */
const MAX_SOLUTIONS = 5_000;

const PLAIN = /^-?\d+(?:\.\d+)?$/;

/**
 * Whether a row printed fewer figures than it has cells, all plain numbers: its blank cells were lost, or its
 * figures run together, or both may be — the solver weighs every reading.
 */
export function isLoose(figures: readonly string[], cells: number): boolean {
  return figures.length > 0 && figures.length < cells && figures.every((f) => PLAIN.test(f));
}

/** Digits run together: whole numbers only (a sign goes with the first), at least one digit for every cell. */
function canCut(figures: readonly string[], cells: number): boolean {
  return figures.every((f) => /^-?\d+$/.test(f)) && figures.reduce((n, f) => n + f.replace('-', '').length, 0) >= cells;
}

/** Every way of placing the figures, in order, in `n` cells, the others blank (their text was lost). */
export function placementsOf(figures: readonly string[], n: number): (number | null)[][] {
  const out: (number | null)[][] = [];
  const values = figures.map(Number);
  const place = (from: number, slot: number, acc: (number | null)[]): void => {
    if (out.length > MAX_CUTS) return;
    if (from === values.length) {
      out.push([...acc, ...Array.from({ length: n - acc.length }, () => null)]);
      return;
    }
    for (let at = slot; at <= n - (values.length - from); at++) {
      place(from + 1, at + 1, [...acc, ...Array.from({ length: at - slot }, () => null), values[from] ?? null]);
    }
  };
  place(0, 0, []);
  return out;
}

/** Every way of cutting the figures into exactly `n` whole numbers without leading zeros. */
export function cutsOf(figures: readonly string[], n: number): number[][] | null {
  const out: number[][] = [];
  let overflow = false;
  const cut = (i: number, acc: number[]): void => {
    if (overflow) return;
    if (i === figures.length) {
      if (acc.length === n) out.push(acc);
      return;
    }
    const figure = figures[i] ?? '';
    // "-10" run together is −1 and 0 (本年增/减 then 处理决定数量): the sign belongs to the first part.
    const sign = figure.startsWith('-') ? -1 : 1;
    const digits = figure.replace('-', '');
    const rest = figures.slice(i + 1).reduce((k, f) => k + f.replace('-', '').length, 0);
    const parts = (from: number, got: number[]): void => {
      if (overflow) return;
      const left = n - acc.length - got.length;
      // Too few cells left for the digits still to place, or too many.
      if (left < 0 || digits.length - from + rest < left || left < figures.length - i - 1 + (from < digits.length ? 1 : 0)) return;
      if (from === digits.length) {
        cut(i + 1, [...acc, ...got]);
        return;
      }
      for (let len = 1; from + len <= digits.length; len++) {
        const part = digits.slice(from, from + len);
        if (part.length > 1 && part.startsWith('0')) break;
        parts(from + len, [...got, from === 0 ? sign * Number(part) : Number(part)]);
        if (out.length > MAX_CUTS) {
          overflow = true;
          return;
        }
      }
    };
    parts(0, []);
  };
  cut(0, []);
  return overflow ? null : out;
}

/** A row's readings (null: too many to weigh), whether its digits can be cut, and its cuts into every cell. */
interface RowReadings {
  list: (number | null)[][] | null;
  cut: boolean;
  whole: (number | null)[][];
}

/** A row's readings: its figures run together (cut) or its blank cells lost (placed), or both. */
function readingsOf(r: GluedRow): RowReadings {
  const n = r.cells.length;
  const cut = canCut(r.figures, n);
  const cuts = cut ? cutsOf(r.figures, n) : [];
  if (cuts === null) return { list: null, cut, whole: [] };
  // A figure printed with leading zeros ("0000000") is several figures run together, never one number.
  const wellFormed = r.figures.every((f) => !/^-?0\d/.test(f));
  // A crawler drops an empty cell even where it runs the others together: the digits may also be one cell fewer,
  // the blank anywhere in the row.
  const oneLost: (number | null)[][] = [];
  if (r.mayLoseCell && cut && n > 1 && r.figures.length <= n - 1) {
    for (const c of cutsOf(r.figures, n - 1) ?? []) for (let at = 0; at < n; at++) oneLost.push([...c.slice(0, at), null, ...c.slice(at)]);
  }
  return { list: [...cuts, ...oneLost, ...(wellFormed && !r.glued ? placementsOf(r.figures, n) : [])], cut, whole: cuts };
}

function describe(r: GluedRow, cut: boolean): string {
  const printed = r.figures.join(' ');
  return cut ? `${r.what}的数字连在一起（“${printed}”）` : `${r.what}只印了${r.figures.length}个数值“${printed}”（空白栏在原文中已丢失）`;
}

/** A loose cell of a relation: its row and column among the loose rows, and its side (+1 left, −1 right). */
type Term = { row: number; col: number; sign: number };
/** A relation compiled: its known part as one number and its loose cells. */
type Compiled = { constant: number; terms: Term[] };
/** One reading of each row, where one is chosen. */
type Chosen = ((number | null)[] | undefined)[];

/**
 * Each relation compiled once: its known part as one number (a blank counts 0, as in the checks) and its loose
 * cells as (row, column, sign). One a cell of which is neither loose nor read can never be checked.
 */
function compileRelations(rows: readonly GluedRow[], known: Readonly<Record<string, number | null>>, relations: readonly Relation[]): Compiled[] {
  const rowOf = new Map<string, number>();
  const colOf = new Map<string, number>();
  rows.forEach((r, i) =>
    r.cells.forEach((c, j) => {
      rowOf.set(c, i);
      colOf.set(c, j);
    }),
  );
  const knownValue = (id: string): number | null | undefined => (id in known ? known[id] : undefined);
  const compiled: Compiled[] = [];
  for (const rel of relations) {
    let constant = -(rel.constant ?? 0);
    const terms: Term[] = [];
    let checkable = true;
    for (const [ids, sign] of [
      [rel.left, 1],
      [rel.right, -1],
    ] as const) {
      for (const id of ids) {
        const row = rowOf.get(id);
        if (row !== undefined) terms.push({ row, col: colOf.get(id) ?? 0, sign });
        else {
          const v = knownValue(id);
          if (v === undefined) checkable = false;
          else constant += sign * (v ?? 0);
        }
      }
    }
    if (checkable && terms.length > 0) compiled.push({ constant, terms });
  }
  return compiled;
}

/** Whether a relation holds for the readings chosen. Figures with decimals (amounts): compared to the cent. */
function holds(rel: Compiled, chosen: Chosen): boolean {
  return Math.abs(rel.terms.reduce((sum, t) => sum + t.sign * (chosen[t.row]?.[t.col] ?? 0), rel.constant)) < 1e-6;
}

/** Each row's readings, kept where the relations inside the row (its own total) hold; null where too many. */
function rowCandidates(rows: readonly GluedRow[], readings: readonly RowReadings[], compiled: readonly Compiled[]): ((number | null)[][] | null)[] {
  const chosen: Chosen = rows.map(() => undefined);
  return rows.map((r, i) => {
    const list = readings[i]?.list;
    if (!list) return null;
    const local = compiled.filter((rel) => rel.terms.every((t) => t.row === i));
    const fitting = list.filter((cand) => {
      chosen[i] = cand;
      const ok = local.every((rel) => holds(rel, chosen));
      chosen[i] = undefined;
      return ok;
    });
    // Nothing fits its own total, and the digits cut only one way into every cell: that is what the page printed,
    // right or wrong, kept so the checks can say what is wrong with it rather than blanked.
    const whole = readings[i]?.whole ?? [];
    // (In text that keeps its spaces the figures are whole numbers: no cut is what the page printed.)
    return fitting.length === 0 && whole.length === 1 && r.glued ? whole : fitting;
  });
}

/**
 * The joint search: rows with fewest candidates first. A row none of whose readings fits its own total is left
 * out of it (a fault of the page, which the checks report). A relation is checked at the step its last loose row
 * is chosen, and only there; one on a row left out is never checked. Returns, per row searched, the cells all
 * solutions agree on (undefined where they differ), or null when no solution was found or the search stopped early.
 */
function jointSolution(candidates: readonly ((number | null)[][] | null)[], compiled: readonly Compiled[]): Map<number, (number | null | undefined)[]> | null {
  const chosen: Chosen = candidates.map(() => undefined);
  const order = candidates
    .map((_, i) => i)
    .filter((i) => (candidates[i]?.length ?? 0) > 0)
    .sort((a, b) => (candidates[a]?.length ?? 0) - (candidates[b]?.length ?? 0));
  const step = new Map(order.map((i, k) => [i, k]));
  const atStep: Compiled[][] = order.map(() => []);
  for (const rel of compiled) {
    if (!rel.terms.every((t) => step.has(t.row))) continue;
    atStep[Math.max(...rel.terms.map((t) => step.get(t.row) ?? 0))]?.push(rel);
  }
  const fits = (k: number): boolean => (atStep[k] ?? []).every((rel) => holds(rel, chosen));
  let nodes = 0;
  let solutions = 0;
  let stopped = false;
  const agreed = new Map<number, (number | null | undefined)[]>();
  const search = (k: number): void => {
    if (++nodes > MAX_NODES) stopped = true;
    if (stopped) return;
    if (k === order.length) {
      solutions++;
      for (const i of order) {
        const cand = chosen[i] ?? [];
        const had = agreed.get(i);
        // undefined: the solutions differ on the cell
        agreed.set(i, had ? had.map((v, j) => (v !== undefined && cand[j] === v ? v : undefined)) : [...cand]);
      }
      if (solutions >= MAX_SOLUTIONS) stopped = true;
      return;
    }
    const i = order[k] ?? 0;
    for (const cand of candidates[i] ?? []) {
      chosen[i] = cand;
      if (fits(k)) search(k + 1);
      chosen[i] = undefined;
      if (stopped) return;
    }
  };
  search(0);
  // Stopped early, the solutions seen may all agree where unseen ones would not: then no row relies on them.
  return solutions > 0 && !stopped ? agreed : null;
}

/**
 * Settles loose rows against the cells already read (`known`: a blank as null, counted 0 as the checks count it;
 * a cell not read at all is unknown) and the table's relations.
 */
export function solveGlued(rows: readonly GluedRow[], known: Readonly<Record<string, number | null>>, relations: readonly Relation[]): GluedOutcome {
  const outcome: GluedOutcome = { values: {}, warnings: [], settled: 0 };
  if (rows.length === 0) return outcome;
  const compiled = compileRelations(rows, known, relations);
  const readings = rows.map(readingsOf);
  const candidates = rowCandidates(rows, readings, compiled);
  const joint = jointSolution(candidates, compiled);

  rows.forEach((r, i) => {
    const cands = candidates[i];
    const cut = readings[i]?.cut ?? false;
    // Without a joint solution (a fault in the table, or too many), a row is settled by its own readings alone.
    const own = cands && cands.length > 0 ? r.cells.map((_, j) => (cands.every((c) => c[j] === cands[0]?.[j]) ? cands[0]?.[j] : undefined)) : null;
    const cells = (joint ? joint.get(i) : undefined) ?? own;
    // A cell settled as blank (its figure lost in every reading) is a blank of the source, as a figure is its value.
    const settled = cells ? cells.filter((v) => v !== undefined).length : 0;
    if (!cells || cells.every((v) => v === undefined || v === null)) {
      const why = !cands ? '位数太多，' : cands.length === 0 ? '任何读法都不符合本行合计，' : '';
      outcome.warnings.push({ where: r.where, message: `${describe(r, cut)}，${why}无法确定各数值所在的栏，整行留空，请对照原文填写` });
      return;
    }
    cells.forEach((v, j) => {
      const id = r.cells[j];
      if (v !== undefined && v !== null && id) outcome.values[id] = v;
    });
    if (settled === cells.length) outcome.settled++;
    else
      outcome.warnings.push({
        where: r.where,
        message: `${describe(r, cut)}，无法确定各数值所在的栏，只填入表内勾稽关系能确定的${settled}栏，其余留空，请对照原文填写`,
      });
  });
  return outcome;
}
