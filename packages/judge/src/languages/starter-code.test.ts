/**
 * The starter code the coding room shows (core's `starterStub`), filled in as a candidate would
 * and judged in the real sandbox: what the starter's signature promises, the judge keeps.
 */
import { starterStub, type Language, type Signature } from '@onsite/core';
import { describe, expect, it } from 'vitest';
import { createSandboxJudge } from '../sandbox-judge';
import { rotate, twoSum } from '../testing/problems';
import { detectToolchains } from '../toolchains';

const judge = createSandboxJudge();
const toolchains = detectToolchains();

/** The starter with `body` where its (only) method's empty body is. */
function filledIn(signature: Signature, language: Language, body: string): string {
  const stub = starterStub(signature, language);
  const empty = '{\n    }';
  if (!stub.includes(empty)) throw new Error(`no empty body in ${stub}`);
  return stub.replace(empty, `{\n${body}\n    }`);
}

const inPlaceRotate =
  '        k %= nums.size();\n        reverse(nums.begin(), nums.end());\n        reverse(nums.begin(), nums.begin() + k);\n        reverse(nums.begin() + k, nums.end());';

describe.runIf(toolchains.cpp.available)('C++ starter code in the judge', () => {
  it('takes the array by reference, so a correct in-place rotate is Accepted', async () => {
    const source = filledIn(rotate.signature, 'cpp', inPlaceRotate);
    expect(source).toContain('void rotate(vector<int>& nums, int k)');
    const result = await judge.judge({ spec: rotate, language: 'cpp', source, mode: 'submit' });
    expect(result.compileOutput ?? '').not.toMatch(/error/);
    expect(result.verdict).toBe('Accepted');
  });

  it('still compiles a by-value parameter and judges it on its merits: the rotated copy never reaches the caller', async () => {
    const source = filledIn(rotate.signature, 'cpp', inPlaceRotate).replace(
      'vector<int>& nums',
      'vector<int> nums',
    );
    const result = await judge.judge({ spec: rotate, language: 'cpp', source, mode: 'submit' });
    expect(result.verdict).toBe('Wrong Answer');
  });

  it('accepts a const reference or a copy where nothing is changed in place', async () => {
    const body =
      '        for (int i = 0; i < (int)nums.size(); i++)\n            for (int j = i + 1; j < (int)nums.size(); j++)\n                if (nums[i] + nums[j] == target) return {i, j};\n        return {};';
    const byReference = filledIn(twoSum.signature, 'cpp', body);
    for (const source of [
      byReference.replace('vector<int>& nums', 'const vector<int>& nums'),
      byReference.replace('vector<int>& nums', 'vector<int> nums'),
    ]) {
      const result = await judge.judge({ spec: twoSum, language: 'cpp', source, mode: 'submit' });
      expect(result.verdict, source).toBe('Accepted');
    }
  });
});

describe.runIf(toolchains.java.available)('Java starter code in the judge', () => {
  it('changes the array in place (Java passes arrays by reference): Accepted', async () => {
    const body =
      '        int n = nums.length;\n        k %= n;\n        int[] copy = nums.clone();\n        for (int i = 0; i < n; i++) nums[(i + k) % n] = copy[i];';
    const source = filledIn(rotate.signature, 'java', body);
    expect(source).toContain('public void rotate(int[] nums, int k)');
    const result = await judge.judge({ spec: rotate, language: 'java', source, mode: 'submit' });
    expect(result.verdict).toBe('Accepted');
  });
});
