import { JudgeSpecSchema } from '@onsite/core';
import { describe, expect, it } from 'vitest';
import { compareJson, createComparer, deepMatch } from './compare';

const specWith = (returns: string, comparison: unknown) =>
  JudgeSpecSchema.parse({
    id: 'p',
    signature: { style: 'function', name: 'f', params: [], returns },
    tests: [{ args: [], expected: null }],
    comparison,
  });

describe('comparing results on the host', () => {
  it('compares arrays exactly, element by element', () => {
    expect(deepMatch([1, [2, 3]], [1, [2, 3]], null)).toBe(true);
    expect(deepMatch([1, 2], [2, 1], null)).toBe(false);
    expect(deepMatch([1, 2], [1, 2, 3], null)).toBe(false);
    expect(deepMatch('a', ['a'], null)).toBe(false);
  });

  it('accepts doubles within 1e-5 absolute or relative by default for double returns', () => {
    const comparer = createComparer(specWith('double', { mode: 'exact' }));
    expect(comparer.matches([], 2.5, 2.500001)).toBe(true);
    expect(comparer.matches([], 1e9, 1.001e9)).toBe(false);
    expect(comparer.matches([], 1e9, 1e9 + 1)).toBe(true);
    expect(comparer.matches([], 2.5, 2.6)).toBe(false);
  });

  it('does not apply a tolerance to integer returns', () => {
    expect(createComparer(specWith('int', { mode: 'exact' })).matches([], 3, 3.000001)).toBe(false);
  });

  it('compares any-order results as multisets, nested ones too when asked', () => {
    const top = createComparer(specWith('int[][]', { mode: 'any-order' }));
    expect(top.matches([], [[1, 2], [3]], [[3], [1, 2]])).toBe(true);
    expect(top.matches([], [[1, 2], [3]], [[3], [2, 1]])).toBe(false);
    expect(top.matches([], [1, 1, 2], [1, 2, 2])).toBe(false);
    const nested = createComparer(specWith('int[][]', { mode: 'any-order', nested: true }));
    expect(nested.matches([], [[1, 2], [3]], [[3], [2, 1]])).toBe(true);
  });

  it('uses the float mode tolerances given by the spec', () => {
    const comparer = createComparer(
      specWith('double[]', { mode: 'float', absTolerance: 0.1, relTolerance: 0 }),
    );
    expect(comparer.matches([], [1, 2], [1.05, 1.95])).toBe(true);
    expect(comparer.matches([], [1, 2], [1.2, 2])).toBe(false);
  });

  it('runs a checker given as a function or as a body, and treats a throwing checker as a mismatch', () => {
    const asFunction = createComparer(
      specWith('int', {
        mode: 'checker',
        source: '(args, expected, actual) => actual % 2 === expected % 2',
      }),
    );
    expect(asFunction.matches([], 4, 10)).toBe(true);
    expect(asFunction.matches([], 4, 7)).toBe(false);
    const asBody = createComparer(
      specWith('int', { mode: 'checker', source: 'return actual > expected;' }),
    );
    expect(asBody.matches([], 4, 5)).toBe(true);
    const throwing = createComparer(
      specWith('int', { mode: 'checker', source: 'throw new Error("bad")' }),
    );
    expect(throwing.matches([], 4, 5)).toBe(false);
  });

  it('orders numbers by value, not by their text, so any-order doubles pair up within the tolerance', () => {
    expect([10, 9, 1.5, -2].sort(compareJson)).toEqual([-2, 1.5, 9, 10]);
    const doubles = createComparer(specWith('double[]', { mode: 'any-order' }));
    expect(doubles.matches([], [10.0, 9.0], [9.000000001, 9.999999999])).toBe(true);
    expect(doubles.matches([], [2, 10], [10, 1.999999999])).toBe(true);
    expect(doubles.matches([], [2, 10], [10, 1.9])).toBe(false);
    const pairs = createComparer(specWith('double[][]', { mode: 'any-order' }));
    // Sorted, [1.0000001, 5] and [1, 9] line up the wrong way round; pairing item by item finds the match.
    expect(
      pairs.matches(
        [],
        [
          [1, 5],
          [1.0000001, 9],
        ],
        [
          [1, 9],
          [1.0000001, 5],
        ],
      ),
    ).toBe(true);
    expect(
      pairs.matches(
        [],
        [
          [1, 5],
          [1, 9],
        ],
        [
          [1, 5],
          [1, 8],
        ],
      ),
    ).toBe(false);
  });

  it('compares a design class call by call: a method returning int stays exact when another returns double', () => {
    const spec = JudgeSpecSchema.parse({
      id: 'stats',
      signature: {
        style: 'class',
        className: 'Stats',
        constructorParams: [],
        methods: [
          { name: 'total', params: [], returns: 'long' },
          { name: 'mean', params: [], returns: 'double' },
        ],
      },
      tests: [
        {
          args: [
            ['Stats', 'total', 'mean'],
            [[], [], []],
          ],
          expected: [null, 4000000001, 2.5],
        },
      ],
    });
    const comparer = createComparer(spec);
    const calls = [
      ['Stats', 'total', 'mean'],
      [[], [], []],
    ];
    expect(comparer.matches(calls, [null, 4000000001, 2.5], [null, 4000000001, 2.500001])).toBe(
      true,
    );
    expect(comparer.matches(calls, [null, 4000000001, 2.5], [null, 4000000001 - 37, 2.5])).toBe(
      false,
    );
  });

  it("says what a checker threw, and refuses a checker that does not compile as the spec's fault", () => {
    const reading = createComparer(
      specWith('int[]', { mode: 'checker', source: 'return actual.length === expected.length' }),
    );
    expect(reading.compare([], [1], null)).toEqual({
      match: false,
      note: expect.stringContaining('TypeError: Cannot read properties of null') as string,
    });
    expect(() =>
      createComparer(specWith('int', { mode: 'checker', source: 'return (actual ==' })),
    ).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        fields: { 'comparison.source': expect.stringContaining('SyntaxError') as string },
      }) as Error,
    );
    expect(() =>
      createComparer(specWith('int', { mode: 'checker', source: 'return (actual ==' })),
    ).toThrow(/checker \(comparison.source\) does not compile: SyntaxError/);
  });
});
