/**
 * Submissions to the judge. Every Run and Submit is kept for good in the
 * SubmissionStore (the code as judged, the verdict, the growth measurement);
 * while one is live its progress also lives in memory: the events so far, the
 * queue position and the SSE listeners. Memory entries are dropped `keepMs`
 * after they settle (the oldest first when `maxKept` is reached); after that,
 * and after a restart, a submission is read back from the store.
 *
 * Judging goes through a pool (createJudgePool) so that at most `concurrency`
 * run at once and the rest wait with a visible position. The growth
 * measurement after an Accepted submit goes through the same pool, one job
 * per size, so it waits its turn like any run.
 */
import {
  type Clock,
  type ComplexityState,
  DomainError,
  type IdGenerator,
  isDomainError,
  isStorageOutage,
  type Judge,
  type JudgeEvent,
  type JudgeRequest,
  type JudgeResult,
  type SubmissionListOptions,
  type SubmissionPatch,
  type SubmissionRecord,
  type SubmissionStore,
  type TestResult,
  type UserId,
} from '@onsite/core';
import { createJudgePool, measureComplexity, type MeasureComplexityOptions } from '@onsite/judge';
import type { SubmissionStatus } from './contract';

/** A submission as the API shows it: the stored record plus, while live, the queue position and the events so far. */
export interface SubmissionState extends Omit<SubmissionRecord, 'userId' | 'judgedBy'> {
  readonly position: number;
  /** Empty for a submission read back from the store. */
  readonly events: readonly JudgeEvent[];
}

/** Sent instead of `done` when the judge could not judge at all. */
export interface SubmissionFailure {
  readonly type: 'error';
  readonly code: string;
  readonly message: string;
}

/** Sent after `done` when a growth measurement followed, once it finished or failed. */
export interface ComplexityEvent {
  readonly type: 'complexity';
  readonly state: ComplexityState;
}

export type SubmissionEvent = JudgeEvent | SubmissionFailure | ComplexityEvent;

export interface SubmissionSubscription {
  /** Everything that already happened, in order: replay it before the live events. */
  readonly past: readonly SubmissionEvent[];
  unsubscribe(): void;
}

export interface SubmitInput {
  readonly userId: UserId;
  /** The bank question judged, or null for an inline spec. */
  readonly questionId: string | null;
  readonly request: JudgeRequest;
}

export interface SubmissionService {
  /** Stores the submission (status queued) and starts judging; returns with the queue position. */
  submit(input: SubmitInput): Promise<SubmissionState>;
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
  /**
   * Finishes the writes in hand and stops writing: what is still judging stays queued/running in
   * the store, and the next start marks it interrupted. Call before closing the database.
   */
  close(): Promise<void>;
}

export interface SubmissionServiceOptions {
  readonly judge: Judge;
  readonly store: SubmissionStore;
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

/** Backoff of a store write retried while the database is unreachable. */
const STORE_RETRY_FIRST_MS = 100;
const STORE_RETRY_MAX_MS = 2_000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Said when the judge lost the database (queue mode: the queue lives there) before it could judge. */
const JUDGING_STORAGE_LOST_MESSAGE =
  'The database could not be reached while this code was being judged, so there is no verdict. Your code is kept: run it again.';

/** The error stored for a submission a restart caught in flight. */
export const JUDGING_INTERRUPTED = {
  code: 'JUDGING_INTERRUPTED',
  message:
    'The server restarted while this code was being judged, so there is no verdict. Your code is kept: run it again.',
} as const;

interface Entry {
  readonly id: string;
  readonly userId: UserId;
  readonly questionId: string | null;
  readonly request: JudgeRequest;
  readonly createdAt: string;
  status: SubmissionStatus;
  position: number;
  events: JudgeEvent[];
  result: JudgeResult | null;
  error: { code: string; message: string } | null;
  complexity: ComplexityState | null;
  finishedAt: string | null;
  /** When nothing more will happen (judged and, if any, measured); eviction counts from here. */
  settledAtMs: number | null;
  listeners: Set<{ onEvent(event: SubmissionEvent): void; onEnd(): void }>;
  /** Store writes of this submission, chained so they land in the order they happened. */
  saved: Promise<void>;
  /**
   * Set while the write that finishes the submission has not reached the store (the database is
   * down): the API then shows it still running, as the store does, so the two never disagree.
   */
  isFinishUnsaved: boolean;
}

/**
 * In submit mode a hidden test shows only its index, verdict, time and memory,
 * whatever the judge sent: the server does not rely on the judge alone for that.
 */
const hideTest = (test: TestResult): TestResult =>
  test.sample
    ? test
    : {
        index: test.index,
        verdict: test.verdict,
        timeMs: test.timeMs,
        memoryKb: test.memoryKb,
        sample: false,
      };

const hideResult = (result: JudgeResult): JudgeResult => {
  const firstFailure = result.tests.find((test) => test.verdict !== 'Accepted');
  // An error message can quote a hidden input; its line number cannot.
  const error =
    result.error !== null && firstFailure !== undefined && !firstFailure.sample
      ? {
          message: `${firstFailure.verdict} on hidden test ${firstFailure.index}`,
          line: result.error.line,
        }
      : result.error;
  return { ...result, tests: result.tests.map(hideTest), error };
};

export const hideHiddenData = (event: JudgeEvent, mode: JudgeRequest['mode']): JudgeEvent => {
  if (mode === 'run') return event;
  if (event.type === 'test') return { type: 'test', result: hideTest(event.result) };
  if (event.type === 'done') return { type: 'done', result: hideResult(event.result) };
  return event;
};

const snapshot = (entry: Entry): SubmissionState => ({
  id: entry.id,
  questionId: entry.questionId,
  language: entry.request.language,
  mode: entry.request.mode,
  source: entry.request.source,
  position: entry.position,
  events: [...entry.events],
  createdAt: entry.createdAt,
  ...(entry.isFinishUnsaved
    ? { status: 'running', result: null, error: null, finishedAt: null, complexity: null }
    : {
        status: entry.status,
        result: entry.result,
        error: entry.error,
        finishedAt: entry.finishedAt,
        complexity: entry.complexity,
      }),
});

const fromRecord = (record: SubmissionRecord): SubmissionState => {
  const { userId: _userId, judgedBy: _judgedBy, ...rest } = record;
  return { ...rest, position: 0, events: [] };
};

/** What already happened to a live submission, as the SSE stream replays it. */
const pastEvents = (entry: Entry): SubmissionEvent[] => {
  const past: SubmissionEvent[] = [...entry.events];
  if (entry.error !== null) past.push({ type: 'error', ...entry.error });
  if (entry.complexity !== null && entry.complexity.status !== 'measuring')
    past.push({ type: 'complexity', state: entry.complexity });
  return past;
};

/** A growth measurement follows only an Accepted submit of a problem with an input generator. */
const isMeasured = (request: JudgeRequest, result: JudgeResult): boolean =>
  request.mode === 'submit' &&
  result.verdict === 'Accepted' &&
  request.spec.generator !== undefined;

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export const createSubmissionService = (options: SubmissionServiceOptions): SubmissionService => {
  const maxKept = options.maxKept ?? 1000;
  const keepMs = options.keepMs ?? 60 * 60_000;
  const { store } = options;
  const entries = new Map<string, Entry>();
  const byRequest = new WeakMap<JudgeRequest, Entry>();
  const work = new Set<Promise<unknown>>();
  let isClosed = false;

  const track = <T>(promise: Promise<T>): Promise<T> => {
    work.add(promise);
    const forget = () => work.delete(promise);
    promise.then(forget, forget);
    return promise;
  };

  // Work cut short by closing is not a fault: the next start marks it interrupted.
  const reportUnexpected = (error: unknown) => {
    if (!isClosed) options.onUnexpectedError?.(error);
  };

  /**
   * Writes through to the store in order. While the database is unreachable the write is retried
   * (backing off up to STORE_RETRY_MAX_MS) until it lands or the service closes; the next start
   * then marks what never landed interrupted. Any other failed write is logged and the live state carries on.
   */
  const persist = (entry: Entry, patch: SubmissionPatch) => {
    if (isClosed) return;
    const isFinish = patch.status === 'done';
    if (isFinish) entry.isFinishUnsaved = true;
    const write = async (): Promise<void> => {
      for (
        let delayMs = STORE_RETRY_FIRST_MS;
        ;
        delayMs = Math.min(delayMs * 2, STORE_RETRY_MAX_MS)
      ) {
        try {
          await store.updateSubmission(entry.userId, entry.id, patch);
          if (isFinish) entry.isFinishUnsaved = false;
          return;
        } catch (error) {
          if (!isStorageOutage(error) || isClosed) {
            reportUnexpected(error);
            return;
          }
          await sleep(delayMs);
        }
      }
    };
    entry.saved = track(entry.saved.then(write));
  };

  const now = () => options.clock.now();

  const markRunning = (entry: Entry) => {
    entry.position = 0;
    if (entry.status !== 'queued') return;
    entry.status = 'running';
    persist(entry, { status: 'running' });
  };

  // The pool calls this when a slot frees up: that is when a submission starts running.
  const pool = createJudgePool({
    concurrency: options.concurrency,
    judge: {
      get isolation() {
        return options.judge.isolation;
      },
      judge: (request, onEvent) => {
        const entry = byRequest.get(request);
        if (entry !== undefined) markRunning(entry);
        return options.judge.judge(request, onEvent);
      },
    },
  });

  const evict = () => {
    const nowMs = now().getTime();
    for (const [id, entry] of entries) {
      if (entry.settledAtMs !== null && nowMs - entry.settledAtMs > keepMs) entries.delete(id);
    }
    if (entries.size < maxKept) return;
    const settled = [...entries.values()]
      .filter((entry) => entry.settledAtMs !== null)
      .sort((a, b) => (a.settledAtMs ?? 0) - (b.settledAtMs ?? 0));
    for (const entry of settled) {
      if (entries.size < maxKept) return;
      entries.delete(entry.id);
    }
    if (entries.size >= maxKept)
      throw new DomainError(
        'QUEUE_FULL',
        `${entries.size} submissions are being judged; try again shortly.`,
      );
  };

  const publish = (entry: Entry, event: SubmissionEvent) => {
    for (const listener of entry.listeners) listener.onEvent(event);
  };

  const settle = (entry: Entry) => {
    entry.settledAtMs = now().getTime();
    for (const listener of entry.listeners) listener.onEnd();
    entry.listeners.clear();
  };

  const measure = async (entry: Entry) => {
    let state: ComplexityState;
    try {
      const report = await measureComplexity(
        pool,
        entry.request.spec,
        entry.request.language,
        entry.request.source,
        options.complexity,
      );
      state = { status: 'done', report };
    } catch (error) {
      // The verdict stands whatever happens here: only the measurement failed.
      if (!isDomainError(error)) reportUnexpected(error);
      state = {
        status: 'failed',
        message: `The growth could not be measured: ${messageOf(error)}`,
      };
    }
    entry.complexity = state;
    persist(entry, { complexity: state });
    publish(entry, { type: 'complexity', state });
    settle(entry);
  };

  const finishJudged = (entry: Entry, result: JudgeResult) => {
    entry.status = 'done';
    entry.position = 0;
    entry.result = result;
    entry.finishedAt = now().toISOString();
    // Set before `done` goes out, so a listener knows a `complexity` event will follow.
    entry.complexity = isMeasured(entry.request, result) ? { status: 'measuring' } : null;
    persist(entry, {
      status: 'done',
      result,
      finishedAt: entry.finishedAt,
      complexity: entry.complexity,
    });
    const event: JudgeEvent = { type: 'done', result };
    entry.events.push(event);
    publish(entry, event);
    if (entry.complexity === null) settle(entry);
    else void track(measure(entry));
  };

  const onEvent = (entry: Entry) => (raw: JudgeEvent) => {
    if (entry.status === 'done') return;
    const event = hideHiddenData(raw, entry.request.mode);
    if (event.type === 'done') {
      finishJudged(entry, event.result);
      return;
    }
    if (event.type === 'queued') {
      entry.position = event.position;
    } else {
      markRunning(entry);
    }
    entry.events.push(event);
    publish(entry, event);
  };

  const fail = (entry: Entry, error: unknown) => {
    if (!isDomainError(error)) reportUnexpected(error);
    const failure: SubmissionFailure = isDomainError(error)
      ? { type: 'error', code: error.code, message: error.message }
      : isStorageOutage(error)
        ? { type: 'error', code: 'STORAGE_UNAVAILABLE', message: JUDGING_STORAGE_LOST_MESSAGE }
        : {
            type: 'error',
            code: 'INTERNAL',
            message: 'The judge failed unexpectedly; the details are in the server log.',
          };
    entry.status = 'done';
    entry.position = 0;
    entry.error = { code: failure.code, message: failure.message };
    entry.finishedAt = now().toISOString();
    persist(entry, { status: 'done', error: entry.error, finishedAt: entry.finishedAt });
    publish(entry, failure);
    settle(entry);
  };

  const live = (userId: UserId, id: string): Entry | undefined => {
    const entry = entries.get(id);
    return entry?.userId === userId ? entry : undefined;
  };

  return {
    async submit({ userId, questionId, request }) {
      evict();
      const entry: Entry = {
        id: options.ids.next(),
        userId,
        questionId,
        request,
        createdAt: now().toISOString(),
        status: 'queued',
        position: 0,
        events: [],
        result: null,
        error: null,
        complexity: null,
        finishedAt: null,
        settledAtMs: null,
        listeners: new Set(),
        saved: Promise.resolve(),
        isFinishUnsaved: false,
      };
      // Stored before judging starts: the code is never lost, whatever happens to the judging.
      const { position: _position, events: _events, ...record } = snapshot(entry);
      await store.createSubmission({ ...record, userId, judgedBy: options.instanceId });
      entries.set(entry.id, entry);
      byRequest.set(request, entry);
      const listen = onEvent(entry);
      void track(
        pool.judge(request, listen).then(
          (result) => {
            // A judge that returned without a `done` event still finishes the submission.
            if (entry.status !== 'done') listen({ type: 'done', result });
          },
          (error: unknown) => fail(entry, error),
        ),
      );
      return snapshot(entry);
    },

    async get(userId, id) {
      const entry = live(userId, id);
      if (entry !== undefined) return snapshot(entry);
      const record = await store.getSubmission(userId, id);
      return record === null ? undefined : fromRecord(record);
    },

    list: (userId, listOptions) => store.listSubmissions(userId, listOptions),

    subscribe(userId, id, listeners) {
      const entry = live(userId, id);
      if (entry === undefined || entry.settledAtMs !== null) return null;
      entry.listeners.add(listeners);
      return { past: pastEvents(entry), unsubscribe: () => entry.listeners.delete(listeners) };
    },

    async idle() {
      while (work.size > 0) await Promise.allSettled([...work]);
    },

    async close() {
      const pending = [...entries.values()].map((entry) => entry.saved);
      isClosed = true;
      await Promise.allSettled(pending);
    },
  };
};

/** No judging, queue wait and growth measurement included, takes this long: older unfinished work is lost. */
export const ABANDONED_AFTER_MS = 60 * 60_000;

/**
 * Marks what this instance's previous run left queued or running as interrupted (and an
 * unfinished growth measurement as failed), keeping the code; also what any instance left
 * unfinished longer ago than ABANDONED_AFTER_MS (one that never came back). Other live
 * instances' submissions are left alone. Call at start-up, before serving, then now and again.
 * Returns how many submissions changed.
 */
export const abandonInterruptedSubmissions = (
  store: SubmissionStore,
  clock: Clock,
  instanceId: string | undefined,
): Promise<number> => {
  const now = clock.now();
  return store.abandonUnfinished(JUDGING_INTERRUPTED, now.toISOString(), {
    ...(instanceId === undefined ? {} : { judgedBy: instanceId }),
    createdBefore: new Date(now.getTime() - ABANDONED_AFTER_MS).toISOString(),
  });
};
