/**
 * Writes that survive a crash or power cut at any moment: write a temporary file beside the target, fsync it,
 * rename it over the target (an atomic replace), then fsync the folder so the rename itself is on disk. A reader
 * sees the old file or the new one, never a torn or empty one. lowdb's own adapter does none of this.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

const RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** Windows refuses a rename while an antivirus or indexer holds the target open; it lets go within moments. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !RETRY_CODES.has(code) || attempt >= 20) throw e;
      await new Promise((r) => setTimeout(r, 10 * (attempt + 1)));
    }
  }
}

async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const fd = await open(dir, 'r');
  try {
    await fd.sync();
  } finally {
    await fd.close();
  }
}

export function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Temp files of this module: `.NAME.PID.HEX.tmp`, as `tempName` makes them. */
export const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/**
 * `syncDir: false` skips the folder's fsync: after a power cut the new file may be missing, but it is never torn
 * (for snapshots, where the report file itself is the durable copy).
 */
export async function writeFileDurable(path: string, data: string | Uint8Array, { syncDir = true } = {}): Promise<void> {
  const tmp = tempName(path);
  const fd = await open(tmp, 'wx');
  try {
    try {
      await fd.writeFile(data);
      await fd.sync();
    } finally {
      await fd.close();
    }
    await renameWithRetry(tmp, path);
  } catch (e) {
    // A failed write or fsync must not leave its temp file holding the space of a full disk.
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  if (syncDir) await fsyncDir(dirname(path));
}

/**
 * Removes the temp files a killed process left in `dir` (the target files themselves are intact: the rename never
 * happened). Called at start, when this process is the library's only writer.
 */
export async function removeStaleTempFiles(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!TEMP_FILE.test(name)) continue;
    await unlink(join(dir, name)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

export class UnreadableFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}：${reason}`);
    this.name = 'UnreadableFileError';
  }
}

/**
 * A lowdb adapter over one JSON file, validated on read and on write. A missing file reads as null (the caller
 * decides what that means); a file that exists but cannot be read throws, so defaults are never written over it.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly validate: (raw: unknown) => { ok: true; value: T } | { ok: false; reason: string },
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new UnreadableFileError(this.path, text.trim() === '' ? '文件为空' : '文件内容已损坏（不是完整的 JSON）');
    }
    const v = this.validate(raw);
    if (!v.ok) throw new UnreadableFileError(this.path, v.reason);
    return v.value;
  }

  async write(data: T): Promise<void> {
    const v = this.validate(data);
    if (!v.ok) throw new UnreadableFileError(this.path, `拒绝写入无效数据：${v.reason}`);
    await writeFileDurable(this.path, `${JSON.stringify(data, null, 2)}\n`);
  }
}
