import type { JudgeResult, TestResult } from '@onsite/core';
import { describe, expect, it } from 'vitest';
import { formatValue, initialRunState, progressLabel, runReducer, type RunAction, type RunState } from './judge-run';

const test = (index: number, verdict: TestResult['verdict'] = 'Accepted', sample = true): TestResult => ({ index, verdict, timeMs: 3, memoryKb: 1000, sample });
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
const play = (actions: RunAction[], from: RunState = initialRunState) => actions.reduce(runReducer, from);

describe('the run console state', () => {
  it('goes from sending through the queue and tests to done', () => {
    const start: RunAction = { type: 'start', mode: 'submit', expectedTotal: 3 };
    expect(play([start]).phase).toBe('sending');
    const queued = play([start, { type: 'created', position: 3 }]);
    expect(queued).toMatchObject({ phase: 'queued', position: 3 });
    expect(progressLabel(queued)).toBe('Waiting in the queue: 2 runs ahead of yours');
    const running = play([{ type: 'event', event: { type: 'compiling' } }, { type: 'event', event: { type: 'test', result: test(0) } }], queued);
    expect(progressLabel(running)).toBe('Running tests: 1 of 3 done');
    const done = runReducer(running, { type: 'event', event: { type: 'done', result: result([test(0), test(1), test(2, 'Wrong Answer', false)]) } });
    expect(done.phase).toBe('done');
    expect(progressLabel(done)).toBe('2 / 3 passed');
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
      { type: 'snapshot', submission: { id: 's1', status: 'done', position: 0, events: [{ type: 'queued', position: 1 }], error: { code: 'ISOLATION_TOO_WEAK', message: 'too weak' } } },
    ]);
    expect(state).toMatchObject({ phase: 'failed', error: { code: 'ISOLATION_TOO_WEAK', message: 'too weak' } });
  });

  it('ignores late events once the run has settled', () => {
    const done = play([{ type: 'start', mode: 'run', expectedTotal: 1 }, { type: 'event', event: { type: 'done', result: result([test(0)]) } }]);
    expect(runReducer(done, { type: 'created', position: 4 })).toBe(done);
  });
});

describe('formatValue', () => {
  it('writes values as JSON and shortens huge ones', () => {
    expect(formatValue([1, 'a', null])).toBe('[1,"a",null]');
    expect(formatValue(Array.from({ length: 500 }, () => 1), 20)).toMatch(/^\[1,1,.*… \(1001 characters\)$/);
  });
});
