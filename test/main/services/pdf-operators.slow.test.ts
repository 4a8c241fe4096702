/**
 * Text and ruling lines placed from pdf.js's operator list: PDFs written operator by operator (TJ adjustments, word
 * spacing, leading, horizontal scaling, a text matrix, overprinted "bold", rotated text, lines and thin rectangles),
 * read through the same `readPdfPages` the importer uses, positions in points with y downwards.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPdfPages } from '../../../main/services/import/pdf-text';

const HEIGHT = 400;
/** Helvetica advance widths (per 1000 em) of the glyphs used below. */
const W: Record<string, number> = { T: 611, o: 556, t: 278, a: 556, l: 222, '4': 556, '2': 556, ' ': 278, b: 556, B: 667, d: 556 };
const width = (s: string, size: number) => [...s].reduce((sum, ch) => sum + (W[ch] ?? 0), 0) * (size / 1000);

async function pageOf(content: (font: string) => string) {
  const doc = await PDFDocument.create();
  const page = doc.addPage([600, HEIGHT]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const key = page.node.newFontDictionary('Helv', font.ref);
  page.node.addContentStream(doc.context.register(doc.context.stream(content(key.toString()))));
  const [read] = await readPdfPages(await doc.save(), 'test.pdf');
  if (!read) throw new Error('no page');
  return read;
}

describe('text placed from the operator list', () => {
  it('cuts a TJ array where an adjustment opens a gap, and places the second run after it', async () => {
    const { runs } = await pageOf((f) => `BT ${f} 10 Tf 1 0 0 1 50 350 Tm [(Total) -3000 (42)] TJ ET`);
    expect(runs.map((r) => r.str)).toEqual(['Total', '42']);
    const [total, figure] = runs;
    expect(total?.x).toBeCloseTo(50, 1);
    expect(total?.y).toBeCloseTo(HEIGHT - 350, 1);
    expect(total?.width).toBeCloseTo(width('Total', 10), 1);
    expect(total?.size).toBeCloseTo(10, 1);
    expect(figure?.x).toBeCloseTo(50 + width('Total', 10) + 30, 1);
  });

  it('keeps a small kerning adjustment inside one run', async () => {
    const { runs } = await pageOf((f) => `BT ${f} 10 Tf 50 350 Td [(To) 80 (tal)] TJ ET`);
    expect(runs.map((r) => r.str)).toEqual(['Total']);
  });

  it('adds word spacing to a space, and a space ends the run', async () => {
    const { runs } = await pageOf((f) => `BT ${f} 10 Tf 50 300 Td 20 Tw (a b) Tj ET`);
    expect(runs.map((r) => r.str)).toEqual(['a', 'b']);
    expect(runs[1]?.x).toBeCloseTo(50 + width('a', 10) + width(' ', 10) + 20, 1);
  });

  it("moves to the next line by the leading (TL, T*, ')", async () => {
    const { runs } = await pageOf((f) => `BT ${f} 10 Tf 14 TL 50 250 Td (one) Tj T* (two) Tj (three) ' ET`);
    expect(runs.map((r) => [r.str, Math.round(r.y)])).toEqual([
      ['one', HEIGHT - 250],
      ['two', HEIGHT - 236],
      ['three', HEIGHT - 222],
    ]);
    expect(runs.every((r) => Math.abs(r.x - 50) < 0.01)).toBe(true);
  });

  it('applies horizontal scaling, the text matrix and the CTM', async () => {
    const { runs } = await pageOf((f) => `q 2 0 0 2 10 10 cm BT ${f} 10 Tf 50 Tz 1 0 0 1 20 100 Tm (Total) Tj ET Q`);
    const [run] = runs;
    expect(run?.x).toBeCloseTo(10 + 2 * 20, 1);
    expect(run?.y).toBeCloseTo(HEIGHT - (10 + 2 * 100), 1);
    expect(run?.size).toBeCloseTo(20, 1);
    expect(run?.width).toBeCloseTo(width('Total', 10) * 0.5 * 2, 1);
  });

  it('reads text overprinted a fraction of a point to the right (bold faked that way) once', async () => {
    const { runs } = await pageOf((f) => `BT ${f} 10 Tf 50 150 Td (Bold) Tj ET BT ${f} 10 Tf 50.3 150 Td (Bold) Tj ET`);
    expect(runs.map((r) => r.str)).toEqual(['Bold']);
  });

  it('keeps a doubled letter whose second copy is one advance on', async () => {
    const { runs } = await pageOf((f) => `BT ${f} 10 Tf 50 150 Td (Tall) Tj ET`);
    expect(runs.map((r) => r.str)).toEqual(['Tall']);
  });

  it('leaves out rotated text', async () => {
    const { runs } = await pageOf((f) => `BT ${f} 10 Tf 0 1 -1 0 300 100 Tm (Side) Tj ET BT ${f} 10 Tf 50 50 Td (Body) Tj ET`);
    expect(runs.map((r) => r.str)).toEqual(['Body']);
  });
});

describe('ruling lines from the operator list', () => {
  it('reads a stroked line and a thin filled rectangle, in view coordinates', async () => {
    const { rules } = await pageOf(() => `0.5 w 50 100 m 300 100 l S 200 20 0.5 200 re f 50 80 250 0.5 re f`);
    expect(rules).toHaveLength(3);
    const [stroked, vertical, filled] = rules;
    expect(stroked).toMatchObject({ x1: 50, x2: 300, y1: HEIGHT - 100, y2: HEIGHT - 100 });
    expect(vertical?.x1).toBeCloseTo(200.25, 2);
    expect([vertical?.y1, vertical?.y2]).toEqual([HEIGHT - 220, HEIGHT - 20]);
    expect(filled?.y1).toBeCloseTo(HEIGHT - 80.25, 2);
    expect([filled?.x1, filled?.x2]).toEqual([50, 300]);
  });

  it('does not take a filled box for a line', async () => {
    const { rules } = await pageOf(() => `50 50 100 60 re f`);
    expect(rules).toEqual([]);
  });
});
