import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JudgeSpecSchema, checkJudgeSpec, isCodingQuestion, toJudgeSpec } from '@onsite/core';
import { checkBank } from './check-bank';
import { formatProblem, loadBank } from './load-bank';
import { createTempBank, validCoding, type TempBank } from './test-bank';

let bank: TempBank;
beforeEach(() => {
  bank = createTempBank();
});
afterEach(() => {
  bank.remove();
});

const problemLines = (): string[] => loadBank(bank.dir).problems.map(formatProblem);
const withCoding = (overrides: Record<string, unknown>): void => bank.writeQuestion('coding/vowels.md', { ...validCoding('vowels'), ...overrides });

describe('coding questions in the bank', () => {
  it('loads a valid coding question with the judge defaults filled in', () => {
    bank.writeQuestion('coding/vowels.md', validCoding('vowels'), 'Listen for a single pass.\n');
    const { questions, problems } = loadBank(bank.dir);
    expect(problems).toEqual([]);
    const [question] = questions;
    expect(question?.id).toBe('coding/vowels');
    expect(question !== undefined && isCodingQuestion(question) && question.limits).toEqual({ timeLimitMs: 2000, memoryLimitMb: 256 });
    expect(checkBank(bank.dir).summary.countByKind.coding).toBe(1);
  });

  it('flags a misspelt coding field with a suggestion', () => {
    const { expectedComplexity: _dropped, ...rest } = validCoding('vowels');
    bank.writeQuestion('coding/vowels.md', { ...rest, expectedComplexty: 'O(n)' });
    expect(problemLines()).toEqual(['bank/coding/vowels.md  expectedComplexty: unknown field; did you mean "expectedComplexity"?']);
  });

  it('reports a test that does not fit the signature, pointing at the test', () => {
    withCoding({
      tests: [
        { args: ['banana'], expected: 3, sample: true },
        { args: ['a', 'b'], expected: 1 },
        { args: ['e'], expected: 'one' },
      ],
    });
    expect(problemLines()).toEqual([
      'bank/coding/vowels.md  tests.1.args: gives 2 arguments but the signature takes 1 (s)',
      'bank/coding/vowels.md  tests.2.expected: expected a 32-bit whole number (int)',
    ]);
    expect(checkBank(bank.dir).ok).toBe(false);
  });

  it('requires a sample test, starter code that names the function, and an expected class for a generator', () => {
    const { expectedComplexity: _dropped, ...rest } = validCoding('vowels');
    bank.writeQuestion('coding/vowels.md', {
      ...rest,
      tests: [{ args: ['banana'], expected: 3 }],
      starterCode: { javascript: 'function solve(s) {}' },
      generator: { source: '(n) => ["a".repeat(n)]' },
    });
    expect(problemLines()).toEqual([
      'bank/coding/vowels.md  tests: mark at least one test "sample: true": samples are the examples the candidate sees',
      'bank/coding/vowels.md  starterCode.javascript: does not mention countVowels; the starter code must define what the signature names',
      'bank/coding/vowels.md  expectedComplexity: a generator measures growth against an expected class; add e.g. "expectedComplexity: O(n)"',
    ]);
  });

  it('reports a signature type the judge does not know and an unknown complexity class', () => {
    withCoding({
      signature: { style: 'function', name: 'countVowels', params: [{ name: 's', type: 'str' }], returns: 'int' },
      expectedComplexity: 'O(n!)',
    });
    const lines = problemLines();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^bank\/coding\/vowels\.md {2}signature\.params\.0\.type: a type is int, long/);
    expect(lines[1]).toMatch(/^bank\/coding\/vowels\.md {2}expectedComplexity: write one of O\(1\)/);
  });
});

describe('the shipped coding questions', () => {
  const coding = loadBank().questions.filter(isCodingQuestion);

  it('are at least five, a design problem and an in-place problem among them', () => {
    expect(coding.length).toBeGreaterThanOrEqual(5);
    expect(coding.some((question) => question.signature.style === 'class')).toBe(true);
    expect(coding.some((question) => question.signature.style === 'function' && question.signature.mutates !== undefined)).toBe(true);
  });

  for (const question of coding) {
    it(`${question.slug} compiles to a valid judge spec with 12+ tests, 2-3 of them samples, and hints`, () => {
      const spec = toJudgeSpec(question);
      expect(JudgeSpecSchema.parse(spec)).toStrictEqual(spec);
      expect(checkJudgeSpec(spec)).toEqual([]);
      expect(spec.tests.length).toBeGreaterThanOrEqual(12);
      const samples = spec.tests.filter((test) => test.sample).length;
      expect(samples).toBeGreaterThanOrEqual(2);
      expect(samples).toBeLessThanOrEqual(3);
      expect(question.hints.length).toBeGreaterThanOrEqual(2);
    });
  }
});
