/**
 * Bundles the Electron main process and the preload with esbuild into out/ (CommonJS: a sandboxed preload must
 * be one CommonJS file, and the main bundle loads fastest that way), the command line into out/cli.cjs (so
 * `nianbao` starts without compiling TypeScript), and the review worker that both start on every core. The
 * renderer is built by Vite into out/renderer. Used by `npm run build`, `npm start`, `npm install` (prepare:
 * the command line only) and the packaging and smoke tests.
 */
import { build, type BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { API_METHODS } from '../../shared/api/schemas';

const root = fileURLToPath(new URL('../../', import.meta.url));

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', 'playwright-core'],
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none',
  // Tells main/services/review/worker-pool.ts that review-worker.cjs lies beside the running bundle.
  define: { __NIANBAO_BUNDLED__: 'true', 'import.meta.url': 'importMetaUrl' },
  inject: [`${root}main/build/import-meta-url.ts`],
};

/** The sources the command line bundle is built from (bin/nianbao.js rebuilds when one is newer). */
export const CLI_SOURCES = ['main', 'shared'];

export async function bundleWorkers(outDir = `${root}out`): Promise<void> {
  await build({ ...common, minify: true, entryPoints: [`${root}main/services/review/review-worker.ts`], outfile: `${outDir}/review-worker.cjs` });
}

export async function bundleCli(outDir = `${root}out`): Promise<void> {
  await bundleWorkers(outDir);
  // Minified: half the bytes to read and compile on every start of the command line.
  await build({ ...common, minify: true, entryPoints: [`${root}main/cli/main.ts`], outfile: `${outDir}/cli.cjs` });
}

export async function bundleMain(outDir = `${root}out`): Promise<void> {
  await build({ ...common, entryPoints: [`${root}main/electron/main.ts`], outfile: `${outDir}/main.cjs` });
  await build({ ...common, entryPoints: [`${root}main/electron/preload.ts`], outfile: `${outDir}/preload.cjs`, external: ['electron'], define: { ...common.define, __NIANBAO_API_METHODS__: JSON.stringify(API_METHODS) } });
  await bundleCli(outDir);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const outDir = args.find((a) => !a.startsWith('--'));
  if (args.includes('--cli')) await bundleCli(outDir);
  else await bundleMain(outDir);
}
