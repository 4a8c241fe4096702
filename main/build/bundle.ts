/**
 * Bundles the Electron main process and the preload with esbuild into out/ (CommonJS: a sandboxed preload must
 * be one CommonJS file, and the main bundle loads fastest that way). The renderer is built by Vite into
 * out/renderer. Used by `npm run build`, `npm start` and the packaging and smoke tests.
 */
import { build, type Plugin } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

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

export async function bundleMain(outDir = `${root}out`): Promise<void> {
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node22',
    external: ['electron', 'playwright-core'],
    sourcemap: false,
    logLevel: 'warning' as const,
    legalComments: 'none' as const,
  };
  await build({ ...common, entryPoints: [`${root}main/electron/main.ts`], outfile: `${outDir}/main.cjs`, plugins: [harfbuzzBesideBundle] });
  mkdirSync(outDir, { recursive: true });
  copyFileSync(require.resolve(`harfbuzzjs/dist/${HARFBUZZ_WASM}`), `${outDir}/${HARFBUZZ_WASM}`);
  await build({ ...common, entryPoints: [`${root}main/electron/preload.ts`], outfile: `${outDir}/preload.cjs`, external: ['electron'] });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundleMain(process.argv[2]);
}
