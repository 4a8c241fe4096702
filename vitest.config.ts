import { defineConfig } from 'vitest/config';

/**
 * Two tiers. `unit` (npm run test:unit, the edit-test loop): the platform-free code and the main-process units that
 * run in-process, with no Chromium, LibreOffice, packaging, durability kills, spawned processes or built bundles.
 * `slow`: everything else; its global setup builds out/ when a source is newer. `npm test` (CI) runs both.
 */
const SLOW_SHARED = ['test/shared/publish/web-page-chromium.test.ts'];
// cli-refusals.test.ts stays slow: it starts a stand-in browser through Playwright (8 s on a loaded machine).
const UNIT_MAIN = [
  'test/main/electron/publish-glue.test.ts',
  'test/main/services/app-services.test.ts',
  'test/main/services/export-profile.test.ts',
  'test/main/services/import-file.test.ts',
  'test/main/services/publish-services.test.ts',
  'test/main/services/library/library-failures.test.ts',
];
const UNIT = ['test/shared/**/*.test.ts', 'test/renderer/**/*.test.ts', ...UNIT_MAIN];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    // UI assertions poll: on a loaded 2-core CI machine a render can take longer than vitest's 1 s default.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, exclude: SLOW_SHARED } },
      {
        extends: true,
        test: { name: 'slow', include: ['test/main/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/packaging/**/*.test.ts', ...SLOW_SHARED], exclude: UNIT_MAIN, globalSetup: ['test/setup/build-out.ts'] },
      },
    ],
  },
});
