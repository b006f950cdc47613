import { describe, expect, it } from 'vitest';
import type { Signature } from '../rounds/coding/judge-spec';
import { sizeSpellings, statesSize, testSize } from './test-size';

const pair: Signature = {
  style: 'function',
  name: 'pair',
  params: [
    { name: 'nums', type: 'int[]' },
    { name: 'target', type: 'int' },
  ],
  returns: 'int[]',
};
const tree: Signature = {
  style: 'function',
  name: 'maxDepth',
  params: [{ name: 'root', type: 'TreeNode' }],
  returns: 'int',
};
const words: Signature = {
  style: 'function',
  name: 'join',
  params: [
    { name: 's', type: 'string' },
    { name: 'parts', type: 'string[]' },
  ],
  returns: 'string',
};
const minStack: Signature = {
  style: 'class',
  className: 'MinStack',
  constructorParams: [],
  methods: [{ name: 'push', params: [{ name: 'val', type: 'int' }], returns: 'void' }],
};

describe('testSize', () => {
  it('counts the elements of the largest argument, not the values of scalars', () => {
    expect(testSize(pair, { args: [[1, 2, 3], 1_000_000] })).toBe(3);
    expect(testSize(words, { args: ['abcd', ['a', 'b']] })).toBe(4);
  });

  it('counts a tree by its nodes, not its nulls', () => {
    expect(testSize(tree, { args: [[3, 9, 20, null, null, 15, 7]] })).toBe(5);
    expect(testSize(tree, { args: [[]] })).toBe(0);
  });

  it('counts a design problem by its calls after the constructor', () => {
    expect(
      testSize(minStack, {
        args: [
          ['MinStack', 'push', 'push'],
          [[], [1], [2]],
        ],
      }),
    ).toBe(2);
  });
});

describe('statesSize', () => {
  it('finds the size however the constraints write it', () => {
    expect(sizeSpellings(100_000)).toEqual(
      expect.arrayContaining(['100000', '100,000', '10⁵', '10^5', '1e5']),
    );
    expect(statesSize('Constraints: 1 ≤ n ≤ 10⁵.', 100_000)).toBe(true);
    expect(statesSize('at most 3·10⁴ calls', 30_000)).toBe(true);
    expect(statesSize('the list has 0 to 5000 nodes', 5000)).toBe(true);
    expect(statesSize('n ≤ 100,000, values up to 10^9', 100_000)).toBe(true);
  });

  it('does not take part of a larger number for the size', () => {
    expect(statesSize('at most 3·10⁴ calls', 10_000)).toBe(false);
    expect(statesSize('the list has 0 to 50000 nodes', 5000)).toBe(false);
    expect(statesSize('n ≤ 10⁵', 10)).toBe(false);
  });
});
