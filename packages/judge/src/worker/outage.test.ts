import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JudgeSpecSchema, type JudgeEvent } from '@onsite/core';
import { createFakeJudge } from '../testing/fake-judge';
import { findTestPostgres, startTestPostgres, type TestPostgres } from '@onsite/db/testing';
import { runJudgeWorker } from './judge-worker';
import { createQueuedJudge } from './queued-judge';

const spec = JudgeSpecSchema.parse({
  id: 'double',
  signature: {
    style: 'function',
    name: 'double',
    params: [{ name: 'x', type: 'int' }],
    returns: 'int',
  },
  tests: [
    { args: [1], expected: 2, sample: true },
    { args: [2], expected: 4 },
  ],
});

describe.skipIf(findTestPostgres().kind === 'missing')(
  'the judge queue while PostgreSQL restarts',
  () => {
    let postgres: TestPostgres | undefined;
    let connectionString = '';
    beforeAll(async () => {
      postgres = await startTestPostgres();
      connectionString = await postgres.createDatabase();
    });
    afterAll(async () => {
      await postgres?.stop();
    });

    it('delivers the verdict of a job judged while the database was down, with every progress event', async (context) => {
      const restart = postgres?.restart ?? null;
      if (restart === null) {
        context.skip();
        return;
      }
      const fake = createFakeJudge({ isolation: 'rlimits', gated: true });
      const workerErrors: unknown[] = [];
      const worker = await runJudgeWorker({
        connectionString,
        judge: fake,
        concurrency: 1,
        queue: 'outage',
        onError: (error) => workerErrors.push(error),
      });
      const judge = await createQueuedJudge({
        connectionString,
        queue: 'outage',
      });
      try {
        const events: JudgeEvent[] = [];
        const verdict = judge.judge(
          { spec, language: 'python', source: 'def double(x): return 2 * x', mode: 'submit' },
          (event) => events.push(event),
        );
        // Handled at once, so a rejection while the database is down is seen by the assertion, not as unhandled.
        const outcome = verdict.then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        );
        await expect.poll(() => fake.requests.length, { timeout: 10_000 }).toBe(1);
        await restart(async () => {
          // The worker judges with the database gone and notices it (and keeps going): its progress
          // rows and verdict must wait, not vanish.
          fake.release();
          await expect.poll(() => workerErrors.length, { timeout: 30_000 }).toBeGreaterThan(0);
        });
        const settled = await outcome;
        expect('result' in settled ? settled.result : settled).toMatchObject({
          verdict: 'Accepted',
          passed: 2,
          total: 2,
        });
        expect(
          events.filter((event) => event.type !== 'queued').map((event) => event.type),
        ).toEqual(['test', 'test', 'done']);
      } finally {
        await judge.close();
        await worker.stop();
      }
    }, 60_000);
  },
);
