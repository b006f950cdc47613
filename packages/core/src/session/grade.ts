import type { HiringLevel } from '../rounds/types';

/** Rounds down: the mean of levels 1 to 4 never falls outside them. */
const levelAtOrBelow = (mean: number): HiringLevel =>
  mean >= 4 ? 4 : mean >= 3 ? 3 : mean >= 2 ? 2 : 1;

const meanOf = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * A session's grade (the history line) from its finished, scored rounds. Score: the mean of
 * their scores, rounded. Level: the mean of their levels rounded DOWN, because a loop with one
 * "hire" and one "lean no hire" is not a hire. Null until a round is scored.
 */
export const gradeOfRounds = (
  scored: readonly { readonly score: number; readonly level: HiringLevel }[],
): { score: number | null; level: HiringLevel | null } =>
  scored.length === 0
    ? { score: null, level: null }
    : {
        score: Math.round(meanOf(scored.map((round) => round.score))),
        level: levelAtOrBelow(meanOf(scored.map((round) => round.level))),
      };
