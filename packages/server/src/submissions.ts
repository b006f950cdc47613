/**
 * The live progress of submissions to the judge. Core's submission use case decides a
 * submission's life and keeps it in the SubmissionStore for good; while one is live its progress
 * also lives here, in memory: the events so far, the queue position and the SSE listeners.
 * Memory entries are dropped `keepMs` after they settle (the oldest first when `maxKept` is
 * reached); after that, and after a restart, a submission is read back from the store.
 *
 * Judging goes through a pool (createJudgePool) so that at most `concurrency` run at once and
 * the rest wait with a visible position. The growth measurement after an Accepted submit goes
 * through the same pool, one job per size, so it waits its turn like any run.
 */
import {
  createSubmissionUseCase,
  DomainError,
  type Clock,
  type IdGenerator,
  type Judge,
  type JudgeEvent,
  type JudgeRequest,
  type LiveSubmission,
  type QuestionBank,
  type SubmissionEvent,
  type SubmissionInput,
  type SubmissionListOptions,
  type SubmissionRecord,
  type SubmissionStore,
  type SubmissionView,
  type UserId,
} from '@onsite/core';
import {
  compileChecker,
  createJudgePool,
  measureComplexity,
  type MeasureComplexityOptions,
} from '@onsite/judge';

/** A submission as the API shows it: the stored fields plus, while live, the queue position and the events so far. */
export interface SubmissionState extends SubmissionView {
  readonly position: number;
  /** Empty for a submission read back from the store. */
  readonly events: readonly JudgeEvent[];
}

export interface SubmissionSubscription {
  /** Everything that already happened, in order: replay it before the live events. */
  readonly past: readonly SubmissionEvent[];
  unsubscribe(): void;
}

export interface SubmissionService {
  /** Stores the submission (status queued) and starts judging; returns with the queue position. */
  submit(userId: UserId, input: SubmissionInput): Promise<SubmissionState>;
  /** From memory while live, else from the store; undefined when this user has no such submission. */
  get(userId: UserId, id: string): Promise<SubmissionState | undefined>;
  /** Newest first, from the store. */
  list(userId: UserId, options?: SubmissionListOptions): Promise<readonly SubmissionRecord[]>;
  /**
   * Listens to a live submission: `onEvent` for each new event, then `onEnd` after the last one
   * (`done` with nothing to measure, `error`, or `complexity`). Null when the submission is not
   * live (never was here, or already settled): read it with `get` instead.
   */
  subscribe(
    userId: UserId,
    id: string,
    listeners: { onEvent(event: SubmissionEvent): void; onEnd(): void },
  ): SubmissionSubscription | null;
  /** Resolves once nothing is being judged, measured or written (tests; graceful shutdown). */
  idle(): Promise<void>;
  /** Finishes the writes in hand and stops writing (core's SubmissionUseCase.close). */
  close(): Promise<void>;
}

export interface SubmissionServiceOptions {
  readonly judge: Judge;
  readonly store: SubmissionStore;
  readonly bank: QuestionBank;
  /** Config.judge.allowSpecCode: whether an inline spec may carry a checker or a generator. */
  readonly allowSpecCode: boolean;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly concurrency: number;
  /** This server instance (Config.instanceId), stored with each submission it judges. */
  readonly instanceId: string;
  readonly maxKept?: number;
  readonly keepMs?: number;
  /** Passed to measureComplexity (sizes, repeats, time target); the spec's own sizes apply otherwise. */
  readonly complexity?: MeasureComplexityOptions;
  /** Called for failures that are bugs rather than domain errors (judge, store, measurement). */
  readonly onUnexpectedError?: (error: unknown) => void;
}

/** What this server keeps of a live submission beside core's: its progress, for the API and SSE. */
interface Progress {
  readonly userId: UserId;
  position: number;
  /** Every event so far, in order: the judge's, then the error or the growth measurement's. */
  readonly events: SubmissionEvent[];
  /** When nothing more will happen (judged and, if any, measured); eviction counts from here. */
  settledAtMs: number | null;
  readonly listeners: Set<{ onEvent(event: SubmissionEvent): void; onEnd(): void }>;
}

interface Entry {
  readonly progress: Progress;
  readonly live: LiveSubmission;
}

const isJudgeEvent = (event: SubmissionEvent): event is JudgeEvent =>
  event.type !== 'error' && event.type !== 'complexity';

const fromRecord = (record: SubmissionRecord): SubmissionState => {
  const { userId: _userId, judgedBy: _judgedBy, ...rest } = record;
  return { ...rest, position: 0, events: [] };
};

export const createSubmissionService = (options: SubmissionServiceOptions): SubmissionService => {
  const maxKept = options.maxKept ?? 1000;
  const keepMs = options.keepMs ?? 60 * 60_000;
  const entries = new Map<string, Entry>();
  /** The pool calls its judge when a slot frees up: that is when a submission starts running. */
  const onStartOf = new WeakMap<JudgeRequest, () => void>();
  const pool = createJudgePool({
    concurrency: options.concurrency,
    judge: {
      get isolation() {
        return options.judge.isolation;
      },
      judge: (request, onEvent) => {
        onStartOf.get(request)?.();
        return options.judge.judge(request, onEvent);
      },
    },
  });

  const now = () => options.clock.now().getTime();

  const evict = () => {
    const nowMs = now();
    for (const [id, { progress }] of entries) {
      if (progress.settledAtMs !== null && nowMs - progress.settledAtMs > keepMs)
        entries.delete(id);
    }
    if (entries.size < maxKept) return;
    const settled = [...entries.values()]
      .filter((entry) => entry.progress.settledAtMs !== null)
      .sort((a, b) => (a.progress.settledAtMs ?? 0) - (b.progress.settledAtMs ?? 0));
    for (const entry of settled) {
      if (entries.size < maxKept) return;
      entries.delete(entry.live.id);
    }
    if (entries.size >= maxKept)
      throw new DomainError(
        'QUEUE_FULL',
        `${entries.size} submissions are being judged; try again shortly.`,
      );
  };

  const useCase = createSubmissionUseCase({
    store: options.store,
    bank: options.bank,
    allowSpecCode: options.allowSpecCode,
    compileChecker,
    clock: options.clock,
    ids: options.ids,
    instanceId: options.instanceId,
    judge: (request, onEvent, onStart) => {
      onStartOf.set(request, onStart);
      return pool.judge(request, onEvent);
    },
    measureGrowth: (request) =>
      measureComplexity(pool, request.spec, request.language, request.source, options.complexity),
    wait: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    admit: evict,
    onUnexpectedError: (error) => options.onUnexpectedError?.(error),
  });

  const snapshot = ({ progress, live }: Entry): SubmissionState => ({
    ...live.view(),
    position: progress.position,
    events: progress.events.filter(isJudgeEvent),
  });

  const liveEntry = (userId: UserId, id: string): Entry | undefined => {
    const entry = entries.get(id);
    return entry?.progress.userId === userId ? entry : undefined;
  };

  return {
    async submit(userId, input) {
      const progress: Progress = {
        userId,
        position: 0,
        events: [],
        settledAtMs: null,
        listeners: new Set(),
      };
      const live = await useCase.submit(userId, input, {
        onEvent: (event) => {
          progress.position = event.type === 'queued' ? event.position : 0;
          progress.events.push(event);
          for (const listener of progress.listeners) listener.onEvent(event);
        },
        onRunning: () => (progress.position = 0),
        onSettled: () => {
          progress.settledAtMs = now();
          for (const listener of progress.listeners) listener.onEnd();
          progress.listeners.clear();
        },
      });
      const entry: Entry = { progress, live };
      entries.set(live.id, entry);
      return snapshot(entry);
    },

    async get(userId, id) {
      const entry = liveEntry(userId, id);
      if (entry !== undefined) return snapshot(entry);
      const record = await useCase.get(userId, id);
      return record === null ? undefined : fromRecord(record);
    },

    list: (userId, listOptions) => useCase.list(userId, listOptions),

    subscribe(userId, id, listeners) {
      const progress = liveEntry(userId, id)?.progress;
      if (progress === undefined || progress.settledAtMs !== null) return null;
      progress.listeners.add(listeners);
      return {
        past: [...progress.events],
        unsubscribe: () => progress.listeners.delete(listeners),
      };
    },

    idle: () => useCase.idle(),
    close: () => useCase.close(),
  };
};
