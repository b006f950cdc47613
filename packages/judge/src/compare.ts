/**
 * Compares an actual result with the expected one, on the host: expected
 * outputs never enter the sandbox. Doubles compare within a tolerance
 * (absolute or relative), as LeetCode does for `double` returns.
 */
import type { Comparison, JudgeSpec } from '@onsite/core';

export interface Tolerance {
  readonly abs: number;
  readonly rel: number;
}

const DEFAULT_TOLERANCE: Tolerance = { abs: 1e-5, rel: 1e-5 };

function numbersMatch(expected: number, actual: number, tolerance: Tolerance | null): boolean {
  if (expected === actual) return true;
  if (tolerance === null) return false;
  const diff = Math.abs(expected - actual);
  return diff <= tolerance.abs || diff <= tolerance.rel * Math.abs(expected);
}

export function deepMatch(expected: unknown, actual: unknown, tolerance: Tolerance | null): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return numbersMatch(expected, actual, tolerance);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length === actual.length && expected.every((item, i) => deepMatch(item, actual[i], tolerance));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const keys = Object.keys(e);
    return keys.length === Object.keys(a).length && keys.every((key) => key in a && deepMatch(e[key], a[key], tolerance));
  }
  // LeetCode writes a char as a one-letter string; both sides arrive as JSON.
  return expected === actual;
}

/** A stable order for any JSON value, so multisets can be compared by sorting. */
function canonical(value: unknown, nested: boolean): unknown {
  if (!Array.isArray(value)) return value;
  const items: unknown[] = nested ? value.map((item: unknown) => canonical(item, true)) : value;
  return nested ? [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0)) : items;
}

function sortTop(value: unknown[]): unknown[] {
  return [...value].sort((a, b) => {
    const x = JSON.stringify(a);
    const y = JSON.stringify(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

type Checker = (args: unknown[], expected: unknown, actual: unknown) => unknown;

/**
 * Builds a checker from the spec's JavaScript. Specs are authored like the
 * bank (trusted by whoever runs the judge), never by the candidate, and the
 * candidate's output reaches the checker only as parsed JSON data.
 */
export function compileChecker(source: string): Checker {
  // The spec may give a function expression `(args, expected, actual) => ...` or just its body.
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const fn = (new Function(`"use strict"; return (${source});`) as () => unknown)();
    if (typeof fn === 'function') return fn as Checker;
  } catch {
    // Not an expression: read it as a body.
  }
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('args', 'expected', 'actual', `"use strict"; ${source}`) as Checker;
}

function usesDouble(spec: JudgeSpec): boolean {
  const signature = spec.signature;
  if (signature.style === 'function') {
    const compared = signature.mutates === undefined ? signature.returns : signature.params.find((p) => p.name === signature.mutates)?.type ?? '';
    return compared.startsWith('double');
  }
  return signature.methods.some((m) => m.returns.startsWith('double'));
}

export interface Comparer {
  matches(args: readonly unknown[], expected: unknown, actual: unknown): boolean;
}

export function createComparer(spec: JudgeSpec): Comparer {
  const comparison: Comparison = spec.comparison;
  const defaultTolerance = usesDouble(spec) ? DEFAULT_TOLERANCE : null;
  switch (comparison.mode) {
    case 'exact':
      return { matches: (_args, expected, actual) => deepMatch(expected, actual, defaultTolerance) };
    case 'float': {
      const tolerance = { abs: comparison.absTolerance, rel: comparison.relTolerance };
      return { matches: (_args, expected, actual) => deepMatch(expected, actual, tolerance) };
    }
    case 'any-order':
      return {
        matches: (_args, expected, actual) => {
          if (!Array.isArray(expected) || !Array.isArray(actual)) return deepMatch(expected, actual, defaultTolerance);
          const e = sortTop(expected.map((item) => canonical(item, comparison.nested)));
          const a = sortTop(actual.map((item) => canonical(item, comparison.nested)));
          return deepMatch(e, a, defaultTolerance);
        },
      };
    case 'checker': {
      const checker = compileChecker(comparison.source);
      return {
        matches: (args, expected, actual) => {
          try {
            return checker([...args], expected, actual) === true;
          } catch {
            return false;
          }
        },
      };
    }
  }
}
