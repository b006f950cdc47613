import { describe, expect, it } from 'vitest';
import { ManualClock, SequentialIds } from '../testing/clock-and-ids';
import { DomainError } from '../errors';
import { asUserId } from '../ids';
import type { ComplexityReport } from '../rounds/coding/complexity';
import {
  JudgeSpecSchema,
  type JudgeEvent,
  type JudgeRequest,
  type JudgeResult,
  type TestResult,
} from '../rounds/coding/judge-spec';
import type { SubmissionStore } from '../ports';
import { createMemoryQuestionBank, MemorySubmissionStore } from '../testing/memory-stores';
import {
  createSubmissionUseCase,
  measuresGrowthAfter,
  type QueuedJudge,
  type SubmissionEvent,
  type SubmissionUseCaseOptions,
} from './lifecycle';
import type { SubmissionInput } from './request';

const userId = asUserId('user-1');
const echo = JudgeSpecSchema.parse({
  id: 'echo',
  signature: {
    style: 'function',
    name: 'echo',
    params: [{ name: 'x', type: 'int' }],
    returns: 'int',
  },
  tests: [
    { args: [1], expected: 1, sample: true },
    { args: [2], expected: 2 },
  ],
});
const submit: SubmissionInput = {
  spec: echo,
  language: 'javascript',
  source: 'const echo = (x) => x;',
  mode: 'submit',
};
const measured: SubmissionInput = {
  ...submit,
  spec: { ...echo, generator: { source: '(n) => [n]' } },
};

const sample: TestResult = {
  index: 0,
  verdict: 'Accepted',
  timeMs: 3,
  memoryKb: 900,
  sample: true,
  input: [1],
  expected: 1,
  actual: 1,
};
const hidden: TestResult = {
  index: 1,
  verdict: 'Wrong Answer',
  timeMs: 4,
  memoryKb: 900,
  sample: false,
  input: [2],
  expected: 2,
  actual: 3,
  stdout: 'x = 2',
  message: 'expected 2',
};
const resultOf = (tests: readonly TestResult[]): JudgeResult => ({
  verdict: tests.find((test) => test.verdict !== 'Accepted')?.verdict ?? 'Accepted',
  passed: tests.filter((test) => test.verdict === 'Accepted').length,
  total: tests.length,
  tests,
  compileOutput: null,
  compileTimeMs: null,
  error: null,
  isolation: 'rlimits',
});
/** A hidden test as a submit shows it. */
const bare: TestResult = {
  index: 1,
  verdict: 'Wrong Answer',
  timeMs: 4,
  memoryKb: 900,
  sample: false,
};
const accepted = resultOf([sample, { ...bare, verdict: 'Accepted' }]);
const report: ComplexityReport = {
  fittedClass: 'n',
  claimedClasses: ['n'],
  expectedClass: null,
  measurements: [],
  verdict: 'inconclusive',
  message: 'measured',
  fits: [],
};

/** A judge the test drives: each call waits until the test sends its events and ends it. */
const createScriptedJudge = () => {
  const calls: {
    request: JudgeRequest;
    onEvent: (event: JudgeEvent) => void;
    onStart: () => void;
    finish: (result: JudgeResult) => void;
    fail: (error: unknown) => void;
  }[] = [];

  const judge: QueuedJudge = (request, onEvent, onStart) =>
    new Promise((finish, fail) => calls.push({ request, onEvent, onStart, finish, fail }));
  const call = (index = 0) => {
    const found = calls[index];
    if (found === undefined) throw new Error(`the judge was not called ${index + 1} times`);
    /** Sends `done` and returns the result, as a judge does. */
    const end = (result: JudgeResult) => {
      found.onEvent({ type: 'done', result });
      found.finish(result);
    };
    return { ...found, end };
  };
  return { judge, call };
};

/** Lets the store writes queued so far land. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const start = (overrides: Partial<SubmissionUseCaseOptions> = {}) => {
  const scripted = createScriptedJudge();
  const store = new MemorySubmissionStore();
  const clock = new ManualClock();
  const reported: unknown[] = [];
  const growthOf: JudgeRequest[] = [];
  const useCase = createSubmissionUseCase({
    judge: scripted.judge,
    measureGrowth: (request) => {
      growthOf.push(request);
      return Promise.resolve(report);
    },
    store,
    clock,
    ids: new SequentialIds('sub'),
    instanceId: 'instance-a',
    bank: createMemoryQuestionBank([]),
    allowSpecCode: true,
    compileChecker: () => undefined,
    wait: () => Promise.resolve(),
    onUnexpectedError: (error) => reported.push(error),
    ...overrides,
  });
  const heard: (SubmissionEvent | 'running' | 'settled')[] = [];
  const observer = {
    onEvent: (event: SubmissionEvent) => heard.push(event),
    onRunning: () => heard.push('running'),
    onSettled: () => heard.push('settled'),
  };
  const stored = async (id: string) => store.getSubmission(userId, id);
  return { ...scripted, useCase, store, clock, reported, growthOf, heard, observer, stored };
};

describe('measuresGrowthAfter', () => {
  it.each([
    ['submit', 'Accepted', true, true],
    ['run', 'Accepted', true, false],
    ['submit', 'Wrong Answer', true, false],
    ['submit', 'Accepted', false, false],
  ] as const)('%s, %s, input generator %s: %s', (mode, verdict, hasInputGenerator, expected) => {
    expect(measuresGrowthAfter(mode, verdict, hasInputGenerator)).toBe(expected);
  });
});

describe('a submission', () => {
  it('is stored queued before it is judged, running once it leaves the queue, then done with its verdict', async () => {
    const { useCase, call, observer, heard, stored, clock } = start();
    const live = await useCase.submit(userId, submit, observer);
    expect(await stored(live.id)).toMatchObject({
      status: 'queued',
      judgedBy: 'instance-a',
      questionId: null,
      source: submit.source,
    });

    call().onEvent({ type: 'queued', position: 2 });
    await flush();
    expect((await stored(live.id))?.status).toBe('queued');
    call().onStart();
    await flush();
    expect((await stored(live.id))?.status).toBe('running');

    clock.advance(5_000);
    call().end(resultOf([sample]));
    await useCase.idle();
    expect(await stored(live.id)).toMatchObject({
      status: 'done',
      result: resultOf([sample]),
      complexity: null,
      finishedAt: '2026-01-01T09:00:05.000Z',
    });
    expect(live.view()).toMatchObject({ status: 'done', result: resultOf([sample]) });
    expect(heard).toEqual([
      { type: 'queued', position: 2 },
      'running',
      { type: 'done', result: resultOf([sample]) },
      'settled',
    ]);
  });

  it('is finished by a judge that returns its result without a done event', async () => {
    const { useCase, call, observer, heard } = start();
    const live = await useCase.submit(userId, submit, observer);
    call().finish(resultOf([sample]));
    await useCase.idle();
    expect(live.view().status).toBe('done');
    expect(heard).toEqual([{ type: 'done', result: resultOf([sample]) }, 'settled']);
  });

  it('shows a hidden test of a submit only by its index, verdict, time and memory, and never quotes it in the error', async () => {
    const { useCase, call, observer, heard, stored } = start();
    const live = await useCase.submit(userId, submit, observer);
    call().onEvent({ type: 'test', result: hidden });
    call().end({ ...resultOf([sample, hidden]), error: { message: 'got 3 for input 2', line: 4 } });
    await useCase.idle();
    expect(heard[1]).toEqual({ type: 'test', result: bare });
    const result = (await stored(live.id))?.result;
    expect(result?.tests).toEqual([sample, bare]);
    expect(result?.error).toEqual({ message: 'Wrong Answer on hidden test 1', line: 4 });
  });

  it("shows everything of a run: its tests are the candidate's to see", async () => {
    const { useCase, call, observer, heard } = start();
    await useCase.submit(userId, { ...submit, mode: 'run' }, observer);
    call().onEvent({ type: 'test', result: hidden });
    expect(heard).toEqual(['running', { type: 'test', result: hidden }]);
  });

  it('is measured for growth after an Accepted submit of a problem with an input generator: measuring from the verdict until the report', async () => {
    const growthOf: JudgeRequest[] = [];
    const reports: ((report: ComplexityReport) => void)[] = [];
    const { useCase, call, observer, heard, stored } = start({
      measureGrowth: (request) => {
        growthOf.push(request);
        return new Promise((resolve) => reports.push(resolve));
      },
    });
    const live = await useCase.submit(userId, measured, observer);
    call().end(accepted);
    await flush();
    expect(growthOf).toEqual([call().request]);
    expect(live.view().complexity).toEqual({ status: 'measuring' });
    expect((await stored(live.id))?.complexity).toEqual({ status: 'measuring' });
    expect(heard).toEqual([{ type: 'done', result: accepted }]);

    reports.shift()?.(report);
    await useCase.idle();
    expect(heard.slice(1)).toEqual([
      { type: 'complexity', state: { status: 'done', report } },
      'settled',
    ]);
    expect((await stored(live.id))?.complexity).toEqual({ status: 'done', report });
  });

  it('is not measured after a failing submit of the same problem', async () => {
    const { useCase, call, observer, growthOf, heard } = start();
    await useCase.submit(userId, measured, observer);
    call().end(resultOf([sample, hidden]));
    await useCase.idle();
    expect(growthOf).toEqual([]);
    expect(heard.at(-1)).toBe('settled');
  });

  it('keeps its verdict when the growth measurement fails, and says why it failed', async () => {
    const { useCase, call, observer, stored, reported } = start({
      measureGrowth: () => Promise.reject(new DomainError('ISOLATION_TOO_WEAK', 'no sandbox')),
    });
    const live = await useCase.submit(userId, measured, observer);
    call().end(accepted);
    await useCase.idle();
    expect(await stored(live.id)).toMatchObject({
      result: accepted,
      complexity: { status: 'failed', message: 'The growth could not be measured: no sandbox' },
    });
    expect(reported).toEqual([]);
  });

  it.each([
    [
      'a domain error, in its own words',
      new DomainError('ISOLATION_TOO_WEAK', 'no sandbox here'),
      { code: 'ISOLATION_TOO_WEAK', message: 'no sandbox here' },
      false,
    ],
    [
      'a lost database, as such',
      Object.assign(new Error('gone'), { code: 'ECONNREFUSED' }),
      {
        code: 'STORAGE_UNAVAILABLE',
        message:
          'The database could not be reached while this code was being judged, so there is no verdict. Your code is kept: run it again.',
      },
      true,
    ],
    [
      'a bug, as INTERNAL',
      new Error('the sandbox went away'),
      {
        code: 'INTERNAL',
        message: 'The judge failed unexpectedly; the details are in the server log.',
      },
      true,
    ],
  ])(
    'ends with an error when the judge fails with %s',
    async (_said, failure, error, isReported) => {
      const { useCase, call, observer, heard, stored, reported } = start();
      const live = await useCase.submit(userId, submit, observer);
      call().fail(failure);
      await useCase.idle();
      expect(await stored(live.id)).toMatchObject({ status: 'done', result: null, error });
      expect(heard).toEqual([{ type: 'error', ...error }, 'settled']);
      expect(reported).toEqual(isReported ? [failure] : []);
    },
  );

  it('does not report a judge failing after close: the next start marks the work interrupted', async () => {
    const { useCase, call, observer, reported, stored } = start();
    const live = await useCase.submit(userId, submit, observer);
    await useCase.close();
    call().fail(new Error('the sandbox went away'));
    await useCase.idle();
    expect(reported).toEqual([]);
    expect((await stored(live.id))?.status).toBe('queued');
  });

  it('shows as running until the store has its finish, retrying while the database is unreachable', async () => {
    const store = new MemorySubmissionStore();
    let outages = 2;
    const flaky: SubmissionStore = {
      createSubmission: (record) => store.createSubmission(record),
      getSubmission: (user, id) => store.getSubmission(user, id),
      listSubmissions: (user, options) => store.listSubmissions(user, options),
      abandonUnfinished: (error, finishedAt, scope) =>
        store.abandonUnfinished(error, finishedAt, scope),
      updateSubmission: (user, id, patch) =>
        outages-- > 0
          ? Promise.reject(new DomainError('STORAGE_UNAVAILABLE', 'down'))
          : store.updateSubmission(user, id, patch),
    };
    const waits: number[] = [];
    const retries: (() => void)[] = [];
    const { useCase, call, observer } = start({
      store: flaky,
      wait: (ms) => {
        waits.push(ms);
        return new Promise<void>((resolve) => retries.push(resolve));
      },
    });
    const live = await useCase.submit(userId, submit, observer);
    call().end(resultOf([sample]));
    await flush();
    expect(live.view()).toMatchObject({ status: 'running', result: null });
    retries.shift()?.();
    await flush();
    retries.shift()?.();
    await useCase.idle();
    expect(waits).toEqual([100, 200]);
    expect(live.view()).toMatchObject({ status: 'done', result: resultOf([sample]) });
    expect((await store.getSubmission(userId, live.id))?.status).toBe('done');
  });

  it('is refused before anything is stored when the caller cannot take another', async () => {
    const { useCase, observer, store } = start({
      admit: () => {
        throw new DomainError('QUEUE_FULL', 'full');
      },
    });
    await expect(useCase.submit(userId, submit, observer)).rejects.toMatchObject({
      code: 'QUEUE_FULL',
    });
    expect(await store.listSubmissions(userId)).toEqual([]);
  });
});
