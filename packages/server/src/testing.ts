import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import {
  createMemoryQuestionBank,
  makeBehavioralQuestion,
  makeCodingQuestion,
  ManualClock,
  MemoryPlanStore,
  MemorySessionStore,
  MemoryStoryStore,
  MemorySubmissionStore,
  ScriptedInterviewer,
  SequentialIds,
  wordCountEvaluate,
} from '@onsite/core/testing';
import {
  createFakeJudge as createJudgeFake,
  type FakeJudge,
  type FakeJudgeOptions,
} from '@onsite/judge/testing';
import { createApp } from './app';
import type { MeasureComplexityOptions } from '@onsite/judge';
import { createAppDeps, type AppDeps, type Ports } from './deps';
import type { AllowedHosts } from './request-guard';

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
    allowSpecCode?: boolean;
    allowedHosts?: AllowedHosts;
    logger?: Logger;
  } = {},
) => {
  const clock = new ManualClock();
  const ports: Ports = {
    sessions: new MemorySessionStore(),
    stories: new MemoryStoryStore(),
    submissions: new MemorySubmissionStore(),
    plans: new MemoryPlanStore(),
    bank: createMemoryQuestionBank([makeBehavioralQuestion(), makeCodingQuestion()]),
    interviewer: new ScriptedInterviewer(),
    clock,
    ids: new SequentialIds(),
    evaluate: wordCountEvaluate,
    judge: createFakeJudge(),
    ...overrides,
  };
  const webDir =
    overrides.webDir ?? path.join(mkdtempSync(path.join(tmpdir(), 'onsite-web-')), 'missing-dist');
  const deps: AppDeps = createAppDeps(ports, {
    logger: overrides.logger ?? pino({ level: 'silent' }),
    webDir,
    version: '0.0.0-test',
    judgeConcurrency: overrides.judgeConcurrency ?? 1,
    ...(overrides.complexity === undefined ? {} : { complexity: overrides.complexity }),
    ...(overrides.allowSpecCode === undefined ? {} : { allowSpecCode: overrides.allowSpecCode }),
    ...(overrides.allowedHosts === undefined ? {} : { allowedHosts: overrides.allowedHosts }),
  });
  const app = createApp(deps);
  return { app, clock, ports, deps };
};

/**
 * The judge's own fake (it runs nothing; the source steers it: `WRONG`,
 * `UNAVAILABLE`, `QUADRATIC`, `MEASURING_FAILS`), reporting hidden tests WITH
 * their data, as a careless judge might, so tests prove the server strips it.
 */
export const createFakeJudge = (
  options: Omit<FakeJudgeOptions, 'revealHiddenData'> = {},
): FakeJudge => createJudgeFake({ ...options, revealHiddenData: true });
