import { defineConfig } from 'vitest/config';

/**
 * Two tiers. `unit` (npm run test:unit, the edit-test loop): the platform-free code and the main-process units that
 * run in-process, with no Chromium, LibreOffice, packaging, durability kills, spawned processes or built bundles.
 * `slow`: every other test file; its global setup builds out/ when a source is newer. `npm test` (CI) runs both.
 */
/** the one test under test/shared that drives Chromium */
const CHROMIUM_SHARED = 'web-page-chromium';
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
      { extends: true, test: { name: 'unit', include: UNIT, exclude: [`test/shared/**/${CHROMIUM_SHARED}.test.ts`] } },
      {
        extends: true,
        // Everything outside the unit tier (a test in a new folder runs here). cli-refusals.test.ts is here too: it
        // starts a stand-in browser through Playwright.
        test: {
          name: 'slow',
          include: ['test/**/*.test.ts'],
          exclude: [...UNIT_MAIN, 'test/renderer/**', `test/shared/**/!(${CHROMIUM_SHARED}).test.ts`],
          globalSetup: ['test/setup/build-out.ts'],
        },
      },
    ],
  },
});
