import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // UI assertions poll: on a loaded 2-core CI machine a render can take longer than vitest's 1 s default.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    maxWorkers: 2,
  },
});
