import {
  asRoundId,
  buildProgressDashboard,
  compareAttempts,
  DomainError,
  filterHistory,
  isCodingQuestion,
  localDate,
  practiceRecordOf,
  readEveryPage,
  type AttemptComparison,
  type Clock,
  type FinishedRoundFacts,
  type FinishedRoundsStamp,
  type HistoryFilter,
  type PlanSettings,
  type PlanStore,
  type PracticeRecord,
  type ProgressDashboard,
  type Question,
  type QuestionBank,
  type RoundRegistry,
  type SessionStore,
  type StoryStore,
  type SubmissionStore,
  type Topic,
  type UserId,
} from '@onsite/core';
import type { DashboardInput } from './evaluation-pool';

export interface ProgressServiceDeps {
  readonly sessions: SessionStore;
  readonly submissions: SubmissionStore;
  readonly stories: StoryStore;
  readonly plans: PlanStore;
  readonly bank: QuestionBank;
  readonly registry: RoundRegistry;
  readonly clock: Clock;
  /** Builds the dashboard off the event loop (the worker pool in the real app); inline when absent. */
  readonly buildDashboard?: (input: DashboardInput) => Promise<ProgressDashboard>;
}

/** A user's history as progress reads it, and the stamp of the rounds it was read from. */
interface CachedHistory {
  readonly stamp: FinishedRoundsStamp;
  /** Newest first. */
  readonly records: readonly PracticeRecord[];
  readonly byRoundId: ReadonlyMap<string, PracticeRecord>;
  /** Every topic in the history, for the filter menu (computed once per history). */
  readonly topics: readonly Topic[];
  /** The records without their answers: what the dashboard reads, lighter to hand to a worker. */
  readonly withoutText: readonly PracticeRecord[];
}

/** A dashboard built, and what it was built from. */
interface CachedDashboard {
  readonly key: string;
  readonly builtAt: number;
  readonly dashboard: Promise<ProgressDashboard>;
}

/** Users whose history is kept in memory; the least recently read is dropped first. */
const CACHED_USERS = 32;
/** Rounds read per page when catching up with the newest ones. */
const CATCH_UP_PAGE = 50;
/**
 * How long a dashboard is answered again unchanged when nothing it reads has changed (no round
 * finished, same plan, stories and time zone, same local day). Today, streaks, due counts and
 * plans move by the day, so a minute-old dashboard says the same; its `now` is when it was built.
 */
const DASHBOARD_REUSE_MS = 60_000;

const sameStamp = (a: FinishedRoundsStamp, b: FinishedRoundsStamp): boolean =>
  a.count === b.count && a.latestFinishedAt === b.latestFinishedAt;

const topicsIn = (records: readonly PracticeRecord[]): Topic[] => {
  const byId = new Map<string, Topic>();
  for (const record of records)
    for (const topic of record.topics) if (!byId.has(topic.id)) byId.set(topic.id, topic);
  return [...byId.values()].sort(
    (a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label),
  );
};

const newestFirst = (a: PracticeRecord, b: PracticeRecord): number =>
  Date.parse(b.finishedAt) - Date.parse(a.finishedAt) || (a.roundId < b.roundId ? -1 : 1);

/**
 * The records in newestFirst's order, each finish parsed once rather than in every comparison
 * (2 000 records took tens of thousands of Date.parse calls per catch-up).
 */
const sortedNewestFirst = (records: readonly PracticeRecord[]): PracticeRecord[] =>
  records
    .map((record) => ({ record, at: Date.parse(record.finishedAt) }))
    .sort((a, b) => b.at - a.at || (a.record.roundId < b.record.roundId ? -1 : 1))
    .map(({ record }) => record);

/**
 * Progress's reads over the stores: the user's finished rounds as practice records (kept in memory
 * per user and brought up to date from a one-row stamp, so a request over 2 000 rounds reads the
 * database once, not 2 000 scorecards), the history's filters and pages, two attempts compared,
 * and the study plan's settings. The rules themselves are core's (toPracticeRecord, filterHistory,
 * compareAttempts, buildProgressDashboard).
 */
export const createProgressService = (deps: ProgressServiceDeps) => {
  const { sessions, submissions, bank, registry } = deps;
  const cache = new Map<UserId, CachedHistory>();
  const reading = new Map<UserId, Promise<CachedHistory>>();
  const dashboards = new Map<UserId, CachedDashboard>();
  let bankQuestions: readonly Question[] | undefined;
  /**
   * The bank as the dashboard reads it: without the problems' tests, which progress never reads and
   * which are tens of megabytes (cloning them to a worker took seconds).
   */
  const questionsOfBank = (): readonly Question[] =>
    (bankQuestions ??= bank
      .list()
      .map((question) => (isCodingQuestion(question) ? { ...question, tests: [] } : question)));
  const build =
    deps.buildDashboard ??
    ((input: DashboardInput) => Promise.resolve(buildProgressDashboard({ ...input, registry })));

  const isAnsweredByCode = (round: FinishedRoundFacts): boolean =>
    registry.get(round.kind)?.answeredBy === 'submission';

  /** The code of each round answered by code: its last submit the judge judged. */
  const finalCodeByRound = async (
    userId: UserId,
    rounds: readonly FinishedRoundFacts[],
  ): Promise<Map<string, string>> => {
    const coded = rounds.filter(isAnsweredByCode);
    const code = new Map<string, string>();
    if (coded.length === 0) return code;
    if (submissions.listFinalSubmits !== undefined) {
      // Two columns of the rounds' judged submits, where listSubmissions parses every result.
      const finals = await submissions.listFinalSubmits(
        userId,
        coded.map((round) => String(round.id)),
      );
      for (const { roundId, source } of finals) code.set(roundId, source);
      return code;
    }
    // Newest first, so the first judged submit seen for a round is its last.
    const take = (
      records: readonly { roundId: string | null; result: unknown; source: string }[],
    ) => {
      for (const record of records)
        if (record.roundId !== null && record.result !== null && !code.has(record.roundId))
          code.set(record.roundId, record.source);
    };
    if (coded.length <= 5) {
      for (const round of coded)
        take(
          await submissions.listSubmissions(userId, {
            roundId: String(round.id),
            mode: 'submit',
            limit: CATCH_UP_PAGE,
          }),
        );
    } else {
      take(
        await readEveryPage((page) =>
          submissions.listSubmissions(userId, { mode: 'submit', ...page }),
        ),
      );
    }
    return code;
  };

  /**
   * The rounds as practice records, read from their facts (SessionStore.listFinishedRoundFacts)
   * rather than whole rounds: the same records as toPracticeRecord's, at a fraction of the reading.
   */
  const toRecords = async (
    userId: UserId,
    rounds: readonly FinishedRoundFacts[],
  ): Promise<PracticeRecord[]> => {
    const code = await finalCodeByRound(userId, rounds);
    return rounds.map((round) => {
      const question = round.questionId === null ? undefined : bank.get(round.questionId);
      return practiceRecordOf(round, question, registry, code.get(String(round.id)));
    });
  };

  /**
   * Each record without its answer, made once: a catch-up keeps the records it had, so their light
   * copies stay the same objects, which the worker pool then sends as ids (evaluation-pool.ts).
   */
  const lightRecords = new WeakMap<PracticeRecord, PracticeRecord>();
  const withoutText = (record: PracticeRecord): PracticeRecord => {
    let light = lightRecords.get(record);
    if (light === undefined) {
      light = { ...record, text: '' };
      lightRecords.set(record, light);
    }
    return light;
  };

  const cached = (
    stamp: FinishedRoundsStamp,
    records: readonly PracticeRecord[],
  ): CachedHistory => ({
    stamp,
    records,
    byRoundId: new Map(records.map((record) => [record.roundId, record])),
    topics: topicsIn(records),
    withoutText: records.map(withoutText),
  });

  const readAll = async (userId: UserId, stamp: FinishedRoundsStamp): Promise<CachedHistory> => {
    const rounds = await sessions.listFinishedRoundFacts(userId);
    return cached(stamp, await toRecords(userId, rounds));
  };

  /**
   * The rounds finished since `before` was read, newest first, read a page at a time until one
   * reaches rounds already known; null when they do not account for the new count (a round
   * imported with an older finish): then the whole history is read again.
   */
  const catchUp = async (
    userId: UserId,
    before: CachedHistory,
    stamp: FinishedRoundsStamp,
  ): Promise<CachedHistory | null> => {
    const added = stamp.count - before.stamp.count;
    if (added <= 0) return null;
    const fresh: FinishedRoundFacts[] = [];
    // One round more than were added is enough to meet a known one: one new round reads two.
    const size = Math.min(CATCH_UP_PAGE, added + 1);
    for (let offset = 0; ; offset += size) {
      const page = await sessions.listFinishedRoundFacts(userId, { limit: size, offset });
      const unknown = page.filter((round) => !before.byRoundId.has(String(round.id)));
      fresh.push(...unknown);
      if (unknown.length < page.length || page.length < size || fresh.length > added) break;
    }
    if (fresh.length !== added) return null;
    const records = sortedNewestFirst([...(await toRecords(userId, fresh)), ...before.records]);
    return cached(stamp, records);
  };

  /**
   * When the newest rounds do not account for the new count (an import of older rounds, a round
   * deleted): the ids of every finished round (one index read), then the facts of the unknown ones
   * only, instead of the whole history. Null when the rounds changed again in between.
   */
  const reconcile = async (
    userId: UserId,
    before: CachedHistory,
    stamp: FinishedRoundsStamp,
  ): Promise<CachedHistory | null> => {
    const ids = (await sessions.finishedRoundIds(userId)).map(String);
    if (ids.length !== stamp.count) return null;
    const present = new Set(ids);
    const unknown = ids.filter((id) => !before.byRoundId.has(id));
    const kept = before.records.filter((record) => present.has(record.roundId));
    if (kept.length + unknown.length !== ids.length) return null;
    const fresh =
      unknown.length === 0
        ? []
        : await sessions.listFinishedRoundFacts(userId, { roundIds: unknown });
    if (fresh.length !== unknown.length) return null;
    return cached(stamp, sortedNewestFirst([...(await toRecords(userId, fresh)), ...kept]));
  };

  const load = async (userId: UserId): Promise<CachedHistory> => {
    const stamp = await sessions.finishedRoundsStamp(userId);
    const known = cache.get(userId);
    if (known !== undefined && sameStamp(known.stamp, stamp)) {
      // Most recently read last: Map keeps insertion order.
      cache.delete(userId);
      cache.set(userId, known);
      return known;
    }
    const history =
      (known === undefined
        ? null
        : ((await catchUp(userId, known, stamp)) ?? (await reconcile(userId, known, stamp)))) ??
      (await readAll(userId, stamp));
    cache.delete(userId);
    cache.set(userId, history);
    for (const oldest of cache.keys()) {
      if (cache.size <= CACHED_USERS) break;
      cache.delete(oldest);
    }
    return history;
  };

  /** One read at a time per user: requests arriving together share it. */
  const historyOf = (userId: UserId): Promise<CachedHistory> => {
    const inFlight = reading.get(userId);
    if (inFlight !== undefined) return inFlight;
    const read = load(userId).finally(() => reading.delete(userId));
    reading.set(userId, read);
    return read;
  };

  /** Why a round id has no record: unknown (or not this user's), or not finished. */
  const missingRound = async (userId: UserId, roundId: string): Promise<DomainError> => {
    const round = await sessions.getRound(userId, asRoundId(roundId));
    return round === null
      ? new DomainError('ROUND_NOT_FOUND', `There is no round ${roundId}.`)
      : new DomainError(
          'ROUND_NOT_ANSWERED',
          `Round ${roundId} has no scorecard yet: only finished rounds can be compared.`,
        );
  };

  return {
    /**
     * Today and Progress as of the server's clock, days counted in `timeZone`: core's
     * buildProgressDashboard over the history, the principles the stories cover and the plan.
     */
    async dashboard(userId: UserId, timeZone: string): Promise<ProgressDashboard> {
      const [history, stories, plan] = await Promise.all([
        historyOf(userId),
        deps.stories.listStories(userId),
        deps.plans.getPlan(userId),
      ]);
      const now = deps.clock.now();
      const key = [
        history.stamp.count,
        history.stamp.latestFinishedAt,
        plan?.updatedAt,
        stories.map((story) => `${story.id}@${story.updatedAt}`).join(','),
        timeZone,
        localDate(now, timeZone),
      ].join('|');
      const known = dashboards.get(userId);
      if (
        known !== undefined &&
        known.key === key &&
        now.getTime() - known.builtAt < DASHBOARD_REUSE_MS
      )
        return known.dashboard;
      const dashboard = build({
        records: history.withoutText,
        questions: questionsOfBank(),
        storyPrinciples: new Set(stories.flatMap((story) => story.principles)),
        settings: plan?.settings ?? null,
        now: now.toISOString(),
        timeZone,
      });
      dashboards.set(userId, { key, builtAt: now.getTime(), dashboard });
      // A failed build is not kept: the next request tries again.
      dashboard.catch(() => {
        if (dashboards.get(userId)?.dashboard === dashboard) dashboards.delete(userId);
      });
      for (const oldest of dashboards.keys()) {
        if (dashboards.size <= CACHED_USERS) break;
        dashboards.delete(oldest);
      }
      return dashboard;
    },

    /** Every finished round of the user as a practice record, newest first. */
    async records(userId: UserId): Promise<readonly PracticeRecord[]> {
      return (await historyOf(userId)).records;
    },

    /** The rounds that pass the filter (newest first), one page of them, and every topic in the history. */
    async listHistory(options: {
      readonly userId: UserId;
      readonly filter: HistoryFilter;
      readonly timeZone: string;
      readonly limit: number;
      readonly offset: number;
    }): Promise<{ records: readonly PracticeRecord[]; total: number; topics: readonly Topic[] }> {
      const history = await historyOf(options.userId);
      const matching = filterHistory(history.records, options.filter, options.timeZone);
      return {
        records: matching.slice(options.offset, options.offset + options.limit),
        total: matching.length,
        topics: history.topics,
      };
    },

    /**
     * Two attempts at the same question: each as asked, and what changed from the one finished
     * first to the other. Unknown rounds (or another user's) are ROUND_NOT_FOUND; rounds of two
     * different questions, or one round twice, VALIDATION_FAILED.
     */
    async compare(options: {
      readonly userId: UserId;
      readonly a: string;
      readonly b: string;
    }): Promise<{ a: PracticeRecord; b: PracticeRecord; comparison: AttemptComparison }> {
      const { userId } = options;
      if (options.a === options.b)
        throw new DomainError('VALIDATION_FAILED', 'Pick two different rounds to compare.', {
          b: 'the same round as a',
        });
      const history = await historyOf(userId);
      const a = history.byRoundId.get(options.a);
      if (a === undefined) throw await missingRound(userId, options.a);
      const b = history.byRoundId.get(options.b);
      if (b === undefined) throw await missingRound(userId, options.b);
      if (a.questionId !== b.questionId || a.kind !== b.kind)
        throw new DomainError(
          'VALIDATION_FAILED',
          `These rounds answer different questions ("${a.title}" and "${b.title}"): only attempts at the same question can be compared.`,
          { b: 'a round of another question than a' },
        );
      if (a.questionId === null && a.title !== b.title)
        throw new DomainError(
          'VALIDATION_FAILED',
          `These rounds answer different prompts of your own ("${a.title}" and "${b.title}"): only attempts at the same question can be compared.`,
          { b: 'a round of another prompt than a' },
        );
      const [before, after] = newestFirst(a, b) > 0 ? [a, b] : [b, a];
      return { a, b, comparison: compareAttempts(before, after) };
    },

    async getPlan(userId: UserId): Promise<PlanSettings | null> {
      return (await deps.plans.getPlan(userId))?.settings ?? null;
    },

    async savePlan(userId: UserId, settings: PlanSettings): Promise<PlanSettings> {
      await deps.plans.savePlan(userId, settings, deps.clock.now().toISOString());
      return settings;
    },

    async deletePlan(userId: UserId): Promise<void> {
      await deps.plans.deletePlan(userId);
    },
  };
};

export type ProgressService = ReturnType<typeof createProgressService>;
