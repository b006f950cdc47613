import { describe, expect, it } from 'vitest';
import { starterStub } from './starter-code';
import type { Signature } from './judge-spec';

const pair: Signature = {
  style: 'function',
  name: 'pairWithTargetSum',
  params: [
    { name: 'nums', type: 'int[]' },
    { name: 'target', type: 'int' },
  ],
  returns: 'int[]',
};
const rotate: Signature = {
  style: 'function',
  name: 'rotate',
  params: [
    { name: 'nums', type: 'int[]' },
    { name: 'k', type: 'int' },
  ],
  returns: 'void',
  mutates: 'nums',
};

describe('starterStub', () => {
  it('writes a typed stub from the signature in every language', () => {
    expect(starterStub(pair, 'java')).toContain(
      'public int[] pairWithTargetSum(int[] nums, int target)',
    );
    expect(starterStub(pair, 'typescript')).toContain(
      'function pairWithTargetSum(nums: number[], target: number): number[]',
    );
    expect(starterStub(pair, 'python')).toBe('def pairWithTargetSum(nums, target):\n    pass\n');
  });

  it("follows LeetCode's C++ templates: every container by reference, so an in-place change reaches the judge", () => {
    expect(starterStub(rotate, 'cpp')).toBe(
      'class Solution {\npublic:\n    void rotate(vector<int>& nums, int k) {\n    }\n};\n',
    );
    expect(starterStub(pair, 'cpp')).toContain(
      'vector<int> pairWithTargetSum(vector<int>& nums, int target)',
    );
    const grid: Signature = {
      style: 'function',
      name: 'count',
      params: [{ name: 'grid', type: 'char[][]' }],
      returns: 'int',
    };
    expect(starterStub(grid, 'cpp')).toContain('int count(vector<vector<char>>& grid)');
  });

  it('passes a C++ string by reference only where the problem changes it in place', () => {
    const reverseWords: Signature = {
      style: 'function',
      name: 'reverseWords',
      params: [{ name: 's', type: 'string' }],
      returns: 'void',
      mutates: 's',
    };
    const isPalindrome: Signature = {
      style: 'function',
      name: 'isPalindrome',
      params: [{ name: 's', type: 'string' }],
      returns: 'bool',
    };
    expect(starterStub(reverseWords, 'cpp')).toContain('void reverseWords(string& s)');
    expect(starterStub(isPalindrome, 'cpp')).toContain('bool isPalindrome(string s)');
  });

  it('writes a class with its methods for design problems, constructor containers by reference in C++', () => {
    const stack: Signature = {
      style: 'class',
      className: 'MinStack',
      constructorParams: [],
      methods: [{ name: 'push', params: [{ name: 'value', type: 'int' }], returns: 'void' }],
    };
    expect(starterStub(stack, 'python')).toBe(
      'class MinStack:\n    def __init__(self):\n        pass\n\n    def push(self, value):\n        pass\n',
    );
    const sums: Signature = {
      style: 'class',
      className: 'NumArray',
      constructorParams: [{ name: 'nums', type: 'int[]' }],
      methods: [
        {
          name: 'sumRange',
          params: [
            { name: 'left', type: 'int' },
            { name: 'right', type: 'int' },
          ],
          returns: 'int',
        },
      ],
    };
    expect(starterStub(sums, 'cpp')).toBe(
      'class NumArray {\npublic:\n    NumArray(vector<int>& nums) {\n    }\n\n    int sumRange(int left, int right) {\n    }\n};\n',
    );
  });
});
