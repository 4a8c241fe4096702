/**
 * A page's positioned text and ruling lines, both read from pdf.js's operator list in one walk. pdf.js's own text
 * extraction (`getTextContent`) parses the page a second time and cost as much again as the operator list; the
 * operator list already carries every glyph with its Unicode value and advance, so the text is placed here by the
 * PDF text model (ISO 32000 §9.4: Tm, Tc, Tw, Tz, TL, Ts, TJ adjustments) the way pdf.js's canvas places it.
 */
import type { PdfRule, PdfTextRun } from './pdf-layout';

/** The operator codes this walk reads, as pdf.js numbers them (its `OPS`, passed in: this module loads no pdf.js). */
export type PdfOps = Readonly<
  Record<
    | 'beginText'
    | 'endText'
    | 'closeEOFillStroke'
    | 'closeFillStroke'
    | 'closeStroke'
    | 'constructPath'
    | 'eoFill'
    | 'eoFillStroke'
    | 'fill'
    | 'fillStroke'
    | 'moveText'
    | 'nextLine'
    | 'paintFormXObjectBegin'
    | 'paintFormXObjectEnd'
    | 'restore'
    | 'save'
    | 'setCharSpacing'
    | 'setFont'
    | 'setGState'
    | 'setHScale'
    | 'setLeading'
    | 'setLeadingMoveText'
    | 'setTextMatrix'
    | 'setTextRise'
    | 'setWordSpacing'
    | 'showText'
    | 'stroke'
    | 'transform',
    number
  >
>;
type Ops = PdfOps;
type Matrix = [number, number, number, number, number, number];
type Point = [number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** What a run of text needs to know of a font. */
export interface PdfFontMetrics {
  fontMatrix: readonly number[];
  vertical: boolean;
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** `first` applied, then `then`. */
function compose(first: readonly number[], then: readonly number[]): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = first;
  const [A = 1, B = 0, C = 0, D = 1, E = 0, F = 0] = then;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

function apply(m: Matrix, x: number, y: number): Point {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

const finite = (v: unknown, fallback = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

function matrixOf(v: unknown): Matrix | null {
  if (!Array.isArray(v) && !ArrayBuffer.isView(v)) return null;
  const m = v as ArrayLike<unknown>;
  if (m.length !== 6) return null;
  return [finite(m[0]), finite(m[1]), finite(m[2]), finite(m[3]), finite(m[4]), finite(m[5])];
}

/** Subpaths of a pdf.js path (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4) as point lists. */
function subpaths(data: ArrayLike<number>): { points: Point[]; closed: boolean }[] {
  const out: { points: Point[]; closed: boolean }[] = [];
  let cur: { points: Point[]; closed: boolean } | null = null;
  let i = 0;
  while (i < data.length) {
    const op = data[i++];
    if (op === 0 || op === 1) {
      const p: Point = [data[i] ?? 0, data[i + 1] ?? 0];
      i += 2;
      if (op === 0 || !cur) {
        cur = { points: [], closed: false };
        out.push(cur);
      }
      cur.points.push(p);
    } else if (op === 2) {
      cur?.points.push([data[i + 4] ?? 0, data[i + 5] ?? 0]);
      i += 6;
    } else if (op === 3) {
      cur?.points.push([data[i + 2] ?? 0, data[i + 3] ?? 0]);
      i += 4;
    } else if (op === 4) {
      if (cur) cur.closed = true;
    } else {
      break;
    }
  }
  return out;
}

/** The parts of the graphics state that q/Q save and restore and that place text or lines. */
interface State {
  ctm: Matrix;
  font: PdfFontMetrics | null;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

/** A glyph as pdf.js lists it (other fields are left unread). */
interface Glyph {
  unicode?: unknown;
  width?: unknown;
  isSpace?: unknown;
}

/** Runs are cut where the pen jumps: a gap or a step back of this many ems, or a new baseline. */
const GAP_EM = 0.12;
const OVERLAP_EM = 0.3;
const DEDUPE_EM = 0.08;

export function readOperators(
  ops: OperatorList,
  OPS: Ops,
  fontOf: (name: string) => PdfFontMetrics | null,
  /** page space → the importer's view (points, y downwards): pdf.js's viewport transform */
  view: readonly number[],
  normalize: (s: string) => string,
): { runs: PdfTextRun[]; rules: PdfRule[] } {
  const rules: PdfRule[] = [];
  const runs: PdfTextRun[] = [];
  const stack: State[] = [];
  let s: State = { ctm: IDENTITY, font: null, fontSize: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 };
  // Text matrix and line matrix live inside BT…ET and are not saved by q/Q. Td moves from the start of the line:
  // the line matrix is the Tm set by the last Tm (or BT), moved by the Td's since.
  let tm: Matrix = IDENTITY;
  let lineMatrix: Matrix = IDENTITY;
  let lineX = 0;
  let lineY = 0;
  let penX = 0;
  // A glyph printed twice at one spot (how some writers fake bold) is read once: position → glyph.
  const printed = new Map<number, string>();
  const fonts = new Map<string, PdfFontMetrics | null>();
  const font = (name: unknown): PdfFontMetrics | null => {
    if (typeof name !== 'string') return null;
    let known = fonts.get(name);
    if (known === undefined) {
      known = fontOf(name);
      fonts.set(name, known);
    }
    return known;
  };
  let run: (PdfTextRun & { end: number }) | null = null;
  const flush = () => {
    if (run) runs.push({ str: normalize(run.str), x: run.x, y: run.y, width: run.end - run.x, size: run.size });
    run = null;
  };

  const fills = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const viewMatrix = matrixOf(view) ?? IDENTITY;
  const toView = (m: Matrix, x: number, y: number): Point => apply(compose(m, viewMatrix), x, y);
  const addRule = (x1: number, y1: number, x2: number, y2: number) => {
    const [ax, ay] = toView(s.ctm, x1, y1);
    const [bx, by] = toView(s.ctm, x2, y2);
    const w = Math.abs(ax - bx);
    const h = Math.abs(ay - by);
    if (h < 2.5 && w > 2) {
      const y = (ay + by) / 2;
      rules.push({ x1: Math.min(ax, bx), x2: Math.max(ax, bx), y1: y, y2: y });
    } else if (w < 2.5 && h > 2) {
      const x = (ax + bx) / 2;
      rules.push({ x1: x, x2: x, y1: Math.min(ay, by), y2: Math.max(ay, by) });
    }
  };
  const paths = (args: unknown[]) => {
    const paint = args[0] as number;
    const data = (args[1] as unknown[] | undefined)?.[0];
    if (!data || typeof data !== 'object' || !('length' in data)) return;
    for (const sp of subpaths(data as ArrayLike<number>)) {
      if (fills.has(paint) && sp.points.length >= 2) {
        // A thin filled rectangle is how Chromium and many writers draw a table's border.
        const xs = sp.points.map((p) => p[0]);
        const ys = sp.points.map((p) => p[1]);
        const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        const [ax, ay] = toView(s.ctm, x0, y0);
        const [bx, by] = toView(s.ctm, x1, y1);
        if (Math.abs(ax - bx) < 2.5 || Math.abs(ay - by) < 2.5) addRule(x0, y0, x1, y1);
      }
      if (strokes.has(paint)) {
        const pts = sp.closed ? [...sp.points, sp.points[0] as Point] : sp.points;
        for (let i = 1; i < pts.length; i++) {
          const a = pts[i - 1];
          const b = pts[i];
          if (a && b) addRule(a[0], a[1], b[0], b[1]);
        }
      }
    }
  };

  const show = (items: unknown) => {
    const current = s.font;
    if (!current || !Array.isArray(items) || s.fontSize === 0) return;
    const size = Math.abs(s.fontSize);
    const direction = s.fontSize < 0 ? -1 : 1;
    const advanceScale = size * finite(current.fontMatrix[0], 0.001);
    // Text space → the view: the text matrix, the CTM, the viewport.
    const [a, b, c, d, e, f] = compose(compose(tm, s.ctm), viewMatrix);
    const em = size * Math.hypot(c, d);
    // Only text set left to right on a horizontal baseline is read (rotated margin notes are not report text).
    const upright = !current.vertical && a > 0 && Math.abs(b) < 0.01 * a && Math.abs(c) < 0.01 * Math.abs(d) && em > 0;
    const rise = s.rise;
    let x = 0;
    for (const item of items as unknown[]) {
      if (typeof item === 'number') {
        if (Number.isFinite(item)) x -= (item * size) / 1000;
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const g = item as Glyph;
      const isSpace = g.isSpace === true;
      const advance = finite(g.width) * advanceScale + ((isSpace ? s.wordSpacing : 0) + s.charSpacing) * direction;
      const start = penX + x * s.hScale;
      x += advance;
      if (!upright || typeof g.unicode !== 'string' || g.unicode === '') continue;
      const ox = a * start + c * rise + e;
      const oy = b * start + d * rise + f;
      const ex = a * (penX + x * s.hScale) + c * rise + e;
      // A space ends a run: the next word's place is then known exactly rather than estimated from character widths.
      // (isSpace is PDF's single-byte code 32, which takes word spacing whatever glyph a subset font puts there.)
      const text = g.unicode;
      if (text.trim() === '') {
        flush();
        continue;
      }
      // Cells of 0.08 em: a copy within one cell either side is the same glyph printed again; the narrowest
      // letters advance more than 0.2 em, so a real doubled letter is never taken for one.
      const key = Math.round(ox / (DEDUPE_EM * em)) * 1e6 + Math.round(oy / (DEDUPE_EM * em));
      if (printed.get(key) === text || printed.get(key - 1e6) === text || printed.get(key + 1e6) === text) continue;
      printed.set(key, text);
      const r: (PdfTextRun & { end: number }) | null = run;
      const sameLine = r !== null && Math.abs(r.y - oy) < 0.2 * em && Math.abs(r.size - em) < 0.05 * em;
      if (!r || !sameLine || ox - r.end > GAP_EM * em || r.end - ox > OVERLAP_EM * em) {
        flush();
        run = { str: text, x: ox, y: oy, width: 0, size: em, end: Math.max(ex, ox) };
      } else {
        r.str += text;
        r.end = Math.max(r.end, ex);
      }
    }
    penX += x * s.hScale;
  };

  const moveText = (dx: number, dy: number) => {
    lineX += dx;
    lineY += dy;
    tm = compose([1, 0, 0, 1, lineX, lineY], lineMatrix);
    penX = 0;
  };
  for (let k = 0; k < ops.fnArray.length; k++) {
    const fn = ops.fnArray[k];
    const raw = ops.argsArray[k];
    const args = Array.isArray(raw) ? (raw as unknown[]) : [];
    switch (fn) {
      case OPS.save:
        stack.push({ ...s });
        break;
      case OPS.restore:
        s = stack.pop() ?? s;
        break;
      case OPS.transform: {
        const m = matrixOf(args);
        if (m) s = { ...s, ctm: compose(m, s.ctm) };
        break;
      }
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...s });
        const m = matrixOf(args[0]);
        if (m) s = { ...s, ctm: compose(m, s.ctm) };
        break;
      }
      case OPS.paintFormXObjectEnd:
        s = stack.pop() ?? s;
        break;
      case OPS.constructPath:
        paths(args);
        break;
      case OPS.beginText:
        flush();
        tm = IDENTITY;
        lineMatrix = IDENTITY;
        lineX = lineY = penX = 0;
        break;
      case OPS.endText:
        flush();
        break;
      case OPS.setFont: {
        s = { ...s, font: font(args[0]), fontSize: finite(args[1]) };
        break;
      }
      case OPS.setGState:
        for (const entry of Array.isArray(args[0]) ? (args[0] as unknown[]) : []) {
          if (!Array.isArray(entry) || entry[0] !== 'Font' || !Array.isArray(entry[1])) continue;
          const [name, size] = entry[1] as unknown[];
          s = { ...s, font: font(name), fontSize: finite(size) };
        }
        break;
      case OPS.setCharSpacing:
        s = { ...s, charSpacing: finite(args[0]) };
        break;
      case OPS.setWordSpacing:
        s = { ...s, wordSpacing: finite(args[0]) };
        break;
      case OPS.setHScale:
        s = { ...s, hScale: finite(args[0], 100) / 100 };
        break;
      case OPS.setLeading:
        s = { ...s, leading: finite(args[0]) };
        break;
      case OPS.setTextRise:
        s = { ...s, rise: finite(args[0]) };
        break;
      case OPS.setTextMatrix: {
        const m = matrixOf(args[0]) ?? matrixOf(args);
        if (m) {
          lineMatrix = m;
          tm = m;
          lineX = lineY = penX = 0;
        }
        break;
      }
      case OPS.moveText:
        moveText(finite(args[0]), finite(args[1]));
        break;
      case OPS.setLeadingMoveText:
        s = { ...s, leading: -finite(args[1]) };
        moveText(finite(args[0]), finite(args[1]));
        break;
      case OPS.nextLine:
        moveText(0, -s.leading);
        break;
      case OPS.showText:
        show(args[0]);
        break;
      default:
        break;
    }
  }
  flush();
  return { runs, rules };
}
