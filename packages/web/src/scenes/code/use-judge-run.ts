import { measuresGrowthAfter, type ComplexityState, type JudgeEvent } from '@onsite/core';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { api, isApiError } from '../../api/client';
import type { CreateSubmissionInput } from '../../api/contract';
import { describeError } from '../../api/errors';
import { initialRunState, runReducer } from './judge-run';

const JUDGE_EVENTS = ['queued', 'compiling', 'retrying', 'test', 'done'] as const;
const POLL_MS = 1000;

const parse = (data: unknown): unknown => {
  if (typeof data !== 'string') return null;
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
};

export interface JudgeRunOptions {
  /** How many tests to expect before the server says (for the progress line). */
  readonly expectedTotal: number;
  /** The question has an input generator: an Accepted submit is followed by a growth measurement. */
  readonly measuresGrowth?: boolean;
  /** Called when the submission is created and again once it has settled (verdict and any growth report in): the history changed. */
  readonly onHistoryChange?: () => void;
  /**
   * Called with the submission's id once its verdict is in, and again once its growth report is
   * (after an Accepted submit that is measured): once per stage, however the news arrived.
   */
  readonly onJudged?: (submissionId: string, stage: 'verdict' | 'growth') => void;
  /** Called when the run ends without a verdict (refused by the server, or the judge's error). */
  readonly onFailed?: (message: string) => void;
}

/**
 * Sends code to the judge and follows it over server-sent events, through the
 * verdict and, after an Accepted submit, the growth measurement. If the stream
 * drops before the end, it falls back to polling the submission, so a flaky
 * connection still ends in a verdict (and a report).
 */
export const useJudgeRun = () => {
  const [state, dispatch] = useReducer(runReducer, initialRunState);
  const stop = useRef<() => void>(() => undefined);

  useEffect(() => () => stop.current(), []);

  const start = useCallback(async (input: CreateSubmissionInput, options: JudgeRunOptions) => {
    const measuresGrowth = options.measuresGrowth ?? false;
    stop.current();
    // An object, not a boolean: it is flipped from the stop callback, after this function's checks were written.
    const run = { cancelled: false };
    const cancelled = () => run.cancelled;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const settle = () => {
      if (settled || cancelled()) return;
      settled = true;
      options.onHistoryChange?.();
    };
    stop.current = () => {
      run.cancelled = true;
      source?.close();
      clearTimeout(timer);
    };
    dispatch({
      type: 'start',
      mode: input.mode,
      expectedTotal: options.expectedTotal,
      measuresGrowth,
    });

    let id: string;
    try {
      const created = await api('POST /api/submissions', { body: input });
      id = created.id;
      if (cancelled()) return;
      dispatch({ type: 'created', position: created.position });
    } catch (error) {
      if (cancelled()) return;
      const copy = describeError(error);
      dispatch({
        type: 'failed',
        code: isApiError(error) ? error.code : 'UNKNOWN',
        message: `${copy.title}. ${copy.detail}`,
      });
      options.onFailed?.(`${copy.title}. ${copy.detail}`);
      return;
    }
    // The history gains a line at once (queued), so show it.
    options.onHistoryChange?.();
    const told = new Set<'verdict' | 'growth'>();
    const tellJudged = (stage: 'verdict' | 'growth') => {
      if (told.has(stage) || cancelled()) return;
      told.add(stage);
      options.onJudged?.(id, stage);
    };

    const poll = async () => {
      if (cancelled()) return;
      try {
        const submission = await api('GET /api/submissions/:id', { params: { id } });
        if (cancelled()) return;
        dispatch({ type: 'snapshot', submission });
        if (submission.status === 'done') tellJudged('verdict');
        if (submission.status === 'done' && submission.complexity?.status === 'done')
          tellJudged('growth');
        if (submission.status === 'done' && submission.complexity?.status !== 'measuring') {
          settle();
          return;
        }
      } catch (error) {
        if (cancelled()) return;
        if (isApiError(error) && error.status > 0 && error.status < 500) {
          dispatch({
            type: 'failed',
            code: error.code,
            message: `${describeError(error).title}. ${error.message}`,
          });
          options.onFailed?.(`${describeError(error).title}. ${error.message}`);
          settle();
          return;
        }
      }
      timer = setTimeout(() => void poll(), POLL_MS);
    };

    const stream = new EventSource(api.url('GET /api/submissions/:id/events', { params: { id } }));
    source = stream;
    const onJudgeEvent = (message: MessageEvent) => {
      const event = parse(message.data);
      if (event === null || typeof event !== 'object') return;
      // The server sends the contract's JudgeEvent; the event name says which one.
      const judgeEvent = event as JudgeEvent;
      dispatch({ type: 'event', event: judgeEvent });
      if (judgeEvent.type === 'done') tellJudged('verdict');
      // After an Accepted submit the stream stays open for the `complexity` event that follows.
      if (
        judgeEvent.type === 'done' &&
        !measuresGrowthAfter(input.mode, judgeEvent.result.verdict, measuresGrowth)
      ) {
        stream.close();
        settle();
      }
    };
    for (const name of JUDGE_EVENTS) stream.addEventListener(name, onJudgeEvent);
    stream.addEventListener('complexity', (message: MessageEvent) => {
      const data = parse(message.data);
      if (data === null || typeof data !== 'object' || !('status' in data)) return;
      // The server sends the contract's ComplexityState.
      dispatch({ type: 'complexity', complexity: data as ComplexityState });
      stream.close();
      tellJudged('growth');
      settle();
    });
    stream.addEventListener('error', (event) => {
      stream.close();
      // `event: error` from the server carries {code, message}; a bare error is the connection dropping.
      const data = event instanceof MessageEvent ? parse(event.data) : null;
      if (data !== null && typeof data === 'object' && 'code' in data && 'message' in data) {
        dispatch({ type: 'failed', code: String(data.code), message: String(data.message) });
        options.onFailed?.(String(data.message));
        settle();
        return;
      }
      void poll();
    });
  }, []);

  return { state, start };
};
