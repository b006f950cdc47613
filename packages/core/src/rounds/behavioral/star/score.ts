import type { StarFlag } from '../flags';
import type { FlagFinding, HiringLevel } from '../../types';
import type { ProbeOutcome } from '../evaluation';
import type { WeightedJudgement } from './dimensions';
import { isEvasive } from './probe-outcomes';

/**
 * The overall score is the weighted mean of the dimension levels on a 0–100
 * scale. Level points are spaced so that "hire" on every dimension lands at
 * 72 and "lean no hire" everywhere at 40: a hiring committee reads a row of
 * 3s as a hire and a row of 2s as a clear no.
 */
const LEVEL_POINTS: Readonly<Record<HiringLevel, number>> = { 1: 10, 2: 40, 3: 72, 4: 95 };

/** Score bands for the overall level. */
const LEVEL_FROM_SCORE: ReadonlyArray<readonly [number, HiringLevel]> = [
  [84, 4],
  [62, 3],
  [38, 2],
];

/**
 * Some flags rule out a hire whatever else the answer does well: a story
 * without what you did or how it ended, blaming others, or a failure
 * question answered without any lesson. Each caps the score below "hire".
 */
const SCORE_CAPS: ReadonlyArray<readonly [StarFlag, number]> = [
  ['missing-action', 55],
  ['missing-result', 55],
  ['blames-others', 50],
  ['no-learning', 58],
];

export const levelFromScore = (score: number): HiringLevel =>
  LEVEL_FROM_SCORE.find(([minimum]) => score >= minimum)?.[1] ?? 1;

/**
 * A story that does not survive its follow-ups: every probe (two or more) was
 * left unanswered, dodged, ignored or contradicted. An interviewer cannot
 * trust the main answer then, however good it sounded.
 */
export const EVASIVE_PROBES_CAP = 55;

export const overallScore = (
  dimensions: readonly WeightedJudgement[],
  findings: readonly FlagFinding<StarFlag>[],
  probes: readonly ProbeOutcome[] = [],
): number => {
  const totalWeight = dimensions.reduce((total, dimension) => total + dimension.weight, 0);
  const weighted =
    totalWeight === 0
      ? 0
      : dimensions.reduce(
          (total, dimension) => total + LEVEL_POINTS[dimension.level] * dimension.weight,
          0,
        ) / totalWeight;
  const raised = new Set(findings.map((found) => found.flag));
  const flagCap = SCORE_CAPS.reduce(
    (lowest, [flag, limit]) => (raised.has(flag) ? Math.min(lowest, limit) : lowest),
    100,
  );
  const cap =
    probes.length >= 2 && probes.every(isEvasive) ? Math.min(flagCap, EVASIVE_PROBES_CAP) : flagCap;
  return Math.round(Math.min(weighted, cap));
};
