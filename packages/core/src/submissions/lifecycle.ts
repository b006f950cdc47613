/**
 * A submission's life, the same wherever code is judged: stored `queued` before judging starts
 * (the code is never lost, whatever happens to the judging), `running` once it leaves the judge's
 * queue, `done` with a verdict or an error; an Accepted submit of a problem with an input
 * generator is then measured for growth. Every step is written through to the SubmissionStore in
 * order; the caller (the server's live progress) hears each event as the candidate may see it.
 */
import type { Clock, IdGenerator } from '../clock';
import { isDomainError } from '../errors';
import type { UserId } from '../ids';
import type { ComplexityReport } from '../rounds/coding/complexity';
import type {
  JudgeEvent,
  JudgeMode,
  JudgeRequest,
  JudgeResult,
  TestResult,
  Verdict,
} from '../rounds/coding/judge-spec';
import type {
  ComplexityState,
  SubmissionListOptions,
  SubmissionPatch,
  SubmissionRecord,
  SubmissionStore,
} from '../ports';
import { isStorageOutage } from '../storage-outage';
import { judgeRequestFor, type SpecRules, type SubmissionInput } from './request';

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

/** A submission as stored, without its owner and judging instance. */
export type SubmissionView = Omit<SubmissionRecord, 'userId' | 'judgedBy'>;

/** Hears one submission's life as it happens. */
export interface SubmissionObserver {
  /** Each event as the candidate may see it (hidden-test data removed), in order. */
  onEvent(event: SubmissionEvent): void;
  /** It left the judge's queue: no longer waiting for a place. */
  onRunning(): void;
  /** Nothing more will happen: judged and, if any, measured; or failed. */
  onSettled(): void;
}

export interface LiveSubmission {
  readonly id: string;
  /** Its stored fields as they stand now (the finish shows only once the store has it). */
  view(): SubmissionView;
}

/** Judges a request through the judge's queue, calling `onStart` when it leaves the queue to run. */
export type QueuedJudge = (
  request: JudgeRequest,
  onEvent: (event: JudgeEvent) => void,
  onStart: () => void,
) => Promise<JudgeResult>;

export interface SubmissionUseCaseOptions extends SpecRules {
  readonly judge: QueuedJudge;
  /** How the accepted code grows (the judge package's measureComplexity, through the same queue). */
  readonly measureGrowth: (request: JudgeRequest) => Promise<ComplexityReport>;
  readonly store: SubmissionStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** This server instance (Config.instanceId), stored with each submission it judges. */
  readonly instanceId: string;
  /** Resolves after `ms`: the backoff of a store write retried while the database is unreachable. */
  readonly wait: (ms: number) => Promise<void>;
  /** Called once a submission is valid, before it is stored: throws (QUEUE_FULL) to turn it away. */
  readonly admit?: () => void;
  /** Called for failures that are bugs rather than domain errors (judge, store, measurement). */
  readonly onUnexpectedError?: (error: unknown) => void;
}

export interface SubmissionUseCase {
  /** Checks what the request may carry, stores it (queued) and starts judging. */
  submit(
    userId: UserId,
    input: SubmissionInput,
    observer: SubmissionObserver,
  ): Promise<LiveSubmission>;
  get(userId: UserId, id: string): Promise<SubmissionRecord | null>;
  /** Newest first. */
  list(userId: UserId, options?: SubmissionListOptions): Promise<readonly SubmissionRecord[]>;
  /** Resolves once nothing is being judged, measured or written (tests; graceful shutdown). */
  idle(): Promise<void>;
  /**
   * Finishes the writes in hand and stops writing: what is still judging stays queued/running in
   * the store, and the next start marks it interrupted. Call before closing the database.
   */
  close(): Promise<void>;
}

/** Backoff of a store write retried while the database is unreachable. */
const STORE_RETRY_FIRST_MS = 100;
const STORE_RETRY_MAX_MS = 2_000;

/** Said when the judge lost the database (queue mode: the queue lives there) before it could judge. */
const JUDGING_STORAGE_LOST_MESSAGE =
  'The database could not be reached while this code was being judged, so there is no verdict. Your code is kept: run it again.';

/** The error stored for a submission a restart caught in flight. */
export const JUDGING_INTERRUPTED = {
  code: 'JUDGING_INTERRUPTED',
  message:
    'The server restarted while this code was being judged, so there is no verdict. Your code is kept: run it again.',
} as const;

/** A growth measurement follows only an Accepted submit of a problem with an input generator. */
export const measuresGrowthAfter = (
  mode: JudgeMode,
  verdict: Verdict,
  hasInputGenerator: boolean,
): boolean => mode === 'submit' && verdict === 'Accepted' && hasInputGenerator;

/**
 * In submit mode a hidden test shows only its index, verdict, time and memory, whatever the judge
 * sent: nothing relies on the judge alone for that.
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

const hideHiddenData = (event: JudgeEvent, mode: JudgeMode): JudgeEvent => {
  if (mode === 'run') return event;
  if (event.type === 'test') return { type: 'test', result: hideTest(event.result) };
  if (event.type === 'done') return { type: 'done', result: hideResult(event.result) };
  return event;
};

/** What the candidate is told when the judge could not judge: a domain error's own words, else why. */
const failureOf = (error: unknown): SubmissionFailure =>
  isDomainError(error)
    ? { type: 'error', code: error.code, message: error.message }
    : isStorageOutage(error)
      ? { type: 'error', code: 'STORAGE_UNAVAILABLE', message: JUDGING_STORAGE_LOST_MESSAGE }
      : {
          type: 'error',
          code: 'INTERNAL',
          message: 'The judge failed unexpectedly; the details are in the server log.',
        };

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

interface Entry {
  readonly userId: UserId;
  readonly request: JudgeRequest;
  readonly observer: SubmissionObserver;
  record: SubmissionView;
  /** Store writes of this submission, chained so they land in the order they happened. */
  saved: Promise<void>;
  /**
   * Set while the write that finishes the submission has not reached the store (the database is
   * down): the view then shows it still running, as the store does, so the two never disagree.
   */
  isFinishUnsaved: boolean;
}

const viewOf = (entry: Entry): SubmissionView =>
  entry.isFinishUnsaved
    ? {
        ...entry.record,
        status: 'running',
        result: null,
        error: null,
        finishedAt: null,
        complexity: null,
      }
    : entry.record;

export const createSubmissionUseCase = (options: SubmissionUseCaseOptions): SubmissionUseCase => {
  const { store } = options;
  const work = new Set<Promise<unknown>>();
  /** The store writes in flight: a part of `work`, the part closing waits for. */
  const writes = new Set<Promise<unknown>>();
  let isClosed = false;

  const track = <T>(promise: Promise<T>, sets = [work]): Promise<T> => {
    for (const set of sets) set.add(promise);
    const forget = () => sets.forEach((set) => set.delete(promise));
    promise.then(forget, forget);
    return promise;
  };

  // Work cut short by closing is not a fault: the next start marks it interrupted.
  const reportUnexpected = (error: unknown) => {
    if (!isClosed) options.onUnexpectedError?.(error);
  };

  /**
   * Changes the submission and writes the change through to the store, in order. While the
   * database is unreachable the write is retried (backing off up to STORE_RETRY_MAX_MS) until it
   * lands or the use case closes; the next start then marks what never landed interrupted. Any
   * other failed write is reported and the live state carries on.
   */
  const change = (entry: Entry, patch: SubmissionPatch) => {
    entry.record = { ...entry.record, ...patch };
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
          await store.updateSubmission(entry.userId, entry.record.id, patch);
          if (isFinish) entry.isFinishUnsaved = false;
          return;
        } catch (error) {
          if (!isStorageOutage(error) || isClosed) {
            reportUnexpected(error);
            return;
          }
          await options.wait(delayMs);
        }
      }
    };
    entry.saved = track(entry.saved.then(write), [work, writes]);
  };

  const markRunning = (entry: Entry) => {
    entry.observer.onRunning();
    if (entry.record.status === 'queued') change(entry, { status: 'running' });
  };

  const measure = async (entry: Entry) => {
    let state: ComplexityState;
    try {
      state = { status: 'done', report: await options.measureGrowth(entry.request) };
    } catch (error) {
      // The verdict stands whatever happens here: only the measurement failed.
      if (!isDomainError(error)) reportUnexpected(error);
      state = {
        status: 'failed',
        message: `The growth could not be measured: ${messageOf(error)}`,
      };
    }
    change(entry, { complexity: state });
    entry.observer.onEvent({ type: 'complexity', state });
    entry.observer.onSettled();
  };

  const finishJudged = (entry: Entry, result: JudgeResult) => {
    const { mode, spec } = entry.request;
    const isMeasured = measuresGrowthAfter(mode, result.verdict, spec.generator !== undefined);
    // Set before `done` goes out, so a listener knows a `complexity` event will follow.
    change(entry, {
      status: 'done',
      result,
      finishedAt: options.clock.now().toISOString(),
      complexity: isMeasured ? { status: 'measuring' } : null,
    });
    entry.observer.onEvent({ type: 'done', result });
    if (isMeasured) void track(measure(entry));
    else entry.observer.onSettled();
  };

  const onJudgeEvent = (entry: Entry) => (raw: JudgeEvent) => {
    if (entry.record.status === 'done') return;
    const event = hideHiddenData(raw, entry.request.mode);
    if (event.type === 'done') {
      finishJudged(entry, event.result);
      return;
    }
    if (event.type !== 'queued') markRunning(entry);
    entry.observer.onEvent(event);
  };

  const fail = (entry: Entry, error: unknown) => {
    if (!isDomainError(error)) reportUnexpected(error);
    const failure = failureOf(error);
    change(entry, {
      status: 'done',
      error: { code: failure.code, message: failure.message },
      finishedAt: options.clock.now().toISOString(),
    });
    entry.observer.onEvent(failure);
    entry.observer.onSettled();
  };

  return {
    async submit(userId, input, observer) {
      const { questionId, request } = judgeRequestFor(input, options);
      options.admit?.();
      const record: SubmissionView = {
        id: options.ids.next(),
        questionId,
        roundId: input.roundId ?? null,
        language: request.language,
        mode: request.mode,
        source: request.source,
        status: 'queued',
        result: null,
        error: null,
        complexity: null,
        createdAt: options.clock.now().toISOString(),
        finishedAt: null,
      };
      await store.createSubmission({ ...record, userId, judgedBy: options.instanceId });
      const entry: Entry = {
        userId,
        request,
        observer,
        record,
        saved: Promise.resolve(),
        isFinishUnsaved: false,
      };
      const listen = onJudgeEvent(entry);
      void track(
        options
          .judge(request, listen, () => markRunning(entry))
          .then(
            // A judge that returned without a `done` event still finishes the submission.
            (result) => listen({ type: 'done', result }),
            (error: unknown) => fail(entry, error),
          ),
      );
      return { id: record.id, view: () => viewOf(entry) };
    },

    get: (userId, id) => store.getSubmission(userId, id),

    list: (userId, listOptions) => store.listSubmissions(userId, listOptions),

    async idle() {
      while (work.size > 0) await Promise.allSettled([...work]);
    },

    async close() {
      const pending = [...writes];
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
