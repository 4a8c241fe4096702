/**
 * Tables from a page's ruling lines: segments that meet form a grid, and a missing line between two grid cells means
 * they are merged. Geometry only, in points, y downwards.
 */

/** An axis-aligned ruling segment: x1 = x2 for a vertical one, y1 = y2 for a horizontal one. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const TOL = 2;

export interface Grid {
  xs: number[];
  ys: number[];
  /** region id of each grid cell, [row][col] */
  region: number[][];
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    const last = group[group.length - 1];
    if (last !== undefined && v - last > TOL) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    let j = i;
    while (this.parent[j] !== r) {
      const next = this.parent[j] ?? r;
      this.parent[j] = r;
      j = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Collinear segments that touch become one: borders are often drawn cell by cell. */
function joinCollinear(segs: PdfRule[], horizontal: boolean): PdfRule[] {
  const at = (r: PdfRule) => (horizontal ? r.y1 : r.x1);
  const from = (r: PdfRule) => (horizontal ? r.x1 : r.y1);
  const to = (r: PdfRule) => (horizontal ? r.x2 : r.y2);
  const sorted = [...segs].sort((a, b) => at(a) - at(b) || from(a) - from(b));
  const out: PdfRule[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(at(last) - at(r)) <= 0.8 && from(r) <= to(last) + TOL) {
      if (horizontal) last.x2 = Math.max(last.x2, r.x2);
      else last.y2 = Math.max(last.y2, r.y2);
    } else out.push({ ...r });
  }
  return out;
}

export function findGrids(rules: readonly PdfRule[]): Grid[] {
  const h = joinCollinear(
    rules.filter((r) => Math.abs(r.y1 - r.y2) < 0.5 && r.x2 - r.x1 > TOL),
    true,
  );
  const v = joinCollinear(
    rules.filter((r) => Math.abs(r.x1 - r.x2) < 0.5 && r.y2 - r.y1 > TOL),
    false,
  );
  if (h.length < 2 || v.length < 2 || h.length + v.length > 20000) return [];
  const all = [...h, ...v];
  const uf = new UnionFind(all.length);
  // Sorting the verticals by x keeps the intersection test near-linear for ordinary tables.
  const vIdx = v.map((r, i) => ({ r, i: h.length + i })).sort((a, b) => a.r.x1 - b.r.x1);
  h.forEach((hr, hi) => {
    let lo = 0;
    let hiB = vIdx.length;
    while (lo < hiB) {
      const mid = (lo + hiB) >> 1;
      if ((vIdx[mid]?.r.x1 ?? 0) < hr.x1 - TOL) lo = mid + 1;
      else hiB = mid;
    }
    for (let k = lo; k < vIdx.length; k++) {
      const e = vIdx[k];
      if (!e || e.r.x1 > hr.x2 + TOL) break;
      if (hr.y1 >= e.r.y1 - TOL && hr.y1 <= e.r.y2 + TOL) uf.union(hi, e.i);
    }
  });
  const groups = new Map<number, PdfRule[]>();
  all.forEach((r, i) => {
    const g = uf.find(i);
    const list = groups.get(g) ?? [];
    list.push(r);
    groups.set(g, list);
  });
  const grids: Grid[] = [];
  for (const group of groups.values()) {
    const gh = group.filter((r) => r.y1 === r.y2 && r.x1 !== r.x2);
    const gv = group.filter((r) => r.x1 === r.x2);
    if (gh.length < 2 || gv.length < 2) continue;
    // A table continued from the page before may lack its top line (it was the bottom of a row printed there):
    // the verticals' ends close the grid.
    const xs = cluster([...gv.map((r) => r.x1), Math.min(...gh.map((r) => r.x1)), Math.max(...gh.map((r) => r.x2))]);
    const ys = cluster([...gh.map((r) => r.y1), Math.min(...gv.map((r) => r.y1)), Math.max(...gv.map((r) => r.y2))]);
    if (xs.length < 2 || ys.length < 2 || (xs.length < 3 && ys.length < 3)) continue;
    const rows = ys.length - 1;
    const cols = xs.length - 1;
    if (rows * cols > 40000) continue;
    const cellUf = new UnionFind(rows * cols);
    const hasV = (x: number, y: number) => gv.some((r) => Math.abs(r.x1 - x) <= TOL && r.y1 < y && r.y2 > y);
    const hasH = (x: number, y: number) => gh.some((r) => Math.abs(r.y1 - y) <= TOL && r.x1 < x && r.x2 > x);
    for (let r = 0; r < rows; r++) {
      const midY = ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
      for (let c = 0; c < cols; c++) {
        const midX = ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
        if (c + 1 < cols && !hasV(xs[c + 1] ?? 0, midY)) cellUf.union(r * cols + c, r * cols + c + 1);
        if (r + 1 < rows && !hasH(midX, ys[r + 1] ?? 0)) cellUf.union(r * cols + c, (r + 1) * cols + c);
      }
    }
    const region = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cellUf.find(r * cols + c)));
    grids.push({ xs, ys, region, left: xs[0] ?? 0, right: xs[cols] ?? 0, top: ys[0] ?? 0, bottom: ys[rows] ?? 0 });
  }
  return grids.sort((a, b) => a.top - b.top);
}

/** The index of the interval of `edges` that holds `v`; -1 outside them. */
export function indexIn(edges: readonly number[], v: number): number {
  for (let i = 0; i + 1 < edges.length; i++) if (v >= (edges[i] ?? 0) && v < (edges[i + 1] ?? 0)) return i;
  return -1;
}
