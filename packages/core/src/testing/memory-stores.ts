import type { RoundId, SessionId, StoryId, UserId } from '../ids';
import type { ListOptions, QuestionBank, QuestionFilter, RoundStatePatch, SessionStore, StoryStore } from '../ports';
import type { Question } from '../question/schema';
import type { Draft, Round, Session, SessionSummary, SessionWithRounds, Turn } from '../session/types';
import type { Story } from '../stories/types';

/**
 * In-memory adapters for tests and demos. They follow the same contract as the
 * SQLite/PostgreSQL stores (every read scoped by user, stale drafts ignored),
 * and hand out copies so a caller can never mutate what is stored.
 */
const page = <T>(items: readonly T[], options: ListOptions | undefined): readonly T[] => {
  const offset = options?.offset ?? 0;
  const limit = options?.limit ?? 50;
  return items.slice(offset, offset + limit);
};

const newestFirst = <T>(items: readonly T[], at: (item: T) => string): T[] =>
  [...items].sort((a, b) => (at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : 0));

export class MemorySessionStore implements SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #rounds = new Map<string, Round>();

  createSession(session: Session): Promise<void> {
    this.#sessions.set(session.id, { ...session });
    return Promise.resolve();
  }

  getSession(userId: UserId, id: SessionId): Promise<SessionWithRounds | null> {
    return Promise.resolve(this.#withRounds(userId, id));
  }

  listSessions(userId: UserId, options?: ListOptions): Promise<readonly SessionSummary[]> {
    const mine = [...this.#sessions.values()].filter((session) => session.userId === userId);
    const summaries = newestFirst(mine, (session) => session.createdAt).map((session): SessionSummary => {
      const rounds = this.#roundsOf(session.id);
      const scored = rounds.map((round) => round.scorecard).filter((card) => card !== null);
      const last = scored.at(-1);
      return {
        ...session,
        roundCount: rounds.length,
        kinds: rounds.map((round) => round.kind),
        firstRoundTitle: rounds[0]?.title ?? null,
        level: last?.evaluation.level ?? null,
        score: last?.evaluation.score ?? null,
      };
    });
    return Promise.resolve(page(summaries, options));
  }

  finishSession(userId: UserId, id: SessionId, finishedAt: string): Promise<void> {
    const session = this.#sessions.get(id);
    if (session?.userId === userId) this.#sessions.set(id, { ...session, status: 'finished', finishedAt });
    return Promise.resolve();
  }

  createRound(round: Round): Promise<void> {
    this.#rounds.set(round.id, { ...round, transcript: [...round.transcript] });
    return Promise.resolve();
  }

  getRound(userId: UserId, id: RoundId): Promise<Round | null> {
    const round = this.#rounds.get(id);
    return Promise.resolve(round?.userId === userId ? { ...round, transcript: [...round.transcript] } : null);
  }

  appendTurn(userId: UserId, roundId: RoundId, turn: Turn): Promise<void> {
    this.#patch(userId, roundId, (round) => ({ ...round, transcript: [...round.transcript, { ...turn }] }));
    return Promise.resolve();
  }

  saveDraft(userId: UserId, roundId: RoundId, draft: Draft): Promise<Draft> {
    const round = this.#rounds.get(roundId);
    if (round?.userId !== userId) return Promise.resolve(draft);
    if (round.draft !== null && round.draft.revision >= draft.revision) return Promise.resolve(round.draft);
    this.#rounds.set(roundId, { ...round, draft: { ...draft } });
    return Promise.resolve(draft);
  }

  clearDraft(userId: UserId, roundId: RoundId): Promise<void> {
    this.#patch(userId, roundId, (round) => ({ ...round, draft: null }));
    return Promise.resolve();
  }

  updateRound(userId: UserId, roundId: RoundId, patch: RoundStatePatch): Promise<void> {
    this.#patch(userId, roundId, (round) => ({
      ...round,
      status: patch.status ?? round.status,
      interimEvaluation: patch.interimEvaluation === undefined ? round.interimEvaluation : patch.interimEvaluation,
      scorecard: patch.scorecard === undefined ? round.scorecard : patch.scorecard,
      finishedAt: patch.finishedAt === undefined ? round.finishedAt : patch.finishedAt,
      elapsedMs: patch.elapsedMs === undefined ? round.elapsedMs : patch.elapsedMs,
    }));
    return Promise.resolve();
  }

  listFinishedRounds(userId: UserId, options?: ListOptions): Promise<readonly Round[]> {
    const finished = [...this.#rounds.values()].filter(
      (round) => round.userId === userId && round.status === 'finished' && round.scorecard !== null,
    );
    return Promise.resolve(page(newestFirst(finished, (round) => round.finishedAt ?? ''), options));
  }

  #roundsOf(sessionId: SessionId): Round[] {
    return [...this.#rounds.values()].filter((round) => round.sessionId === sessionId).sort((a, b) => a.position - b.position);
  }

  #withRounds(userId: UserId, id: SessionId): SessionWithRounds | null {
    const session = this.#sessions.get(id);
    if (session?.userId !== userId) return null;
    return { ...session, rounds: this.#roundsOf(id).map((round) => ({ ...round, transcript: [...round.transcript] })) };
  }

  #patch(userId: UserId, roundId: RoundId, change: (round: Round) => Round): void {
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

/**
 * A question bank over a fixed list, filtering the way the content package's
 * bank does. For tests that must not depend on the bank files.
 */
export const createMemoryQuestionBank = (questions: readonly Question[]): QuestionBank => {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const matches = (question: Question, filter: QuestionFilter): boolean => {
    if (filter.kind !== undefined && question.kind !== filter.kind) return false;
    if (filter.difficulty !== undefined && question.difficulty !== filter.difficulty) return false;
    const competencies: readonly string[] = question.kind === 'behavioral' ? question.competencies : [];
    const principles: readonly string[] = question.kind === 'behavioral' ? question.principles : [];
    if (filter.competency !== undefined && !competencies.includes(filter.competency)) return false;
    if (filter.principle !== undefined && !principles.includes(filter.principle)) return false;
    if (filter.company !== undefined && !principles.some((id) => id.startsWith(`${filter.company}/`))) return false;
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
