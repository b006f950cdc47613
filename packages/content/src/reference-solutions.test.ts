import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJudgeSpec, isCodingQuestion, toJudgeSpec } from '@onsite/core';
import { compileGenerator, createSandboxJudge, detectToolchains } from '@onsite/judge';
import { DEFAULT_BANK_DIR, loadBank } from './load-bank';

/**
 * Every coding question in the shipped bank has its reference solutions beside it: Python
 * (<slug>.solution.py) and TypeScript (<slug>.solution.ts), both Accepted, and a too-slow one
 * (<slug>.slow.py) that gets Time Limit Exceeded on the maxSize test. `onsite bank check` judges
 * them all in the real sandboxed judge (and measures the references' growth); `npm test` runs it
 * after the unit tests, so they are judged once, in parallel, not again here.
 */
const CODING_DIR = join(DEFAULT_BANK_DIR, 'coding');
const questions = loadBank().questions.filter(isCodingQuestion);
const slugsWithFile = (suffix: string): string[] =>
  readdirSync(CODING_DIR)
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, -suffix.length))
    .sort();
const python = detectToolchains().python;

describe('reference solutions for the bank coding questions', () => {
  it('exist, in Python, TypeScript and too slow, for exactly the coding questions in the bank', () => {
    expect(questions.length).toBeGreaterThanOrEqual(5);
    const slugs = questions.map((question) => question.slug).sort();
    for (const suffix of ['.solution.py', '.solution.ts', '.slow.py'])
      expect({ suffix, slugs: slugsWithFile(suffix) }).toEqual({ suffix, slugs });
  });

  for (const question of questions) {
    // The question's own fields: building the whole spec would make every generated test.
    const { generator, signature } = question;
    if (generator !== undefined && signature.style === 'function') {
      it(`${question.slug}: the generator makes argument lists the signature accepts`, () => {
        const spec = toJudgeSpec(question);
        const args = compileGenerator(generator.source)(64);
        expect(args).toHaveLength(signature.params.length);
        expect(
          checkJudgeSpec({
            ...spec,
            tests: [{ args, expected: null, sample: true }],
            comparison: { mode: 'checker', source: 'return true' },
          }),
        ).toEqual([]);
        expect(spec.generator?.expectedClass).toBeDefined();
      });
    }
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
