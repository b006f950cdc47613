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
import { createAppDeps, type Ports } from './deps';

/**
 * The app over in-memory adapters, for tests: a two-question bank, a scripted
 * interviewer (two probes, then close), a manual clock and sequential ids.
 * Any port can be replaced.
 */
export const createTestApp = (
  overrides: Partial<Ports> & {
    webDir?: string;
    judgeConcurrency?: number;
  } = {},
) => {
  const clock = new ManualClock();
  const ports: Ports = {
    sessions: new MemorySessionStore(),
    stories: new MemoryStoryStore(),
    bank: createMemoryQuestionBank([makeBehavioralQuestion(), makeCodingQuestion()]),
    interviewer: new ScriptedInterviewer(),
    clock,
    ids: new SequentialIds(),
    evaluate: wordCountEvaluate,
    judge: createFakeJudge(),
    ...overrides,
  };
  const webDir = overrides.webDir ?? path.join(mkdtempSync(path.join(tmpdir(), 'onsite-web-')), 'missing-dist');
  const app = createApp(
    createAppDeps(ports, {
      logger: pino({ level: 'silent' }),
      webDir,
      version: '0.0.0-test',
      judgeConcurrency: overrides.judgeConcurrency ?? 1,
    }),
  );
  return { app, clock, ports };
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
