import type { BehavioralDimension } from './question';
import type { Evaluation, Evidence, HiringLevel } from '../types';
import type { StarFlag } from './flags';

export type StarPart = 'situation' | 'task' | 'action' | 'result';
export const STAR_PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result'];

export interface SegmentedSentence extends Evidence {
  readonly part: StarPart;
}

/**
 * How the candidate's reply to a probe went: `answered` gave what it asked;
 * `unanswered` stayed on the topic but gave none of it; `no-answer`, `dodged`
 * ("idk"), `off-topic` and `contradicted` (took back the answer's claim) are evasive.
 */
export type ProbeOutcomeKind =
  'answered' | 'unanswered' | 'no-answer' | 'dodged' | 'off-topic' | 'contradicted';

/** What one probe changed: "Probe 2 (impact): your reply gave no figure → Impact lowered from 4 to 3". */
export interface ProbeOutcome {
  /** 1 for the first probe asked. */
  readonly probe: number;
  readonly question: string;
  readonly dimension: BehavioralDimension;
  readonly kind: ProbeOutcomeKind;
  /** Why, addressed to the candidate: "your reply gave no figure". */
  readonly reason: string;
  /** The dimension's level before and after this probe (equal when nothing changed). */
  readonly from: HiringLevel;
  readonly to: HiringLevel;
  /** Quotes from the reply (turn = probe). */
  readonly evidence: readonly Evidence[];
}

/** A turn longer than the evaluator reads (MAX_SCORED_CHARACTERS): only its beginning was scored. */
export interface PartlyScoredTurn {
  /** 0 is the main answer, i + 1 the reply to probe i. */
  readonly turn: number;
  readonly scoredCharacters: number;
  readonly totalCharacters: number;
}

/** One dimension's part in the overall score. */
export interface ScoreContribution {
  readonly dimension: BehavioralDimension;
  readonly name: string;
  readonly level: HiringLevel;
  /** The dimension's weight: the question's rubric weight, or the default. */
  readonly weight: number;
  /** The level on the 0–100 scale (`LEVEL_POINTS`) that the weighted mean averages. */
  readonly points: number;
  /** The dimension's reason, as on the scorecard. */
  readonly reason: string;
}

/**
 * What can hold the score below a level whatever else the answer does well: a
 * flag, an implausible figure, or probes that were all evaded.
 */
export type ScoreCapSource = StarFlag | 'implausible-figures' | 'evasive-probes';

/** A ceiling the answer ran into: "blames-others holds the score at 50 (lean no hire)". */
export interface ScoreCap {
  readonly source: ScoreCapSource;
  /** The highest score the answer can get while this applies. */
  readonly ceiling: number;
  /** The highest level that ceiling allows. */
  readonly maxLevel: HiringLevel;
  /** Why, addressed to the candidate. */
  readonly reason: string;
  /** Whether this cap (the lowest of them) is what lowered the score. */
  readonly binding: boolean;
  readonly evidence: readonly Evidence[];
}

/** A figure the score did not count as impact, and why. */
export interface DiscountedFigure {
  readonly kind: 'unconnected' | 'implausible';
  readonly reason: string;
  readonly evidence: Evidence;
}

/** How the overall score was reached: each dimension's weight and points, then the caps. */
export interface ScoreBreakdown {
  readonly contributions: readonly ScoreContribution[];
  /** The weighted mean of the contributions' points, before findings and caps. */
  readonly weightedMean: number;
  /** Points taken off for each finding a bar raiser would probe (length flags are advice and cost nothing). */
  readonly findingsPenalty: number;
  readonly caps: readonly ScoreCap[];
  readonly discountedFigures: readonly DiscountedFigure[];
  /** The final score (equal to `BehavioralEvaluation.score`). */
  readonly score: number;
}

/** The behavioral scorecard: the shared evaluation plus the STAR segments, word count and what each probe changed. */
export interface BehavioralEvaluation extends Evaluation<'behavioral', StarFlag> {
  readonly segments: readonly SegmentedSentence[];
  /** Words in the whole main answer, counted by `countWords` (the editor's counter too). */
  readonly wordCount: number;
  /**
   * Turns scored only in part because they are longer than the evaluator reads.
   * Absent from scorecards saved before the limit existed.
   */
  readonly partlyScored?: readonly PartlyScoredTurn[];
  /** One entry per probe asked, in order. Absent from scorecards saved before probes counted. */
  readonly probeOutcomes?: readonly ProbeOutcome[];
  /** How the score was reached. Absent from scorecards saved before it was explained. */
  readonly scoreBreakdown?: ScoreBreakdown;
}
