import {
  measuresGrowthAfter,
  type ComplexityState,
  type JudgeEvent,
  type JudgeMode,
  type JudgeResult,
  type TestResult,
  type Verdict,
} from '@onsite/core';
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
  /** Whether the question has an input generator, so that an Accepted submit is measured for growth. */
  readonly measuresGrowth: boolean;
  /** The growth measurement: 'measuring' from the Accepted verdict until the report (or its failure) arrives. */
  readonly complexity: ComplexityState | null;
  /** Set when the judge lost its worker and started over ("judge worker lost; retrying"): shown until the run settles. */
  readonly notice: string | null;
}

export const initialRunState: RunState = {
  phase: 'idle',
  mode: null,
  position: 0,
  tests: [],
  expectedTotal: 0,
  result: null,
  error: null,
  measuresGrowth: false,
  complexity: null,
  notice: null,
};

export type RunAction =
  | {
      readonly type: 'start';
      readonly mode: JudgeMode;
      readonly expectedTotal: number;
      readonly measuresGrowth?: boolean;
    }
  | { readonly type: 'created'; readonly position: number }
  | { readonly type: 'event'; readonly event: JudgeEvent }
  | { readonly type: 'snapshot'; readonly submission: SubmissionResponse }
  | { readonly type: 'complexity'; readonly complexity: ComplexityState }
  | { readonly type: 'failed'; readonly code: string; readonly message: string };

const withTest = (tests: readonly TestResult[], test: TestResult): readonly TestResult[] =>
  [...tests.filter((existing) => existing.index !== test.index), test].sort(
    (a, b) => a.index - b.index,
  );

const isSettled = (state: RunState) => state.phase === 'done' || state.phase === 'failed';

export const runReducer = (state: RunState, action: RunAction): RunState => {
  switch (action.type) {
    case 'start':
      return {
        ...initialRunState,
        phase: 'sending',
        mode: action.mode,
        expectedTotal: action.expectedTotal,
        measuresGrowth: action.measuresGrowth ?? false,
      };
    case 'complexity':
      // A late 'measuring' (an old poll) never hides a report that already arrived.
      return action.complexity.status === 'measuring' &&
        state.complexity !== null &&
        state.complexity.status !== 'measuring'
        ? state
        : { ...state, complexity: action.complexity };
    case 'created':
      return isSettled(state) ? state : { ...state, phase: 'queued', position: action.position };
    case 'failed':
      return { ...state, phase: 'failed', error: { code: action.code, message: action.message } };
    case 'snapshot': {
      let next: RunState = state.mode === null ? { ...state, mode: action.submission.mode } : state;
      for (const event of action.submission.events)
        next = runReducer(next, { type: 'event', event });
      if (action.submission.error !== undefined)
        return runReducer(next, { type: 'failed', ...action.submission.error });
      if (action.submission.result !== undefined) {
        next = runReducer(next, {
          type: 'event',
          event: { type: 'done', result: action.submission.result },
        });
        // Once judged, the server's word on growth stands: null means nothing is measured.
        if (action.submission.status === 'done') {
          return action.submission.complexity === null
            ? { ...next, complexity: null }
            : runReducer(next, { type: 'complexity', complexity: action.submission.complexity });
        }
        return next;
      }
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
        case 'retrying':
          // The tests so far ran on the lost worker: they are void, and all of them run again.
          return { ...state, phase: 'queued', position: 0, tests: [], notice: event.message };
        case 'test':
          return {
            ...state,
            phase: 'running',
            position: 0,
            tests: withTest(state.tests, event.result),
          };
        case 'done':
          return {
            ...state,
            phase: 'done',
            position: 0,
            tests: event.result.tests,
            expectedTotal: event.result.total,
            result: event.result,
            complexity:
              state.mode !== null &&
              measuresGrowthAfter(state.mode, event.result.verdict, state.measuresGrowth)
                ? { status: 'measuring' }
                : state.complexity,
          };
      }
    }
  }
};

export const isMeasuringGrowth = (state: RunState): boolean =>
  state.complexity?.status === 'measuring';

export const isRunBusy = (state: RunState): boolean =>
  state.phase === 'sending' ||
  state.phase === 'queued' ||
  state.phase === 'compiling' ||
  state.phase === 'running';

/**
 * The progress line under the buttons: always says what is happening, never a bare spinner.
 * With the question's test count, a run counts the examples apart from the candidate's own cases
 * (those have no expected answer, so "passed" would claim a check that never happened).
 */
export const progressLabel = (state: RunState, testCount?: number): string => {
  const label = phaseLabel(state, testCount);
  return state.notice !== null && isRunBusy(state) ? `${label} (${state.notice})` : label;
};

const phaseLabel = (state: RunState, testCount?: number): string => {
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
      if (state.result === null) return '';
      if (state.mode === 'run' && testCount !== undefined) {
        const examples = state.result.tests.filter((test) => test.index < testCount);
        const own = state.result.tests.length - examples.length;
        const passed = `${examples.filter((test) => test.verdict === 'Accepted').length} / ${examples.length} passed`;
        return own === 0
          ? passed
          : `${passed} · ${own === 1 ? '1 case of yours ran' : `${own} cases of yours ran`}`;
      }
      return isMeasuringGrowth(state)
        ? `${state.result.passed} / ${state.result.total} passed · Measuring how your solution grows…`
        : `${state.result.passed} / ${state.result.total} passed`;
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
