/** The local library: durable saves, snapshots, the bin, and what happens to broken or foreign files. */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../main/services/library/library';
import { SNAPSHOTS_KEPT, snapshotsKept } from '../../../../main/services/library/snapshots';
import { runKills } from '../../../helpers/durability';
import { makeReport, withCells } from '../../../helpers/reports';

const fresh = () => mkdtempSync(join(tmpdir(), 'nianbao-lib-'));

describe('Library', () => {
  it('creates its folder, saves, lists and reloads a report, blank and 0 kept apart', async () => {
    const dir = join(fresh(), 'missing', 'data');
    const lib = await Library.open(dir);
    const report = withCells(makeReport('gip-2021'), { 't3.new.legal': null, 't3.new.welfare': 0 });
    const s = await lib.create(report);
    // A blank cell is still to fill, not an error: the list counts as the editor does (counts.test.ts).
    expect(lib.list().map((r) => [r.agency, r.year, r.errors])).toEqual([['某某市教育局', 2025, 0]]);
    const again = await Library.open(dir);
    const { report: loaded, readOnly } = await again.load(s.id);
    expect(readOnly).toBe(false);
    expect(loaded.cells['t3.new.legal']).toBeNull();
    expect(loaded.cells['t3.new.welfare']).toBe(0);
    expect(again.notices).toEqual([]);
  });

  it('keeps the last saves and one a day as snapshots that can be restored', async () => {
    const lib = await Library.open(fresh());
    const s = await lib.create(makeReport('gip-2021'));
    for (let i = 1; i <= SNAPSHOTS_KEPT + 5; i++) await lib.save(s.id, withCells(makeReport('gip-2021'), { 't2.licensing.decisions': i }));
    const history = await lib.history(s.id);
    expect(history.length).toBe(SNAPSHOTS_KEPT);
    const oldest = history[history.length - 1];
    const restored = await lib.restoreSnapshot(s.id, oldest?.name ?? '');
    expect(restored.cells['t2.licensing.decisions']).toBe(6);
    expect((await lib.load(s.id)).report.cells['t2.licensing.decisions']).toBe(6);
  });

  it('thins the history by time: the last 20 saves, one per 10 minutes over a day, one a day before that', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    // Autosave every 5 seconds for the two hours before now, and a few saves on each of three earlier days.
    const snaps: { name: string; savedAt: string }[] = [];
    for (let t = now.getTime(); t > now.getTime() - 2 * 3600_000; t -= 5000) snaps.push({ name: `s${t}`, savedAt: new Date(t).toISOString() });
    for (const day of ['2026-12-01', '2026-11-30', '2026-11-28'])
      for (const h of ['16', '10', '09']) snaps.push({ name: `${day}-${h}`, savedAt: `${day}T${h}:00:00.000Z` });
    const kept = snapshotsKept(snaps, now);
    const recent = snaps.slice(0, SNAPSHOTS_KEPT).map((x) => x.name);
    expect(recent.every((n) => kept.has(n))).toBe(true);
    const slots = [...kept].filter((n) => n.startsWith('s') && !recent.includes(n));
    // Two hours is 12 ten-minute slots; the newest is the recent saves' own.
    expect(slots).toHaveLength(11);
    expect([...kept].filter((n) => n.startsWith('2026-'))).toEqual(['2026-12-01-16', '2026-11-30-16', '2026-11-28-16']);
    expect(kept.size).toBe(SNAPSHOTS_KEPT + 11 + 3);
  });

  it('restores a corrupt report file from its newest good snapshot and says so', async () => {
    const dir = fresh();
    const lib = await Library.open(dir);
    const s = await lib.create(makeReport('gip-2021'));
    await lib.save(s.id, withCells(makeReport('gip-2021'), { 't2.licensing.decisions': 42 }));
    await lib.flush();
    writeFileSync(join(dir, 'reports', `${s.id}.json`), '{"schemaVersion": 1, "format": "gip-20');
    const reopened = await Library.open(dir);
    expect(reopened.notices).toHaveLength(1);
    expect(reopened.notices[0]).toContain('已损坏，已从');
    expect((await reopened.load(s.id)).report.cells['t2.licensing.decisions']).toBe(42);
    expect(readdirSync(join(dir, 'reports')).some((n) => n.includes('.corrupt-'))).toBe(true);
  });

  it('never writes defaults over an unreadable index: it rebuilds it from the report files', async () => {
    const dir = fresh();
    const lib = await Library.open(dir);
    await lib.create(makeReport('gip-2021'));
    await lib.flush();
    writeFileSync(join(dir, 'index.json'), '');
    const reopened = await Library.open(dir);
    expect(reopened.list()).toHaveLength(1);
    expect(reopened.notices[0]).toContain('重建');
  });

  it('opens a report of a newer schemaVersion read-only, with a message, and refuses to save over it', async () => {
    const dir = fresh();
    const lib = await Library.open(dir);
    const s = await lib.create(makeReport('gip-2021'));
    await lib.flush();
    const path = join(dir, 'reports', `${s.id}.json`);
    const newer = { ...JSON.parse(readFileSync(path, 'utf8')), schemaVersion: 2, reviewers: ['张三'] };
    writeFileSync(path, JSON.stringify(newer));
    const reopened = await Library.open(dir);
    const loaded = await reopened.load(s.id);
    expect(loaded.readOnly).toBe(true);
    expect(loaded.notice).toContain('更新版本');
    await expect(reopened.save(s.id, makeReport('gip-2021'))).rejects.toThrow(/只能查看/);
    expect(JSON.parse(readFileSync(path, 'utf8')).reviewers).toEqual(['张三']);
  });

  it('gives a clear error for a read-only data folder and loses nothing', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permission bits; a folder that is a file stands in for an unwritable one.
      const dir = fresh();
      const lib = await Library.open(dir);
      const s = await lib.create(makeReport('gip-2021'));
      await lib.flush();
      const blocker = join(dir, 'reports');
      const { renameSync, writeFileSync: w } = await import('node:fs');
      renameSync(blocker, `${blocker}-moved`);
      w(blocker, 'not a folder');
      await expect(lib.save(s.id, makeReport('gip-2021'))).rejects.toThrow(/保存失败.*编辑器中的内容仍在/);
      const fileAsDir = join(fresh(), 'file');
      w(fileAsDir, 'x');
      await expect(Library.open(join(fileAsDir, 'data'))).rejects.toThrow(/无法写入/);
      return;
    }
    const dir = fresh();
    const lib = await Library.open(dir);
    const s = await lib.create(makeReport('gip-2021'));
    await lib.flush();
    chmodSync(join(dir, 'reports'), 0o500);
    try {
      await expect(lib.save(s.id, withCells(makeReport('gip-2021'), { 't2.licensing.decisions': 9 }))).rejects.toThrow(/保存失败/);
      expect((await lib.load(s.id)).report.cells['t2.licensing.decisions']).toBe(120);
    } finally {
      chmodSync(join(dir, 'reports'), 0o700);
    }
  });

  it('moves a report to the bin, restores it, and purges it only from the bin', async () => {
    const lib = await Library.open(fresh());
    const s = await lib.create(makeReport('gip-2021'));
    await expect(lib.purge(s.id)).rejects.toThrow(/回收站/);
    await lib.remove(s.id);
    expect(lib.list()[0]?.deletedAt).toBeTruthy();
    await lib.restore(s.id);
    expect(lib.list()[0]?.deletedAt).toBeUndefined();
    await lib.remove(s.id);
    await lib.purge(s.id);
    expect(lib.list()).toEqual([]);
  });

  it('refuses an invalid report instead of writing it', async () => {
    const lib = await Library.open(fresh());
    const s = await lib.create(makeReport('gip-2021'));
    await expect(lib.save(s.id, { ...makeReport('gip-2021'), year: 1900 })).rejects.toThrow(/未保存/);
  });
});

describe('opening again', () => {
  const reportFile = (dir: string, id: string) => join(dir, 'reports', `${id}.json`);
  const broken = () => withCells(makeReport('gip-2021'), { 't3.new.total': 999 });

  it('checks a file again when it changed since this version checked it, even outside the app', async () => {
    const dir = fresh();
    const lib = await Library.open(dir, { appVersion: '1.0.0' });
    const s = await lib.create(makeReport('gip-2021'));
    await lib.flush();
    expect((await Library.open(dir, { appVersion: '1.0.0' })).list()[0]?.errors).toBe(0);
    writeFileSync(reportFile(dir, s.id), `${JSON.stringify(broken(), null, 2)}\n`);
    expect((await Library.open(dir, { appVersion: '1.0.0' })).list()[0]?.errors).toBeGreaterThan(0);
  });

  it('checks every file again under a new app version, whose rules may count differently', async () => {
    const dir = fresh();
    const lib = await Library.open(dir, { appVersion: '1.0.0' });
    const s = await lib.create(broken());
    await lib.flush();
    await Library.open(dir, { appVersion: '1.0.0' });
    // An index whose counts the new version would not give: it must not be believed.
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { reports: Record<string, { errors: number }> };
    const errors = index.reports[s.id]?.errors ?? 0;
    expect(errors).toBeGreaterThan(0);
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ ...index, reports: { [s.id]: { ...index.reports[s.id], errors: 0 } } }));
    expect((await Library.open(dir, { appVersion: '1.1.0' })).list()[0]?.errors).toBe(errors);
  });

  it('trusts the summary of every file this version checked, byte for byte, whatever characters its digest holds', async () => {
    const dir = fresh();
    const lib = await Library.open(dir, { appVersion: '1.0.0' });
    // Enough different files that some digests hold a "+" or a "/" (base64).
    for (let i = 0; i < 16; i++) await lib.create(withCells(makeReport('gip-2021'), { 't2.licensing.decisions': i }));
    await lib.flush();
    await Library.open(dir, { appVersion: '1.0.0' });
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { reports: Record<string, { errors: number }>; checked: Record<string, string> };
    expect(Object.values(index.checked).some((c) => /[+/]/.test(c))).toBe(true);
    // A count no check gives: kept as it is only where the file was not checked again.
    const marked = Object.fromEntries(Object.entries(index.reports).map(([id, s]) => [id, { ...s, errors: 77 }]));
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ ...index, reports: marked }));
    expect((await Library.open(dir, { appVersion: '1.0.0' })).list().map((s) => s.errors)).toEqual(Array(16).fill(77));
  });

  it('still restores a torn file that this version had checked before', async () => {
    const dir = fresh();
    const lib = await Library.open(dir, { appVersion: '1.0.0' });
    const s = await lib.create(withCells(makeReport('gip-2021'), { 't2.licensing.decisions': 42 }));
    await lib.flush();
    await Library.open(dir, { appVersion: '1.0.0' });
    writeFileSync(reportFile(dir, s.id), '{"schemaVersion": 1, "format": "gip-20');
    const reopened = await Library.open(dir, { appVersion: '1.0.0' });
    expect(reopened.notices[0]).toContain('已损坏，已从');
    expect((await reopened.load(s.id)).report.cells['t2.licensing.decisions']).toBe(42);
  });
});

describe('durability', () => {
  it('a process killed at random moments 200 times never leaves a torn, empty or older report or register (台账), a temp file or a torn snapshot', async () => {
    const f = await runKills(200);
    expect(f).toMatchObject({ kills: 200, tornFiles: 0, leftoverTemps: 0, tornSnapshots: 0, tornRegisters: 0, notices: [] });
    expect(f.lastAck).toBeGreaterThan(200);
  }, 240_000);
});
