import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '@onsite/db/testing';
import { runJudgeWorker } from '@onsite/judge';
import { createFakeJudge } from '@onsite/judge/testing';
import { createServerJudge } from './server-judge';

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres.stop();
});

describe('the server judge in queue mode', () => {
  it("reports the live workers' isolation before any code was judged, and follows workers as they come and go", async () => {
    const url = await postgres.createDatabase();
    const worker = await runJudgeWorker({
      connectionString: url,
      judge: createFakeJudge({ isolation: 'rlimits' }),
      concurrency: 1,
    });
    const judge = createServerJudge(
      { mode: 'queue', minIsolation: 'none', allowSpecCode: false },
      url,
    );
    try {
      // What /api/health shows: read from the heartbeat rows, with no submission ever made.
      await expect.poll(() => judge.isolation, { timeout: 10_000 }).toBe('rlimits');
      await worker.stop();
      await expect.poll(() => judge.isolation, { timeout: 15_000, interval: 500 }).toBe('none');
    } finally {
      await judge.close();
      await worker.stop();
    }
  }, 40_000);
});
