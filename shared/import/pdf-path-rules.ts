/**
 * A table's ruling lines from the paths a page paints: stroked segments, and filled rectangles thin enough to be
 * a line. Curves and anything neither horizontal nor vertical are no ruling and are passed over.
 */
import type { PdfRule } from './pdf-grids';
import { apply, compose, type Matrix, type Point } from './pdf-matrix';

/** The painting operators (pdf.js's codes) that fill a path, and those that stroke it. */
export interface PaintOps {
  fills: ReadonlySet<number>;
  strokes: ReadonlySet<number>;
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

/**
 * Adds the ruling lines of one constructPath (its operands: the painting operator, then the path data) drawn
 * under `ctm`, in the view `view` places the page in.
 */
export function pathRules(args: unknown[], ctm: Matrix, view: Matrix, paint: PaintOps, rules: PdfRule[]): void {
  const toView = (x: number, y: number): Point => apply(compose(ctm, view), x, y);
  const addRule = (x1: number, y1: number, x2: number, y2: number) => {
    const [ax, ay] = toView(x1, y1);
    const [bx, by] = toView(x2, y2);
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
  const op = args[0] as number;
  const data = (args[1] as unknown[] | undefined)?.[0];
  if (!data || typeof data !== 'object' || !('length' in data)) return;
  for (const sp of subpaths(data as ArrayLike<number>)) {
    if (paint.fills.has(op) && sp.points.length >= 2) {
      // A thin filled rectangle is how Chromium and many writers draw a table's border.
      const xs = sp.points.map((p) => p[0]);
      const ys = sp.points.map((p) => p[1]);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const [ax, ay] = toView(x0, y0);
      const [bx, by] = toView(x1, y1);
      if (Math.abs(ax - bx) < 2.5 || Math.abs(ay - by) < 2.5) addRule(x0, y0, x1, y1);
    }
    if (paint.strokes.has(op)) {
      const pts = sp.closed ? [...sp.points, sp.points[0] as Point] : sp.points;
      for (let i = 1; i < pts.length; i++) {
        const a = pts[i - 1];
        const b = pts[i];
        if (a && b) addRule(a[0], a[1], b[0], b[1]);
      }
    }
  }
}
