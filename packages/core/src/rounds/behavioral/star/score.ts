import type { StarFlag } from '../flags';
import type { Evidence, FlagFinding, HiringLevel } from '../../types';
import type { ProbeOutcome, ScoreBreakdown, ScoreCap, ScoreCapSource } from '../evaluation';
import type { WeightedJudgement } from './dimensions';
import type { ImpactClaims } from './impact-claims';
import { isEvasive } from './probe-outcomes';

/**
 * The overall score is the weighted mean of the dimension levels on a 0–100
 * scale, less a little for each finding, held under the ceilings of the
 * findings that rule a level out. Level points are spaced so that "hire" on
 * every dimension lands at 72 and "lean no hire" everywhere at 40: a hiring
 * committee reads a row of 3s as a hire and a row of 2s as a clear no.
 */
export const LEVEL_POINTS: Readonly<Record<HiringLevel, number>> = { 1: 10, 2: 40, 3: 72, 4: 95 };

/** Score bands for the overall level: the lowest score of each level. */
const LEVEL_FROM_SCORE: ReadonlyArray<readonly [number, HiringLevel]> = [
  [84, 4],
  [62, 3],
  [38, 2],
];

export const levelFromScore = (score: number): HiringLevel =>
  LEVEL_FROM_SCORE.find(([minimum]) => score >= minimum)?.[1] ?? 1;

/**
 * Each finding a bar raiser would probe costs this many points, up to the
 * maximum: two answers at the same levels are told apart by how much is
 * left to ask. Length flags are advice, never a cost: a concise story is
 * not worse for being concise, nor a long one better for its length.
 */
export const FINDING_COST = { perFinding: 2, maximum: 10 } as const;
const ADVICE_ONLY: ReadonlySet<StarFlag> = new Set(['too-short', 'too-long']);
/** Flags a dimension already judges in full, so they cost nothing more here: "we" is ownership's to weigh. */
const JUDGED_ELSEWHERE: ReadonlySet<StarFlag> = new Set(['we-not-i']);

/**
 * Findings that rule a level out whatever else the answer does well, with the
 * highest score each allows. No step of your own is no hire; blame, no
 * ending, an implausible figure, a lesson missing where one was asked for,
 * or follow-ups all evaded, is at most lean no hire.
 */
const CAP_RULES: ReadonlyArray<{
  readonly source: ScoreCapSource;
  readonly ceiling: number;
  readonly reason: string;
}> = [
  {
    source: 'missing-action',
    ceiling: 30,
    reason:
      'No step you took yourself: an interviewer cannot hire on a story without your actions.',
  },
  {
    source: 'implausible-figures',
    ceiling: 45,
    reason: 'A figure no single change plausibly achieves makes the whole result hard to believe.',
  },
  {
    source: 'blames-others',
    ceiling: 50,
    reason: 'Blaming others for the outcome is a red flag a strong story cannot outweigh.',
  },
  {
    source: 'off-topic',
    ceiling: 55,
    reason:
      'The answer does not show what the question asks about, so it is no evidence for it, however good the story.',
  },
  {
    source: 'missing-result',
    ceiling: 55,
    reason: 'Without an ending nobody can tell whether your actions worked.',
  },
  {
    source: 'evasive-probes',
    ceiling: 55,
    reason: 'Every follow-up was left unanswered or dodged, so the main answer cannot be trusted.',
  },
  {
    source: 'no-learning',
    ceiling: 58,
    reason: 'The question asks what you learned, and no lesson is given.',
  },
];

/** Each cap beyond the first lowers the ceiling this much more: blame and no lesson together are worse than either. */
export const COMPOUNDING_CAP = 5;

/**
 * Below `ceiling - SOFT_BAND` a score is untouched; above it, what is left
 * is squeezed into the band, so capped answers keep their order (a capped
 * story with strong actions still outranks a capped one without) and none
 * reaches the ceiling.
 */
const SOFT_BAND = 12;
const underCeiling = (value: number, ceiling: number): number => {
  const knee = ceiling - SOFT_BAND;
  if (value <= knee) return value;
  return knee + ((value - knee) * SOFT_BAND) / (100 - knee);
};

export interface ScoreInput {
  readonly dimensions: readonly WeightedJudgement[];
  readonly findings: readonly FlagFinding<StarFlag>[];
  readonly probes?: readonly ProbeOutcome[];
  readonly claims?: Pick<ImpactClaims, 'implausible' | 'discounted'>;
}

/** Which caps apply, with the evidence that triggered each. */
const capsThatApply = (input: ScoreInput): Array<Omit<ScoreCap, 'binding'>> => {
  const probes = input.probes ?? [];
  const evidenceFor = (source: ScoreCapSource): readonly Evidence[] | undefined => {
    if (source === 'implausible-figures') {
      const implausible = input.claims?.implausible ?? [];
      return implausible.length > 0 ? implausible.slice(0, 3) : undefined;
    }
    if (source === 'evasive-probes')
      return probes.length >= 2 && probes.every(isEvasive)
        ? probes.flatMap((probe) => probe.evidence).slice(0, 3)
        : undefined;
    return input.findings.find((found) => found.flag === source)?.evidence.slice(0, 3);
  };
  return CAP_RULES.flatMap((rule) => {
    const evidence = evidenceFor(rule.source);
    return evidence === undefined
      ? []
      : [
          {
            source: rule.source,
            ceiling: rule.ceiling,
            maxLevel: levelFromScore(rule.ceiling),
            reason: rule.reason,
            evidence,
          },
        ];
  });
};

/** The overall score and how it was reached. */
export const scoreBreakdown = (input: ScoreInput): ScoreBreakdown => {
  const { dimensions, findings } = input;
  const totalWeight = dimensions.reduce((total, dimension) => total + dimension.weight, 0);
  const contributions = dimensions.map((dimension) => ({
    dimension: dimension.dimension,
    name: dimension.name,
    level: dimension.level,
    weight: dimension.weight,
    points: LEVEL_POINTS[dimension.level],
    reason: dimension.summary,
  }));
  const weightedMean =
    totalWeight === 0
      ? 0
      : contributions.reduce((total, item) => total + item.points * item.weight, 0) / totalWeight;
  const capped = new Set<ScoreCapSource>(CAP_RULES.map((rule) => rule.source));
  // A finding with a cap already costs a level; "we" is ownership's to weigh.
  const probed = new Set(
    findings
      .map((found) => found.flag)
      .filter((flag) => !ADVICE_ONLY.has(flag) && !JUDGED_ELSEWHERE.has(flag) && !capped.has(flag)),
  );
  const findingsPenalty = Math.min(FINDING_COST.maximum, probed.size * FINDING_COST.perFinding);
  const applying = capsThatApply(input);
  const lowest = applying.reduce((low, cap) => Math.min(low, cap.ceiling), 100);
  const ceiling = lowest - COMPOUNDING_CAP * Math.max(0, applying.length - 1);
  const uncapped = Math.max(0, weightedMean - findingsPenalty);
  const score = Math.round(applying.length === 0 ? uncapped : underCeiling(uncapped, ceiling));
  const isHeldDown = uncapped > ceiling - SOFT_BAND;
  const caps = applying.map((cap) => ({ ...cap, binding: isHeldDown && cap.ceiling === lowest }));
  return {
    contributions,
    weightedMean: Math.round(weightedMean * 10) / 10,
    findingsPenalty,
    caps,
    discountedFigures: input.claims?.discounted ?? [],
    score,
  };
};
