import type { Signature } from '@onsite/core';
import { describe, expect, it } from 'vitest';
import { starterFor } from './starter-code';

const pair: Signature = {
  style: 'function',
  name: 'pairWithTargetSum',
  params: [
    { name: 'nums', type: 'int[]' },
    { name: 'target', type: 'int' },
  ],
  returns: 'int[]',
};

describe('starter code', () => {
  it('prefers the question’s own starter code', () => {
    expect(
      starterFor(
        {
          signature: pair,
          starterCode: { python: 'def pairWithTargetSum(nums, target):\n    pass\n' },
        },
        'python',
      ),
    ).toContain('def pairWithTargetSum');
  });

  it('writes a typed stub from the signature for other languages, containers by reference in C++ as LeetCode does', () => {
    expect(
      starterFor(
        {
          signature: pair,
          starterCode: { python: 'def pairWithTargetSum(nums, target):\n    pass\n' },
        },
        'cpp',
      ),
    ).toContain('vector<int> pairWithTargetSum(vector<int>& nums, int target)');
  });
});
