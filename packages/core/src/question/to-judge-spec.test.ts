import { describe, expect, it } from 'vitest';
import { checkJudgeSpec } from '../rounds/coding/check-spec';
import { JudgeSpecSchema } from '../rounds/coding/judge-spec';
import { CodingQuestionSchema, type CodingQuestion } from '../rounds/coding/question';
import { QuestionSchema } from './schema';
import { toJudgeSpec } from './to-judge-spec';

const reverseWords = (overrides: Record<string, unknown> = {}): CodingQuestion =>
  CodingQuestionSchema.parse({
    kind: 'coding',
    slug: 'reverse-words',
    title: 'Reverse the words',
    prompt: 'Return the words of a sentence in reverse order, separated by single spaces.',
    difficulty: 'easy',
    topics: ['strings'],
    signature: {
      style: 'function',
      name: 'reverseWords',
      params: [{ name: 's', type: 'string' }],
      returns: 'string',
    },
    tests: [
      { args: ['the sky is blue'], expected: 'blue is sky the', sample: true },
      { args: ['  hello world  '], expected: 'world hello' },
    ],
    ...overrides,
  });

describe('CodingQuestionSchema', () => {
  it('is the schema QuestionSchema uses for kind coding', () => {
    const parsed = QuestionSchema.safeParse({ ...reverseWords(), kind: 'coding' });
    expect(parsed.success).toBe(true);
    expect(QuestionSchema.safeParse({ ...reverseWords(), signature: undefined }).success).toBe(
      false,
    );
  });

  it('fills the judge defaults: exact comparison, 2 s and 256 MB, no hints', () => {
    const question = reverseWords();
    expect(question.comparison).toEqual({ mode: 'exact' });
    expect(question.limits).toEqual({ timeLimitMs: 2000, memoryLimitMb: 256 });
    expect(question.hints).toEqual([]);
    expect(question.tests[1]?.sample).toBe(false);
  });

  it('rejects an unknown complexity class and starter code for an unknown language', () => {
    expect(() => reverseWords({ expectedComplexity: 'O(n!)' })).toThrow(/O\(1\), O\(log n\)/);
    expect(() => reverseWords({ starterCode: { cobol: 'IDENTIFICATION DIVISION.' } })).toThrow();
    expect(
      reverseWords({ starterCode: { python: 'def reverseWords(s):\n    pass\n' } }).starterCode,
    ).toEqual({ python: 'def reverseWords(s):\n    pass\n' });
  });
});

describe('toJudgeSpec', () => {
  it('compiles a question to a valid judge spec with the slug as id', () => {
    const spec = toJudgeSpec(reverseWords());
    expect(JudgeSpecSchema.parse(spec)).toStrictEqual(spec);
    expect(spec).toMatchObject({
      id: 'reverse-words',
      title: 'Reverse the words',
      comparison: { mode: 'exact' },
    });
    expect(spec.tests).toHaveLength(2);
    expect(checkJudgeSpec(spec)).toEqual([]);
  });

  it('builds one spec per question, so whatever the judge caches by spec is reused across submissions', () => {
    const question = reverseWords();
    expect(toJudgeSpec(question)).toBe(toJudgeSpec(question));
    expect(toJudgeSpec(reverseWords())).not.toBe(toJudgeSpec(question));
  });

  it('folds expectedComplexity into the generator as its expected class', () => {
    const generator = { source: '(n) => ["a ".repeat(n)]', sizes: [1000, 2000, 4000] };
    expect(
      toJudgeSpec(reverseWords({ generator, expectedComplexity: 'linear' })).generator,
    ).toEqual({ ...generator, expectedClass: 'O(n)' });
    expect(toJudgeSpec(reverseWords({ expectedComplexity: 'O(n)' })).generator).toBeUndefined();
  });

  it('leaves out what the judge does not read: starter code, hints, topics', () => {
    const spec = toJudgeSpec(
      reverseWords({
        hints: ['Split on whitespace first.'],
        starterCode: { javascript: 'function reverseWords(s) {}' },
      }),
    );
    expect(Object.keys(spec).sort()).toEqual([
      'comparison',
      'id',
      'limits',
      'signature',
      'tests',
      'title',
    ]);
  });
});

describe('checkJudgeSpec', () => {
  const spec = (overrides: Record<string, unknown>): unknown => ({
    ...toJudgeSpec(reverseWords()),
    ...overrides,
  });
  const paths = (input: unknown): string[] => checkJudgeSpec(input).map((problem) => problem.path);

  it('reports schema violations with their path', () => {
    expect(paths(spec({ tests: [] }))).toEqual(['tests']);
    expect(
      paths(
        spec({
          signature: {
            style: 'function',
            name: 'f',
            params: [{ name: 'x', type: 'integer' }],
            returns: 'int',
          },
        }),
      ),
    ).toEqual(['signature.params.0.type']);
  });

  it('flags a test with the wrong number or type of arguments, and a wrongly typed expected value', () => {
    const problems = checkJudgeSpec(
      spec({
        tests: [
          { args: ['ok'], expected: 'ok', sample: true },
          { args: ['a', 'b'], expected: 'b a' },
          { args: [42], expected: 'x' },
          { args: ['x y'], expected: ['y', 'x'] },
        ],
      }),
    );
    expect(problems).toEqual([
      { path: 'tests.1.args', message: 'gives 2 arguments but the signature takes 1 (s)' },
      { path: 'tests.2.args.0', message: 's: expected text in double quotes (string)' },
      { path: 'tests.3.expected', message: 'expected text in double quotes (string)' },
    ]);
  });

  it('requires a sample test and no repeated inputs', () => {
    expect(paths(spec({ tests: [{ args: ['a'], expected: 'a' }] }))).toEqual(['tests']);
    expect(
      paths(
        spec({
          tests: [
            { args: ['a b'], expected: 'b a', sample: true },
            { args: ['a b'], expected: 'b a' },
          ],
        }),
      ),
    ).toEqual(['tests.1.args']);
  });

  it('checks in-place signatures: mutates names a parameter and the function returns void', () => {
    const inPlace = {
      style: 'function',
      name: 'rotate',
      params: [
        { name: 'nums', type: 'int[]' },
        { name: 'k', type: 'int' },
      ],
      returns: 'void',
    };
    const tests = [{ args: [[1, 2, 3], 1], expected: [3, 1, 2], sample: true }];
    expect(paths(spec({ signature: { ...inPlace, mutates: 'nums' }, tests }))).toEqual([]);
    expect(paths(spec({ signature: inPlace, tests }))).toEqual(['signature.mutates']);
    expect(paths(spec({ signature: { ...inPlace, mutates: 'array' }, tests }))).toEqual([
      'signature.mutates',
    ]);
    expect(
      paths(spec({ signature: { ...inPlace, returns: 'int', mutates: 'nums' }, tests })),
    ).toContain('signature.returns');
  });

  it('checks design tests call by call: constructor first, known methods, one argument list and result per call', () => {
    const counter = {
      style: 'class',
      className: 'Counter',
      constructorParams: [{ name: 'start', type: 'int' }],
      methods: [
        { name: 'add', params: [{ name: 'by', type: 'int' }], returns: 'void' },
        { name: 'value', params: [], returns: 'int' },
      ],
    };
    const good = {
      args: [
        ['Counter', 'add', 'value'],
        [[5], [2], []],
      ],
      expected: [null, null, 7],
      sample: true,
    };
    expect(checkJudgeSpec(spec({ signature: counter, tests: [good] }))).toEqual([]);
    const bad = [
      good,
      {
        args: [
          ['add', 'value'],
          [[1], []],
        ],
        expected: [null, 1],
      },
      {
        args: [
          ['Counter', 'reset'],
          [[0], []],
        ],
        expected: [null, null],
      },
      { args: [['Counter', 'value'], [[0]]], expected: [null, 0] },
      {
        args: [
          ['Counter', 'value'],
          [[0], []],
        ],
        expected: [null],
      },
      {
        args: [
          ['Counter', 'value'],
          [[1], []],
        ],
        expected: [null, 'zero'],
      },
      {
        args: [
          ['Counter', 'add'],
          [[], ['x']],
        ],
        expected: [null, null],
      },
    ];
    expect(paths(spec({ signature: counter, tests: bad }))).toEqual([
      'tests.1.args.0.0',
      'tests.2.args.0.1',
      'tests.3.args.1',
      'tests.4.expected',
      'tests.5.expected.1',
      'tests.6.args.1.1.0',
      'tests.6.args.1.0',
    ]);
  });

  it('accepts linked lists and trees as LeetCode arrays, and rejects a null root', () => {
    const tree = {
      style: 'function',
      name: 'maxDepth',
      params: [{ name: 'root', type: 'TreeNode' }],
      returns: 'int',
    };
    expect(
      paths(
        spec({
          signature: tree,
          tests: [
            { args: [[3, 9, 20, null, null, 15, 7]], expected: 3, sample: true },
            { args: [[]], expected: 0 },
          ],
        }),
      ),
    ).toEqual([]);
    expect(
      paths(spec({ signature: tree, tests: [{ args: [[null, 1]], expected: 1, sample: true }] })),
    ).toEqual(['tests.0.args.0']);
    const list = {
      style: 'function',
      name: 'reverseList',
      params: [{ name: 'head', type: 'ListNode' }],
      returns: 'ListNode',
    };
    expect(
      paths(spec({ signature: list, tests: [{ args: [[1, null]], expected: [1], sample: true }] })),
    ).toEqual(['tests.0.args.0']);
  });

  it('lets a checker comparison take an expected value of any shape', () => {
    const checker = { mode: 'checker', source: 'return actual.length === expected' };
    expect(
      paths(spec({ comparison: checker, tests: [{ args: ['a b'], expected: 3, sample: true }] })),
    ).toEqual([]);
  });
});
