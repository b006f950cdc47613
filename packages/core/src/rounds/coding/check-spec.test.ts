import { describe, expect, it } from 'vitest';
import { customInputProblems } from './check-spec';
import { JudgeSpecSchema } from './judge-spec';

const twoSum = JudgeSpecSchema.parse({
  id: 'two-sum',
  signature: {
    style: 'function',
    name: 'twoSum',
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'target', type: 'int' },
    ],
    returns: 'int[]',
  },
  tests: [{ args: [[2, 7], 9], expected: [0, 1], sample: true }],
});

const minStack = JudgeSpecSchema.parse({
  id: 'min-stack',
  signature: {
    style: 'class',
    className: 'MinStack',
    constructorParams: [],
    methods: [
      { name: 'push', params: [{ name: 'val', type: 'int' }], returns: 'void' },
      { name: 'getMin', params: [], returns: 'int' },
    ],
  },
  tests: [
    {
      args: [
        ['MinStack', 'push', 'getMin'],
        [[], [1], []],
      ],
      expected: [null, null, 1],
      sample: true,
    },
  ],
});

describe('customInputProblems', () => {
  it('accepts cases that fit the signature, repeats included (the candidate may run a case twice)', () => {
    expect(
      customInputProblems(twoSum, [
        [[1, 2, 3], 5],
        [[1, 2, 3], 5],
      ]),
    ).toEqual([]);
    expect(
      customInputProblems(minStack, [
        [
          ['MinStack', 'push', 'push', 'getMin'],
          [[], [4], [-1], []],
        ],
      ]),
    ).toEqual([]);
  });

  it('names the case, the argument and the type a value does not have', () => {
    expect(
      customInputProblems(twoSum, [
        [[1, 2], 3],
        [['a', 2], 3],
      ]),
    ).toEqual([{ path: 'customInputs.1.0', message: expect.stringContaining('nums:') as string }]);
    expect(customInputProblems(twoSum, [[[1, 2], 3.5]])).toEqual([
      { path: 'customInputs.0.1', message: expect.stringContaining('target:') as string },
    ]);
  });

  it('says how many arguments the signature takes when a case gives another number', () => {
    const [problem] = customInputProblems(twoSum, [[[1, 2]]]);
    expect(problem?.path).toBe('customInputs.0');
    expect(problem?.message).toMatch(/gives 1 argument but the signature takes/);
  });

  it('checks a design case call by call', () => {
    const problems = customInputProblems(minStack, [
      [
        ['MinStack', 'peek'],
        [[], []],
      ],
    ]);
    expect(problems.map((problem) => problem.message)).toContain(
      '"peek" is not a method of MinStack',
    );
  });
});
