/**
 * Whether out/ holds the current code: built only when a bundle is missing or older than a source, so `npm start`,
 * `npm run app:browser` and the slow test tier never spend seconds rebuilding what is already up to date.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { bundleMain } from './bundle';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLES = ['main.cjs', 'preload.cjs', 'cli.cjs', 'review-worker.cjs', 'renderer/index.html'];
const SOURCES = ['main', 'shared', 'renderer', 'assets', 'vite.config.ts', 'package.json'];

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

export function outIsStale(root: string = ROOT): boolean {
  const oldestBundle = Math.min(...BUNDLES.map((f) => mtime(join(root, 'out', f))));
  return oldestBundle < 0 || SOURCES.some((s) => newest(join(root, s)) > oldestBundle);
}

/** Builds the main bundles and the renderer when out/ is stale; says whether it built. */
export async function buildIfStale(root: string = ROOT): Promise<boolean> {
  if (!outIsStale(root)) return false;
  await bundleMain();
  await viteBuild({ root: join(root, 'renderer'), configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await buildIfStale();
  process.stdout.write(built ? '已重新构建 out/\n' : 'out/ 已是最新，无需构建\n');
}
