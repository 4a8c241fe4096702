/** Timing helpers for the benchmark scripts (never used in tests: timings are measured, not asserted). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))] ?? NaN;
}

/** Runs fn `runs` times after a warm-up and returns each duration in milliseconds. */
export function timeRuns(runs: number, fn: (i: number) => void, warmup = Math.min(200, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn(i);
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out;
}

export function row(label: string, ms: number, target?: string): string {
  return `${label.padEnd(44)} ${ms.toFixed(4).padStart(10)} ms${target ? `   (目标 ${target})` : ''}`;
}

/** The async twin of timeRuns, for imports and exports. */
export async function timeAsync(runs: number, fn: () => Promise<unknown>, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out;
}
