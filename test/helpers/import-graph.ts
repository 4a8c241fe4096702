/**
 * The repository's import graph, file by file (relative imports, type-only ones included: a type cycle is still a
 * cycle for the reader), and its cycles as strongly connected components (Tarjan).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

/** Each file's imports that are files of the graph. `read` may stand in for the disk (purpose-made probes). */
export function importGraph(files: readonly string[], read: (file: string) => string = (f) => readFileSync(f, 'utf8')): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const deps: string[] = [];
    for (const i of ts.preProcessFile(read(f), true, true).importedFiles) {
      if (!i.fileName.startsWith('.')) continue;
      const base = resolve(dirname(f), i.fileName);
      const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((x) => known.has(x) || (existsSync(x) && statSync(x).isFile()));
      if (target && known.has(target)) deps.push(target);
    }
    graph.set(f, deps);
  }
  return graph;
}

/** The groups of files that import each other, directly or round a loop. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) out.push(group.sort());
  };
  for (const f of graph.keys()) if (!index.has(f)) visit(f);
  return out;
}
