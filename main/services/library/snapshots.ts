/**
 * A report's saved versions: one file per save in its own folder, named by the moment it was saved, thinned as
 * snapshotsKept says. Written durably like the report itself, so a kill never leaves a torn version.
 */
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReport, type Report } from '../../../shared/model';
import type { SnapshotInfo } from '../../../shared/api/types';
import { writeFileDurable } from './durable-file';

export const SNAPSHOTS_KEPT = 20;
/** Within this long before now, one version is kept for each slot of SLOT_MINUTES beyond the last saves. */
const SLOT_HOURS = 24;
const SLOT_MINUTES = 10;

/**
 * The versions kept, newest first: the last 20 saves; before them, the newest of every 10 minutes over the last
 * 24 hours; before that, the newest of each day. A morning's work can be gone back to by the quarter hour, last
 * week's by the day, and typing never pushes yesterday out.
 */
export function snapshotsKept(snaps: readonly { name: string; savedAt: string }[], now: Date): Set<string> {
  const kept = new Set<string>();
  const slots = new Set<string>();
  const cutoff = now.getTime() - SLOT_HOURS * 3600_000;
  snaps.forEach((s, i) => {
    const t = Date.parse(s.savedAt);
    const slot = Number.isFinite(t) && t >= cutoff ? `m${Math.floor(t / (SLOT_MINUTES * 60_000))}` : `d${s.savedAt.slice(0, 10)}`;
    // The recent saves also stand for their slot: an older save of the same slot adds nothing.
    if (i < SNAPSHOTS_KEPT || !slots.has(slot)) kept.add(s.name);
    slots.add(slot);
  });
  return kept;
}

/** A moment as a file-name part (no colons or dots, sorting as time does). */
export function stamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

/** A version's moment as the notices print it: "2026-03-02 14:05", local time. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function fromStamp(name: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : '';
}

/** Every snapshot file in a report's folder, newest first. */
export async function snapshotFiles(dir: string): Promise<SnapshotInfo[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .reverse()
    .map((name) => ({ name, savedAt: fromStamp(name) }));
}

/** Writes a version and thins the folder (autosave writes a version every few seconds while typing). */
export async function writeSnapshot(dir: string, text: string, now: Date, seq: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  // Torn never, but a power cut may lose the newest snapshot: the report file holds that version durably.
  await writeFileDurable(join(dir, `${stamp(now)}-${String(seq).padStart(6, '0')}.json`), text, { syncDir: false });
  const snaps = await snapshotFiles(dir);
  const kept = snapshotsKept(snaps, new Date());
  for (const s of snaps) if (!kept.has(s.name)) await unlink(join(dir, s.name)).catch(() => undefined);
}

/** A version's report, or null when its file is missing, torn or not a report (left by an older version). */
export async function readSnapshot(dir: string, name: string): Promise<Report | null> {
  try {
    const r = parseReport(JSON.parse(await readFile(join(dir, name), 'utf8')));
    return r.ok ? r.report : null;
  } catch {
    return null;
  }
}

/** The versions that can be restored, newest first. */
export async function goodSnapshots(dir: string): Promise<SnapshotInfo[]> {
  const good: SnapshotInfo[] = [];
  for (const s of await snapshotFiles(dir)) if (await readSnapshot(dir, s.name)) good.push(s);
  return good;
}
