// Lint also enforces the architecture: shared/ runs in the renderer and in Node alike, so it imports neither
// Node, Electron nor the DOM frameworks; main/ services never import Electron (only main/electron/ may).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'zlib'];

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
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ must run in the renderer too: no Node modules.' },
            { group: ['electron', 'react', 'react-dom', '@mui/*'], message: 'shared/ holds platform-free code only.' },
            { group: ['**/main/**', '**/renderer/**'], message: 'shared/ never depends on main/ or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'Services and the command line run without Electron; only main/electron/ may import it.' },
            { group: ['**/renderer/**'], message: 'main/ never depends on renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeBuiltins, 'electron'], message: 'The renderer is sandboxed: it reaches Node only through the preload API.' },
            { group: ['**/main/**'], message: 'The renderer talks to main/ only through the preload API.' },
          ],
        },
      ],
    },
  },
);
