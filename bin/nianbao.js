#!/usr/bin/env node
// Runs the bundled command line (out/cli.cjs, made by `npm run build`, and by `npm install` through the prepare
// script) so it starts at once. When the bundle is missing or older than a source file (a fresh clone before its
// first install, a source just edited), the TypeScript sources run through tsx instead: always the current code.
import { readdirSync, statSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const bundle = process.env.NIANBAO_CLI_BUNDLE || join(root, 'out', 'cli.cjs');

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** Whether any source under dir is newer than t; stops at the first one. */
function newerSource(dir, t) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory() ? newerSource(p, t) : e.name.endsWith('.ts') && mtime(p) > t) return true;
  }
  return false;
}

const built = mtime(bundle);
const fresh = built >= 0 && !['main', 'shared'].some((d) => newerSource(join(root, d), built));
let main;
if (fresh) {
  module.enableCompileCache?.();
  ({ main } = module.createRequire(import.meta.url)(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../main/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
