/** The PDF's affine matrices (ISO 32000 §8.3.3: [a b c d e f]) and the operands pdf.js hands over, read defensively. */

export type Matrix = [number, number, number, number, number, number];
export type Point = [number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `first` applied, then `then`. */
export function compose(first: readonly number[], then: readonly number[]): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = first;
  const [A = 1, B = 0, C = 0, D = 1, E = 0, F = 0] = then;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

export function apply(m: Matrix, x: number, y: number): Point {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export const finite = (v: unknown, fallback = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

export function matrixOf(v: unknown): Matrix | null {
  if (!Array.isArray(v) && !ArrayBuffer.isView(v)) return null;
  const m = v as ArrayLike<unknown>;
  if (m.length !== 6) return null;
  return [finite(m[0]), finite(m[1]), finite(m[2]), finite(m[3]), finite(m[4]), finite(m[5])];
}
