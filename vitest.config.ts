import { defineConfig } from 'vitest/config';

/** One project per package, so `npx vitest run --project core` runs one package's tests. */
const packages = ['core', 'content', 'db', 'judge', 'server', 'web', 'cli'];
/** A package's tests, or for `workspace` the checks over the whole workspace (root *.test.ts). */
const includeOf = (project: string): string[] =>
  project === 'workspace'
    ? ['*.test.ts']
    : [`packages/${project}/src/**/*.test.{ts,tsx}`, `packages/${project}/*.test.ts`];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Path from the root (the working directory): the time each package took, after the run.
    reporters: ['default', './vitest.package-times.ts'],
    // Component tests choose jsdom in their own first line (`// @vitest-environment jsdom`).
    projects: [...packages, 'workspace'].map((name) => ({
      extends: true,
      test: { name, include: includeOf(name) },
    })),
  },
});
