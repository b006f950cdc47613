import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  isDomainError,
  JudgeSpecSchema,
  type Judge,
  type JudgeEvent,
  type JudgeRequest,
} from '@onsite/core';
import { generateInputs } from '../growth-measurement/generated-inputs';
import { measureComplexity } from '../growth-measurement/measure-complexity';
import { createSandboxJudge } from '../sandbox-judge';
import { detectIsolation } from '../sandbox/isolation';
import { createFakeJudge } from '../testing/fake-judge';
import { detectToolchains } from '../toolchains';
import { startTestPostgres, type TestPostgres } from '@onsite/db/testing';
import { createQueuedJudge } from './queued-judge';
import { runJudgeWorker } from './judge-worker';
import { CLAIM_TABLE, EVENT_TABLE, selectRows } from './tables';

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
    { args: [3], expected: 6 },
  ],
});
const submit = (source: string): JudgeRequest => ({
  spec,
  language: 'python',
  source,
  mode: 'submit',
});

/** A problem with an input generator: a growth measurement's inputs are n random numbers. */
const sumSpec = JudgeSpecSchema.parse({
  id: 'sum-list',
  signature: {
    style: 'function',
    name: 'total',
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'long',
  },
  tests: [{ args: [[1, 2, 3]], expected: 6, sample: true }],
  generator: {
    source: '(n, rng) => [Array.from({ length: n }, () => Math.floor(rng() * 1e9))]',
    sizes: [1000, 10000, 100000, 300000],
    expectedClass: 'n',
  },
});
/** An upper bound for any growth job: the code, a spec's hash, and a seed, n and count. */
const MAX_GROWTH_JOB_BYTES = 64 * 1024;

/** From now on, the size of every job sent to `queue` as stored (pg-boss keeps a job's data as jsonb). */
const recordJobSizes = async (db: PgBoss.Db, queue: string): Promise<() => Promise<number[]>> => {
  const table = `job_sizes_${queue.replace(/\W/g, '_')}`;
  await db.executeSql(
    `CREATE TABLE ${table} (bytes integer NOT NULL);
     CREATE FUNCTION ${table}_record() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN IF NEW.name = '${queue}' THEN INSERT INTO ${table} VALUES (octet_length(NEW.data::text)); END IF; RETURN NEW; END $$;
     CREATE TRIGGER ${table}_record AFTER INSERT ON pgboss.job FOR EACH ROW EXECUTE FUNCTION ${table}_record();`,
    [],
  );
  return async () =>
    (await selectRows(db, z.object({ bytes: z.number() }), `SELECT bytes FROM ${table}`, [])).map(
      (row) => row.bytes,
    );
};

let postgres: TestPostgres;
let connectionString: string;
let queueCount = 0;
/** Each test gets its own pg-boss queue, so leftovers of one never reach another. */
const freshQueue = () => `judge-test-${(queueCount += 1)}`;

beforeAll(async () => {
  postgres = await startTestPostgres();
  connectionString = await postgres.createDatabase();
});
afterAll(async () => {
  await postgres.stop();
});

describe('the PostgreSQL judge queue', () => {
  it('judges a submission on a worker and relays each test as it finishes', async () => {
    const queue = freshQueue();
    const fake = createFakeJudge({ isolation: 'rlimits' });
    const worker = await runJudgeWorker({
      connectionString,
      judge: fake,
      concurrency: 2,
      queue,
    });
    const judge = await createQueuedJudge({ connectionString, queue });
    try {
      const events: JudgeEvent[] = [];
      const result = await judge.judge(submit('def double(x): return 2 * x'), (event) =>
        events.push(event),
      );
      expect(result).toMatchObject({
        verdict: 'Accepted',
        passed: 3,
        total: 3,
        isolation: 'rlimits',
      });
      // A `queued` event may come first, while the worker has yet to poll.
      const progress = events
        .filter((e) => e.type !== 'queued')
        .map((e) => (e.type === 'test' ? `test ${e.result.index}` : e.type));
      expect(progress).toEqual(['test 0', 'test 1', 'test 2', 'done']);
      expect(fake.requests[0]?.source).toBe('def double(x): return 2 * x');
      expect(judge.isolation).toBe('rlimits');
    } finally {
      await judge.close();
      await worker.stop();
    }
  });

  it('shows each waiting submission its place in the queue until a worker takes it', async () => {
    const queue = freshQueue();
    const judge = await createQueuedJudge({ connectionString, queue });
    try {
      const heard: JudgeEvent[][] = [[], []];
      const results = heard.map((events, i) =>
        judge.judge(submit(`s${i}`), (event) => events.push(event)),
      );
      await expect
        .poll(() => heard.map((events) => events.find((e) => e.type === 'queued')), {
          timeout: 5000,
        })
        .toEqual([
          { type: 'queued', position: 1 },
          { type: 'queued', position: 2 },
        ]);
      // Slow enough that the second submission is seen waiting alone before its turn.
      const worker = await runJudgeWorker({
        connectionString,
        judge: createFakeJudge({ testDelayMs: 80 }),
        concurrency: 1,
        queue,
      });
      try {
        await expect(Promise.all(results)).resolves.toMatchObject([
          { verdict: 'Accepted' },
          { verdict: 'Accepted' },
        ]);
      } finally {
        await worker.stop();
      }
      expect(heard[1]?.filter((e) => e.type === 'queued').at(-1)).toEqual({
        type: 'queued',
        position: 1,
      });
    } finally {
      await judge.close();
    }
  });

  it('spreads jobs over two workers, each running at most its concurrency', async () => {
    const queue = freshQueue();
    const fakes = [createFakeJudge({ testDelayMs: 20 }), createFakeJudge({ testDelayMs: 20 })];
    const workers = await Promise.all(
      fakes.map((fake) =>
        runJudgeWorker({
          connectionString,
          judge: fake,
          concurrency: 2,
          queue,
          pollIntervalMs: 10,
        }),
      ),
    );
    const judge = await createQueuedJudge({ connectionString, queue });
    try {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          judge.judge(submit(i % 3 === 0 ? 'WRONG' : `ok ${i}`)),
        ),
      );
      expect(results.map((r) => r.verdict)).toEqual(
        Array.from({ length: 10 }, (_, i) => (i % 3 === 0 ? 'Wrong Answer' : 'Accepted')),
      );
      expect(fakes.map((fake) => fake.requests.length).reduce((a, b) => a + b)).toBe(10);
      expect(fakes.every((fake) => fake.requests.length > 0)).toBe(true);
      expect(Math.max(...fakes.map((fake) => fake.peakConcurrency))).toBeLessThanOrEqual(2);
    } finally {
      await judge.close();
      await Promise.all(workers.map((worker) => worker.stop()));
    }
  });

  it('rejects a submission the worker could not judge, and the worker keeps going', async () => {
    const queue = freshQueue();
    const worker = await runJudgeWorker({
      connectionString,
      judge: createFakeJudge(),
      concurrency: 1,
      queue,
      onError: () => undefined,
    });
    const judge = await createQueuedJudge({ connectionString, queue });
    try {
      await expect(judge.judge(submit('CRASH'))).rejects.toThrow(
        /could not judge this submission: fake judge crashed/,
      );
      await expect(judge.judge(submit('fine'))).resolves.toMatchObject({ verdict: 'Accepted' });
    } finally {
      await judge.close();
      await worker.stop();
    }
  });

  it('passes a domain error from the worker back with its code, for the server to map', async () => {
    const queue = freshQueue();
    const worker = await runJudgeWorker({
      connectionString,
      judge: createFakeJudge(),
      concurrency: 1,
      queue,
    });
    const judge = await createQueuedJudge({ connectionString, queue });
    try {
      const error: unknown = await judge.judge(submit('UNAVAILABLE')).catch((e: unknown) => e);
      expect(isDomainError(error) && { code: error.code, message: error.message }).toEqual({
        code: 'LANGUAGE_UNAVAILABLE',
        message: 'python is not installed here',
      });
    } finally {
      await judge.close();
      await worker.stop();
    }
  });

  it('reports the weakest live worker as its isolation, and none without workers', async () => {
    const queue = freshQueue();
    const judge = await createQueuedJudge({ connectionString, queue });
    try {
      expect(await judge.refreshIsolation()).toBe('none');
      const strong = await runJudgeWorker({
        connectionString,
        judge: createFakeJudge({ isolation: 'namespaces' }),
        concurrency: 1,
        queue,
      });
      expect(await judge.refreshIsolation()).toBe('namespaces');
      const weak = await runJudgeWorker({
        connectionString,
        judge: createFakeJudge({ isolation: 'rlimits' }),
        concurrency: 1,
        queue,
      });
      expect(await judge.refreshIsolation()).toBe('rlimits');
      await Promise.all([strong.stop(), weak.stop()]);
      expect(await judge.refreshIsolation()).toBe('none');
    } finally {
      await judge.close();
    }
  });

  it('refuses at once when the live workers are all weaker than the minimum tier of the server, and runs nothing', async () => {
    const queue = freshQueue();
    // A worker on a machine without namespaces: it would run the code, at the weak tier.
    const weak = createSandboxJudge({
      isolation: { ...detectIsolation(), tier: 'rlimits', bwrapPath: null },
    });
    const worker = await runJudgeWorker({
      connectionString,
      judge: weak,
      concurrency: 1,
      queue,
    });
    const judge = await createQueuedJudge({
      connectionString,
      queue,
      minimumTier: 'namespaces',
    });
    try {
      const events: JudgeEvent[] = [];
      const error: unknown = await judge
        .judge(submit('def double(x):\n    return 2 * x\n'), (event) => events.push(event))
        .catch((e: unknown) => e);
      expect(isDomainError(error) && error.code).toBe('ISOLATION_TOO_WEAK');
      expect(String(error)).toMatch(
        /'namespaces' or stronger; the live judge workers offer only 'rlimits'/,
      );
      expect(events).toEqual([]);
    } finally {
      await judge.close();
      await worker.stop();
    }
  });

  it('passes a job that needs namespaces by a weaker worker to a strong one, while jobs without a minimum go to either', async () => {
    const queue = freshQueue();
    const weakJudge = createFakeJudge({ isolation: 'rlimits', testDelayMs: 5 });
    const strongJudge = createFakeJudge({ isolation: 'namespaces', testDelayMs: 5 });
    const weak = await runJudgeWorker({
      connectionString,
      judge: weakJudge,
      concurrency: 2,
      queue,
    });
    const strong = await runJudgeWorker({
      connectionString,
      judge: strongJudge,
      concurrency: 1,
      queue,
    });
    const strict = await createQueuedJudge({
      connectionString,
      queue,
      minimumTier: 'namespaces',
    });
    const relaxed = await createQueuedJudge({ connectionString, queue });
    try {
      const [strictResults, relaxedResults] = await Promise.all([
        Promise.all(Array.from({ length: 4 }, (_, i) => strict.judge(submit(`strict ${i}`)))),
        Promise.all(Array.from({ length: 4 }, (_, i) => relaxed.judge(submit(`relaxed ${i}`)))),
      ]);
      expect(strictResults.map((result) => result.isolation)).toEqual([
        'namespaces',
        'namespaces',
        'namespaces',
        'namespaces',
      ]);
      expect(weakJudge.requests.some((request) => request.source.startsWith('strict'))).toBe(false);
      expect(relaxedResults.every((result) => result.verdict === 'Accepted')).toBe(true);
      expect(weakJudge.requests.length + strongJudge.requests.length).toBe(8);
    } finally {
      await Promise.all([strict.close(), relaxed.close()]);
      await Promise.all([weak.stop(), strong.stop()]);
    }
  });

  it('rejects a result whose tier is below the minimum even when the worker did not refuse the job', async () => {
    const queue = freshQueue();
    // A worker too old to check minimums, or one whose judge claims more than it delivers.
    const weak = createFakeJudge({ isolation: 'rlimits' });
    const claimsMore: Judge = {
      isolation: 'namespaces',
      judge: (request, onEvent) => weak.judge(request, onEvent),
    };
    const worker = await runJudgeWorker({
      connectionString,
      judge: claimsMore,
      concurrency: 1,
      queue,
    });
    const judge = await createQueuedJudge({
      connectionString,
      queue,
      minimumTier: 'namespaces',
    });
    try {
      const events: JudgeEvent[] = [];
      const error: unknown = await judge
        .judge(submit('fine'), (event) => events.push(event))
        .catch((e: unknown) => e);
      expect(isDomainError(error) && error.code).toBe('ISOLATION_TOO_WEAK');
      expect(String(error)).toMatch(/ran it at 'rlimits'/);
      expect(weak.requests).toHaveLength(1);
      expect(events.some((e) => e.type === 'done')).toBe(false);
    } finally {
      await judge.close();
      await worker.stop();
    }
  });

  it('gives up with a clear message when no worker takes the job in time', async () => {
    const queue = freshQueue();
    const judge = await createQueuedJudge({
      connectionString,
      queue,
      waitTimeoutMs: 300,
    });
    try {
      await expect(judge.judge(submit('lonely'))).rejects.toThrow(/is `onsite worker` running\?/);
    } finally {
      await judge.close();
    }
  });

  it('sends a growth measurement as small jobs (a seed and n, never the inputs), leaves no inputs in progress rows, and deletes each job once answered', async () => {
    const queue = freshQueue();
    const fake = createFakeJudge({ customTimeMs: () => 0.1 });
    const worker = await runJudgeWorker({
      connectionString,
      judge: fake,
      concurrency: 2,
      queue,
    });
    const judge = await createQueuedJudge({ connectionString, queue });
    const inspector = new PgBoss({
      connectionString,
      schedule: false,
      supervise: false,
    });
    await inspector.start();
    const db = inspector.getDb();
    const count = async (sql: string, values: unknown[]) =>
      (await selectRows(db, z.object({ count: z.coerce.number() }), sql, values))[0]?.count;
    const jobBytes = await recordJobSizes(db, queue);
    try {
      const report = await measureComplexity(
        judge,
        sumSpec,
        'python',
        'def total(nums): return sum(nums)',
      );
      expect(report.measurements.map((point) => point.n)).toContain(300000);
      // The inputs one job stands for are megabytes; the job itself is a few hundred bytes of request.
      const largest = Buffer.byteLength(
        JSON.stringify(
          generateInputs({
            spec: sumSpec,
            mode: 'run',
            generatedInputs: { seed: 1, size: 300000, count: 3 },
          }),
        ),
      );
      expect(largest).toBeGreaterThan(5_000_000);
      const sizes = await jobBytes();
      expect(sizes).toHaveLength(4);
      expect(Math.max(...sizes)).toBeLessThan(MAX_GROWTH_JOB_BYTES);

      // Each progress row is what the API shows of a generated test: index, verdict, time, memory.
      const events: JudgeEvent[] = [];
      await judge.judge(
        {
          spec: sumSpec,
          language: 'python',
          source: 'fine',
          mode: 'run',
          generatedInputs: { seed: 7, size: 100000, count: 3 },
        },
        (event) => events.push(event),
      );
      const generated = events.flatMap((event) =>
        event.type === 'test' && event.result.index > 0 ? [event.result] : [],
      );
      expect(generated).toHaveLength(3);
      for (const result of generated)
        expect(Object.keys(result).sort()).toEqual([
          'index',
          'memoryKb',
          'sample',
          'timeMs',
          'verdict',
        ]);
      expect(
        Math.max(...events.map((event) => Buffer.byteLength(JSON.stringify(event)))),
      ).toBeLessThan(2048);

      // Nothing is left behind once the answers are in: no job data, no progress rows, no claims.
      await expect
        .poll(() => count(`SELECT count(*) FROM pgboss.job WHERE name = $1`, [queue]), {
          timeout: 5000,
        })
        .toBe(0);
      expect(await count(`SELECT count(*) FROM pgboss.archive WHERE name = $1`, [queue])).toBe(0);
      expect(
        await count(
          `SELECT count(*) FROM ${EVENT_TABLE} e WHERE NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.id = e.job_id)`,
          [],
        ),
      ).toBe(0);
      expect(await count(`SELECT count(*) FROM ${CLAIM_TABLE}`, [])).toBe(0);
    } finally {
      await inspector.stop({ graceful: false, wait: true });
      await judge.close();
      await worker.stop();
    }
  });

  it('stores a spec once and sends its hash: a problem with a 100 000-number hidden test makes small jobs', async () => {
    const queue = freshQueue();
    const big = JudgeSpecSchema.parse({
      ...sumSpec,
      tests: [
        ...sumSpec.tests,
        { args: [Array.from({ length: 100_000 }, (_, i) => i * 7919)], expected: 0 },
      ],
    });
    const fake = createFakeJudge();
    const worker = await runJudgeWorker({
      connectionString,
      judge: fake,
      concurrency: 1,
      queue,
    });
    const judge = await createQueuedJudge({ connectionString, queue });
    const inspector = new PgBoss({
      connectionString,
      schedule: false,
      supervise: false,
    });
    await inspector.start();
    const db = inspector.getDb();
    const jobBytes = await recordJobSizes(db, queue);
    try {
      for (const source of ['one', 'two', 'three'])
        await expect(
          judge.judge({ spec: big, language: 'python', source, mode: 'submit' }),
        ).resolves.toMatchObject({ passed: 2 });
      expect(Buffer.byteLength(JSON.stringify(big))).toBeGreaterThan(500_000);
      const sizes = await jobBytes();
      expect(sizes).toHaveLength(3);
      expect(Math.max(...sizes)).toBeLessThan(1024);
      // The worker judged the whole spec, hidden test and all.
      expect(fake.requests.map((request) => request.spec)).toEqual([big, big, big]);
      const stored = await selectRows(
        db,
        z.object({ count: z.coerce.number() }),
        `SELECT count(*) FROM onsite_judge_spec WHERE spec->>'id' = 'sum-list' AND jsonb_array_length(spec->'tests') = 2`,
        [],
      );
      expect(stored[0]?.count).toBe(1);
    } finally {
      await inspector.stop({ graceful: false, wait: true });
      await judge.close();
      await worker.stop();
    }
  });

  it('writes a spec once when submissions of it arrive together, and hashes each spec object once', async () => {
    const queue = freshQueue();
    const burst = JudgeSpecSchema.parse({ ...spec, id: 'double-burst' });
    const worker = await runJudgeWorker({
      connectionString,
      judge: createFakeJudge(),
      concurrency: 2,
      queue,
    });
    const judge = await createQueuedJudge({ connectionString, queue });
    const inspector = new PgBoss({
      connectionString,
      schedule: false,
      supervise: false,
    });
    await inspector.start();
    const db = inspector.getDb();
    await db.executeSql(
      `CREATE TABLE spec_writes (id text NOT NULL);
       CREATE FUNCTION spec_writes_record() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO spec_writes VALUES (NEW.spec->>'id'); RETURN NEW; END $$;
       CREATE TRIGGER spec_writes_record AFTER INSERT OR UPDATE ON onsite_judge_spec FOR EACH ROW EXECUTE FUNCTION spec_writes_record();`,
      [],
    );
    const stringified = vi.spyOn(JSON, 'stringify');
    try {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          judge.judge({ spec: burst, language: 'python', source: `burst ${i}`, mode: 'submit' }),
        ),
      );
      expect(results.map((result) => result.verdict)).toEqual(
        Array.from({ length: 6 }, () => 'Accepted'),
      );
      const writes = await selectRows(
        db,
        z.object({ count: z.coerce.number() }),
        `SELECT count(*) FROM spec_writes WHERE id = 'double-burst'`,
        [],
      );
      expect(writes[0]?.count).toBe(1);
      expect(stringified.mock.calls.filter(([value]) => value === burst)).toHaveLength(1);
    } finally {
      stringified.mockRestore();
      await inspector.stop({ graceful: false, wait: true });
      await judge.close();
      await worker.stop();
    }
  });

  it.runIf(detectToolchains().python.available)(
    'judges real Python in the sandbox through the queue, verdicts and all',
    async () => {
      const queue = freshQueue();
      const sandbox = createSandboxJudge();
      const worker = await runJudgeWorker({
        connectionString,
        judge: sandbox,
        concurrency: 2,
        queue,
      });
      // The machine's own tier as the minimum: met exactly, so the verdicts come through.
      const judge = await createQueuedJudge({
        connectionString,
        queue,
        minimumTier: sandbox.isolation,
      });
      try {
        const events: JudgeEvent[] = [];
        const [right, wrong] = await Promise.all([
          judge.judge(submit('def double(x):\n    return 2 * x\n'), (event) => events.push(event)),
          judge.judge(submit('def double(x):\n    return x + 1\n')),
        ]);
        expect(right).toMatchObject({
          verdict: 'Accepted',
          passed: 3,
          total: 3,
          isolation: sandbox.isolation,
        });
        expect(events.filter((e) => e.type === 'test')).toHaveLength(3);
        expect(wrong.verdict).toBe('Wrong Answer');
        // LeetCode's submit: hidden tests show no data.
        expect(wrong.tests.find((t) => !t.sample)).not.toHaveProperty('expected');
      } finally {
        await judge.close();
        await worker.stop();
      }
    },
  );
});
