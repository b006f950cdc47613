import type { QuestionId, RoundId, SessionId, UserId } from '../ids';
import type { RoundKind } from '../question/schema';
import type { Evaluation, HiringLevel } from '../rounds/types';
import type { AnswerEvaluation } from '../rounds/registry';

export type SessionMode = 'practice' | 'onsite';
export type SessionStatus = 'active' | 'finished';

/**
 * A round moves answering → probing → finished. In `answering` the candidate
 * writes the main answer; in `probing` they reply to the interviewer's probes.
 */
export type RoundStatus = 'answering' | 'probing' | 'finished';

export type Speaker = 'interviewer' | 'candidate';
/**
 * `hint` and `phase` are the coding interview's: a hint revealed on request, and the interviewer
 * opening a phase (clarify, approach, code, test, follow-ups).
 */
export type TurnPurpose = 'question' | 'answer' | 'probe' | 'reply' | 'closing' | 'hint' | 'phase';

export interface Turn {
  readonly index: number;
  readonly speaker: Speaker;
  readonly purpose: TurnPurpose;
  readonly text: string;
  /** ISO-8601 timestamp. */
  readonly at: string;
  /** The flag of the round's kind a probe targets. */
  readonly targetFlag?: string;
  readonly probeId?: string;
  /** The part of the round it belongs to, for a kind that runs in phases (coding's CodingPhase). */
  readonly phase?: string;
}

/** What the candidate is typing for the pending turn; saved as they type. */
export interface Draft {
  readonly text: string;
  readonly savedAt: string;
  /** Increases on every save, so a stale save can never overwrite a newer one. */
  readonly revision: number;
}

export interface Scorecard<E extends Evaluation = AnswerEvaluation> {
  readonly evaluation: E;
  /** Which interviewer ran the round ('built-in' or a model name). */
  readonly interviewer: string;
  readonly evaluatedAt: string;
}

export interface Round<E extends Evaluation = AnswerEvaluation> {
  readonly id: RoundId;
  readonly sessionId: SessionId;
  readonly userId: UserId;
  readonly position: number;
  readonly kind: RoundKind | E['kind'];
  /** Bank question id, or null for a free-form prompt. */
  readonly questionId: QuestionId | null;
  readonly title: string;
  /** The prompt as asked, kept even if the bank changes later. */
  readonly prompt: string;
  readonly status: RoundStatus;
  readonly transcript: readonly Turn[];
  readonly draft: Draft | null;
  readonly timeLimitMs: number;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly elapsedMs: number | null;
  /** The evaluation of the main answer, before probes; drives the probes. */
  readonly interimEvaluation: E | null;
  readonly scorecard: Scorecard<E> | null;
}

export interface Session {
  readonly id: SessionId;
  readonly userId: UserId;
  readonly mode: SessionMode;
  readonly title: string;
  readonly status: SessionStatus;
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

export interface SessionWithRounds<E extends Evaluation = AnswerEvaluation> extends Session {
  readonly rounds: readonly Round<E>[];
}

/** A line in the history list. */
export interface SessionSummary<E extends Evaluation = AnswerEvaluation> extends Session {
  readonly roundCount: number;
  readonly kinds: readonly Round<E>['kind'][];
  readonly firstRoundTitle: string | null;
  /** The bank questions this session's rounds answered (a main answer was sent), for picking what to practise next. */
  readonly answeredQuestionIds: readonly string[];
  readonly level: HiringLevel | null;
  readonly score: number | null;
}
