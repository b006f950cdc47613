import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJudgeSpec, isCodingQuestion, testSize, toJudgeSpec } from '@onsite/core';
import { compileGenerator, createSandboxJudge, detectToolchains } from '@onsite/judge';
import { DEFAULT_BANK_DIR, loadBank } from './load-bank';

/**
 * Every coding question in the shipped bank, compiled to a judge spec, must
 * accept its reference Python solution (bank/coding/<slug>.solution.py) in the
 * real sandboxed judge, and so must its TypeScript twin (<slug>.solution.ts): this proves the
 * expected outputs, the signature and the in-place/design conventions agree with what the judge
 * actually runs. Its too-slow twin (<slug>.slow.py) must get Time Limit Exceeded.
 */
const CODING_DIR = join(DEFAULT_BANK_DIR, 'coding');
const questions = loadBank().questions.filter(isCodingQuestion);
const slugsWithFile = (suffix: string): string[] =>
  readdirSync(CODING_DIR)
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, -suffix.length))
    .sort();
const readSolution = (slug: string, suffix: string): string =>
  readFileSync(join(CODING_DIR, `${slug}${suffix}`), 'utf8');
const python = detectToolchains().python;

describe('reference solutions for the bank coding questions', () => {
  it('exist, in Python, TypeScript and too slow, for exactly the coding questions in the bank', () => {
    expect(questions.length).toBeGreaterThanOrEqual(5);
    const slugs = questions.map((question) => question.slug).sort();
    for (const suffix of ['.solution.py', '.solution.ts', '.slow.py'])
      expect({ suffix, slugs: slugsWithFile(suffix) }).toEqual({ suffix, slugs });
  });

  for (const question of questions) {
    for (const [language, suffix, available] of [
      ['python', '.solution.py', python.available],
      ['typescript', '.solution.ts', true],
    ] as const) {
      it.runIf(available)(
        `${question.slug}: the reference ${language} solution is Accepted on every test`,
        async () => {
          const source = readSolution(question.slug, suffix);
          const result = await createSandboxJudge().judge({
            spec: toJudgeSpec(question),
            language,
            source,
            mode: 'submit',
          });
          expect({
            verdict: result.verdict,
            error: result.error,
            failed: result.tests
              .filter((test) => test.verdict !== 'Accepted')
              .map((test) => test.index),
          }).toEqual({
            verdict: 'Accepted',
            error: null,
            failed: [],
          });
          expect(result.passed).toBe(question.tests.length);
        },
        60_000,
      );
    }

    const spec = toJudgeSpec(question);
    const { generator, signature } = spec;
    if (generator !== undefined && signature.style === 'function') {
      it(`${question.slug}: the generator makes argument lists the signature accepts`, () => {
        const args = compileGenerator(generator.source)(64);
        expect(args).toHaveLength(signature.params.length);
        expect(
          checkJudgeSpec({
            ...spec,
            tests: [{ args, expected: null, sample: true }],
            comparison: { mode: 'checker', source: 'return true' },
          }),
        ).toEqual([]);
        expect(generator.expectedClass).toBeDefined();
      });
    }
  }

  // Each problem's slow solution has a worse growth than its expected one, so it must fail on the
  // maxSize test with Time Limit Exceeded, after passing every smaller test it reaches first.
  for (const question of questions) {
    it.runIf(python.available)(
      `${question.slug}: the slow Python solution gets Time Limit Exceeded on the maxSize test`,
      async () => {
        const source = readSolution(question.slug, '.slow.py');
        const result = await createSandboxJudge().judge({
          spec: toJudgeSpec(question),
          language: 'python',
          source,
          mode: 'submit',
        });
        const failed = result.tests.filter((test) => test.verdict !== 'Accepted');
        const firstFailed = failed[0];
        expect({
          verdict: result.verdict,
          failedVerdicts: failed.map((test) => test.verdict),
        }).toEqual({ verdict: 'Time Limit Exceeded', failedVerdicts: ['Time Limit Exceeded'] });
        const failedTest =
          firstFailed === undefined ? undefined : question.tests[firstFailed.index];
        expect(failedTest !== undefined && testSize(question.signature, failedTest)).toBe(
          question.maxSize,
        );
      },
      60_000,
    );
  }

  it.runIf(python.available)(
    'rejects a solution that returns a rotated copy instead of rotating nums in place',
    async () => {
      const rotate = questions.find((question) => question.slug === 'rotate-array');
      if (rotate === undefined) throw new Error('bank/coding/rotate-array.md is missing');
      // Returns a rotated copy instead of changing nums: the classic in-place mistake.
      const source = 'def rotate(nums, k):\n    k %= len(nums)\n    return nums[-k:] + nums[:-k]\n';
      const result = await createSandboxJudge().judge({
        spec: toJudgeSpec(rotate),
        language: 'python',
        source,
        mode: 'submit',
      });
      expect(result.verdict).toBe('Wrong Answer');
    },
  );
});
