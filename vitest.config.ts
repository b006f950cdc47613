import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** One project per package, so `npx vitest run --project core` runs one package's tests. */
const packages = ['core', 'content', 'db', 'judge', 'server', 'web', 'cli'];
/**
 * Packages whose tests time code in the sandbox (time limits, growth classes, starved runs): their
 * files run one at a time, after the others, so nothing else shares the CPU they measure.
 */
const TIMED_PACKAGES = new Set(['judge', 'cli']);
/**
 * The other packages' files run side by side, at least two at once: Vitest's default (one fewer
 * than the CPUs) is a single worker on a 2-core CI machine, which left a core idle while a file
 * waited on PostgreSQL, a child process or its own imports.
 */
const SIDE_BY_SIDE_WORKERS = Math.max(2, availableParallelism() - 1);
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
      test: {
        name,
        include: includeOf(name),
        ...(TIMED_PACKAGES.has(name)
          ? { maxWorkers: 1, sequence: { groupOrder: 1 } }
          : { maxWorkers: SIDE_BY_SIDE_WORKERS, sequence: { groupOrder: 0 } }),
      },
    })),
  },
});
