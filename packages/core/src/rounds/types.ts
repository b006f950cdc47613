import type { StarFlag } from './flags';
import type { BehavioralDimension } from '../question/schema';

/** Hiring levels, as a hiring committee uses them. */
export type HiringLevel = 1 | 2 | 3 | 4;
export const HIRING_LEVEL_LABEL: Readonly<Record<HiringLevel, string>> = {
  4: 'Strong hire',
  3: 'Hire',
  2: 'Lean no hire',
  1: 'No hire',
};

export type StarPart = 'situation' | 'task' | 'action' | 'result';
export const STAR_PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result'];

/**
 * A quote from the candidate's own words. `turn` is the index of the candidate
 * turn it comes from (0 is the main answer, 1 the reply to the first probe, …);
 * `start`/`end` are character offsets into that turn's text.
 */
export interface Evidence {
  readonly quote: string;
  readonly turn: number;
  readonly start: number;
  readonly end: number;
}

export interface SegmentedSentence extends Evidence {
  readonly part: StarPart;
}

export interface DimensionJudgement {
  readonly id: string;
  readonly name: string;
  readonly level: HiringLevel;
  /** One line: why this level. */
  readonly summary: string;
  readonly evidence: readonly Evidence[];
}

export interface FlagFinding {
  readonly flag: StarFlag;
  /** Specific to this answer, e.g. 'You said "40% faster" but not faster than what.' */
  readonly message: string;
  readonly evidence: readonly Evidence[];
}

/** A probe the interviewer proposes after evaluating an answer. */
export interface ProposedProbe {
  readonly text: string;
  /** The flag it targets, if it was generated from the evaluation. */
  readonly targetFlag?: StarFlag;
  /** The bank probe id, if it is one of the question's own probes. */
  readonly probeId?: string;
}

export interface NextStep {
  readonly id: string;
  readonly text: string;
  /** What the button starts: a practice filter the web app understands. */
  readonly action?: {
    readonly kind: 'practice';
    readonly competency?: string;
    readonly principle?: string;
    readonly questionId?: string;
  };
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

export interface AnswerEvaluation {
  readonly kind: 'behavioral';
  /** 0–100. */
  readonly score: number;
  readonly level: HiringLevel;
  readonly flags: readonly FlagFinding[];
  readonly dimensions: readonly DimensionJudgement[];
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
  readonly followUps: readonly ProposedProbe[];
  readonly nextSteps: readonly NextStep[];
}
