/**
 * The crash-durability run shared by the 200-kill test and the 1000-kill script (`npm run durability`): a child
 * process saves one report in a loop and is SIGKILLed at a random moment; after each kill the library is reopened
 * and every file it holds is checked.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Library } from '../../main/services/library/library';
import { parseReportJson } from '../../shared/model';
import { RegisterStore } from '../../main/services/library/registers';
import { registerSeq } from './durability-register';
import { makeReport, withCells } from './reports';

export interface DurabilityFigures {
  kills: number;
  /** the highest save the child acknowledged before its kill */
  lastAck: number;
  /** report files that were not a complete report, or held an older save than the last acknowledged one */
  tornFiles: number;
  /** temp files left in the data folder after the library reopened */
  leftoverTemps: number;
  /** snapshot files that were not a complete report */
  tornSnapshots: number;
  /** register (台账) files that could not be read, or held an older save than the last acknowledged one */
  tornRegisters: number;
  /** notices the library gave on reopening (repairs): none expected */
  notices: string[];
}

/** Bundles the child so that each round starts in a few tens of milliseconds. */
export async function buildChild(): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'nianbao-durability-')), 'child.mjs');
  await build({
    entryPoints: [new URL('../main/services/library/durability-child.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: out,
    logLevel: 'silent',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return out;
}

function completeReport(path: string): boolean {
  try {
    return parseReportJson(readFileSync(path, 'utf8')).ok;
  } catch {
    return false;
  }
}

export async function runKills(rounds: number, onRound: (round: number, f: DurabilityFigures) => void = () => undefined): Promise<DurabilityFigures> {
  const child = await buildChild();
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-durability-data-'));
  const lib = await Library.open(dir);
  const s = await lib.create(withCells(makeReport('gip-2021'), { 't2.licensing.decisions': 0 }));
  await lib.flush();
  const f: DurabilityFigures = { kills: 0, lastAck: 0, tornFiles: 0, leftoverTemps: 0, tornSnapshots: 0, tornRegisters: 0, notices: [] };
  const tornSnapshots = new Set<string>();
  let seed = 12345;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let round = 0; round < rounds; round++) {
    const acked = await new Promise<number>((resolve, reject) => {
      const proc = spawn(process.execPath, [child, dir, s.id, JSON.stringify(makeReport('gip-2021'))], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let killTimer: NodeJS.Timeout | null = null;
      proc.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        // Kill at a random moment once saving is under way (some rounds right away, some after many saves).
        killTimer ??= setTimeout(() => proc.kill('SIGKILL'), rnd(25));
      });
      proc.on('error', reject);
      proc.on('exit', (code, signal) => {
        if (killTimer) clearTimeout(killTimer);
        if (signal !== 'SIGKILL') return reject(new Error(`child exited ${code}: ${out}`));
        const acks = [...out.matchAll(/^ack (\d+)$/gm)].map((m) => Number(m[1]));
        resolve(acks.length ? Math.max(...acks) : f.lastAck);
      });
    });
    f.kills++;
    f.lastAck = Math.max(f.lastAck, acked);
    const reopened = await Library.open(dir);
    f.notices.push(...reopened.notices);
    const registers = await RegisterStore.open(dir);
    const report = makeReport('gip-2021');
    const book = await registers.load(report.agency, report.year).catch(() => null);
    if (book === null || (f.lastAck > 0 && registerSeq(book) < f.lastAck)) f.tornRegisters++;
    const value = (await reopened.load(s.id).catch(() => null))?.report.cells['t2.licensing.decisions'] ?? -1;
    if (value < f.lastAck) f.tornFiles++;
    for (const name of readdirSync(join(dir, 'reports')).filter((n) => n.endsWith('.json'))) if (!completeReport(join(dir, 'reports', name))) f.tornFiles++;
    const all = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    f.leftoverTemps += all.filter((n) => n.endsWith('.tmp')).length;
    const snapDir = join(dir, 'snapshots', s.id);
    for (const n of readdirSync(snapDir)) if (n.endsWith('.json') && !completeReport(join(snapDir, n))) tornSnapshots.add(n);
    f.tornSnapshots = tornSnapshots.size;
    onRound(round, f);
  }
  return f;
}
