import { defineConfig } from 'vitest/config';

/**
 * Two tiers, named by the test file's suffix. `*.test.ts` is the unit tier (npm run test:unit, the edit-test
 * loop): the platform-free code and the main-process units that run in-process. `*.slow.test.ts` is the slow tier:
 * anything that drives Chromium or LibreOffice, packages, kills processes, spawns the command line or needs the
 * built bundles; its global setup builds out/ when a source is newer. `npm test` (CI) runs both.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    // UI assertions poll: on a loaded 2-core CI machine a render can take longer than vitest's 1 s default.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: ['test/**/*.slow.test.{ts,tsx}'] } },
      { extends: true, test: { name: 'slow', include: ['test/**/*.slow.test.ts'], globalSetup: ['test/setup/build-out.ts'] } },
    ],
  },
});
