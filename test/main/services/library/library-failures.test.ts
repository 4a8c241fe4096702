/**
 * The library when writes fail: a failed create leaves no ghost, failed writes leave no temp files, snapshots that
 * cannot be kept are said, and a full disk at start opens every report read-only. A full disk is simulated by
 * making writes of chosen files fail with ENOSPC after half their data, as a real full disk does.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeReport, withCells } from '../../../helpers/reports';

/** Writes to temp files whose path matches this fail with ENOSPC (null: the disk has room). */
const disk: { full: RegExp | null } = { full: null };

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const open: typeof real.open = async (path, flags, mode) => {
    const fd = await real.open(path, flags, mode);
    if (!disk.full?.test(String(path)) || flags !== 'wx') return fd;
    // A handle whose write stops half way with ENOSPC, leaving a partial temp file behind it.
    return Object.assign(Object.create(fd) as typeof fd, {
      writeFile: async (data: string | Uint8Array) => {
        const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
        await fd.write(bytes.subarray(0, bytes.length >> 1));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
      sync: () => fd.sync(),
      close: () => fd.close(),
    });
  };
  return { ...real, open, default: { ...real, open } };
});

const { Library } = await import('../../../../main/services/library/library');

const fresh = () => mkdtempSync(join(tmpdir(), 'nianbao-libfail-'));

/** Every file under `dir`, relative paths. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' });
}
const temps = (dir: string) => tree(dir).filter((n) => n.endsWith('.tmp'));

afterEach(() => {
  disk.full = null;
});

describe('a failed create', () => {
  it('leaves no report in the list when its file cannot be written (ENOTDIR), now or after a restart', async () => {
    const dir = fresh();
    const lib = await Library.open(dir);
    renameSync(join(dir, 'reports'), join(dir, 'reports-moved'));
    writeFileSync(join(dir, 'reports'), 'not a folder');
    await expect(lib.create(makeReport('gip-2021'))).rejects.toThrow(/^保存失败（文件夹不存在）/);
    expect(lib.list()).toEqual([]);
    await lib.flush();
    expect(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).reports).toEqual({});
  });

  it('leaves no report in the list on a full disk (ENOSPC), and no temp file', async () => {
    const dir = fresh();
    const lib = await Library.open(dir);
    disk.full = /reports/;
    await expect(lib.create(makeReport('gip-2021'))).rejects.toThrow(/^保存失败（磁盘空间已满）：编辑器中的内容仍在/);
    expect(lib.list()).toEqual([]);
    expect(temps(dir)).toEqual([]);
  });
});

describe('temp files', () => {
  it('a failed write or fsync removes its temp file at once', async () => {
    const dir = fresh();
    const lib = await Library.open(dir);
    const s = await lib.create(makeReport('gip-2021'));
    disk.full = /\.tmp$/;
    await expect(lib.save(s.id, withCells(makeReport('gip-2021'), { 't2.licensing.decisions': 5 }))).rejects.toThrow(/磁盘空间已满/);
    expect(temps(dir)).toEqual([]);
  });

  it('temp files of killed writes (index, reports, snapshots) are removed when the library opens', async () => {
    const dir = fresh();
    const lib = await Library.open(dir);
    const s = await lib.create(makeReport('gip-2021'));
    await lib.flush();
    writeFileSync(join(dir, '.index.json.4242.0badc0de.tmp'), '{"vers');
    writeFileSync(join(dir, 'reports', `.${s.id}.json.4242.0badc0de.tmp`), '{');
    writeFileSync(join(dir, 'snapshots', s.id, '.2026-01-01T00-00-00-000Z-000001.json.4242.0badc0de.tmp'), '{');
    writeFileSync(join(dir, 'notes.tmp'), 'a file of the user: not ours, kept');
    await Library.open(dir);
    expect(temps(dir)).toEqual(['notes.tmp']);
  });
});

describe('the bin on a full disk', () => {
  it('a report that could not be moved to the bin stays in the list, with a Chinese sentence', async () => {
    const dir = fresh();
    const lib = await Library.open(dir);
    const s = await lib.create(makeReport('gip-2021'));
    await lib.flush();
    disk.full = /index\.json/;
    await expect(lib.remove(s.id)).rejects.toThrow(/^《.*》未能移到回收站（磁盘空间已满），请处理后再试$/);
    expect(lib.list()[0]?.deletedAt).toBeUndefined();
    disk.full = null;
    await lib.remove(s.id);
    disk.full = /index\.json/;
    await expect(lib.restore(s.id)).rejects.toThrow(/未能从回收站恢复/);
    expect(lib.list()[0]?.deletedAt).toBeTruthy();
    expect(temps(dir)).toEqual([]);
  });
});

describe('snapshots', () => {
  it('a torn snapshot is not offered in the history, and restore uses only good ones', async () => {
    const dir = fresh();
    const lib = await Library.open(dir);
    const s = await lib.create(withCells(makeReport('gip-2021'), { 't2.licensing.decisions': 1 }));
    await lib.save(s.id, withCells(makeReport('gip-2021'), { 't2.licensing.decisions': 2 }));
    const torn = '2099-01-01T00-00-00-000Z-999999.json';
    writeFileSync(join(dir, 'snapshots', s.id, torn), '{"schemaVersion": 1, "form');
    const names = (await lib.history(s.id)).map((h) => h.name);
    expect(names).toHaveLength(2);
    expect(names).not.toContain(torn);
  });

  it('a snapshot that fails for lack of space keeps the save and tells the user history was not kept', async () => {
    const dir = fresh();
    const lib = await Library.open(dir);
    const s = await lib.create(makeReport('gip-2021'));
    disk.full = /snapshots/;
    const outcome = await lib.save(s.id, withCells(makeReport('gip-2021'), { 't2.licensing.decisions': 7 }));
    expect(outcome.notice).toMatch(/^已保存，但这次的历史版本未能保留（磁盘空间已满）/);
    expect((await lib.load(s.id)).report.cells['t2.licensing.decisions']).toBe(7);
    expect(await lib.history(s.id)).toHaveLength(1);
    expect(temps(dir)).toEqual([]);
    disk.full = null;
    expect((await lib.save(s.id, makeReport('gip-2021'))).notice).toBeUndefined();
  });
});

describe('a full disk at start with the index to rebuild', () => {
  it('opens read-only with a Chinese notice, every report readable, saves refused in Chinese', async () => {
    const dir = fresh();
    const lib = await Library.open(dir);
    const a = await lib.create(withCells(makeReport('gip-2021'), { 't2.licensing.decisions': 11 }));
    const b = await lib.create(makeReport('gip-2019'));
    await lib.flush();
    writeFileSync(join(dir, 'index.json'), '{"version": 1, "repo');
    disk.full = /index\.json/;
    const reopened = await Library.open(dir);
    expect(reopened.readOnlyReason).toMatch(/^磁盘空间已满，年报目录无法更新，本次以只读方式打开/);
    expect(reopened.notices).toContain(reopened.readOnlyReason);
    expect(reopened.list()).toHaveLength(2);
    const loaded = await reopened.load(a.id);
    expect(loaded).toMatchObject({ readOnly: true, notice: reopened.readOnlyReason });
    expect(loaded.report.cells['t2.licensing.decisions']).toBe(11);
    expect((await reopened.load(b.id)).report.format).toBe('gip-2019');
    await expect(reopened.save(a.id, makeReport('gip-2021'))).rejects.toThrow(/^磁盘空间已满/);
    await expect(reopened.create(makeReport('gip-2021'))).rejects.toThrow(/^磁盘空间已满/);
    await expect(reopened.remove(a.id)).rejects.toThrow(/^磁盘空间已满/);
    await reopened.flush();
    expect(temps(dir)).toEqual([]);
    // With space again, the next start rebuilds the index and writes as usual.
    disk.full = null;
    const later = await Library.open(dir);
    expect(later.readOnlyReason).toBeNull();
    expect((await later.load(a.id)).readOnly).toBe(false);
  });

  it("leaves files in folders that are not a report's history alone", async () => {
    const dir = fresh();
    await Library.open(dir);
    mkdirSync(join(dir, 'snapshots', 'not-an-id'));
    writeFileSync(join(dir, 'snapshots', 'not-an-id', '.x.json.1.0badc0de.tmp'), '');
    await Library.open(dir);
    expect(temps(dir)).toEqual([join('snapshots', 'not-an-id', '.x.json.1.0badc0de.tmp')]);
  });
});
