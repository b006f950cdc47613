import type { JudgeEvent } from '@onsite/core';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { api, isApiError } from '../../api/client';
import type { CreateSubmissionInput } from '../../api/contract';
import { describeError } from '../../api/errors';
import { initialRunState, runReducer } from './judge-run';

const JUDGE_EVENTS = ['queued', 'compiling', 'test', 'done'] as const;
const POLL_MS = 1000;

const parse = (data: unknown): unknown => {
  if (typeof data !== 'string') return null;
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
};

/**
 * Sends code to the judge and follows it over server-sent events. If the
 * stream drops before the end, it falls back to polling the submission, so a
 * flaky connection still ends in a verdict.
 */
export const useJudgeRun = () => {
  const [state, dispatch] = useReducer(runReducer, initialRunState);
  const stop = useRef<() => void>(() => undefined);

  useEffect(() => () => stop.current(), []);

  const start = useCallback(async (input: CreateSubmissionInput, expectedTotal: number) => {
    stop.current();
    // An object, not a boolean: it is flipped from the stop callback, after this function's checks were written.
    const run = { cancelled: false };
    const cancelled = () => run.cancelled;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    stop.current = () => {
      run.cancelled = true;
      source?.close();
      clearTimeout(timer);
    };
    dispatch({ type: 'start', mode: input.mode, expectedTotal });

    let id: string;
    try {
      const created = await api.createSubmission(input);
      id = created.id;
      if (cancelled()) return;
      dispatch({ type: 'created', position: created.position });
    } catch (error) {
      if (cancelled()) return;
      const copy = describeError(error);
      dispatch({ type: 'failed', code: isApiError(error) ? error.code : 'UNKNOWN', message: `${copy.title}. ${copy.detail}` });
      return;
    }

    const poll = async () => {
      if (cancelled()) return;
      try {
        const submission = await api.getSubmission(id);
        if (cancelled()) return;
        dispatch({ type: 'snapshot', submission });
        if (submission.status === 'done') return;
      } catch (error) {
        if (cancelled()) return;
        if (isApiError(error) && error.status > 0 && error.status < 500) {
          dispatch({ type: 'failed', code: error.code, message: `${describeError(error).title}. ${error.message}` });
          return;
        }
      }
      timer = setTimeout(() => void poll(), POLL_MS);
    };

    const stream = new EventSource(api.submissionEventsUrl(id));
    source = stream;
    const onJudgeEvent = (message: MessageEvent) => {
      const event = parse(message.data);
      if (event === null || typeof event !== 'object') return;
      // The server sends the contract's JudgeEvent; the event name says which one.
      dispatch({ type: 'event', event: event as JudgeEvent });
      if (message.type === 'done') stream.close();
    };
    for (const name of JUDGE_EVENTS) stream.addEventListener(name, onJudgeEvent);
    stream.addEventListener('error', (event) => {
      stream.close();
      // `event: error` from the server carries {code, message}; a bare error is the connection dropping.
      const data = event instanceof MessageEvent ? parse(event.data) : null;
      if (data !== null && typeof data === 'object' && 'code' in data && 'message' in data) {
        dispatch({ type: 'failed', code: String(data.code), message: String(data.message) });
        return;
      }
      void poll();
    });
  }, []);

  return { state, start };
};
