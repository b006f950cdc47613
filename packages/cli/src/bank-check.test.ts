import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectToolchains } from '@onsite/judge';
import { runOnsite as onsite, tempDir } from './testing/run-onsite';

/**
 * A list-sum problem small enough to judge in seconds: its largest test (maxSize 20,000, made by
 * generatedTests) is what an O(n²) loop cannot finish in 500 ms, and its generator's sizes are
 * small, so the growth measurement is quick (and inconclusive, which is no failure).
 */
const sumProblem = (slug: string): string => `---
slug: ${slug}
kind: coding
title: Sum a list
prompt: |
  Return the sum of the integers in \`nums\`.

  Constraints: 1 ≤ length of \`nums\` ≤ 20000; every value is between 0 and 999.
difficulty: easy
topics: [arrays]
signature:
  style: function
  name: sumAll
  params: [{ name: nums, type: "int[]" }]
  returns: long
limits: { timeLimitMs: 500, memoryLimitMb: 256 }
generator:
  source: "(n, rng) => [Array.from({ length: n }, () => Math.floor(rng() * 1000))]"
  sizes: [1000, 2000, 4000]
expectedComplexity: O(n)
maxSize: 20000
generatedTests:
  source: |
    (n, rng) => {
      const nums = Array.from({ length: n }, () => Math.floor(rng() * 1000));
      return { args: [nums], expected: nums.reduce((sum, value) => sum + value, 0) };
    }
  cases: [{ n: 20000, seed: 1 }]
tests:
  - {"args": [[1, 2, 3]], "expected": 6, "sample": true}
  - {"args": [[5]], "expected": 5, "sample": true}
  - {"args": [[0, 0]], "expected": 0, "sample": true}
  - {"args": [[999, 1, 7, 3]], "expected": 1010}
---
`;

const LINEAR_PY = 'def sumAll(nums):\n    return sum(nums)\n';
const LINEAR_TS =
  'function sumAll(nums: number[]): number {\n  return nums.reduce((a, b) => a + b, 0);\n}\n';
/** Adds nums[i] when i == j over every pair: right, and n² steps. */
const QUADRATIC_PY =
  'def sumAll(nums):\n    total = 0\n    for i in range(len(nums)):\n        for j in range(len(nums)):\n            if i == j:\n                total += nums[i]\n    return total\n';

/**
 * A bank with three coding problems: "sum-done-right", whose references are Accepted and whose
 * slow solution times out on the largest test; "sum-slow-passes", whose "slow" solution is
 * the linear one (so it passes) and whose TypeScript reference is missing; and "sum-not-asked",
 * with no solution at all, which fails if judged (the tests name the other two with --only).
 */
const writeBank = (): string => {
  const dir = tempDir('onsite-bank-judge-');
  const coding = path.join(dir, 'coding');
  mkdirSync(coding);
  const files: Record<string, string> = {
    'sum-done-right.md': sumProblem('sum-done-right'),
    'sum-done-right.solution.py': LINEAR_PY,
    'sum-done-right.solution.ts': LINEAR_TS,
    'sum-done-right.slow.py': QUADRATIC_PY,
    'sum-slow-passes.md': sumProblem('sum-slow-passes'),
    'sum-slow-passes.solution.py': LINEAR_PY,
    'sum-slow-passes.slow.py': LINEAR_PY,
    'sum-not-asked.md': sumProblem('sum-not-asked'),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(coding, name), text);
  return dir;
};

const canJudge = detectToolchains().python.available;

describe.runIf(canJudge)('onsite bank check judging the reference solutions', () => {
  let bank = '';
  beforeAll(() => {
    bank = writeBank();
  });

  it(
    'judges only the problems --only names; exits 1 and lists, per failing problem, what failed and why; a problem that passes is not listed',
    { timeout: 300_000 },
    async () => {
      // One judging run proves both: a passing bank's exit 0 and "Reference solutions OK" are
      // proved by npm test's own `onsite bank check` of the real bank and by
      // check-reference-solutions.test.ts, without judging sum-done-right a second time here.
      const run = await onsite([
        'bank',
        'check',
        '--dir',
        bank,
        '--jobs',
        '2',
        '--only',
        'sum-done-right,sum-slow-passes',
      ]);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toContain('Bank OK: 3 questions loaded');
      expect(run.stdout).toContain('Reference solutions: 1 of 2 coding problems failed.');
      expect(run.stdout).toMatch(/sum-slow-passes +solution\.ts +not judged\n/);
      expect(run.stdout).toContain('sum-slow-passes.solution.ts is missing');
      expect(run.stdout).toMatch(/sum-slow-passes +slow\.py +Accepted\n/);
      expect(run.stdout).toContain('The slow solution was Accepted on all 5 tests');
      const failed = run.stdout.slice(
        run.stdout.indexOf('Failed:'),
        run.stdout.indexOf('Growth inconclusive'),
      );
      expect(failed).not.toContain('sum-done-right');
      // Not named by --only: never judged (judged, its missing solutions would fail it).
      expect(run.stdout.slice(run.stdout.indexOf('Reference solutions'))).not.toContain(
        'sum-not-asked',
      );
      // Not a terminal: progress comes as one plain line per problem, on stderr.
      expect(run.stderr).toMatch(/^judged 1\/2 sum-\S+: (ok|FAILED)$/m);
      expect(run.stderr).toMatch(/^judged 2\/2 sum-\S+: (ok|FAILED)$/m);
      expect(run.stderr).not.toContain('sum-not-asked');
    },
  );

  it('only validates the files with --no-judge', async () => {
    const run = await onsite(['bank', 'check', '--dir', bank, '--no-judge']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Bank OK: 3 questions loaded');
    expect(run.stdout).not.toContain('Reference solutions');
    expect(run.stderr).toBe('');
  });
});

describe('onsite bank check usage errors', () => {
  it('exits 2 when --only names a problem the bank does not have', async () => {
    const run = await onsite([
      'bank',
      'check',
      '--dir',
      writeBank(),
      '--only',
      'sum-done-right,nope',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no coding problem that loaded: nope');
  });

  it('exits 2 when --jobs is not a positive whole number', async () => {
    const run = await onsite(['bank', 'check', '--jobs', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jobs');
  });
});
