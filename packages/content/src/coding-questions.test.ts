import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  JudgeSpecSchema,
  checkJudgeSpec,
  isCodingQuestion,
  testSize,
  toJudgeSpec,
} from '@onsite/core';
import { checkBank } from './check-bank';
import { formatProblem, loadBank } from './load-bank';
import { createTempBank, validCoding, type TempBank } from './testing/temp-bank';

let bank: TempBank;
beforeEach(() => {
  bank = createTempBank();
});
afterEach(() => {
  bank.remove();
});

// What `onsite bank check` reports: generated tests made and checked like written ones.
const problemLines = (): string[] =>
  loadBank(bank.dir, { checkGeneratedTests: true }).problems.map(formatProblem);
const withCoding = (overrides: Record<string, unknown>): void =>
  bank.writeQuestion('coding/vowels.md', { ...validCoding('vowels'), ...overrides });

describe('coding questions in the bank', () => {
  it('loads a valid coding question with the judge defaults filled in', () => {
    bank.writeQuestion('coding/vowels.md', validCoding('vowels'), 'Listen for a single pass.\n');
    const { questions, problems } = loadBank(bank.dir);
    expect(problems).toEqual([]);
    const [question] = questions;
    expect(question?.id).toBe('coding/vowels');
    expect(question !== undefined && isCodingQuestion(question) && question.limits).toEqual({
      timeLimitMs: 2000,
      memoryLimitMb: 256,
    });
    expect(checkBank(bank.dir).summary.countByKind.coding).toBe(1);
  });

  it('flags a misspelt coding field with a suggestion', () => {
    const { expectedComplexity: _dropped, ...rest } = validCoding('vowels');
    bank.writeQuestion('coding/vowels.md', { ...rest, expectedComplexty: 'O(n)' });
    expect(problemLines()).toEqual([
      'bank/coding/vowels.md  expectedComplexty: unknown field; did you mean "expectedComplexity"?',
    ]);
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

  it('appends the generated tests as hidden tests, the same ones on every load', () => {
    withCoding({});
    const first = loadBank(bank.dir).questions[0];
    const second = loadBank(bank.dir).questions[0];
    if (first === undefined || !isCodingQuestion(first))
      throw new Error('the question did not load');
    expect(first.tests).toHaveLength(4);
    const generated = first.tests[3];
    expect(generated?.sample).toBe(false);
    expect(typeof generated?.args[0] === 'string' && generated.args[0].length).toBe(100_000);
    expect(second).toStrictEqual(first);
  });

  it('requires maxSize, stated in the prompt, and a hidden test of exactly that size', () => {
    const { maxSize: _dropped, ...withoutMaxSize } = validCoding('vowels');
    bank.writeQuestion('coding/vowels.md', withoutMaxSize);
    expect(problemLines()).toEqual([
      'bank/coding/vowels.md  maxSize: missing; give the largest input the constraints allow (e.g. "maxSize: 100000" for n ≤ 10⁵) and a hidden test of that size (see docs/bank-format.md)',
    ]);

    withCoding({
      prompt: 'Return how many characters of the string s are vowels (a, e, i, o, u).',
    });
    expect(problemLines()).toEqual([
      'bank/coding/vowels.md  maxSize: 100000 is not stated in the prompt; write it in the constraints, e.g. "1e5"',
    ]);

    // The only large test is a sample: samples are shown, so they do not keep a slow solution out.
    const { generatedTests: _none, ...written } = validCoding('vowels');
    bank.writeQuestion('coding/vowels.md', {
      ...written,
      tests: [
        { args: ['a'.repeat(100_000)], expected: 100_000, sample: true },
        { args: ['b'], expected: 0 },
      ],
    });
    expect(problemLines()).toEqual([
      'bank/coding/vowels.md  tests: no hidden test has the maximum size 100000 (the largest has 100000); add one, e.g. under generatedTests with "cases: [{ n: 100000, seed: 1 }]", so a too-slow solution gets Time Limit Exceeded',
    ]);
  });

  it('reports a test larger than maxSize and a generated test that is not what the signature says, naming the case', () => {
    withCoding({
      maxSize: 99_999,
      prompt: 'Count the vowels of s. Constraints: 0 ≤ length of s ≤ 99999.',
    });
    expect(problemLines()).toEqual([
      "bank/coding/vowels.md  generatedTests.cases.0: has size 100000, above maxSize 99999; shrink the test or raise maxSize (and the prompt's constraints)",
      'bank/coding/vowels.md  tests: no hidden test has the maximum size 99999 (the largest has 100000); add one, e.g. under generatedTests with "cases: [{ n: 99999, seed: 1 }]", so a too-slow solution gets Time Limit Exceeded',
    ]);

    withCoding({
      generatedTests: {
        source: "(n) => ({ args: ['a'.repeat(n)], expected: 'many' })",
        cases: [{ n: 100_000, seed: 1 }],
      },
    });
    expect(problemLines()).toEqual([
      'bank/coding/vowels.md  generatedTests.cases.0.expected: expected a 32-bit whole number (int)',
    ]);

    withCoding({
      generatedTests: {
        source: '(n) => { throw new Error("not written yet"); }',
        cases: [{ n: 100_000, seed: 1 }],
      },
    });
    expect(problemLines()).toEqual([
      'bank/coding/vowels.md  generatedTests.cases.0: the maker failed for n = 100000: not written yet; it must be a function (n, rng) => ({ args, expected })',
    ]);
    // A start does not make generated tests: the broken maker is found when the tests are read.
    const started = loadBank(bank.dir);
    expect(started.problems).toEqual([]);
    const [lazy] = started.questions;
    expect(() => lazy !== undefined && isCodingQuestion(lazy) && lazy.tests).toThrow(
      'bank/coding/vowels.md generatedTests.cases.0: the maker failed for n = 100000: not written yet',
    );

    withCoding({
      generatedTests: { source: '(n) => ["a".repeat(n)]', cases: [{ n: 100_000, seed: 1 }] },
    });
    expect(problemLines()).toEqual([
      'bank/coding/vowels.md  generatedTests.cases.0: the maker must return { args: [...], expected } for n = 100000',
    ]);
  });

  it('reports a signature type the judge does not know and an unknown complexity class', () => {
    withCoding({
      signature: {
        style: 'function',
        name: 'countVowels',
        params: [{ name: 's', type: 'str' }],
        returns: 'int',
      },
      expectedComplexity: 'O(n!)',
    });
    const lines = problemLines();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^bank\/coding\/vowels\.md {2}signature\.params\.0\.type: a type is int, long/,
    );
    expect(lines[1]).toMatch(
      /^bank\/coding\/vowels\.md {2}expectedComplexity: write the expected time as one of O\(1\)/,
    );
  });
});

describe('the shipped coding questions', () => {
  const coding = loadBank().questions.filter(isCodingQuestion);

  it('are at least five, a design problem and an in-place problem among them', () => {
    expect(coding.length).toBeGreaterThanOrEqual(5);
    expect(coding.some((question) => question.signature.style === 'class')).toBe(true);
    expect(
      coding.some(
        (question) =>
          question.signature.style === 'function' && question.signature.mutates !== undefined,
      ),
    ).toBe(true);
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

    it(`${question.slug} has a hidden test at its stated maximum size`, () => {
      const { maxSize } = question;
      expect(maxSize).toBeDefined();
      expect(
        question.tests.some(
          (test) => !test.sample && testSize(question.signature, test) === maxSize,
        ),
      ).toBe(true);
    });
  }
});
