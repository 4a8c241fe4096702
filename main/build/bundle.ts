/**
 * Bundles the Electron main process and the preload with esbuild into out/ (CommonJS: a sandboxed preload must
 * be one CommonJS file, and the main bundle loads fastest that way), the command line into out/cli.cjs (so
 * `nianbao` starts without compiling TypeScript), and the review worker that both start on every core. The
 * renderer is built by Vite into out/renderer. Used by `npm run build`, `npm start`, `npm install` (prepare:
 * the command line only) and the packaging and smoke tests.
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { API_METHODS } from '../../shared/api/schemas';

const require = createRequire(import.meta.url);
const HARFBUZZ_WASM = 'harfbuzz-subset.wasm';

/**
 * subset-font finds HarfBuzz's WebAssembly through require.resolve, which a bundle cannot answer (the packaged
 * app has no node_modules): the bundle reads the copy placed next to it instead.
 */
const harfbuzzBesideBundle: Plugin = {
  name: 'harfbuzz-beside-bundle',
  setup(b) {
    b.onLoad({ filter: /subset-font[\\/]index\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(
        "require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')",
        `require('node:path').join(__dirname, '${HARFBUZZ_WASM}')`,
      ),
      loader: 'js',
    }));
  },
};

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Everything but Electron and the browser driver is bundled, pdf.js and its worker module included (ESM-only:
 * esbuild turns their dynamic imports into bundled chunks of the one CommonJS file), so nothing ships from
 * node_modules.
 */
export const MAIN_BUNDLE_OPTIONS: BuildOptions = {
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
  plugins: [harfbuzzBesideBundle],
};

/** The sources the command line bundle is built from (bin/nianbao.js rebuilds when one is newer). */
export const CLI_SOURCES = ['main', 'shared'];

export async function bundleWorkers(outDir = `${root}out`): Promise<void> {
  await build({ ...MAIN_BUNDLE_OPTIONS, minify: true, entryPoints: [`${root}main/services/review/review-worker.ts`], outfile: `${outDir}/review-worker.cjs` });
}

export async function bundleCli(outDir = `${root}out`): Promise<void> {
  await bundleWorkers(outDir);
  // The main process and the command line both subset fonts for the PDF; both bundles sit in outDir.
  mkdirSync(outDir, { recursive: true });
  copyFileSync(require.resolve(`harfbuzzjs/dist/${HARFBUZZ_WASM}`), `${outDir}/${HARFBUZZ_WASM}`);
  // Minified: half the bytes to read and compile on every start of the command line.
  await build({ ...MAIN_BUNDLE_OPTIONS, minify: true, entryPoints: [`${root}main/cli/main.ts`], outfile: `${outDir}/cli.cjs` });
}

export async function bundleMain(outDir = `${root}out`): Promise<void> {
  await build({ ...MAIN_BUNDLE_OPTIONS, entryPoints: [`${root}main/electron/main.ts`], outfile: `${outDir}/main.cjs` });
  await build({
    ...MAIN_BUNDLE_OPTIONS,
    entryPoints: [`${root}main/electron/preload.ts`],
    outfile: `${outDir}/preload.cjs`,
    external: ['electron'],
    define: { ...MAIN_BUNDLE_OPTIONS.define, __NIANBAO_API_METHODS__: JSON.stringify(API_METHODS) },
  });
  await bundleCli(outDir);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const outDir = args.find((a) => !a.startsWith('--'));
  if (args.includes('--cli')) await bundleCli(outDir);
  else await bundleMain(outDir);
}
