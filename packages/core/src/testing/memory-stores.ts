import { DomainError } from '../errors';
import type { RoundId, SessionId, StoryId, UserId } from '../ids';
import { pageOf } from '../paging';
import type {
  AbandonScope,
  FinalSubmit,
  FinishedRoundFacts,
  FinishedRoundFactsOptions,
  FinishedRoundsStamp,
  ListOptions,
  PlanStore,
  QuestionBank,
  QuestionFilter,
  RoundStatePatch,
  RoundStep,
  SessionStore,
  StoredPlan,
  StoryStore,
  SubmissionListOptions,
  SubmissionPatch,
  SubmissionRecord,
  SubmissionStore,
} from '../ports';
import { isBehavioralQuestion } from '../rounds/behavioral/question';
import { type Question } from '../question/schema';
import type { AnswerEvaluation } from '../rounds/registry';
import type { Evaluation } from '../rounds/types';
import type {
  Draft,
  Round,
  Session,
  SessionSummary,
  SessionWithRounds,
  Turn,
} from '../session/types';
import { gradeOfRounds } from '../session/grade';
import type { Story } from '../stories/types';
import type { PlanSettings } from '../progress/types';
import { practiceScorecardOf } from '../progress/record';

/**
 * In-memory adapters for tests and demos. They follow the same contract as the
 * SQLite/PostgreSQL stores (every read scoped by user, stale drafts ignored),
 * and hand out copies so a caller can never mutate what is stored.
 */

/** One page of `items`, bounded as the database stores bound it. */
const page = <T>(items: readonly T[], options: ListOptions | undefined): readonly T[] => {
  const { limit, offset } = pageOf(options);
  return items.slice(offset, offset + limit);
};

/** Newest first; ties broken by id descending, as the SQL stores order them. */
const newestFirst = <T extends { readonly id: string }>(
  items: readonly T[],
  at: (item: T) => string,
): T[] =>
  [...items].sort((a, b) =>
    at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0,
  );

/** The finished rounds' grades, for the session's (as the database stores read them). */
const scoredGrades = <E extends Evaluation>(rounds: readonly Round<E>[]) =>
  rounds.flatMap((round) =>
    round.status === 'finished' && round.scorecard !== null ? [round.scorecard.evaluation] : [],
  );

/** Each kind once, in the order the rounds first use it. */
const distinctKinds = <E extends Evaluation>(rounds: readonly Round<E>[]): Round<E>['kind'][] => [
  ...new Set(rounds.map((round) => round.kind)),
];

const byTurnIndex = (turns: readonly Turn[]): Turn[] =>
  [...turns].sort((a, b) => a.index - b.index);

export class MemorySessionStore<
  E extends Evaluation = AnswerEvaluation,
> implements SessionStore<E> {
  readonly #sessions = new Map<string, Session>();
  readonly #rounds = new Map<string, Round<E>>();

  createSession(session: Session): Promise<void> {
    this.#sessions.set(session.id, { ...session });
    return Promise.resolve();
  }

  getSession(userId: UserId, id: SessionId): Promise<SessionWithRounds<E> | null> {
    return Promise.resolve(this.#withRounds(userId, id));
  }

  listSessions(userId: UserId, options?: ListOptions): Promise<readonly SessionSummary<E>[]> {
    const mine = [...this.#sessions.values()].filter((session) => session.userId === userId);
    const summaries = newestFirst(mine, (session) => session.createdAt).map(
      (session): SessionSummary<E> => {
        const rounds = this.#roundsOf(session.id);
        return {
          ...session,
          roundCount: rounds.length,
          kinds: distinctKinds(rounds),
          firstRoundTitle: rounds[0]?.title ?? null,
          answeredQuestionIds: rounds.flatMap((round) =>
            round.questionId !== null && round.status !== 'answering' ? [round.questionId] : [],
          ),
          ...gradeOfRounds(scoredGrades(rounds)),
        };
      },
    );
    return this.#settle(() => page(summaries, options));
  }

  finishSession(userId: UserId, id: SessionId, finishedAt: string): Promise<void> {
    const session = this.#sessions.get(id);
    if (session?.userId === userId)
      this.#sessions.set(id, { ...session, status: 'finished', finishedAt });
    return Promise.resolve();
  }

  createRound(round: Round<E>): Promise<void> {
    return this.#settle(() => {
      const session = this.#sessions.get(round.sessionId);
      if (session?.userId !== round.userId) {
        throw new DomainError(
          'SESSION_NOT_FOUND',
          `Session ${round.sessionId} does not exist for this user`,
        );
      }
      this.#rounds.set(round.id, { ...round, transcript: byTurnIndex(round.transcript) });
    });
  }

  getRound(userId: UserId, id: RoundId): Promise<Round<E> | null> {
    const round = this.#rounds.get(id);
    return Promise.resolve(
      round?.userId === userId ? { ...round, transcript: [...round.transcript] } : null,
    );
  }

  appendTurn(userId: UserId, roundId: RoundId, turn: Turn): Promise<void> {
    return this.#settle(() => {
      this.#patch(userId, roundId, (round) => {
        // Two turns with one index would make the transcript ambiguous: that is a caller bug.
        if (round.transcript.some((existing) => existing.index === turn.index)) {
          throw new DomainError(
            'CONFLICT',
            `Round<E> ${roundId} already has a turn with index ${turn.index}`,
          );
        }
        return { ...round, transcript: byTurnIndex([...round.transcript, { ...turn }]) };
      });
    });
  }

  advanceRound(userId: UserId, roundId: RoundId, step: RoundStep<E>): Promise<boolean> {
    const round = this.#rounds.get(roundId);
    if (round?.userId !== userId || round.transcript.length !== step.expectedTurnCount)
      return Promise.resolve(false);
    return this.#settle(() => {
      // Checked before anything changes, so a failing step changes nothing, as a rolled-back transaction.
      for (const turn of step.turns) {
        if (round.transcript.some((existing) => existing.index === turn.index)) {
          throw new DomainError(
            'CONFLICT',
            `Round<E> ${roundId} already has a turn with index ${turn.index}`,
          );
        }
      }
      const patched = this.#applyPatch(round, step.patch ?? {});
      this.#rounds.set(roundId, {
        ...patched,
        transcript: byTurnIndex([...round.transcript, ...step.turns.map((turn) => ({ ...turn }))]),
        draft: step.clearDraft === true ? null : round.draft,
      });
      return true;
    });
  }

  saveDraft(userId: UserId, roundId: RoundId, draft: Draft): Promise<Draft | null> {
    const round = this.#rounds.get(roundId);
    if (round?.userId !== userId || round.status === 'finished') return Promise.resolve(null);
    if (round.draft !== null && round.draft.revision >= draft.revision)
      return Promise.resolve(round.draft);
    this.#rounds.set(roundId, { ...round, draft: { ...draft } });
    return Promise.resolve(draft);
  }

  clearDraft(userId: UserId, roundId: RoundId): Promise<void> {
    this.#patch(userId, roundId, (round) => ({ ...round, draft: null }));
    return Promise.resolve();
  }

  updateRound(userId: UserId, roundId: RoundId, patch: RoundStatePatch<E>): Promise<void> {
    this.#patch(userId, roundId, (round) => this.#applyPatch(round, patch));
    return Promise.resolve();
  }

  #applyPatch(round: Round<E>, patch: RoundStatePatch<E>): Round<E> {
    return {
      ...round,
      status: patch.status ?? round.status,
      interimEvaluation:
        patch.interimEvaluation === undefined ? round.interimEvaluation : patch.interimEvaluation,
      scorecard: patch.scorecard === undefined ? round.scorecard : patch.scorecard,
      finishedAt: patch.finishedAt === undefined ? round.finishedAt : patch.finishedAt,
      elapsedMs: patch.elapsedMs === undefined ? round.elapsedMs : patch.elapsedMs,
    };
  }

  listFinishedRounds(userId: UserId, options?: ListOptions): Promise<readonly Round<E>[]> {
    const finished = [...this.#rounds.values()].filter(
      (round) => round.userId === userId && round.status === 'finished' && round.scorecard !== null,
    );
    return this.#settle(() =>
      page(
        newestFirst(finished, (round) => round.finishedAt ?? ''),
        options,
      ),
    );
  }

  finishedRoundIds(userId: UserId): Promise<readonly RoundId[]> {
    return this.#settle(() =>
      [...this.#rounds.values()]
        .filter(
          (round) =>
            round.userId === userId && round.status === 'finished' && round.scorecard !== null,
        )
        .map((round) => round.id),
    );
  }

  listFinishedRoundFacts(
    userId: UserId,
    options?: FinishedRoundFactsOptions,
  ): Promise<readonly FinishedRoundFacts[]> {
    const only = options?.roundIds === undefined ? null : new Set(options.roundIds);
    const finished = [...this.#rounds.values()].filter(
      (round) =>
        round.userId === userId &&
        round.status === 'finished' &&
        round.scorecard !== null &&
        (only === null || only.has(round.id)),
    );
    return this.#settle(() => {
      const ordered = newestFirst(finished, (round) => round.finishedAt ?? '');
      const paged =
        options?.limit === undefined && options?.offset === undefined
          ? ordered
          : page(ordered, options);
      return paged.flatMap((round): FinishedRoundFacts[] =>
        round.scorecard === null
          ? []
          : [
              {
                id: round.id,
                sessionId: round.sessionId,
                kind: round.kind,
                questionId: round.questionId,
                title: round.title,
                startedAt: round.startedAt,
                finishedAt: round.finishedAt,
                elapsedMs: round.elapsedMs,
                scorecard: practiceScorecardOf(round.scorecard),
                candidateWords: round.transcript
                  .filter((turn) => turn.speaker === 'candidate')
                  .map((turn) => turn.text),
              },
            ],
      );
    });
  }

  finishedRoundsStamp(userId: UserId): Promise<FinishedRoundsStamp> {
    const finished = [...this.#rounds.values()].filter(
      (round) => round.userId === userId && round.status === 'finished' && round.scorecard !== null,
    );
    const latest = finished.reduce<string | null>(
      (newest, round) =>
        round.finishedAt !== null && (newest === null || round.finishedAt > newest)
          ? round.finishedAt
          : newest,
      null,
    );
    return Promise.resolve({ count: finished.length, latestFinishedAt: latest });
  }

  /** Runs synchronous work and turns a throw into a rejected promise, as an async adapter would. */
  #settle<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  #roundsOf(sessionId: SessionId): Round<E>[] {
    return [...this.#rounds.values()]
      .filter((round) => round.sessionId === sessionId)
      .sort((a, b) => a.position - b.position);
  }

  #withRounds(userId: UserId, id: SessionId): SessionWithRounds<E> | null {
    const session = this.#sessions.get(id);
    if (session?.userId !== userId) return null;
    return {
      ...session,
      rounds: this.#roundsOf(id).map((round) => ({ ...round, transcript: [...round.transcript] })),
    };
  }

  #patch(userId: UserId, roundId: RoundId, change: (round: Round<E>) => Round<E>): void {
    const round = this.#rounds.get(roundId);
    if (round?.userId === userId) this.#rounds.set(roundId, change(round));
  }
}

export class MemoryStoryStore implements StoryStore {
  readonly #stories = new Map<string, Story>();

  listStories(userId: UserId): Promise<readonly Story[]> {
    const mine = [...this.#stories.values()].filter((story) => story.userId === userId);
    return Promise.resolve(newestFirst(mine, (story) => story.updatedAt));
  }

  getStory(userId: UserId, id: StoryId): Promise<Story | null> {
    const story = this.#stories.get(id);
    return Promise.resolve(story?.userId === userId ? { ...story } : null);
  }

  saveStory(story: Story): Promise<void> {
    // Ids are global, so a colliding id from another user must not take over their story.
    const existing = this.#stories.get(story.id);
    if (existing !== undefined && existing.userId !== story.userId) {
      return Promise.reject(
        new DomainError('CONFLICT', `Story ${story.id} belongs to another user`),
      );
    }
    this.#stories.set(story.id, { ...story });
    return Promise.resolve();
  }

  deleteStory(userId: UserId, id: StoryId): Promise<boolean> {
    const story = this.#stories.get(id);
    if (story?.userId !== userId) return Promise.resolve(false);
    this.#stories.delete(id);
    return Promise.resolve(true);
  }
}

export class MemoryPlanStore implements PlanStore {
  readonly #plans = new Map<string, StoredPlan>();

  getPlan(userId: UserId): Promise<StoredPlan | null> {
    const plan = this.#plans.get(userId);
    return Promise.resolve(plan === undefined ? null : structuredClone(plan));
  }

  savePlan(userId: UserId, settings: PlanSettings, updatedAt: string): Promise<void> {
    this.#plans.set(userId, structuredClone({ settings, updatedAt }));
    return Promise.resolve();
  }

  deletePlan(userId: UserId): Promise<boolean> {
    return Promise.resolve(this.#plans.delete(userId));
  }
}

export class MemorySubmissionStore implements SubmissionStore {
  readonly #submissions = new Map<string, SubmissionRecord>();

  createSubmission(record: SubmissionRecord): Promise<void> {
    if (this.#submissions.has(record.id))
      return Promise.reject(new Error(`Submission ${record.id} already exists`));
    this.#submissions.set(record.id, structuredClone(record));
    return Promise.resolve();
  }

  updateSubmission(userId: UserId, id: string, patch: SubmissionPatch): Promise<void> {
    const record = this.#submissions.get(id);
    if (record?.userId !== userId) return Promise.resolve();
    this.#submissions.set(id, {
      ...record,
      status: patch.status ?? record.status,
      result: patch.result === undefined ? record.result : structuredClone(patch.result),
      error: patch.error === undefined ? record.error : structuredClone(patch.error),
      complexity:
        patch.complexity === undefined ? record.complexity : structuredClone(patch.complexity),
      finishedAt: patch.finishedAt === undefined ? record.finishedAt : patch.finishedAt,
    });
    return Promise.resolve();
  }

  getSubmission(userId: UserId, id: string): Promise<SubmissionRecord | null> {
    const record = this.#submissions.get(id);
    return Promise.resolve(record?.userId === userId ? structuredClone(record) : null);
  }

  listFinalSubmits(userId: UserId, roundIds: readonly string[]): Promise<readonly FinalSubmit[]> {
    const wanted = new Set(roundIds);
    const mine = [...this.#submissions.values()].filter(
      (record) =>
        record.userId === userId &&
        record.mode === 'submit' &&
        record.result !== null &&
        record.roundId !== null &&
        wanted.has(record.roundId),
    );
    const finals = new Map<string, string>();
    for (const record of newestFirst(mine, (submit) => submit.createdAt))
      if (record.roundId !== null && !finals.has(record.roundId))
        finals.set(record.roundId, record.source);
    return Promise.resolve([...finals].map(([roundId, source]) => ({ roundId, source })));
  }

  listSubmissions(
    userId: UserId,
    options?: SubmissionListOptions,
  ): Promise<readonly SubmissionRecord[]> {
    const mine = [...this.#submissions.values()].filter(
      (record) =>
        record.userId === userId &&
        (options?.questionId === undefined || record.questionId === options.questionId) &&
        (options?.mode === undefined || record.mode === options.mode) &&
        (options?.roundId === undefined || record.roundId === options.roundId),
    );
    try {
      return Promise.resolve(
        page(
          newestFirst(mine, (record) => record.createdAt),
          options,
        ).map((record) => structuredClone(record)),
      );
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  abandonUnfinished(
    error: { readonly code: string; readonly message: string },
    finishedAt: string,
    scope: AbandonScope,
  ): Promise<number> {
    let changed = 0;
    const inScope = (record: SubmissionRecord): boolean =>
      record.judgedBy === null ||
      (scope.judgedBy !== undefined && record.judgedBy === scope.judgedBy) ||
      record.createdAt < scope.createdBefore;
    for (const [id, record] of this.#submissions) {
      if (!inScope(record)) continue;
      if (record.status !== 'done') {
        this.#submissions.set(id, {
          ...record,
          status: 'done',
          error: { code: error.code, message: error.message },
          finishedAt,
        });
        changed += 1;
      } else if (record.complexity?.status === 'measuring') {
        // The verdict of a judged submission stands; only its unfinished growth measurement fails.
        this.#submissions.set(id, {
          ...record,
          complexity: { status: 'failed', message: error.message },
        });
        changed += 1;
      }
    }
    return Promise.resolve(changed);
  }
}

/**
 * A question bank over a fixed list, filtering the way the content package's
 * bank does. For tests that must not depend on the bank files.
 */
export const createMemoryQuestionBank = (questions: readonly Question[]): QuestionBank => {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const matches = (question: Question, filter: QuestionFilter): boolean => {
    if (filter.kind !== undefined && question.kind !== filter.kind) return false;
    if (filter.difficulty !== undefined && question.difficulty !== filter.difficulty) return false;
    const behavioral = isBehavioralQuestion(question) ? question : null;
    const competencies: readonly string[] = behavioral?.competencies ?? [];
    const principles: readonly string[] = behavioral?.principles ?? [];
    if (filter.competency !== undefined && !competencies.includes(filter.competency)) return false;
    if (filter.principle !== undefined && !principles.includes(filter.principle)) return false;
    if (
      filter.company !== undefined &&
      !principles.some((id) => id.startsWith(`${filter.company}/`))
    )
      return false;
    if (filter.search !== undefined && filter.search.trim() !== '') {
      const needle = filter.search.trim().toLowerCase();
      const haystack = [question.title, question.prompt, ...question.tags].join(' ').toLowerCase();
      if (!haystack.includes(needle)) return false;
    }
    return true;
  };
  return {
    list: (filter = {}) => questions.filter((question) => matches(question, filter)),
    get: (id) => byId.get(id),
  };
};
