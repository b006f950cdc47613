/** Small LeetCode-style specs the judge's tests run: one per kind of signature. */
import { JudgeSpecSchema, type JudgeSpec } from '@onsite/core';

export const twoSum: JudgeSpec = JudgeSpecSchema.parse({
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
  tests: [
    { args: [[2, 7, 11, 15], 9], expected: [0, 1], sample: true },
    { args: [[3, 2, 4], 6], expected: [1, 2], sample: true },
    { args: [[3, 3], 6], expected: [0, 1] },
    { args: [[-1, -2, -3, -4, -5], -8], expected: [2, 4] },
  ],
  comparison: { mode: 'any-order' },
  limits: { timeLimitMs: 1000, memoryLimitMb: 128 },
});

/** Thirty tests, for timing the fast path. */
export const twoSumThirty: JudgeSpec = JudgeSpecSchema.parse({
  ...twoSum,
  tests: Array.from({ length: 30 }, (_, k) => ({
    args: [[1, 5, k + 100, 7, k + 200], 2 * k + 300],
    expected: [2, 4],
    sample: k < 3,
  })),
});

export const reverseList: JudgeSpec = JudgeSpecSchema.parse({
  id: 'reverse-linked-list',
  signature: {
    style: 'function',
    name: 'reverseList',
    params: [{ name: 'head', type: 'ListNode' }],
    returns: 'ListNode',
  },
  tests: [
    { args: [[1, 2, 3, 4, 5]], expected: [5, 4, 3, 2, 1], sample: true },
    { args: [[]], expected: [] },
    { args: [[7, 8]], expected: [8, 7] },
  ],
  limits: { timeLimitMs: 1000, memoryLimitMb: 128 },
});

export const maxDepth: JudgeSpec = JudgeSpecSchema.parse({
  id: 'maximum-depth-of-binary-tree',
  signature: {
    style: 'function',
    name: 'maxDepth',
    params: [{ name: 'root', type: 'TreeNode' }],
    returns: 'int',
  },
  tests: [
    { args: [[3, 9, 20, null, null, 15, 7]], expected: 3, sample: true },
    { args: [[1, null, 2]], expected: 2 },
    { args: [[]], expected: 0 },
  ],
  limits: { timeLimitMs: 1000, memoryLimitMb: 128 },
});

export const minStack: JudgeSpec = JudgeSpecSchema.parse({
  id: 'min-stack',
  signature: {
    style: 'class',
    className: 'MinStack',
    constructorParams: [],
    methods: [
      { name: 'push', params: [{ name: 'val', type: 'int' }], returns: 'void' },
      { name: 'pop', params: [], returns: 'void' },
      { name: 'top', params: [], returns: 'int' },
      { name: 'getMin', params: [], returns: 'int' },
    ],
  },
  tests: [
    {
      args: [
        ['MinStack', 'push', 'push', 'push', 'getMin', 'pop', 'top', 'getMin'],
        [[], [-2], [0], [-3], [], [], [], []],
      ],
      expected: [null, null, null, null, -3, null, 0, -2],
      sample: true,
    },
    {
      args: [
        ['MinStack', 'push', 'getMin'],
        [[], [5], []],
      ],
      expected: [null, null, 5],
    },
  ],
  limits: { timeLimitMs: 1000, memoryLimitMb: 128 },
});

export const rotate: JudgeSpec = JudgeSpecSchema.parse({
  id: 'rotate-array',
  signature: {
    style: 'function',
    name: 'rotate',
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'k', type: 'int' },
    ],
    returns: 'void',
    mutates: 'nums',
  },
  tests: [
    { args: [[1, 2, 3, 4, 5, 6, 7], 3], expected: [5, 6, 7, 1, 2, 3, 4], sample: true },
    { args: [[-1, -100, 3, 99], 2], expected: [3, 99, -1, -100] },
  ],
  limits: { timeLimitMs: 1000, memoryLimitMb: 128 },
});

/** A function whose tests are cheap, for attacks that need only one call; its expected output is a secret the sandbox must never see. */
export const SECRET = 'expected-output-7f3a9c';
export const attackTarget: JudgeSpec = JudgeSpecSchema.parse({
  id: 'attack-target',
  signature: {
    style: 'function',
    name: 'solve',
    params: [{ name: 'n', type: 'int' }],
    returns: 'string',
  },
  tests: [
    { args: [1], expected: SECRET, sample: true },
    { args: [2], expected: SECRET },
  ],
  limits: { timeLimitMs: 500, memoryLimitMb: 64 },
});
