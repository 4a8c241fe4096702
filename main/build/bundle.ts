/**
 * Bundles the Electron main process and the preload with esbuild into out/ (CommonJS: a sandboxed preload must
 * be one CommonJS file, and the main bundle loads fastest that way). The renderer is built by Vite into
 * out/renderer. Used by `npm run build`, `npm start` and the packaging and smoke tests.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Everything but Electron and the browser driver is bundled, pdf.js and its worker module included (ESM-only:
 * esbuild turns their dynamic imports into bundled chunks of the one CommonJS file), so nothing ships from
 * node_modules.
 */
export const MAIN_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node' as const,
  format: 'cjs' as const,
  target: 'node22',
  external: ['electron', 'playwright-core'],
  sourcemap: false,
  logLevel: 'warning' as const,
  legalComments: 'none' as const,
};

export async function bundleMain(outDir = `${root}out`): Promise<void> {
  const common = MAIN_BUNDLE_OPTIONS;
  await build({ ...common, entryPoints: [`${root}main/electron/main.ts`], outfile: `${outDir}/main.cjs` });
  await build({ ...common, entryPoints: [`${root}main/electron/preload.ts`], outfile: `${outDir}/preload.cjs`, external: ['electron'] });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundleMain(process.argv[2]);
}
