import type { ComplexityReport, JudgeResult, TestResult } from '@onsite/core';
import type { SubmissionResponse } from '../../api/contract';
import { describe, expect, it } from 'vitest';
import {
  formatValue,
  initialRunState,
  isMeasuringGrowth,
  progressLabel,
  runReducer,
  type RunAction,
  type RunState,
} from './judge-run';

const test = (
  index: number,
  verdict: TestResult['verdict'] = 'Accepted',
  sample = true,
): TestResult => ({ index, verdict, timeMs: 3, memoryKb: 1000, sample });
const result = (tests: TestResult[]): JudgeResult => ({
  verdict: tests.every((entry) => entry.verdict === 'Accepted') ? 'Accepted' : 'Wrong Answer',
  passed: tests.filter((entry) => entry.verdict === 'Accepted').length,
  total: tests.length,
  tests,
  compileOutput: null,
  compileTimeMs: null,
  error: null,
  isolation: 'namespaces',
});
const submission = (fields: Partial<SubmissionResponse>): SubmissionResponse => ({
  id: 's1',
  status: 'done',
  position: 0,
  events: [],
  questionId: 'coding/pair-with-target-sum',
  language: 'python',
  mode: 'submit',
  source: 'def f(): pass',
  createdAt: '2025-01-01T10:00:00.000Z',
  finishedAt: '2025-01-01T10:00:01.000Z',
  complexity: null,
  ...fields,
});
const report: ComplexityReport = {
  fittedClass: 'n',
  expectedClass: 'n',
  measurements: [
    { n: 1000, timeMs: 1 },
    { n: 2000, timeMs: 2 },
  ],
  verdict: 'as-expected',
  message: 'Grows like O(n), as expected.',
  fits: [],
};
const play = (actions: RunAction[], from: RunState = initialRunState) =>
  actions.reduce(runReducer, from);

describe('the run console state', () => {
  it('goes from sending through the queue and tests to done', () => {
    const start: RunAction = { type: 'start', mode: 'submit', expectedTotal: 3 };
    expect(play([start]).phase).toBe('sending');
    const queued = play([start, { type: 'created', position: 3 }]);
    expect(queued).toMatchObject({ phase: 'queued', position: 3 });
    expect(progressLabel(queued)).toBe('Waiting in the queue: 2 runs ahead of yours');
    const running = play(
      [
        { type: 'event', event: { type: 'compiling' } },
        { type: 'event', event: { type: 'test', result: test(0) } },
      ],
      queued,
    );
    expect(progressLabel(running)).toBe('Running tests: 1 of 3 done');
    const done = runReducer(running, {
      type: 'event',
      event: { type: 'done', result: result([test(0), test(1), test(2, 'Wrong Answer', false)]) },
    });
    expect(done.phase).toBe('done');
    expect(progressLabel(done)).toBe('2 / 3 passed');
  });

  it('says the judge worker was lost and starts the tests over when the judge retries on another worker', () => {
    const start: RunAction = { type: 'start', mode: 'submit', expectedTotal: 3 };
    const halfway = play([
      start,
      { type: 'event', event: { type: 'test', result: test(0) } },
      { type: 'event', event: { type: 'test', result: test(1) } },
    ]);
    const retrying = runReducer(halfway, {
      type: 'event',
      event: { type: 'retrying', message: 'judge worker lost; retrying' },
    });
    expect(retrying).toMatchObject({ phase: 'queued', tests: [] });
    expect(progressLabel(retrying)).toBe('Starting… (judge worker lost; retrying)');
    const rerun = runReducer(retrying, { type: 'event', event: { type: 'test', result: test(0) } });
    expect(progressLabel(rerun)).toBe('Running tests: 1 of 3 done (judge worker lost; retrying)');
    const done = runReducer(rerun, {
      type: 'event',
      event: { type: 'done', result: result([test(0), test(1), test(2)]) },
    });
    expect(progressLabel(done)).toBe('3 / 3 passed');
  });

  it('counts a test replayed after a reconnect once', () => {
    const state = play([
      { type: 'start', mode: 'run', expectedTotal: 2 },
      { type: 'event', event: { type: 'test', result: test(1) } },
      { type: 'event', event: { type: 'test', result: test(0) } },
      { type: 'event', event: { type: 'test', result: test(1) } },
    ]);
    expect(state.tests.map((entry) => entry.index)).toEqual([0, 1]);
  });

  it('takes a polled snapshot with an error as a failure', () => {
    const state = play([
      { type: 'start', mode: 'run', expectedTotal: 2 },
      {
        type: 'snapshot',
        submission: submission({
          mode: 'run',
          events: [{ type: 'queued', position: 1 }],
          error: { code: 'ISOLATION_TOO_WEAK', message: 'too weak' },
        }),
      },
    ]);
    expect(state).toMatchObject({
      phase: 'failed',
      error: { code: 'ISOLATION_TOO_WEAK', message: 'too weak' },
    });
  });

  it('ignores late events once the run has settled', () => {
    const done = play([
      { type: 'start', mode: 'run', expectedTotal: 1 },
      { type: 'event', event: { type: 'done', result: result([test(0)]) } },
    ]);
    expect(runReducer(done, { type: 'created', position: 4 })).toBe(done);
  });
});

describe('the progress line after a run with cases of the candidate’s own', () => {
  it('counts the examples as passed and the own cases as run, since they have no expected answer', () => {
    const state = play([
      { type: 'start', mode: 'run', expectedTotal: 4 },
      {
        type: 'event',
        event: { type: 'done', result: result([test(0), test(1), test(15), test(16)]) },
      },
    ]);
    expect(progressLabel(state, 15)).toBe('2 / 2 passed · 2 cases of yours ran');
    expect(progressLabel(state)).toBe('4 / 4 passed');
  });
});

describe('the growth measurement after an Accepted submit', () => {
  const submitted: RunAction = {
    type: 'start',
    mode: 'submit',
    expectedTotal: 1,
    measuresGrowth: true,
  };
  const accepted: RunAction = { type: 'event', event: { type: 'done', result: result([test(0)]) } };

  it('is awaited once the verdict is Accepted, and says so under the buttons', () => {
    const state = play([submitted, accepted]);
    expect(state.complexity).toEqual({ status: 'measuring' });
    expect(progressLabel(state)).toBe('1 / 1 passed · Measuring how your solution grows…');
  });

  it('is not awaited for a run, a failing submit or a problem without an input generator', () => {
    expect(play([{ ...submitted, mode: 'run' }, accepted]).complexity).toBeNull();
    expect(
      play([
        submitted,
        { type: 'event', event: { type: 'done', result: result([test(0, 'Wrong Answer')]) } },
      ]).complexity,
    ).toBeNull();
    expect(play([{ ...submitted, measuresGrowth: false }, accepted]).complexity).toBeNull();
  });

  it('takes the report from the complexity event', () => {
    const state = play([
      submitted,
      accepted,
      { type: 'complexity', complexity: { status: 'done', report } },
    ]);
    expect(state.complexity).toEqual({ status: 'done', report });
    expect(isMeasuringGrowth(state)).toBe(false);
    expect(progressLabel(state)).toBe('1 / 1 passed');
  });

  it('keeps a report that arrived over a late "measuring" from an older poll', () => {
    const reported = play([
      submitted,
      accepted,
      { type: 'complexity', complexity: { status: 'done', report } },
    ]);
    expect(runReducer(reported, { type: 'complexity', complexity: { status: 'measuring' } })).toBe(
      reported,
    );
    const stale = runReducer(reported, {
      type: 'snapshot',
      submission: submission({ result: result([test(0)]), complexity: { status: 'measuring' } }),
    });
    expect(stale.complexity).toEqual({ status: 'done', report });
  });

  it('reads the report, or its failure, from a stored submission', () => {
    const fromStorage = runReducer(initialRunState, {
      type: 'snapshot',
      submission: submission({ result: result([test(0)]), complexity: { status: 'done', report } }),
    });
    expect(fromStorage).toMatchObject({
      phase: 'done',
      mode: 'submit',
      complexity: { status: 'done', report },
    });
    const failed = runReducer(initialRunState, {
      type: 'snapshot',
      submission: submission({
        result: result([test(0)]),
        complexity: { status: 'failed', message: 'the generator threw' },
      }),
    });
    expect(failed.complexity).toEqual({ status: 'failed', message: 'the generator threw' });
  });

  it('stops waiting when the judged submission says nothing is measured', () => {
    const state = play([
      submitted,
      accepted,
      { type: 'snapshot', submission: submission({ result: result([test(0)]), complexity: null }) },
    ]);
    expect(state.complexity).toBeNull();
  });
});

describe('formatValue', () => {
  it('writes values as JSON and shortens huge ones', () => {
    expect(formatValue([1, 'a', null])).toBe('[1,"a",null]');
    expect(
      formatValue(
        Array.from({ length: 500 }, () => 1),
        20,
      ),
    ).toMatch(/^\[1,1,.*… \(1001 characters\)$/);
  });
});
