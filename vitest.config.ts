import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Browser tests share one machine's two cores with LibreOffice conversions: run files one at a time there.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
