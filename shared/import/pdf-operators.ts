/**
 * A page's positioned text and ruling lines, both read from pdf.js's operator list in one walk. pdf.js's own text
 * extraction (`getTextContent`) parses the page a second time and cost as much again as the operator list; the
 * operator list already carries every glyph with its Unicode value and advance, so the text is placed from it by the
 * PDF text model (ISO 32000 §9.4: Tm, Tc, Tw, Tz, TL, Ts, TJ adjustments) the way pdf.js's canvas places it. Each
 * operator the walk reads has its handler, in groups: graphics state, paths, text object, text state.
 */
import type { PdfRule } from './pdf-grids';
import type { PdfTextRun } from './pdf-layout';
import { compose, finite, IDENTITY, matrixOf, type Matrix } from './pdf-matrix';
import { pathRules, type PaintOps } from './pdf-path-rules';
import { showText, TextRuns, type GraphicsState, type PdfFontMetrics } from './pdf-show-text';

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

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** Where the walk stands: the graphics state and the states q saved, the text object, and what was read so far. */
interface Walk {
  s: GraphicsState;
  readonly stack: GraphicsState[];
  // Text matrix and line matrix live inside BT…ET and are not saved by q/Q. Td moves from the start of the line:
  // the line matrix is the Tm set by the last Tm (or BT), moved by the Td's since.
  tm: Matrix;
  lineMatrix: Matrix;
  lineX: number;
  lineY: number;
  penX: number;
  readonly view: Matrix;
  readonly text: TextRuns;
  readonly rules: PdfRule[];
  readonly font: (name: unknown) => PdfFontMetrics | null;
}

/** What one operator does to the walk, given its operands. */
type Handler = (w: Walk, args: unknown[]) => void;

/** q/Q, cm and form XObjects: the graphics state saved, restored and transformed. */
function graphicsStateHandlers(OPS: Ops): [number, Handler][] {
  const save: Handler = (w) => {
    w.stack.push({ ...w.s });
  };
  const restore: Handler = (w) => {
    w.s = w.stack.pop() ?? w.s;
  };
  const concat = (w: Walk, m: Matrix | null) => {
    if (m) w.s = { ...w.s, ctm: compose(m, w.s.ctm) };
  };
  return [
    [OPS.save, save],
    [OPS.restore, restore],
    [OPS.transform, (w, args) => concat(w, matrixOf(args))],
    [
      OPS.paintFormXObjectBegin,
      (w, args) => {
        save(w, args);
        concat(w, matrixOf(args[0]));
      },
    ],
    [OPS.paintFormXObjectEnd, restore],
  ];
}

/** Paths: the ruling lines they paint. */
function pathHandlers(OPS: Ops): [number, Handler][] {
  const paint: PaintOps = {
    fills: new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]),
    strokes: new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]),
  };
  return [[OPS.constructPath, (w, args) => pathRules(args, w.s.ctm, w.view, paint, w.rules)]];
}

/** A new line of text set by a line matrix: BT (the identity), Tm. */
function startLine(w: Walk, m: Matrix): void {
  w.lineMatrix = m;
  w.tm = m;
  w.lineX = w.lineY = w.penX = 0;
}

function moveText(w: Walk, dx: number, dy: number): void {
  w.lineX += dx;
  w.lineY += dy;
  w.tm = compose([1, 0, 0, 1, w.lineX, w.lineY], w.lineMatrix);
  w.penX = 0;
}

/** BT…ET, the text matrix, line moves (Td, TD, T*) and the text shown. */
function textObjectHandlers(OPS: Ops): [number, Handler][] {
  return [
    [
      OPS.beginText,
      (w) => {
        w.text.flush();
        startLine(w, IDENTITY);
      },
    ],
    [OPS.endText, (w) => w.text.flush()],
    [
      OPS.setTextMatrix,
      (w, args) => {
        const m = matrixOf(args[0]) ?? matrixOf(args);
        if (m) startLine(w, m);
      },
    ],
    [OPS.moveText, (w, args) => moveText(w, finite(args[0]), finite(args[1]))],
    [
      OPS.setLeadingMoveText,
      (w, args) => {
        w.s = { ...w.s, leading: -finite(args[1]) };
        moveText(w, finite(args[0]), finite(args[1]));
      },
    ],
    [OPS.nextLine, (w) => moveText(w, 0, -w.s.leading)],
    [
      OPS.showText,
      (w, args) => {
        w.penX = showText(args[0], w.s, w.tm, w.penX, w.view, w.text);
      },
    ],
  ];
}

/** The font (Tf, or an ExtGState's) and the text state's numbers (Tc, Tw, Tz, TL, Ts). */
function textStateHandlers(OPS: Ops): [number, Handler][] {
  const numbers: [number, (v: unknown) => Partial<GraphicsState>][] = [
    [OPS.setCharSpacing, (v) => ({ charSpacing: finite(v) })],
    [OPS.setWordSpacing, (v) => ({ wordSpacing: finite(v) })],
    [OPS.setHScale, (v) => ({ hScale: finite(v, 100) / 100 })],
    [OPS.setLeading, (v) => ({ leading: finite(v) })],
    [OPS.setTextRise, (v) => ({ rise: finite(v) })],
  ];
  const setFont = (w: Walk, name: unknown, size: unknown) => {
    w.s = { ...w.s, font: w.font(name), fontSize: finite(size) };
  };
  return [
    [OPS.setFont, (w, args) => setFont(w, args[0], args[1])],
    [
      OPS.setGState,
      (w, args) => {
        for (const entry of Array.isArray(args[0]) ? (args[0] as unknown[]) : []) {
          if (!Array.isArray(entry) || entry[0] !== 'Font' || !Array.isArray(entry[1])) continue;
          const [name, size] = entry[1] as unknown[];
          setFont(w, name, size);
        }
      },
    ],
    ...numbers.map(([op, read]): [number, Handler] => [
      op,
      (w, args) => {
        w.s = { ...w.s, ...read(args[0]) };
      },
    ]),
  ];
}

export function readOperators(
  ops: OperatorList,
  OPS: Ops,
  fontOf: (name: string) => PdfFontMetrics | null,
  /** page space → the importer's view (points, y downwards): pdf.js's viewport transform */
  view: readonly number[],
  normalize: (s: string) => string,
): { runs: PdfTextRun[]; rules: PdfRule[] } {
  const handlers = new Map([...graphicsStateHandlers(OPS), ...pathHandlers(OPS), ...textObjectHandlers(OPS), ...textStateHandlers(OPS)]);
  const fonts = new Map<string, PdfFontMetrics | null>();
  const w: Walk = {
    s: { ctm: IDENTITY, font: null, fontSize: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 },
    stack: [],
    tm: IDENTITY,
    lineMatrix: IDENTITY,
    lineX: 0,
    lineY: 0,
    penX: 0,
    view: matrixOf(view) ?? IDENTITY,
    text: new TextRuns(normalize),
    rules: [],
    font: (name) => {
      if (typeof name !== 'string') return null;
      let known = fonts.get(name);
      if (known === undefined) {
        known = fontOf(name);
        fonts.set(name, known);
      }
      return known;
    },
  };
  for (let k = 0; k < ops.fnArray.length; k++) {
    const handle = handlers.get(ops.fnArray[k] ?? -1);
    if (!handle) continue;
    const raw = ops.argsArray[k];
    handle(w, Array.isArray(raw) ? (raw as unknown[]) : []);
  }
  w.text.flush();
  return { runs: w.text.runs, rules: w.rules };
}
