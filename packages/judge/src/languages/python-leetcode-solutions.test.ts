/**
 * Solutions LeetCode accepts, judged here in the real sandbox: code that
 * looks its own module up (dataclasses with string annotations), code whose
 * every call leaves cyclic garbage behind (all tests share one process), and
 * code that brings its own imports.
 */
import { describe, expect, it } from 'vitest';
import { JudgeSpecSchema, type JudgeSpec } from '@onsite/core';
import { createSandboxJudge } from '../sandbox-judge';
import { detectToolchains } from '../toolchains';

const judge = createSandboxJudge();
const python = detectToolchains().python.available;

const functionSpec = (
  id: string,
  signature: Record<string, unknown>,
  tests: { args: unknown[]; expected: unknown }[],
  limits?: Partial<JudgeSpec['limits']>,
): JudgeSpec =>
  JudgeSpecSchema.parse({
    id,
    signature: { style: 'function', ...signature },
    tests: tests.map((test, k) => ({ ...test, sample: k === 0 })),
    ...(limits === undefined ? {} : { limits }),
  });

describe.runIf(python)('Python solutions LeetCode accepts', () => {
  it('accepts a @dataclass solution (dataclasses looks the module up in sys.modules to read string annotations)', async () => {
    const spec = functionSpec(
      'closest',
      { name: 'closest', params: [{ name: 'points', type: 'int[][]' }], returns: 'int[]' },
      [
        {
          args: [
            [
              [3, 4],
              [1, 1],
              [0, 5],
            ],
          ],
          expected: [1, 1],
        },
        { args: [[[2, 2]]], expected: [2, 2] },
      ],
    );
    const source = [
      'from dataclasses import dataclass',
      '',
      '@dataclass(frozen=True)',
      'class Point:',
      '    x: int',
      '    y: int',
      '',
      '    def norm(self) -> int:',
      '        return self.x * self.x + self.y * self.y',
      '',
      'class Solution:',
      '    def closest(self, points: List[List[int]]) -> List[int]:',
      '        best = min((Point(x, y) for x, y in points), key=Point.norm)',
      '        return [best.x, best.y]',
      '',
    ].join('\n');
    const result = await judge.judge({ spec, language: 'python', source, mode: 'submit' });
    expect(result.error).toBeNull();
    expect(result.verdict).toBe('Accepted');
  });

  it('does not charge a test for the garbage of the tests before it: twelve calls of ~40 MB of cyclic garbage each, under a limit one call fits in', async () => {
    // 64 MB for the problem (the runtime's own footprint comes on top): one call's 40 MB fits, two do not.
    const tests = Array.from({ length: 12 }, (_, k) => ({ args: [k], expected: k }));
    const spec = functionSpec(
      'churn',
      { name: 'churn', params: [{ name: 'n', type: 'int' }], returns: 'int' },
      tests,
      { timeLimitMs: 2000, memoryLimitMb: 64 },
    );
    // A list that contains itself: reference counting never frees it, only the cycle collector,
    // which counts objects (one here), not bytes.
    const source =
      'def churn(n):\n    block = [n] * 5_000_000\n    block.append(block)\n    return block[0]\n';
    const result = await judge.judge({ spec, language: 'python', source, mode: 'submit' });
    expect(result.error).toBeNull();
    expect(result.verdict).toBe('Accepted');
    expect(result.passed).toBe(12);
    // The peak reported per test holds still instead of climbing by 40 MB a test.
    const memory = result.tests.map((test) => test.memoryKb ?? 0);
    expect(Math.max(...memory) - Math.min(...memory)).toBeLessThan(20 * 1024);
  });

  it('accepts a recursive functools.cache solution over a hundred tests (each call leaves its cache behind in a cycle)', async () => {
    const MOD = 1_000_000_007;
    const fibonacciMod = (n: number): number => {
      let [a, b] = [1n, 1n];
      for (let i = 2; i <= n; i++) [a, b] = [b, a + b];
      return Number((n <= 1 ? 1n : b) % BigInt(MOD));
    };
    const tests = Array.from({ length: 100 }, (_, k) => {
      const n = 8000 + k;
      return { args: [n], expected: fibonacciMod(n) };
    });
    const spec = functionSpec(
      'climb',
      { name: 'climbStairs', params: [{ name: 'n', type: 'int' }], returns: 'int' },
      tests,
      { timeLimitMs: 2000, memoryLimitMb: 64 },
    );
    // The cache holds ~8,000 big integers (~3 MB); the nested function refers to itself, so the
    // cache is cyclic garbage once the call returns: 100 calls left ~300 MB without collections.
    const source = [
      'from functools import cache',
      '',
      'class Solution:',
      '    def climbStairs(self, n: int) -> int:',
      '        @cache',
      '        def ways(i: int) -> int:',
      '            return 1 if i <= 1 else ways(i - 1) + ways(i - 2)',
      '        return ways(n) % 1_000_000_007',
      '',
    ].join('\n');
    const result = await judge.judge({ spec, language: 'python', source, mode: 'submit' });
    expect(result.error).toBeNull();
    expect(result.verdict).toBe('Accepted');
    expect(result.passed).toBe(100);
  });

  it('accepts a solution written with its own imports: from typing import *, dataclasses, functools.cache, three-argument pow, import bisect', async () => {
    const spec = functionSpec(
      'rank',
      {
        name: 'rankPowers',
        params: [
          { name: 'nums', type: 'int[]' },
          { name: 'm', type: 'int' },
        ],
        returns: 'int[]',
      },
      [
        { args: [[5, 3, 12345, 3, 99], 97], expected: [2641, 731, 4355, 731, 3542] },
        { args: [[2, 1], 13], expected: [1051, 11] },
      ],
    );
    const source = [
      'from typing import *',
      'from dataclasses import dataclass, field',
      'from functools import cache',
      'import bisect',
      '',
      '@dataclass(order=True)',
      'class Entry:',
      '    value: int',
      '    index: int = field(compare=False)',
      '',
      'class Solution:',
      '    def rankPowers(self, nums: List[int], m: int) -> List[int]:',
      '        entries = sorted(Entry(x, i) for i, x in enumerate(nums))',
      '        values = [e.value for e in entries]',
      '',
      '        @cache',
      '        def digits(x: int) -> int:',
      '            return 1 if x < 10 else 1 + digits(x // 10)',
      '',
      '        out = [0] * len(nums)',
      '        for e in entries:',
      '            out[e.index] = bisect.bisect_left(values, e.value) * 1000 + pow(e.value, e.value + 7, m) * 10 + digits(e.value)',
      '        return out',
      '',
    ].join('\n');
    const result = await judge.judge({ spec, language: 'python', source, mode: 'submit' });
    expect(result.error).toBeNull();
    expect(result.verdict).toBe('Accepted');
  });
});
