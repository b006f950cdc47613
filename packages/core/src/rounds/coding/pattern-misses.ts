import type { NextStep } from '../types';
import { CODING_PATTERN_LABEL, CODING_PATTERNS, type CodingPattern } from './question';

/**
 * Where the misses cluster across rounds: "3 of your last 5 misses were sliding-window problems".
 * A miss is a round that ended without Accepted or below hire; a problem counts under its main
 * (first) pattern, as the bank orders them.
 */

/** How many of the latest misses are read. */
export const PATTERN_MISS_WINDOW = 5;

/** One finished coding round, as the pattern count reads it. */
export interface CodingAttempt {
  /** The problem's patterns, main one first. */
  readonly patterns: readonly string[];
  readonly missed: boolean;
}

/** A round is a miss when its code was not Accepted or it was scored below hire. */
export const isCodingMiss = (evaluation: { readonly verdict: string; readonly level: number }) =>
  evaluation.verdict !== 'Accepted' || evaluation.level <= 2;

const isPattern = (value: string | undefined): value is CodingPattern =>
  CODING_PATTERNS.some((pattern) => pattern === value);

/**
 * The next step toward the pattern most of the latest misses share (`attempts` newest first), or
 * null when no pattern accounts for two of them.
 */
export const patternMissStep = (attempts: readonly CodingAttempt[]): NextStep | null => {
  const misses = attempts.filter((attempt) => attempt.missed).slice(0, PATTERN_MISS_WINDOW);
  const counts = new Map<CodingPattern, number>();
  for (const miss of misses) {
    const main = miss.patterns[0];
    if (isPattern(main)) counts.set(main, (counts.get(main) ?? 0) + 1);
  }
  // The most frequent; on a tie, the one missed most recently (Map keeps first-seen order).
  let top: { pattern: CodingPattern; count: number } | null = null;
  for (const [pattern, count] of counts)
    if (top === null || count > top.count) top = { pattern, count };
  if (top === null || top.count < 2) return null;
  return {
    id: `pattern-misses-${top.pattern}`,
    text: `${top.count} of your last ${misses.length} misses were ${CODING_PATTERN_LABEL[top.pattern]} problems: practise another one next, and say the pattern out loud before you code.`,
    action: { kind: 'practice', pattern: top.pattern },
  };
};
