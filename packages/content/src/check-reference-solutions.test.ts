import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CodingQuestionSchema,
  fitComplexity,
  type CodingQuestionWithId,
  type Judge,
  type JudgeRequest,
  type JudgeResult,
  VERDICTS,
} from '@onsite/core';
import {
  checkReferenceSolutions,
  formatReferenceReport,
  type GrowthCheck,
  type MeasureGrowth,
  type ReferenceCheckProgress,
  type SolutionCheck,
} from './check-reference-solutions';

/** A problem whose tests have sizes 3, 5 and 8; 8 is its maxSize. */
const questionNamed = (slug: string): CodingQuestionWithId => ({
  ...CodingQuestionSchema.parse({
    slug,
    kind: 'coding',
    title: 'Sum a list',
    prompt: 'Return the sum of nums. Constraints: 1 ≤ length of nums ≤ 8.',
    difficulty: 'easy',
    topics: ['arrays'],
    signature: {
      style: 'function',
      name: 'sumAll',
      params: [{ name: 'nums', type: 'int[]' }],
      returns: 'long',
    },
    tests: [
      { args: [[1, 2, 3]], expected: 6, sample: true },
      { args: [[1, 1, 1, 1, 1]], expected: 5 },
      { args: [[1, 1, 1, 1, 1, 1, 1, 1]], expected: 8 },
    ],
    generator: { source: '(n) => [Array.from({ length: n }, () => 1)]' },
    expectedComplexity: 'O(n)',
    maxSize: 8,
  }),
  id: slug,
  body: '',
});

/**
 * Sources say what the scripted judge does with them: "accepted", or a verdict and the test it
 * happens on ("Time Limit Exceeded on 2"); every test before it passes, none after it runs.
 */
const scriptedJudge = (log: string[] = []): Judge => ({
  isolation: 'namespaces',
  judge: async (request: JudgeRequest): Promise<JudgeResult> => {
    log.push(`${request.spec.id} ${request.language}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const total = request.spec.tests.length;
    const failing = /^# (?<verdict>[A-Za-z ]+) on (?<index>\d+)/.exec(request.source)?.groups;
    const failedAt = failing === undefined ? total : Number(failing.index);
    const verdict = VERDICTS.find((known) => known === failing?.verdict) ?? 'Accepted';
    const tests = Array.from({ length: Math.min(failedAt + 1, total) }, (_, index) => ({
      index,
      verdict: index < failedAt ? ('Accepted' as const) : verdict,
      timeMs: 1,
      memoryKb: null,
      sample: index === 0,
    }));
    return {
      verdict,
      passed: Math.min(failedAt, total),
      total,
      tests,
      compileOutput: null,
      compileTimeMs: null,
      error: null,
      isolation: 'namespaces',
    };
  },
});

const ACCEPTED = '# accepted\n';
const TIMES_OUT_ON_LARGEST = '# Time Limit Exceeded on 2\n';

/** A bank folder holding the given files (slug + suffix → source). */
const bankWith = (files: Record<string, string>): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'onsite-references-'));
  for (const [name, source] of Object.entries(files)) writeFileSync(path.join(dir, name), source);
  return dir;
};
const wellWritten = (slug: string): Record<string, string> => ({
  [`${slug}.solution.py`]: ACCEPTED,
  [`${slug}.solution.ts`]: ACCEPTED,
  [`${slug}.slow.py`]: TIMES_OUT_ON_LARGEST,
});

/** A measurement that fits the given times (ms per n) against the expected class, as the judge's would. */
const growthOf =
  (timeAt: (n: number) => number): MeasureGrowth =>
  (spec) =>
    Promise.resolve(
      fitComplexity(
        [1000, 2000, 4000, 8000, 16000].map((n) => ({ n, timeMs: timeAt(n) })),
        { expectedClass: spec.generator?.expectedClass },
      ),
    );
const LINEAR = growthOf((n) => n / 100);
const QUADRATIC = growthOf((n) => (n * n) / 1e6);

const solutionCheck = (checks: readonly unknown[], file: string): SolutionCheck | undefined =>
  checks.find(
    (check): check is SolutionCheck =>
      typeof check === 'object' && check !== null && 'file' in check && check.file === file,
  );
const growthCheck = (checks: readonly unknown[]): GrowthCheck | undefined =>
  checks.find(
    (check): check is GrowthCheck =>
      typeof check === 'object' && check !== null && 'kind' in check && check.kind === 'growth',
  );

describe('checkReferenceSolutions', () => {
  it('passes a problem whose references are Accepted, whose slow solution times out first on the maxSize test and whose growth is as stated', async () => {
    const [result] = await checkReferenceSolutions({
      questions: [questionNamed('sum-all')],
      dir: bankWith(wellWritten('sum-all')),
      judge: scriptedJudge(),
      measureGrowth: LINEAR,
    });
    expect(result?.ok).toBe(true);
    expect(result?.checks.map((check) => [check.kind, check.status])).toEqual([
      ['reference', 'passed'],
      ['reference', 'passed'],
      ['slow', 'passed'],
      ['growth', 'passed'],
    ]);
    expect(formatReferenceReport(result === undefined ? [] : [result])).toContain(
      'Reference solutions OK: 1 coding problem judged, none failed.',
    );
  });

  it('fails a slow solution that is Accepted: no test is large enough to time it out', async () => {
    const [result] = await checkReferenceSolutions({
      questions: [questionNamed('sum-all')],
      dir: bankWith({ ...wellWritten('sum-all'), 'sum-all.slow.py': ACCEPTED }),
      judge: scriptedJudge(),
      measureGrowth: LINEAR,
    });
    expect(result?.ok).toBe(false);
    const slow = solutionCheck(result?.checks ?? [], 'sum-all.slow.py');
    expect(slow?.status).toBe('failed');
    expect(slow?.verdict).toBe('Accepted');
    expect(slow?.message).toMatch(/no test is large enough/);
  });

  it('fails a slow solution that times out on a test smaller than maxSize, naming the test and its size', async () => {
    const [result] = await checkReferenceSolutions({
      questions: [questionNamed('sum-all')],
      dir: bankWith({ ...wellWritten('sum-all'), 'sum-all.slow.py': '# Time Limit Exceeded on 1' }),
      judge: scriptedJudge(),
      measureGrowth: LINEAR,
    });
    const slow = solutionCheck(result?.checks ?? [], 'sum-all.slow.py');
    expect(slow?.status).toBe('failed');
    expect(slow?.firstFailedTest).toEqual({ index: 1, size: 5 });
    expect(slow?.message).toMatch(/first on test 1 \(size 5\), not on the maxSize test \(size 8\)/);
  });

  it('fails a reference that is not Accepted with its verdict and test, and measures the TypeScript one instead', async () => {
    const [result] = await checkReferenceSolutions({
      questions: [questionNamed('sum-all')],
      dir: bankWith({ ...wellWritten('sum-all'), 'sum-all.solution.py': '# Wrong Answer on 1' }),
      judge: scriptedJudge(),
      measureGrowth: LINEAR,
    });
    const python = solutionCheck(result?.checks ?? [], 'sum-all.solution.py');
    expect(python?.status).toBe('failed');
    expect(python?.message).toMatch(/^Wrong Answer on test 1 \(size 5\)/);
    expect(growthCheck(result?.checks ?? [])).toMatchObject({
      status: 'passed',
      language: 'typescript',
    });
  });

  it('fails a missing reference file with a message naming it, and still judges the others', async () => {
    const { 'sum-all.solution.ts': _, ...withoutTypeScript } = wellWritten('sum-all');
    const log: string[] = [];
    const [result] = await checkReferenceSolutions({
      questions: [questionNamed('sum-all')],
      dir: bankWith(withoutTypeScript),
      judge: scriptedJudge(log),
      measureGrowth: LINEAR,
    });
    const typescript = solutionCheck(result?.checks ?? [], 'sum-all.solution.ts');
    expect(typescript).toMatchObject({ status: 'failed', verdict: null });
    expect(typescript?.message).toMatch(/^sum-all\.solution\.ts is missing/);
    expect(log).toEqual(['sum-all python', 'sum-all python']);
  });

  it('fails a reference whose growth is clearly worse than stated, with the measured and expected classes', async () => {
    const [result] = await checkReferenceSolutions({
      questions: [questionNamed('sum-all')],
      dir: bankWith(wellWritten('sum-all')),
      judge: scriptedJudge(),
      measureGrowth: QUADRATIC,
    });
    expect(result?.ok).toBe(false);
    expect(growthCheck(result?.checks ?? [])).toMatchObject({
      status: 'failed',
      language: 'python',
      measured: 'O(n²)',
      expected: 'O(n)',
    });
  });

  it('reports an inconclusive growth without failing the problem', async () => {
    // Times that stay within the timer's noise: no class can be told apart.
    const noisy = growthOf(() => 0.5);
    const [result] = await checkReferenceSolutions({
      questions: [questionNamed('sum-all')],
      dir: bankWith(wellWritten('sum-all')),
      judge: scriptedJudge(),
      measureGrowth: noisy,
    });
    expect(growthCheck(result?.checks ?? [])?.status).toBe('inconclusive');
    expect(result?.ok).toBe(true);
    expect(formatReferenceReport(result === undefined ? [] : [result])).toMatch(
      /Growth inconclusive \(reported, not a failure/,
    );
  });

  it('judges at most `concurrency` problems at once, reports each as it finishes, and keeps the questions’ order', async () => {
    const slugs = ['a-one', 'b-two', 'c-three', 'd-four', 'e-five'];
    const progress: ReferenceCheckProgress[] = [];
    const results = await checkReferenceSolutions({
      questions: slugs.map(questionNamed),
      dir: bankWith(Object.fromEntries(slugs.flatMap((slug) => Object.entries(wellWritten(slug))))),
      judge: scriptedJudge(),
      measureGrowth: LINEAR,
      concurrency: 2,
      onProgress: (update) => progress.push(update),
    });
    expect(results.map((result) => result.slug)).toEqual(slugs);
    expect(Math.max(...progress.map((update) => update.running.length))).toBe(2);
    expect(progress.flatMap((update) => update.finished?.slug ?? []).sort()).toEqual(slugs);
    expect(progress.at(-1)).toMatchObject({ completed: 5, total: 5, running: [] });
  });

  it('prints each failing check with what failed and why', async () => {
    const results = await checkReferenceSolutions({
      questions: [questionNamed('sum-all'), questionNamed('too-easy')],
      dir: bankWith({
        ...wellWritten('sum-all'),
        ...wellWritten('too-easy'),
        'too-easy.slow.py': ACCEPTED,
      }),
      judge: scriptedJudge(),
      measureGrowth: LINEAR,
    });
    const report = formatReferenceReport(results);
    expect(report).toMatch(/^Reference solutions: 1 of 2 coding problems failed\./);
    expect(report).toMatch(/too-easy {2}slow\.py {2}Accepted\n/);
    expect(report).not.toMatch(/sum-all/);
  });
});
