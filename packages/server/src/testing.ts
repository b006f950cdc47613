import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import {
  createMemoryQuestionBank,
  makeBehavioralQuestion,
  makeCodingQuestion,
  ManualClock,
  MemorySessionStore,
  MemoryStoryStore,
  MemorySubmissionStore,
  ScriptedInterviewer,
  SequentialIds,
  wordCountEvaluate,
  DomainError,
  type IsolationTier,
  type Judge,
  type JudgeEvent,
  type JudgeRequest,
  type JudgeResult,
  type TestResult,
} from '@onsite/core';
import { createApp } from './app';
import type { MeasureComplexityOptions } from '@onsite/judge';
import { createAppDeps, type AppDeps, type Ports } from './deps';

/**
 * The app over in-memory adapters, for tests: a two-question bank, a scripted
 * interviewer (two probes, then close), a manual clock and sequential ids.
 * Any port can be replaced.
 */
export const createTestApp = (
  overrides: Partial<Ports> & {
    webDir?: string;
    judgeConcurrency?: number;
    complexity?: MeasureComplexityOptions;
  } = {},
) => {
  const clock = new ManualClock();
  const ports: Ports = {
    sessions: new MemorySessionStore(),
    stories: new MemoryStoryStore(),
    submissions: new MemorySubmissionStore(),
    bank: createMemoryQuestionBank([makeBehavioralQuestion(), makeCodingQuestion()]),
    interviewer: new ScriptedInterviewer(),
    clock,
    ids: new SequentialIds(),
    evaluate: wordCountEvaluate,
    judge: createFakeJudge(),
    ...overrides,
  };
  const webDir = overrides.webDir ?? path.join(mkdtempSync(path.join(tmpdir(), 'onsite-web-')), 'missing-dist');
  const deps: AppDeps = createAppDeps(ports, {
    logger: pino({ level: 'silent' }),
    webDir,
    version: '0.0.0-test',
    judgeConcurrency: overrides.judgeConcurrency ?? 1,
    ...(overrides.complexity === undefined ? {} : { complexity: overrides.complexity }),
  });
  const app = createApp(deps);
  return { app, clock, ports, deps };
};

export interface FakeJudge extends Judge {
  readonly requests: JudgeRequest[];
  /** Lets the oldest judging submission finish (when built with `gated: true`). */
  release(): void;
}

/**
 * A judge that runs nothing, for the HTTP semantics: every test passes except
 * the last when the source contains `WRONG`; `THROW` fails with
 * LANGUAGE_UNAVAILABLE. It reports hidden tests WITH their data, as a careless
 * judge might, so tests can prove the server strips it. With `gated`, each
 * submission waits for `release()` before its tests run.
 *
 * Custom inputs (which is how growth is measured) each pass and take n/10 ms,
 * n being the first argument's length (or value): n²/1000 ms when the source
 * contains `QUADRATIC`; `MEASURING_FAILS` makes any run with custom inputs fail.
 */
export const createFakeJudge = (options: { gated?: boolean; isolation?: IsolationTier } = {}): FakeJudge => {
  const requests: JudgeRequest[] = [];
  const gates: (() => void)[] = [];
  return {
    isolation: options.isolation ?? 'namespaces',
    requests,
    release: () => gates.shift()?.(),
    async judge(request: JudgeRequest, onEvent?: (event: JudgeEvent) => void): Promise<JudgeResult> {
      requests.push(request);
      if (options.gated === true) await new Promise<void>((resolve) => gates.push(resolve));
      if (request.source.includes('THROW')) throw new DomainError('LANGUAGE_UNAVAILABLE', `${request.language} is not installed here`);
      const chosen = request.spec.tests.map((test, index) => ({ test, index })).filter(({ test }) => request.mode === 'submit' || test.sample);
      const tests: TestResult[] = chosen.map(({ test, index }, k) => ({
        index,
        verdict: k === chosen.length - 1 && request.source.includes('WRONG') ? 'Wrong Answer' : 'Accepted',
        timeMs: 1,
        memoryKb: 1024,
        sample: test.sample,
        input: test.args,
        expected: test.expected,
        actual: test.expected,
        stdout: 'printed',
      }));
      for (const result of tests) onEvent?.({ type: 'test', result });
      const custom = request.mode === 'run' ? (request.customInputs ?? []) : [];
      if (custom.length > 0 && request.source.includes('MEASURING_FAILS')) throw new Error('the sandbox vanished');
      for (const [k, args] of custom.entries()) {
        const first = args[0];
        const n = Array.isArray(first) ? first.length : typeof first === 'number' ? first : 0;
        const timeMs = request.source.includes('QUADRATIC') ? (n * n) / 1000 : n / 10;
        const result: TestResult = { index: request.spec.tests.length + k, verdict: 'Accepted', timeMs, memoryKb: 1024, sample: true, input: args };
        tests.push(result);
        onEvent?.({ type: 'test', result });
      }
      const passed = tests.filter((test) => test.verdict === 'Accepted').length;
      const result: JudgeResult = {
        verdict: passed === tests.length ? 'Accepted' : 'Wrong Answer',
        passed,
        total: tests.length,
        tests,
        compileOutput: null,
        compileTimeMs: null,
        error: null,
        isolation: options.isolation ?? 'namespaces',
      };
      onEvent?.({ type: 'done', result });
      return result;
    },
  };
};
