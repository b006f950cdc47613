/**
 * Compares an actual result with the expected one, on the host: expected
 * outputs never enter the sandbox. Doubles compare within a tolerance
 * (absolute or relative), as LeetCode does for `double` returns.
 */
import { DomainError, type Comparison, type JudgeSpec } from '@onsite/core';

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

export function deepMatch(
  expected: unknown,
  actual: unknown,
  tolerance: Tolerance | null,
): boolean {
  if (typeof expected === 'number' && typeof actual === 'number')
    return numbersMatch(expected, actual, tolerance);
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      expected.length === actual.length &&
      expected.every((item, i) => deepMatch(item, actual[i], tolerance))
    );
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const keys = Object.keys(e);
    return (
      keys.length === Object.keys(a).length &&
      keys.every((key) => key in a && deepMatch(e[key], a[key], tolerance))
    );
  }
  // LeetCode writes a char as a one-letter string; both sides arrive as JSON.
  return expected === actual;
}

/** JSON kinds in the order a total order puts them. */
function kindRank(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'boolean') return 1;
  if (typeof value === 'number') return 2;
  if (typeof value === 'string') return 3;
  if (Array.isArray(value)) return 4;
  return 5;
}

/**
 * A total order on JSON values that orders numbers by value (not by their
 * text: "10" < "9"), so that two multisets of doubles, sorted, pair up the
 * items a tolerance should compare.
 */
export function compareJson(a: unknown, b: unknown): number {
  const rank = kindRank(a) - kindRank(b);
  if (rank !== 0) return rank;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = compareJson(a[i], b[i]);
      if (order !== 0) return order;
    }
    return a.length - b.length;
  }
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A stable order for any JSON value, so multisets can be compared by sorting. */
function canonical(value: unknown, nested: boolean): unknown {
  if (!Array.isArray(value) || !nested) return value;
  return value.map((item: unknown) => canonical(item, true)).sort(compareJson);
}

/** Past this many items a multiset is matched by sorting alone (pairing item by item is quadratic). */
const PAIRING_LIMIT = 2000;

/**
 * Multisets equal item for item. Sorted, equal multisets line up; within a
 * tolerance two nearly equal values can still sort apart (1.9999999 before 2
 * on one side, 2.0000001 after it on the other), so a failed line-up is
 * retried by pairing each expected item with any unused actual item.
 */
function sameMultiset(
  expected: readonly unknown[],
  actual: readonly unknown[],
  tolerance: Tolerance | null,
  nested: boolean,
): boolean {
  if (expected.length !== actual.length) return false;
  const e = expected.map((item) => canonical(item, nested)).sort(compareJson);
  const a = actual.map((item) => canonical(item, nested)).sort(compareJson);
  if (deepMatch(e, a, tolerance)) return true;
  if (tolerance === null || e.length > PAIRING_LIMIT) return false;
  const used = new Array<boolean>(a.length).fill(false);
  return e.every((item) => {
    const index = a.findIndex((candidate, i) => !used[i] && deepMatch(item, candidate, tolerance));
    if (index < 0) return false;
    used[index] = true;
    return true;
  });
}

type Checker = (args: unknown[], expected: unknown, actual: unknown) => unknown;

/**
 * Builds a checker from the spec's JavaScript. Specs are authored like the
 * bank (trusted by whoever runs the judge), never by the candidate, and the
 * candidate's output reaches the checker only as parsed JSON data. A checker
 * that does not compile is the spec's mistake, not the solution's: a
 * VALIDATION_FAILED naming `field` (where the caller holds the source).
 */
export function compileChecker(source: string, field = 'comparison.source'): Checker {
  // The spec may give a function expression `(args, expected, actual) => ...` or just its body.
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const fn = (new Function(`"use strict"; return (${source});`) as () => unknown)();
    if (typeof fn === 'function') return fn as Checker;
  } catch {
    // Not an expression: read it as a body.
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    return new Function('args', 'expected', 'actual', `"use strict"; ${source}`) as Checker;
  } catch (error) {
    const message = `The spec's checker (comparison.source) does not compile: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
    throw new DomainError('VALIDATION_FAILED', message, { [field]: message }, { cause: error });
  }
}

/** Whether values of this spec type are compared within a tolerance by default. */
const isDouble = (type: string): boolean => type.startsWith('double');

/**
 * The default tolerance for each compared value: a function's return (or
 * mutated argument), or, for a design class, each call by its method's return
 * type, so an int method is exact even when another method returns double.
 */
function defaultToleranceOf(
  spec: JudgeSpec,
): (args: readonly unknown[]) => Tolerance | null | readonly (Tolerance | null)[] {
  const signature = spec.signature;
  if (signature.style === 'function') {
    const compared =
      signature.mutates === undefined
        ? signature.returns
        : (signature.params.find((p) => p.name === signature.mutates)?.type ?? '');
    const tolerance = isDouble(compared) ? DEFAULT_TOLERANCE : null;
    return () => tolerance;
  }
  const returns = new Map(signature.methods.map((method) => [method.name, method.returns]));
  return (args) => {
    const calls = Array.isArray(args[0]) ? (args[0] as unknown[]) : [];
    return calls.map((name, index) =>
      index > 0 && typeof name === 'string' && isDouble(returns.get(name) ?? '')
        ? DEFAULT_TOLERANCE
        : null,
    );
  };
}

/** Deep equality where a design class's results may carry one tolerance per call. */
function matchWith(
  expected: unknown,
  actual: unknown,
  tolerance: Tolerance | null | readonly (Tolerance | null)[],
): boolean {
  if (tolerance === null || !Array.isArray(tolerance))
    return deepMatch(expected, actual, tolerance as Tolerance | null);
  const perCall = tolerance as readonly (Tolerance | null)[];
  return (
    Array.isArray(expected) &&
    Array.isArray(actual) &&
    expected.length === actual.length &&
    expected.every((item, i) => deepMatch(item, actual[i], perCall[i] ?? null))
  );
}

export interface ComparisonOutcome {
  readonly match: boolean;
  /** Why it did not match, when the reason is worth showing (a checker that threw). */
  readonly note?: string;
}

export interface Comparer {
  compare(args: readonly unknown[], expected: unknown, actual: unknown): ComparisonOutcome;
  matches(args: readonly unknown[], expected: unknown, actual: unknown): boolean;
}

/** Throws VALIDATION_FAILED when the spec's checker does not compile. */
export function createComparer(spec: JudgeSpec): Comparer {
  const comparison: Comparison = spec.comparison;
  const defaultTolerance = defaultToleranceOf(spec);
  const compare = ((): Comparer['compare'] => {
    switch (comparison.mode) {
      case 'exact':
        return (args, expected, actual) => ({
          match: matchWith(expected, actual, defaultTolerance(args)),
        });
      case 'float': {
        const tolerance = { abs: comparison.absTolerance, rel: comparison.relTolerance };
        return (_args, expected, actual) => ({ match: deepMatch(expected, actual, tolerance) });
      }
      case 'any-order':
        return (args, expected, actual) => {
          const tolerance = defaultTolerance(args);
          if (
            !Array.isArray(expected) ||
            !Array.isArray(actual) ||
            (tolerance !== null && Array.isArray(tolerance))
          ) {
            return { match: matchWith(expected, actual, tolerance) };
          }
          return {
            match: sameMultiset(expected, actual, tolerance as Tolerance | null, comparison.nested),
          };
        };
      case 'checker': {
        const checker = compileChecker(comparison.source);
        return (args, expected, actual) => {
          try {
            return { match: checker([...args], expected, actual) === true };
          } catch (error) {
            // A checker may trip over an answer of the wrong shape (null, a string): the answer is wrong,
            // and what the checker said helps both the candidate and the problem's author.
            const reason =
              error instanceof Error ? `${error.name}: ${error.message}` : String(error);
            return {
              match: false,
              note: `the problem's checker could not accept this answer (${reason.slice(0, 300)})`,
            };
          }
        };
      }
    }
  })();
  return { compare, matches: (args, expected, actual) => compare(args, expected, actual).match };
}
