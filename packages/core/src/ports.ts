/**
 * What adapters implement. Core depends only on these interfaces; the server's
 * composition root (`createDeps`) wires real adapters in.
 */
import type { QuestionId, RoundId, SessionId, StoryId, UserId } from './ids';
import type { Question, RoundKind } from './question/schema';
import type { Difficulty } from './question/base';
import type { Company, Competency, PrincipleId } from './question/principles';
import type {
  Draft,
  Round,
  RoundStatus,
  Scorecard,
  Session,
  SessionSummary,
  SessionWithRounds,
  Turn,
} from './session/types';
import type { Evaluation, HiringLevel } from './rounds/types';
import type { AnswerEvaluation } from './rounds/registry';
import type { Story } from './stories/types';
import type { PlanSettings } from './progress/types';
import type { JudgeMode, JudgeResult, Language } from './rounds/coding/judge-spec';
import type { ComplexityReport } from './rounds/coding/complexity';

import type { CodingPattern } from './rounds/coding/question';
export type { Clock, IdGenerator } from './clock';

// ── Question bank ──────────────────────────────────────────────────────────

export interface QuestionFilter {
  readonly kind?: RoundKind;
  readonly competency?: Competency;
  readonly principle?: PrincipleId;
  readonly company?: Company;
  readonly difficulty?: Difficulty;
  /** A coding pattern (CODING_PATTERNS), e.g. sliding-window: coding questions that practise it. */
  readonly pattern?: CodingPattern;
  /** Free text matched against title, prompt and tags. */
  readonly search?: string;
}

export interface QuestionBank {
  list(filter?: QuestionFilter): readonly Question[];
  get(id: QuestionId): Question | undefined;
}

// ── Storage ────────────────────────────────────────────────────────────────

export interface RoundStatePatch<E extends Evaluation = AnswerEvaluation> {
  readonly status?: RoundStatus;
  readonly interimEvaluation?: E | null;
  readonly scorecard?: Scorecard<E> | null;
  readonly finishedAt?: string | null;
  readonly elapsedMs?: number | null;
}

/**
 * One step of a round (an answer with the interviewer's response, a reply, the close), applied all
 * or nothing by SessionStore.advanceRound.
 */
export interface RoundStep<E extends Evaluation = AnswerEvaluation> {
  /**
   * How many turns the transcript had when the step was decided: the round's version. The step
   * applies only if the round still has exactly that many (compare-and-set), so two servers (or two
   * tabs) racing on one round cannot both move it, and a step decided on a stale round saves nothing.
   */
  readonly expectedTurnCount: number;
  /** Appended in order; their indices continue from `expectedTurnCount`. */
  readonly turns: readonly Turn[];
  readonly patch?: RoundStatePatch<E>;
  /** Clears the draft in the same transaction: what was typed became a turn. */
  readonly clearDraft?: boolean;
}

export interface ListOptions {
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * Sessions, rounds, transcripts and drafts. Every read is scoped by user id.
 * Implemented for SQLite and PostgreSQL and checked by one contract suite.
 */
export interface SessionStore<E extends Evaluation = AnswerEvaluation> {
  createSession(session: Session): Promise<void>;
  getSession(userId: UserId, id: SessionId): Promise<SessionWithRounds<E> | null>;
  /** Newest first. */
  listSessions(userId: UserId, options?: ListOptions): Promise<readonly SessionSummary<E>[]>;
  finishSession(userId: UserId, id: SessionId, finishedAt: string): Promise<void>;

  /** Stores the round with its initial transcript. */
  createRound(round: Round<E>): Promise<void>;
  getRound(userId: UserId, id: RoundId): Promise<Round<E> | null>;
  appendTurn(userId: UserId, roundId: RoundId, turn: Turn): Promise<void>;
  /**
   * Applies `step` in one transaction if the round (this user's) still has `step.expectedTurnCount`
   * turns. Returns false, changing nothing, when it has moved on or is not this user's.
   */
  advanceRound(userId: UserId, roundId: RoundId, step: RoundStep<E>): Promise<boolean>;
  /**
   * Saves the draft unless a draft with a higher or equal revision is already
   * stored (a late, stale save must never overwrite newer text). Returns the stored draft,
   * or null (saving nothing) when the round is not this user's or has finished.
   */
  saveDraft(userId: UserId, roundId: RoundId, draft: Draft): Promise<Draft | null>;
  clearDraft(userId: UserId, roundId: RoundId): Promise<void>;
  updateRound(userId: UserId, roundId: RoundId, patch: RoundStatePatch<E>): Promise<void>;
  /** Finished rounds with scorecards, newest first: history, weak topics. */
  listFinishedRounds(userId: UserId, options?: ListOptions): Promise<readonly Round<E>[]>;
  /**
   * How many finished, scored rounds the user has and when the newest finished: one cheap read
   * that changes whenever listFinishedRounds would (what progress keys its cache on).
   */
  finishedRoundsStamp(userId: UserId): Promise<FinishedRoundsStamp>;
  /**
   * The same rounds as listFinishedRounds, in the same order, as progress reads them: the facts
   * and a compact scorecard, not the whole round (what a 2 000-round history is read through).
   * Without a page (no limit or offset), every one of them in one read (pages by offset would re-walk the rounds
   * skipped, several times over a long history).
   */
  listFinishedRoundFacts(
    userId: UserId,
    options?: FinishedRoundFactsOptions,
  ): Promise<readonly FinishedRoundFacts[]>;
  /**
   * The ids of the user's finished, scored rounds, in no particular order: one index read, so
   * progress can find rounds a newest-first catch-up cannot (an import of older rounds) without
   * reading the whole history again.
   */
  finishedRoundIds(userId: UserId): Promise<readonly RoundId[]>;
}

/** A page of the facts, or (with `roundIds`) the facts of those rounds only, still newest first. */
export interface FinishedRoundFactsOptions extends ListOptions {
  readonly roundIds?: readonly string[];
}

/**
 * What progress keeps of a scorecard (practiceScorecardOf): the score and level, each dimension's
 * id, name and level, the flags raised, and the evaluation's other top-level plain values (numbers,
 * strings, booleans, null), which is where a kind keeps what its `progress.measure` reads. A few
 * hundred bytes where the whole scorecard (evidence, probes, next steps) is kilobytes.
 */
export interface PracticeScorecard {
  readonly evaluatedAt: string;
  readonly evaluation: {
    readonly kind: string;
    readonly score: number;
    readonly level: HiringLevel;
    readonly dimensions: readonly {
      readonly id: string;
      readonly name: string;
      readonly level: HiringLevel;
    }[];
    readonly flags: readonly { readonly flag: string }[];
    readonly [field: string]: unknown;
  };
}

/**
 * One finished, scored round as progress reads it (SessionStore.listFinishedRoundFacts): what
 * toPracticeRecord reads of a Round and nothing else, so reading 2 000 of them parses kilobytes
 * per round less (no prompt, interim evaluation, draft, interviewer turns or scorecard evidence).
 */
export interface FinishedRoundFacts {
  readonly id: RoundId;
  readonly sessionId: SessionId;
  readonly kind: string;
  readonly questionId: QuestionId | null;
  readonly title: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly elapsedMs: number | null;
  readonly scorecard: PracticeScorecard;
  /** The text of the candidate's turns, in order. */
  readonly candidateWords: readonly string[];
}

/** The code of a round answered by code: the source of its last judged submit. */
export interface FinalSubmit {
  readonly roundId: string;
  readonly source: string;
}

export interface FinishedRoundsStamp {
  readonly count: number;
  /** ISO instant; null when there is none. */
  readonly latestFinishedAt: string | null;
}

export interface StoryStore {
  listStories(userId: UserId): Promise<readonly Story[]>;
  getStory(userId: UserId, id: StoryId): Promise<Story | null>;
  /** Insert or replace by id. */
  saveStory(story: Story): Promise<void>;
  /** Returns false when there was no such story. */
  deleteStory(userId: UserId, id: StoryId): Promise<boolean>;
}

/** A user's study plan settings and when they were last saved (ISO instant). */
export interface StoredPlan {
  readonly settings: PlanSettings;
  readonly updatedAt: string;
}

/** The study plan's settings, at most one per user. Implemented for SQLite, PostgreSQL and memory. */
export interface PlanStore {
  getPlan(userId: UserId): Promise<StoredPlan | null>;
  /** Insert or replace this user's plan. */
  savePlan(userId: UserId, settings: PlanSettings, updatedAt: string): Promise<void>;
  /** Returns false when the user had no plan. */
  deletePlan(userId: UserId): Promise<boolean>;
}

// ── Interviewer ────────────────────────────────────────────────────────────

export interface InterviewContext<E extends Evaluation = AnswerEvaluation> {
  readonly kind: Round<E>['kind'];
  readonly prompt: string;
  /** The bank question when the round uses one; its rubric and probes ground the interviewer. */
  readonly question: Question | null;
  readonly transcript: readonly Turn[];
  /** The evaluation so far (the main answer plus any replies). */
  readonly evaluation: E;
  readonly probesAsked: number;
  readonly maxProbes: number;
}

export type InterviewerMove =
  | {
      readonly type: 'probe';
      readonly text: string;
      /** A flag of the round's kind. */
      readonly targetFlag?: string;
      readonly probeId?: string;
    }
  | { readonly type: 'close'; readonly text: string };

/**
 * Decides what the interviewer says next. The built-in one is deterministic;
 * an LLM-backed one phrases the same decisions more naturally. Either way the
 * scorecard comes from the rubric evaluator, never from the interviewer.
 */
export interface Interviewer<E extends Evaluation = AnswerEvaluation> {
  /** 'built-in' or the model's name: shown on the scorecard. */
  readonly name: string;
  nextMove(context: InterviewContext<E>): Promise<InterviewerMove>;
}

// ── Code submissions ───────────────────────────────────────────────────────

/**
 * What happened to the growth measurement that follows an Accepted submit of
 * a problem with an input generator. Absent (null on the record) when nothing
 * was or will be measured: a run, a failing submit, a problem without a generator.
 */
export type ComplexityState =
  | { readonly status: 'measuring' }
  | { readonly status: 'done'; readonly report: ComplexityReport }
  | { readonly status: 'failed'; readonly message: string };

/**
 * One Run or Submit, kept for good: the code as it was judged and the verdict.
 * Hidden-test data never reaches this record (it holds what the candidate may see).
 */
export interface SubmissionRecord {
  readonly id: string;
  readonly userId: UserId;
  /** The bank question judged, or null for an inline spec. */
  readonly questionId: string | null;
  /** The interview round it was judged for (a coding round's submits are its scorecard's); null outside one. */
  readonly roundId: string | null;
  readonly language: Language;
  readonly mode: JudgeMode;
  readonly source: string;
  readonly status: 'queued' | 'running' | 'done';
  /** Set when status is 'done' and the judge judged. */
  readonly result: JudgeResult | null;
  /** Set when status is 'done' and the judge could not judge (e.g. ISOLATION_TOO_WEAK). */
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly complexity: ComplexityState | null;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  /**
   * The server instance judging it (its ONSITE_INSTANCE_ID), so that one instance's restart
   * abandons only its own unfinished submissions, never those another instance is judging.
   */
  readonly judgedBy: string | null;
}

/** Which unfinished submissions to abandon (see SubmissionStore.abandonUnfinished). */
export interface AbandonScope {
  /** An instance starting up: everything unfinished it was judging is lost, whatever its age. */
  readonly judgedBy?: string;
  /** Anything unfinished created before this ISO time is past any judging, whoever judged it. */
  readonly createdBefore: string;
}

export interface SubmissionPatch {
  readonly status?: SubmissionRecord['status'];
  readonly result?: JudgeResult | null;
  readonly error?: SubmissionRecord['error'];
  readonly complexity?: ComplexityState | null;
  readonly finishedAt?: string | null;
}

export interface SubmissionListOptions extends ListOptions {
  readonly questionId?: string;
  readonly mode?: JudgeMode;
  readonly roundId?: string;
}

/** Implemented for SQLite, PostgreSQL and memory, checked by the storage contract suite. */
export interface SubmissionStore {
  createSubmission(record: SubmissionRecord): Promise<void>;
  updateSubmission(userId: UserId, id: string, patch: SubmissionPatch): Promise<void>;
  getSubmission(userId: UserId, id: string): Promise<SubmissionRecord | null>;
  /** Newest first. */
  listSubmissions(
    userId: UserId,
    options?: SubmissionListOptions,
  ): Promise<readonly SubmissionRecord[]>;
  /**
   * For each of `roundIds` that has one, the source of its newest submit (mode 'submit') with a
   * result: a coding round's final code, as its newest judged submit in listSubmissions is.
   * Optional (a store without it is read through listSubmissions): a one-query read of a few
   * columns, where listSubmissions parses every submit's result.
   */
  listFinalSubmits?(userId: UserId, roundIds: readonly string[]): Promise<readonly FinalSubmit[]>;
  /**
   * Marks the submissions in `scope` still queued or running as done with the given error, and
   * fails (with the same message) their growth measurement still 'measuring', keeping the verdict:
   * called at start-up, because a restart loses the judging in flight (never the code), and
   * periodically for what an instance that never came back left behind.
   * In scope: judged by `scope.judgedBy`, by no stated instance, or created before `scope.createdBefore`.
   * Returns how many submissions changed.
   */
  abandonUnfinished(
    error: { readonly code: string; readonly message: string },
    finishedAt: string,
    scope: AbandonScope,
  ): Promise<number>;
}
