import { defineConfig } from 'vitest/config';
import { PackageTimesReporter } from './vitest.package-times';

/** One project per package, so `npx vitest run --project core` runs one package's tests. */
const packages = ['core', 'content', 'db', 'judge', 'server', 'web', 'cli'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', new PackageTimesReporter()],
    // Component tests choose jsdom in their own first line (`// @vitest-environment jsdom`).
    projects: packages.map((name) => ({
      extends: true,
      test: {
        name,
        include: [`packages/${name}/src/**/*.test.{ts,tsx}`, `packages/${name}/*.test.ts`],
      },
    })),
  },
});
