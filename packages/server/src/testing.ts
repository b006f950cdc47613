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
} from '@onsite/core';
import { createApp } from './app';
import { createAppDeps, type Ports } from './deps';

/**
 * The app over in-memory adapters, for tests: a two-question bank, a scripted
 * interviewer (two probes, then close), a manual clock and sequential ids.
 * Any port can be replaced.
 */
export const createTestApp = (overrides: Partial<Ports> & { webDir?: string } = {}) => {
  const clock = new ManualClock();
  const ports: Ports = {
    sessions: new MemorySessionStore(),
    stories: new MemoryStoryStore(),
    bank: createMemoryQuestionBank([makeBehavioralQuestion(), makeCodingQuestion()]),
    interviewer: new ScriptedInterviewer(),
    clock,
    ids: new SequentialIds(),
    evaluate: wordCountEvaluate,
    ...overrides,
  };
  const webDir = overrides.webDir ?? path.join(mkdtempSync(path.join(tmpdir(), 'onsite-web-')), 'missing-dist');
  const app = createApp(createAppDeps(ports, { logger: pino({ level: 'silent' }), webDir, version: '0.0.0-test' }));
  return { app, clock, ports };
};
