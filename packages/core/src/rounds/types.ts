import type { z } from 'zod';
import type { Question } from '../question/schema';
import type { KindProgressTraits } from '../progress/types';

/** Hiring levels, as a hiring committee uses them. */
export type HiringLevel = 1 | 2 | 3 | 4;
export const HIRING_LEVEL_LABEL: Readonly<Record<HiringLevel, string>> = {
  4: 'Strong hire',
  3: 'Hire',
  2: 'Lean no hire',
  1: 'No hire',
};

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
  /** Where the quote is from: the candidate's words (the default) or their submitted code. */
  readonly origin?: 'answer' | 'code';
}

export interface DimensionJudgement {
  readonly id: string;
  readonly name: string;
  readonly level: HiringLevel;
  /** One line: why this level. */
  readonly summary: string;
  readonly evidence: readonly Evidence[];
}

/** A flag the kind's evaluator raised; `Flag` is the kind's closed set of flag ids. */
export interface FlagFinding<Flag extends string = string> {
  readonly flag: Flag;
  /** Specific to this answer, e.g. 'You said "40% faster" but not faster than what.' */
  readonly message: string;
  readonly evidence: readonly Evidence[];
}

/** A probe the interviewer proposes after evaluating an answer. */
export interface ProposedProbe<Flag extends string = string> {
  readonly text: string;
  /** The flag it targets, if it was generated from the evaluation. */
  readonly targetFlag?: Flag;
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
    /** A coding pattern (core's CODING_PATTERNS), e.g. sliding-window. */
    readonly pattern?: string;
  };
}

/** What every kind's evaluation holds; a kind adds its own fields (see `BehavioralEvaluation`). */
export interface Evaluation<Kind extends string = string, Flag extends string = string> {
  readonly kind: Kind;
  /** 0–100. */
  readonly score: number;
  readonly level: HiringLevel;
  readonly flags: readonly FlagFinding<Flag>[];
  readonly dimensions: readonly DimensionJudgement[];
  readonly followUps: readonly ProposedProbe<Flag>[];
  readonly nextSteps: readonly NextStep[];
}

/** The plain-language copy of one flag, shown on the scorecard. */
export interface FlagCopy {
  /** The chip's text, addressed to the candidate. */
  readonly label: string;
  readonly whyItMatters: string;
  readonly howToFix: string;
  readonly before: string;
  readonly after: string;
}

/** A probe reply paired with its probe; `targetFlag` is a flag of the round's kind. */
export interface ProbeExchange {
  readonly probe: string;
  readonly reply: string;
  readonly targetFlag?: string;
}

/** What a conversation round's evaluator reads: the prompt as asked, the bank question when there is one, the answer and any probe replies. */
export interface ConversationInput {
  readonly kind: string;
  readonly prompt: string;
  /** The bank question; a kind evaluator uses it only when it is one of its own. */
  readonly question?: Question;
  readonly answer: string;
  readonly replies?: readonly ProbeExchange[];
}

/** The kind's own lines for the built-in interviewer. */
export interface InterviewerTurns {
  /** Said when the interviewer has nothing left to ask. */
  readonly closingLine: string;
  /** Asked, in order, when the evaluation proposes nothing and fewer than two probes were asked. */
  readonly fallbackProbes: readonly ProposedProbe[];
}

/**
 * What every round kind declares. The kind's evaluation type (`E`) is its scorecard's shape: the
 * scorecard shows the kind's dimensions with their names below, its flags with the copy below,
 * its follow-ups and next steps, and whatever the kind adds.
 */
interface RoundKindBase<E extends Evaluation, S extends z.ZodType> {
  readonly id: E['kind'];
  /** The kind's name for people, e.g. "Behavioral". */
  readonly label: string;
  /** The bank front matter of this kind's questions (content/bank/<kind>/*.md). */
  readonly questionSchema: S;
  /** The rubric: each dimension's id and the name the scorecard shows. */
  readonly dimensions: Readonly<Record<string, string>>;
  /**
   * Every flag the kind's evaluator may raise, each with its plain-language copy: declare the copy
   * as `Record<YourFlag, FlagCopy>` so a flag without copy does not compile.
   */
  readonly flags: Readonly<Record<string, FlagCopy>>;
  /** How the kind's rounds show in progress: what its questions exercise, its own measures. */
  readonly progress: KindProgressTraits<E, Question>;
}

/** A kind answered in words, turn by turn: the session engine runs it (interviewer probes, then a scorecard). */
export interface ConversationRoundKind<
  E extends Evaluation = Evaluation,
  S extends z.ZodType = z.ZodType,
> extends RoundKindBase<E, S> {
  readonly answeredBy: 'conversation';
  readonly evaluate: (input: ConversationInput) => E;
  readonly interviewer: InterviewerTurns;
}

/** A kind answered by a submission the judge runs: its evaluator reads the judge's result. */
export interface SubmissionRoundKind<
  Input,
  E extends Evaluation = Evaluation,
  S extends z.ZodType = z.ZodType,
> extends RoundKindBase<E, S> {
  readonly answeredBy: 'submission';
  readonly evaluate: (input: Input) => E;
  /**
   * How a round of the kind opens when practised as an interview (a session round, with an
   * interviewer beside the editor): the interviewer's first line and the phase it opens.
   */
  readonly interview: {
    readonly openingLine: (title: string) => string;
    readonly firstPhase: string;
    /** The round's length. */
    readonly timeLimitMs: number;
  };
}

/** A kind whose evaluation is one of `E`: what a registry holds. */
export type RoundKindDefinition<E extends Evaluation = Evaluation> =
  ConversationRoundKind<E> | SubmissionRoundKind<never, E>;
