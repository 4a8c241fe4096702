/**
 * Fonts for printing, cut down to the report's characters. Chromium subsets every font it prints itself, and on
 * a machine whose stand-ins are 20 MB TrueType collections that is most of an export's time; handing it small
 * subsets as @font-face data URLs leaves it almost nothing to do. The faces also get the same vertical metrics,
 * so text in a fallback face (digits, quotes) never makes a line taller than the fixed line pitch.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import subsetFont from 'subset-font';
import type { FontRole, LayoutProfile } from '../../../shared/layout';
import { installedFamilies } from '../fonts';

const run = promisify(execFile);

interface FontFile {
  path: string;
  index: number;
}

const located = new Map<string, Promise<FontFile | null>>();

/** fontconfig's file and face index of an installed family (Linux, macOS with fontconfig); null elsewhere. */
function locate(family: string): Promise<FontFile | null> {
  let found = located.get(family);
  if (!found) {
    found = fcMatch(family);
    located.set(family, found);
  }
  return found;
}

async function fcMatch(family: string): Promise<FontFile | null> {
  try {
    const { stdout } = await run('fc-match', ['-f', '%{file}|%{index}|%{family}', `${family}:style=Regular`]);
    const [path, index, families] = stdout.split('|');
    if (!path || !families?.split(',').includes(family)) return null;
    return { path, index: Number(index) || 0 };
  } catch {
    return null;
  }
}

/** One face of a TrueType collection as a stand-alone font: its table directory and the tables it points to. */
export function extractFace(ttc: Uint8Array, index: number): Uint8Array {
  const view = new DataView(ttc.buffer, ttc.byteOffset, ttc.byteLength);
  if (view.getUint32(0) !== 0x74746366 /* ttcf */) return ttc;
  const faces = view.getUint32(8);
  if (index >= faces) throw new Error(`face ${index} not in collection of ${faces}`);
  const start = view.getUint32(12 + 4 * index);
  const numTables = view.getUint16(start + 4);
  const headerSize = 12 + 16 * numTables;
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = start + 12 + 16 * i;
    return { tag: view.getUint32(at), checksum: view.getUint32(at + 4), offset: view.getUint32(at + 8), length: view.getUint32(at + 12) };
  });
  const size = tables.reduce((n, t) => n + ((t.length + 3) & ~3), headerSize);
  const out = new Uint8Array(size);
  const w = new DataView(out.buffer);
  out.set(ttc.subarray(start, start + 12), 0);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    w.setUint32(at, t.tag);
    w.setUint32(at + 4, t.checksum);
    w.setUint32(at + 8, offset);
    w.setUint32(at + 12, t.length);
    out.set(ttc.subarray(t.offset, t.offset + t.length), offset);
    offset += (t.length + 3) & ~3;
  });
  return out;
}

const faceCache = new Map<string, Promise<Uint8Array>>();
/** @font-face sources by font and characters: the warm app re-exports the report being edited. */
const subsetCache = new Map<string, Promise<string | null>>();

function face(file: FontFile): Promise<Uint8Array> {
  const key = `${file.path}#${file.index}`;
  let f = faceCache.get(key);
  if (!f) {
    f = readFile(file.path).then((data) => extractFace(new Uint8Array(data), file.index));
    faceCache.set(key, f);
  }
  return f;
}

/**
 * Subsets also kept on disk, keyed by font file (and its modification time) and characters: a cold command-line
 * export of a report exported before then reads a few KB instead of a 20 MB collection.
 */
const DISK_CACHE = join(tmpdir(), 'nianbao-font-subsets');

async function diskSubset(file: FontFile, chars: string): Promise<Buffer> {
  const { mtimeMs, size } = await stat(file.path);
  const name = createHash('sha256').update(`${file.path}\0${file.index}\0${mtimeMs}\0${size}\0${chars}`).digest('hex');
  const path = join(DISK_CACHE, `${name}.ttf`);
  const cached = await readFile(path).catch(() => null);
  if (cached && cached.length > 0) return cached;
  const out = await subsetFont(Buffer.from(await face(file)), chars, { targetFormat: 'truetype', noLayoutClosure: true });
  // A cache only: a failed write costs the next export the subsetting, nothing else.
  await mkdir(DISK_CACHE, { recursive: true })
    .then(async () => {
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, out);
      await rename(temp, path);
      await pruneDiskCache();
    })
    .catch(() => undefined);
  return out;
}

/** The cache keeps the most recent subsets only: each edit of a report's text makes new ones. */
async function pruneDiskCache(keep = 64): Promise<void> {
  const names = (await readdir(DISK_CACHE)).filter((n) => n.endsWith('.ttf'));
  if (names.length <= keep) return;
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(DISK_CACHE, n)).catch(() => null))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => a.t - b.t);
  await Promise.all(dated.slice(0, dated.length - keep).map(({ n }) => rm(join(DISK_CACHE, n), { force: true })));
}

/** The subset as a base64 data URL, or null when the font cannot be subset (it is then left to the browser). */
function subsetUrl(file: FontFile, chars: string): Promise<string | null> {
  const key = `${file.path}#${file.index}#${chars}`;
  let s = subsetCache.get(key);
  if (!s) {
    s = diskSubset(file, chars)
      .then((out) => `data:font/ttf;base64,${out.toString('base64')}`)
      .catch(() => null);
    if (subsetCache.size > 32) subsetCache.delete(subsetCache.keys().next().value ?? '');
    subsetCache.set(key, s);
  }
  return s;
}

export interface EmbeddedFonts {
  /** @font-face rules to put in the print HTML */
  css: string;
  /** the embedded family that prints each role, first in its font list */
  families: Partial<Record<FontRole, string>>;
}

/**
 * Subsets of the fonts that print each role, each cut to the characters its roles print. Roles whose font
 * cannot be found as a file (Windows without fontconfig) are left to the browser's own lookup.
 */
export async function embeddedFonts(p: LayoutProfile, textByRole: Partial<Record<FontRole, string>>): Promise<EmbeddedFonts> {
  const have = await installedFamilies();
  const roles = Object.keys(p.fonts) as FontRole[];
  const familyOf = new Map<FontRole, string>();
  const textOf = new Map<string, string>();
  for (const role of roles) {
    const family = p.fonts[role].find((f) => have.has(f));
    if (!family) continue;
    familyOf.set(role, family);
    textOf.set(family, (textOf.get(family) ?? '') + (textByRole[role] ?? ''));
  }
  const families: Partial<Record<FontRole, string>> = {};
  const rules: string[] = [];
  let n = 0;
  for (const [family, text] of textOf) {
    const file = await locate(family);
    const url = file && (await subsetUrl(file, [...new Set(text)].sort().join('')));
    if (!url) continue;
    const id = `nb-${n++}`;
    // One set of vertical metrics for every face: a line's height is then the line pitch exactly.
    rules.push(`@font-face { font-family: "${id}"; src: url(${url}) format("truetype"); ascent-override: 88%; descent-override: 12%; line-gap-override: 0%; }`);
    for (const [role, f] of familyOf) if (f === family) families[role] = id;
  }
  return { css: rules.join('\n'), families };
}
