// Lint also enforces the architecture, with allow-lists (after VS Code's import-pattern rules): each runtime's folder
// names what it may import, and anything else fails. shared/ runs in the renderer and in Node alike, so it imports
// only shared/ and platform-free packages; the renderer reaches Node only through the preload API; services run
// without Electron (only main/electron/ may import it) and never depend on the command line or the shells.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import layering from './eslint-rules/import-patterns.js';

/** Packages that run anywhere: no Node, no DOM, no Electron. */
const PURE = ['zod', 'echarts', 'parse5', 'diff', 'chinese-days', '@xmldom/xmldom', 'fflate'];
/** The renderer's UI packages. */
const UI = ['react', 'react-dom', 'react/*', 'react-dom/*', '@mui/*', '@emotion/*', '@tiptap/*', 'pdfjs-dist/legacy/build/*'];
/** Node's own modules. */
const NODE = ['node:*'];
/** What the services use to read, write and print documents. */
const SERVICE_PACKAGES = [
  '@e965/xlsx',
  'lowdb',
  'lowdb/*',
  'fflate',
  'exceljs',
  'pdf-lib',
  'docx',
  '@xmldom/xmldom',
  'playwright-core',
  'word-extractor',
  'pdfjs-dist',
  'pdfjs-dist/*',
  'subset-font',
];

/** The globals of Node, which the sandboxed renderer and platform-free shared/ code must not touch. */
const NODE_GLOBALS = ['Buffer', 'process', '__dirname', '__filename', 'require', 'module', 'exports', 'global', 'setImmediate', 'clearImmediate'].map(
  (name) => ({
    name,
    message: `${name} is a Node global: shared/ and renderer/ run in the browser too.`,
  }),
);

/**
 * The layers inside shared/, lowest first. Each may import its own folder and the layers below it, never a layer
 * above or a peer on its level (test/lint/cycles.slow.test.ts also refuses any loop of imports):
 *   0 formats/ — the official formats as data, and the lists every schema derives its enums from; errors.ts
 *   1 profiles.ts, layout/profile.ts — the check and page profiles, data that names formats
 *   2 model/ — the report schema, its numbers and edits
 *   3 checks/, layout/, tally/, rollover.ts, preface.ts, text-diff.ts — what works on one report
 *   4 import/ — reading sources into a report (settled by the checks)
 *   5 review/, publish/ — many reports, and what goes online
 *   6 api/ — the IPC contract, which names them all
 */
const SHARED_LAYERS = [
  ['shared/formats/**', 'shared/errors'],
  ['shared/profiles', 'shared/layout/profile'],
  ['shared/model/**'],
  [],
  ['shared/import/**'],
  [],
  ['shared/api/**'],
];
const LEVEL3 = {
  checks: ['shared/checks/**'],
  layout: ['shared/layout/**'],
  tally: ['shared/tally/**'],
  helpers: ['shared/rollover', 'shared/preface', 'shared/text-diff'],
};
/** The files a layer's rule applies to: a folder's .ts files, or the named module's. */
const filesOf = (globs) => globs.map((g) => (g.endsWith('**') ? `${g}/*.ts` : `${g}.ts`));
const LEVEL5 = { review: ['shared/review/**'], publish: ['shared/publish/**'] };
/** What a shared/ folder on `level` may import: every layer below it. */
const below = (level) => [
  ...SHARED_LAYERS.slice(0, level).flat(),
  ...(level > 3 ? Object.values(LEVEL3).flat() : []),
  ...(level > 5 ? Object.values(LEVEL5).flat() : []),
];

/** One folder's allow-list. */
const layer = (files, name, folders, packages, extra = {}) => ({
  files,
  plugins: { layering },
  rules: { 'layering/import-patterns': ['error', { layer: name, folders, packages }], ...extra },
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'release/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // The two rules of hooks (call order, complete dependency lists); the compiler-era rules of the plugin's
  // recommended set judge code written for the React Compiler, which this renderer does not use.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Sizes a newcomer can read at once (CONTRIBUTING.md): a module over 400 lines holds more than one thing, a
  // function over 120 more than one step. Blank lines and comments count.
  {
    files: ['shared/**/*.ts', 'main/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 400 }], 'max-lines-per-function': ['error', { max: 120 }] },
  },
  { files: ['bin/**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  { files: ['eslint-rules/**/*.js'], languageOptions: { globals: { console: 'readonly' } } },
  layer(['shared/**/*.ts'], 'shared/', ['shared/**'], PURE, { 'no-restricted-globals': ['error', ...NODE_GLOBALS] }),
  // The layers inside shared/ (the lists above); the general shared/ rule still holds the packages and globals.
  layer(filesOf(SHARED_LAYERS[0]), 'shared/formats/ (layer 0)', SHARED_LAYERS[0], PURE, { 'no-restricted-globals': ['error', ...NODE_GLOBALS] }),
  layer(filesOf(SHARED_LAYERS[1]), 'the profiles (layer 1)', [...below(1), ...SHARED_LAYERS[1]], PURE, { 'no-restricted-globals': ['error', ...NODE_GLOBALS] }),
  layer(['shared/model/**/*.ts'], 'shared/model/ (layer 2)', [...below(2), ...SHARED_LAYERS[2]], PURE, { 'no-restricted-globals': ['error', ...NODE_GLOBALS] }),
  ...Object.entries(LEVEL3).map(([name, own]) =>
    layer(filesOf(own), `shared/${name} (layer 3)`, [...below(3), ...own], PURE, {
      'no-restricted-globals': ['error', ...NODE_GLOBALS],
    }),
  ),
  // layout/profile.ts sits in layout/ but is data of layer 1: the layer-3 rule for layout/ must not reach it.
  layer(filesOf(SHARED_LAYERS[1]), 'the profiles (layer 1)', [...below(1), ...SHARED_LAYERS[1]], PURE, { 'no-restricted-globals': ['error', ...NODE_GLOBALS] }),
  layer(['shared/import/**/*.ts'], 'shared/import/ (layer 4)', [...below(4), ...SHARED_LAYERS[4]], PURE, {
    'no-restricted-globals': ['error', ...NODE_GLOBALS],
  }),
  ...Object.entries(LEVEL5).map(([name, own]) =>
    layer(filesOf(own), `shared/${name}/ (layer 5)`, [...below(5), ...own], PURE, { 'no-restricted-globals': ['error', ...NODE_GLOBALS] }),
  ),
  layer(['renderer/**/*.{ts,tsx}'], 'renderer/', ['renderer/**', 'shared/**'], [...PURE, ...UI], { 'no-restricted-globals': ['error', ...NODE_GLOBALS] }),
  layer(['main/services/**/*.ts'], 'main/services/', ['main/services/**', 'shared/**'], [...PURE, ...NODE, ...SERVICE_PACKAGES]),
  layer(['main/cli/**/*.ts'], 'main/cli/', ['main/cli/**', 'main/services/**', 'shared/**', 'package.json'], [...PURE, ...NODE]),
  layer(['main/electron/**/*.ts'], 'main/electron/', ['main/electron/**', 'main/services/**', 'shared/**'], [...PURE, ...NODE, 'electron']),
  layer(['main/browser/**/*.ts'], 'main/browser/', ['main/browser/**', 'main/services/**', 'shared/**'], [...PURE, ...NODE, 'playwright-core']),
  layer(['main/build/**/*.ts'], 'main/build/', ['main/build/**', 'shared/**'], [...NODE, 'esbuild', 'vite']),
);
