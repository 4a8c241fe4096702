/**
 * Global setup of the slow tier: the end-to-end and packaging tests run the built app in out/. It is built here,
 * and only when a bundle is missing or older than a source, so a test run always exercises the current code and
 * never spends a minute rebuilding what is already up to date.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { bundleMain } from '../../main/build/bundle';

const root = process.cwd();
const BUNDLES = ['main.cjs', 'preload.cjs', 'cli.cjs', 'review-worker.cjs', 'renderer/index.html'].map((f) => join(root, 'out', f));
const SOURCES = ['main', 'shared', 'renderer', 'assets', 'vite.config.ts', 'package.json'].map((f) => join(root, f));

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** The newest modification time under path (a file or a folder). */
function newest(path: string): number {
  let t = mtime(path);
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return t;
  }
  for (const e of entries) t = Math.max(t, newest(join(path, e.name)));
  return t;
}

export function outIsStale(): boolean {
  const oldestBundle = Math.min(...BUNDLES.map(mtime));
  return oldestBundle < 0 || SOURCES.some((s) => newest(s) > oldestBundle);
}

export default async function setup(): Promise<void> {
  if (!outIsStale()) return;
  await bundleMain();
  await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}
