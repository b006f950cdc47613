/**
 * Submissions to the judge, kept in memory: a Map capped at `maxKept`, each
 * finished submission dropped `keepMs` after it finished (the oldest finished
 * ones first when the cap is reached). Restarting the server forgets them;
 * they are a progress channel, not a record.
 *
 * Judging goes through a pool (createJudgePool) so that at most `concurrency`
 * run at once and the rest wait with a visible position.
 */
import {
  type Clock,
  DomainError,
  type IdGenerator,
  isDomainError,
  type Judge,
  type JudgeEvent,
  type JudgeRequest,
  type JudgeResult,
  type TestResult,
} from '@onsite/core';
import { createJudgePool } from '@onsite/judge';
import type { SubmissionStatus } from './contract';

export interface SubmissionState {
  readonly id: string;
  readonly mode: JudgeRequest['mode'];
  readonly status: SubmissionStatus;
  readonly position: number;
  readonly events: readonly JudgeEvent[];
  readonly result: JudgeResult | undefined;
  readonly error: { readonly code: string; readonly message: string } | undefined;
}

export interface SubmissionService {
  /** Starts judging; returns at once with the queue position. */
  submit(request: JudgeRequest): SubmissionState;
  get(id: string): SubmissionState | undefined;
  /** Calls `listener` with each new event of the submission (not those already past); returns the unsubscribe function. */
  subscribe(id: string, listener: (event: JudgeEvent | SubmissionFailure) => void): () => void;
}

/** Sent instead of `done` when the judge could not judge at all. */
export interface SubmissionFailure {
  readonly type: 'error';
  readonly code: string;
  readonly message: string;
}

export interface SubmissionServiceOptions {
  readonly judge: Judge;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly concurrency: number;
  readonly maxKept?: number;
  readonly keepMs?: number;
  /** Called for judge failures that are bugs rather than domain errors. */
  readonly onUnexpectedError?: (error: unknown) => void;
}

interface Entry {
  id: string;
  mode: JudgeRequest['mode'];
  status: SubmissionStatus;
  position: number;
  events: JudgeEvent[];
  result: JudgeResult | undefined;
  error: { code: string; message: string } | undefined;
  finishedAt: number | null;
  listeners: Set<(event: JudgeEvent | SubmissionFailure) => void>;
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
  mode: entry.mode,
  status: entry.status,
  position: entry.position,
  events: [...entry.events],
  result: entry.result,
  error: entry.error,
});

export const createSubmissionService = (options: SubmissionServiceOptions): SubmissionService => {
  const maxKept = options.maxKept ?? 1000;
  const keepMs = options.keepMs ?? 60 * 60_000;
  const entries = new Map<string, Entry>();
  const byRequest = new WeakMap<JudgeRequest, Entry>();

  // The pool calls this when a slot frees up: that is when a submission starts running.
  const pool = createJudgePool({
    concurrency: options.concurrency,
    judge: {
      get isolation() {
        return options.judge.isolation;
      },
      judge: (request, onEvent) => {
        const entry = byRequest.get(request);
        if (entry !== undefined) {
          entry.status = 'running';
          entry.position = 0;
        }
        return options.judge.judge(request, onEvent);
      },
    },
  });

  const now = () => options.clock.now().getTime();

  const evict = () => {
    for (const [id, entry] of entries) {
      if (entry.finishedAt !== null && now() - entry.finishedAt > keepMs) entries.delete(id);
    }
    if (entries.size < maxKept) return;
    const finished = [...entries.values()].filter((entry) => entry.finishedAt !== null).sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
    for (const entry of finished) {
      if (entries.size < maxKept) return;
      entries.delete(entry.id);
    }
    if (entries.size >= maxKept) throw new DomainError('QUEUE_FULL', `${entries.size} submissions are being judged; try again shortly.`);
  };

  const publish = (entry: Entry, event: JudgeEvent | SubmissionFailure) => {
    for (const listener of entry.listeners) listener(event);
  };

  const onEvent = (entry: Entry) => (raw: JudgeEvent) => {
    if (entry.finishedAt !== null) return;
    const event = hideHiddenData(raw, entry.mode);
    if (event.type === 'queued') {
      entry.position = event.position;
      entry.status = 'queued';
    } else if (event.type === 'done') {
      entry.status = 'done';
      entry.position = 0;
      entry.result = event.result;
      entry.finishedAt = now();
    } else {
      entry.status = 'running';
      entry.position = 0;
    }
    entry.events.push(event);
    publish(entry, event);
    if (event.type === 'done') entry.listeners.clear();
  };

  return {
    submit(request) {
      evict();
      const entry: Entry = {
        id: options.ids.next(),
        mode: request.mode,
        status: 'queued',
        position: 0,
        events: [],
        result: undefined,
        error: undefined,
        finishedAt: null,
        listeners: new Set(),
      };
      entries.set(entry.id, entry);
      byRequest.set(request, entry);
      const listen = onEvent(entry);
      pool.judge(request, listen).then(
        (result) => {
          // A judge that returned without a `done` event still finishes the submission.
          if (entry.finishedAt === null) listen({ type: 'done', result });
        },
        (error: unknown) => {
          if (!isDomainError(error)) options.onUnexpectedError?.(error);
          const failure: SubmissionFailure = isDomainError(error)
            ? { type: 'error', code: error.code, message: error.message }
            : {
                type: 'error',
                code: 'INTERNAL',
                message: 'The judge failed unexpectedly; the details are in the server log.',
              };
          entry.status = 'done';
          entry.position = 0;
          entry.error = { code: failure.code, message: failure.message };
          entry.finishedAt = now();
          publish(entry, failure);
          entry.listeners.clear();
        },
      );
      return snapshot(entry);
    },
    get(id) {
      const entry = entries.get(id);
      return entry === undefined ? undefined : snapshot(entry);
    },
    subscribe(id, listener) {
      const entry = entries.get(id);
      if (entry === undefined || entry.finishedAt !== null) return () => undefined;
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
  };
};
