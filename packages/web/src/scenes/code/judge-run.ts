import type { JudgeEvent, JudgeMode, JudgeResult, TestResult, Verdict } from '@onsite/core';
import type { SubmissionResponse } from '../../api/contract';

/**
 * What the console shows about one Run or Submit, built from the judge's
 * events as they stream in. Pure, so replaying events (a reconnect sends the
 * past ones again) or a polled snapshot gives the same picture.
 */
export type RunPhase = 'idle' | 'sending' | 'queued' | 'compiling' | 'running' | 'done' | 'failed';

export interface RunState {
  readonly phase: RunPhase;
  readonly mode: JudgeMode | null;
  /** Place in the judge's queue: 1 = next; 0 = running or about to. */
  readonly position: number;
  /** Finished tests, by index, in index order. */
  readonly tests: readonly TestResult[];
  /** How many tests this run will have: known up front from the question, exact once `done` arrives. */
  readonly expectedTotal: number;
  readonly result: JudgeResult | null;
  readonly error: { readonly code: string; readonly message: string } | null;
}

export const initialRunState: RunState = {
  phase: 'idle',
  mode: null,
  position: 0,
  tests: [],
  expectedTotal: 0,
  result: null,
  error: null,
};

export type RunAction =
  | { readonly type: 'start'; readonly mode: JudgeMode; readonly expectedTotal: number }
  | { readonly type: 'created'; readonly position: number }
  | { readonly type: 'event'; readonly event: JudgeEvent }
  | { readonly type: 'snapshot'; readonly submission: SubmissionResponse }
  | { readonly type: 'failed'; readonly code: string; readonly message: string };

const withTest = (tests: readonly TestResult[], test: TestResult): readonly TestResult[] =>
  [...tests.filter((existing) => existing.index !== test.index), test].sort((a, b) => a.index - b.index);

const isSettled = (state: RunState) => state.phase === 'done' || state.phase === 'failed';

export const runReducer = (state: RunState, action: RunAction): RunState => {
  switch (action.type) {
    case 'start':
      return { ...initialRunState, phase: 'sending', mode: action.mode, expectedTotal: action.expectedTotal };
    case 'created':
      return isSettled(state) ? state : { ...state, phase: 'queued', position: action.position };
    case 'failed':
      return { ...state, phase: 'failed', error: { code: action.code, message: action.message } };
    case 'snapshot': {
      let next = state;
      for (const event of action.submission.events) next = runReducer(next, { type: 'event', event });
      if (action.submission.error !== undefined) return runReducer(next, { type: 'failed', ...action.submission.error });
      if (action.submission.result !== undefined) return runReducer(next, { type: 'event', event: { type: 'done', result: action.submission.result } });
      return next.phase === 'queued' ? { ...next, position: action.submission.position } : next;
    }
    case 'event': {
      if (isSettled(state)) return state;
      const { event } = action;
      switch (event.type) {
        case 'queued':
          return { ...state, phase: 'queued', position: event.position };
        case 'compiling':
          return { ...state, phase: 'compiling', position: 0 };
        case 'test':
          return { ...state, phase: 'running', position: 0, tests: withTest(state.tests, event.result) };
        case 'done':
          return {
            ...state,
            phase: 'done',
            position: 0,
            tests: event.result.tests,
            expectedTotal: event.result.total,
            result: event.result,
          };
      }
    }
  }
};

export const isRunBusy = (state: RunState): boolean =>
  state.phase === 'sending' || state.phase === 'queued' || state.phase === 'compiling' || state.phase === 'running';

/** The progress line under the buttons: always says what is happening, never a bare spinner. */
export const progressLabel = (state: RunState): string => {
  switch (state.phase) {
    case 'idle':
      return '';
    case 'sending':
      return 'Sending your code…';
    case 'queued':
      return state.position > 1
        ? `Waiting in the queue: ${state.position - 1} ${state.position === 2 ? 'run' : 'runs'} ahead of yours`
        : state.position === 1
          ? 'Queued: yours runs next'
          : 'Starting…';
    case 'compiling':
      return 'Compiling…';
    case 'running':
      return `Running tests: ${state.tests.length} of ${Math.max(state.expectedTotal, state.tests.length)} done`;
    case 'done':
      return state.result === null ? '' : `${state.result.passed} / ${state.result.total} passed`;
    case 'failed':
      return 'The judge could not run your code';
  }
};

export type Tone = 'good' | 'warn' | 'bad';

export const VERDICT_TONE: Readonly<Record<Verdict, Tone>> = {
  Accepted: 'good',
  'Wrong Answer': 'bad',
  'Time Limit Exceeded': 'warn',
  'Memory Limit Exceeded': 'warn',
  'Output Limit Exceeded': 'warn',
  'Runtime Error': 'bad',
  'Compile Error': 'bad',
};

/** Values as the candidate would write them in a test: JSON, shortened when huge. */
export const formatValue = (value: unknown, max = 400): string => {
  let text: string;
  try {
    // JSON.stringify gives undefined for undefined and functions, whatever its declared type says.
    const json = JSON.stringify(value) as string | undefined;
    text = json ?? 'undefined';
  } catch {
    text = '(a value that cannot be shown)';
  }
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
};
