import type { Signature } from '@onsite/core';
import { describe, expect, it } from 'vitest';
import { starterFor, stubFor } from './starter-code';

const pair: Signature = { style: 'function', name: 'pairWithTargetSum', params: [{ name: 'nums', type: 'int[]' }, { name: 'target', type: 'int' }], returns: 'int[]' };

describe('starter code', () => {
  it('prefers the question’s own starter code', () => {
    expect(starterFor({ signature: pair, starterCode: { python: 'def pairWithTargetSum(nums, target):\n    pass\n' } }, 'python')).toContain('def pairWithTargetSum');
  });

  it('writes a typed stub from the signature for other languages', () => {
    expect(stubFor(pair, 'java')).toContain('public int[] pairWithTargetSum(int[] nums, int target)');
    expect(stubFor(pair, 'cpp')).toContain('vector<int> pairWithTargetSum(vector<int> nums, int target)');
    expect(stubFor(pair, 'typescript')).toContain('function pairWithTargetSum(nums: number[], target: number): number[]');
  });

  it('writes a class with its methods for design problems', () => {
    const stack: Signature = { style: 'class', className: 'MinStack', constructorParams: [], methods: [{ name: 'push', params: [{ name: 'value', type: 'int' }], returns: 'void' }] };
    expect(stubFor(stack, 'python')).toBe('class MinStack:\n    def __init__(self):\n        pass\n\n    def push(self, value):\n        pass\n');
  });
});
