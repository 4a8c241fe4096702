// Lint also enforces the architecture, with allow-lists (after VS Code's import-pattern rules): each runtime's folder
// names what it may import, and anything else fails. shared/ runs in the renderer and in Node alike, so it imports
// only shared/ and platform-free packages; the renderer reaches Node only through the preload API; services run
// without Electron (only main/electron/ may import it) and never depend on the command line or the shells.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layering from './eslint-rules/import-patterns.js';

/** Packages that run anywhere: no Node, no DOM, no Electron. */
const PURE = ['zod', 'echarts', 'parse5', 'diff', 'chinese-days'];
/** The renderer's UI packages. */
const UI = ['react', 'react-dom', 'react/*', 'react-dom/*', '@mui/*', '@emotion/*', '@tiptap/*', 'pdfjs-dist/legacy/build/*'];
/** Node's own modules. */
const NODE = ['node:*'];
/** What the services use to read, write and print documents. */
const SERVICE_PACKAGES = ['@e965/xlsx', 'lowdb', 'lowdb/*', 'fflate', 'exceljs', 'pdf-lib', 'docx', '@xmldom/xmldom', 'playwright-core', 'word-extractor', 'pdfjs-dist', 'pdfjs-dist/*', 'subset-font'];

/** The globals of Node, which the sandboxed renderer and platform-free shared/ code must not touch. */
const NODE_GLOBALS = ['Buffer', 'process', '__dirname', '__filename', 'require', 'module', 'exports', 'global', 'setImmediate', 'clearImmediate'].map((name) => ({
  name,
  message: `${name} is a Node global: shared/ and renderer/ run in the browser too.`,
}));

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
  { files: ['bin/**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  { files: ['eslint-rules/**/*.js'], languageOptions: { globals: { console: 'readonly' } } },
  layer(['shared/**/*.ts'], 'shared/', ['shared/**'], PURE, { 'no-restricted-globals': ['error', ...NODE_GLOBALS] }),
  layer(['renderer/**/*.{ts,tsx}'], 'renderer/', ['renderer/**', 'shared/**'], [...PURE, ...UI], { 'no-restricted-globals': ['error', ...NODE_GLOBALS] }),
  layer(['main/services/**/*.ts'], 'main/services/', ['main/services/**', 'shared/**'], [...PURE, ...NODE, ...SERVICE_PACKAGES]),
  layer(['main/cli/**/*.ts'], 'main/cli/', ['main/cli/**', 'main/services/**', 'shared/**', 'package.json'], [...PURE, ...NODE]),
  layer(['main/electron/**/*.ts'], 'main/electron/', ['main/electron/**', 'main/services/**', 'shared/**'], [...PURE, ...NODE, 'electron']),
  layer(['main/browser/**/*.ts'], 'main/browser/', ['main/browser/**', 'main/services/**', 'shared/**'], [...PURE, ...NODE, 'playwright-core']),
  layer(['main/build/**/*.ts'], 'main/build/', ['main/build/**', 'shared/**'], [...NODE, 'esbuild', 'vite']),
);
