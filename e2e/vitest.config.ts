import { defineConfig } from 'vitest/config';
import { PackageTimesReporter } from '../vitest.package-times';

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
    reporters: ['default', new PackageTimesReporter()],
  },
});
