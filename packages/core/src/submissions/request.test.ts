import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { asQuestionId } from '../ids';
import { JudgeSpecSchema, type JudgeSpec } from '../rounds/coding/judge-spec';
import { toJudgeSpec } from '../question/to-judge-spec';
import { makeBehavioralQuestion, makeCodingQuestion } from '../testing/fixtures';
import { createMemoryQuestionBank } from '../testing/memory-stores';
import { judgeRequestFor, type SpecRules, type SubmissionInput } from './request';

const coding = makeCodingQuestion();
const behavioral = makeBehavioralQuestion();

const echo = JudgeSpecSchema.parse({
  id: 'echo',
  signature: {
    style: 'function',
    name: 'echo',
    params: [{ name: 'x', type: 'int' }],
    returns: 'int',
  },
  tests: [{ args: [1], expected: 1, sample: true }],
});
const withChecker: JudgeSpec = {
  ...echo,
  comparison: { mode: 'checker', source: 'return actual === expected;' },
};
const withGenerator: JudgeSpec = { ...echo, generator: { source: '(n) => [n]' } };

/** The rules of a deployment; the checkers it was asked to compile are kept in `compiled`. */
const rulesWith = (allowSpecCode: boolean) => {
  const compiled: { source: string; field: string }[] = [];
  const rules: SpecRules = {
    bank: createMemoryQuestionBank([coding, behavioral]),
    allowSpecCode,
    compileChecker: (source, field) => compiled.push({ source, field }),
  };
  return { rules, compiled };
};

const code = { language: 'javascript', source: 'const echo = (x) => x;', mode: 'run' } as const;

const failureOf = (input: SubmissionInput, rules: SpecRules): DomainError => {
  try {
    judgeRequestFor(input, rules);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the request to be refused');
};

describe('judgeRequestFor', () => {
  it("judges a bank question against its own tests, and keeps the question's id", () => {
    const { rules } = rulesWith(false);
    expect(judgeRequestFor({ ...code, questionId: asQuestionId(coding.id) }, rules)).toEqual({
      questionId: coding.id,
      request: { ...code, spec: toJudgeSpec(coding) },
    });
  });

  it('refuses a question the bank does not have', () => {
    const error = failureOf(
      { ...code, questionId: asQuestionId('coding/nope') },
      rulesWith(true).rules,
    );
    expect(error.code).toBe('QUESTION_NOT_FOUND');
  });

  it('refuses a question that is not a coding question: it has no tests', () => {
    const error = failureOf(
      { ...code, questionId: asQuestionId(behavioral.id) },
      rulesWith(true).rules,
    );
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { questionId: 'only coding questions have judge tests; send a spec instead' },
    });
  });

  it('judges an inline spec as given, with no question', () => {
    expect(judgeRequestFor({ ...code, spec: echo }, rulesWith(false).rules)).toEqual({
      questionId: null,
      request: { ...code, spec: echo },
    });
  });

  it("refuses an inline spec whose tests do not fit its signature, naming each problem under 'spec.'", () => {
    const spec: JudgeSpec = { ...echo, tests: [{ args: ['one'], expected: 1, sample: true }] };
    const error = failureOf({ ...code, spec }, rulesWith(true).rules);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(error.fields ?? {})).toEqual([expect.stringMatching(/^spec\.tests\.0/)]);
  });

  it.each([
    ['a checker', withChecker, ['spec.comparison.source']],
    ['an input generator', withGenerator, ['spec.generator.source']],
    [
      'a checker and an input generator',
      { ...withChecker, generator: withGenerator.generator },
      ['spec.comparison.source', 'spec.generator.source'],
    ],
  ])('refuses a spec carrying %s unless the deployment allows spec code', (said, spec, fields) => {
    const { rules, compiled } = rulesWith(false);
    const error = failureOf({ ...code, spec }, rules);
    expect(error.code).toBe('SPEC_CODE_NOT_ALLOWED');
    expect(error.message).toContain(`This spec carries ${said}:`);
    expect(Object.keys(error.fields ?? {})).toEqual(fields);
    expect(compiled).toEqual([]);
  });

  it("compiles an allowed spec's checker at once, naming where the request holds it", () => {
    const { rules, compiled } = rulesWith(true);
    expect(judgeRequestFor({ ...code, spec: withChecker }, rules).request.spec).toBe(withChecker);
    expect(compiled).toEqual([
      { source: 'return actual === expected;', field: 'spec.comparison.source' },
    ]);
  });

  it('passes custom inputs that fit the signature on to the judge', () => {
    const input = { ...code, spec: echo, customInputs: [[5], [6]] };
    expect(judgeRequestFor(input, rulesWith(false).rules).request.customInputs).toEqual([[5], [6]]);
  });

  it("refuses custom inputs that do not fit the signature, naming the candidate's case and argument", () => {
    const error = failureOf(
      { ...code, spec: echo, customInputs: [[5], ['five']] },
      rulesWith(false).rules,
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(
      /^A test case of yours does not fit the signature: customInputs\.1\.0: x: /,
    );
    expect(Object.keys(error.fields ?? {})).toEqual(['customInputs.1.0']);
  });
});
