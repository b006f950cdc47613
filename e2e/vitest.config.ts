import { defineConfig } from 'vitest/config';

/** Browser journeys: a real server on 127.0.0.1 and Debian's Chromium, one at a time. */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    // Path from the root (the working directory): the time each package took, after the run.
    reporters: ['default', './vitest.package-times.ts'],
  },
});
