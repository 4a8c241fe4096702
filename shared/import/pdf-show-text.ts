/**
 * Text shown on a page (TJ and its kin), placed glyph by glyph by the PDF text model (ISO 32000 §9.4: Tc, Tw, Tz,
 * Ts, TJ adjustments) the way pdf.js's canvas places it, and gathered into runs on one baseline.
 */
import type { PdfTextRun } from './pdf-layout';
import { compose, finite, type Matrix } from './pdf-matrix';

/** What a run of text needs to know of a font. */
export interface PdfFontMetrics {
  fontMatrix: readonly number[];
  vertical: boolean;
}

/** The parts of the graphics state that q/Q save and restore and that place text or lines. */
export interface GraphicsState {
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

/** The runs of a page, glyph by glyph. */
export class TextRuns {
  readonly runs: PdfTextRun[] = [];
  private run: (PdfTextRun & { end: number }) | null = null;
  // A glyph printed twice at one spot (how some writers fake bold) is read once: position → glyph.
  private readonly printed = new Map<number, string>();
  private readonly normalize: (s: string) => string;

  constructor(normalize: (s: string) => string) {
    this.normalize = normalize;
  }

  /** Ends the current run. */
  flush(): void {
    const run = this.run;
    if (run) this.runs.push({ str: this.normalize(run.str), x: run.x, y: run.y, width: run.end - run.x, size: run.size });
    this.run = null;
  }

  /** A glyph set at (ox, oy) in the view, the pen at ex after it, on a line `em` high. */
  add(text: string, ox: number, oy: number, ex: number, em: number): void {
    // Cells of 0.08 em: a copy within one cell either side is the same glyph printed again; the narrowest
    // letters advance more than 0.2 em, so a real doubled letter is never taken for one.
    const key = Math.round(ox / (DEDUPE_EM * em)) * 1e6 + Math.round(oy / (DEDUPE_EM * em));
    const printed = this.printed;
    if (printed.get(key) === text || printed.get(key - 1e6) === text || printed.get(key + 1e6) === text) return;
    printed.set(key, text);
    const r = this.run;
    const sameLine = r !== null && Math.abs(r.y - oy) < 0.2 * em && Math.abs(r.size - em) < 0.05 * em;
    if (!r || !sameLine || ox - r.end > GAP_EM * em || r.end - ox > OVERLAP_EM * em) {
      this.flush();
      this.run = { str: text, x: ox, y: oy, width: 0, size: em, end: Math.max(ex, ox) };
    } else {
      r.str += text;
      r.end = Math.max(r.end, ex);
    }
  }
}

/**
 * Places the glyphs of a showText's items (glyphs, and numbers that move the pen back in thousandths of an em)
 * from `penX` along the text matrix `tm`; returns where the pen stands after them.
 */
export function showText(items: unknown, s: GraphicsState, tm: Matrix, penX: number, view: Matrix, out: TextRuns): number {
  const current = s.font;
  if (!current || !Array.isArray(items) || s.fontSize === 0) return penX;
  const size = Math.abs(s.fontSize);
  const direction = s.fontSize < 0 ? -1 : 1;
  const advanceScale = size * finite(current.fontMatrix[0], 0.001);
  // Text space → the view: the text matrix, the CTM, the viewport.
  const [a, b, c, d, e, f] = compose(compose(tm, s.ctm), view);
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
      out.flush();
      continue;
    }
    out.add(text, ox, oy, ex, em);
  }
  return penX + x * s.hScale;
}
