import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import {
  isDomainError,
  JudgeSpecSchema,
  type Judge,
  type JudgeEvent,
  type JudgeResult,
  type JudgeSpec,
  tierRank,
} from '@onsite/core';
import { createJudgePool, type JudgePoolStats } from '../pool/judge-pool';
import { JudgeJobSchema } from './messages';
import { retryThroughOutage } from './outage';
import {
  CLAIM_TABLE,
  DEFAULT_QUEUE,
  EVENT_TABLE,
  JOB_RETENTION,
  LEFTOVER_ROWS_AFTER_SECONDS,
  queuesServedBy,
  selectRows,
  SPEC_TABLE,
  SPEC_UNUSED_AFTER_SECONDS,
  startJudgeQueue,
  WORKER_HEARTBEAT_MS,
  WORKER_TABLE,
} from './tables';

export interface JudgeWorkerOptions {
  readonly connectionString: string;
  /** The judge that actually runs code (the sandboxed one in production). */
  readonly judge: Judge;
  /** Jobs run at once on this machine. Default: the number of cores. */
  readonly concurrency?: number;
  readonly queue?: string;
  /** How long to wait before asking again when the queue was empty. Default 50 ms. */
  readonly pollIntervalMs?: number;
  /** Called with errors that must not stop the worker (a lost connection, a failed write). Default: console.error. */
  readonly onError?: (error: unknown) => void;
  /** How often the heartbeat row is written; servers count a worker lost after several missed beats. Default 2 s. */
  readonly heartbeatIntervalMs?: number;
}

export interface JudgeWorker {
  /** Host, pid and a random suffix: how this worker appears in the heartbeat table. */
  readonly id: string;
  stats(): JudgePoolStats;
  /** Stops taking jobs, finishes the ones running, then disconnects. Call it on SIGINT/SIGTERM. */
  stop(): Promise<void>;
}

/** Specs kept in memory, by hash (a spec never changes under its hash); past this many the oldest goes. */
const MAX_CACHED_SPECS = 64;
const SpecRowSchema = z.object({ spec: z.unknown() });
/** Every this many heartbeats, rows that no server waits for any more are deleted. */
const SWEEP_EVERY_BEATS = 300;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Takes judge jobs from PostgreSQL and runs them with a local pool: what
 * `onsite worker` runs, one per machine that adds judge capacity. Each test's
 * result is written as it finishes (the queued judge on the server polls those
 * rows), and the final result becomes the pg-boss job's output.
 *
 * Fetches its own jobs rather than using `boss.work()`, whose poll interval
 * cannot go under 500 ms: a judge verdict should take tens of milliseconds.
 */
export async function runJudgeWorker(options: JudgeWorkerOptions): Promise<JudgeWorker> {
  const queue = options.queue ?? DEFAULT_QUEUE;
  const pollIntervalMs = options.pollIntervalMs ?? 50;
  const onError = options.onError ?? ((error: unknown) => console.error('[judge worker]', error));
  const pool = createJudgePool({
    judge: options.judge,
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
  });
  const { concurrency } = pool.stats();
  const id = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;

  const served = queuesServedBy(queue, options.judge.isolation);
  // Maintenance (archiving, deleting, expiring) runs here, so the retention is set here.
  const { boss, db } = await startJudgeQueue(
    {
      connectionString: options.connectionString,
      max: concurrency + 2,
      schedule: false,
      supervise: true,
      ...JOB_RETENTION,
    },
    served,
    onError,
  );

  const heartbeat = () =>
    db
      .executeSql(
        `INSERT INTO ${WORKER_TABLE} (id, queue, isolation, concurrency, seen_on) VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (id) DO UPDATE SET isolation = excluded.isolation, concurrency = excluded.concurrency, seen_on = now()`,
        [id, queue, options.judge.isolation, concurrency],
      )
      .then(() => undefined, onError);
  /** Progress rows and claims of submissions whose server went away mid-wait (it deletes its own otherwise). */
  const sweep = async () => {
    for (const table of [EVENT_TABLE, CLAIM_TABLE]) {
      const column = table === EVENT_TABLE ? 'created_on' : 'claimed_on';
      await db
        .executeSql(`DELETE FROM ${table} WHERE ${column} < now() - make_interval(secs => $1)`, [
          LEFTOVER_ROWS_AFTER_SECONDS,
        ])
        .catch(onError);
    }
    await db
      .executeSql(`DELETE FROM ${SPEC_TABLE} WHERE used_on < now() - make_interval(secs => $1)`, [
        SPEC_UNUSED_AFTER_SECONDS,
      ])
      .catch(onError);
  };

  const specs = new Map<string, JudgeSpec>();
  /** The spec a job names, from memory or SPEC_TABLE; null when no server stored it (or it was swept). */
  const specFor = async (hash: string): Promise<JudgeSpec | null> => {
    const cached = specs.get(hash);
    if (cached !== undefined) return cached;
    const [row] = await retryThroughOutage(() =>
      selectRows(db, SpecRowSchema, `SELECT spec FROM ${SPEC_TABLE} WHERE hash = $1`, [hash]),
    );
    if (row === undefined) return null;
    const spec = JudgeSpecSchema.parse(row.spec);
    specs.set(hash, spec);
    if (specs.size > MAX_CACHED_SPECS) specs.delete(specs.keys().next().value ?? '');
    return spec;
  };
  await heartbeat();
  let beats = 0;
  const heartbeatTimer = setInterval(() => {
    void heartbeat();
    beats += 1;
    if (beats % SWEEP_EVERY_BEATS === 0) void sweep();
  }, options.heartbeatIntervalMs ?? WORKER_HEARTBEAT_MS);

  let isStopping = false;
  const active = new Set<Promise<void>>();
  let wake: (() => void) | null = null;

  /** Judges one job, holding a claim row meanwhile: a server waiting on it judges it elsewhere if this worker's heartbeat stops. */
  const runJob = async (from: string, jobId: string, data: unknown): Promise<void> => {
    await db
      .executeSql(
        `INSERT INTO ${CLAIM_TABLE} (job_id, worker_id) VALUES ($1, $2) ON CONFLICT (job_id) DO UPDATE SET worker_id = excluded.worker_id, claimed_on = now()`,
        [jobId, id],
      )
      .catch(onError);
    try {
      await judgeJob(from, jobId, data);
    } finally {
      await db.executeSql(`DELETE FROM ${CLAIM_TABLE} WHERE job_id = $1`, [jobId]).catch(onError);
    }
  };

  const judgeJob = async (from: string, jobId: string, data: unknown): Promise<void> => {
    const parsed = JudgeJobSchema.safeParse(data);
    if (!parsed.success) {
      await boss.fail(from, jobId, { message: `Malformed judge job: ${parsed.error.message}` });
      return;
    }
    const { minimumTier } = parsed.data;
    const { specHash, ...asked } = parsed.data.request;
    const spec = await specFor(specHash);
    if (spec === null) {
      await boss.fail(from, jobId, {
        message: `The judge job names a spec (${specHash.slice(0, 12)}…) that is not stored.`,
      });
      return;
    }
    const tier = options.judge.isolation;
    if (minimumTier !== undefined && tierRank(tier) > tierRank(minimumTier)) {
      // The domain error's code, as for an error thrown while judging: the queued judge rethrows it as such.
      // Its queue should never have reached this worker (queuesServedBy); a job sent to the wrong queue still fails safe.
      await boss.fail(from, jobId, {
        message: `code runs only at isolation '${minimumTier}' or stronger; the judge worker ${id} offers '${tier}'`,
        code: 'ISOLATION_TOO_WEAK',
      });
      return;
    }
    let seq = 0;
    // An object, not a boolean: the flag is set inside the callback, where flow analysis cannot see it.
    const seen = { done: false };
    // Writes are chained so the rows keep the order the events happened in.
    let writes = Promise.resolve();
    const publish = (event: JudgeEvent) => {
      if (event.type === 'done') seen.done = true;
      seq += 1;
      const row = seq;
      writes = writes.then(() =>
        retryThroughOutage(() =>
          db.executeSql(
            `INSERT INTO ${EVENT_TABLE} (job_id, seq, event, isolation) VALUES ($1, $2, $3, $4)`,
            [jobId, row, JSON.stringify(event), tier],
          ),
        ).then(() => undefined, onError),
      );
    };
    let result: JudgeResult;
    try {
      result = await pool.judge({ ...asked, spec }, publish);
    } catch (error) {
      await writes;
      // A domain error (language unavailable, isolation too weak…) keeps its code, so the server can map it.
      await retryThroughOutage(() =>
        boss.fail(from, jobId, {
          message: error instanceof Error ? error.message : String(error),
          ...(isDomainError(error) ? { code: error.code } : {}),
        }),
      );
      return;
    }
    if (!seen.done) publish({ type: 'done', result });
    await writes;
    // A verdict written late is still a verdict: through a database restart it waits rather than being lost.
    await retryThroughOutage(() =>
      boss.complete(from, jobId, {
        verdict: result.verdict,
        passed: result.passed,
        total: result.total,
      }),
    );
  };

  const loop = async () => {
    while (!isStopping) {
      const free = concurrency - active.size;
      if (free === 0) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      // The strictest queue first: its jobs can run only on workers like this one.
      const jobs: { from: string; job: PgBoss.Job<unknown> }[] = [];
      for (const name of served) {
        if (jobs.length >= free) break;
        try {
          for (const job of await boss.fetch(name, { batchSize: free - jobs.length }))
            jobs.push({ from: name, job });
        } catch (error) {
          onError(error);
        }
      }
      if (jobs.length === 0) {
        await sleep(pollIntervalMs);
        continue;
      }
      for (const { from, job } of jobs) {
        const running = runJob(from, job.id, job.data)
          .catch(onError)
          .finally(() => {
            active.delete(running);
            wake?.();
            wake = null;
          });
        active.add(running);
      }
    }
  };
  const looping = loop();

  return {
    id,
    stats: () => pool.stats(),
    async stop() {
      isStopping = true;
      wake?.();
      clearInterval(heartbeatTimer);
      await looping;
      await Promise.all(active);
      await db.executeSql(`DELETE FROM ${WORKER_TABLE} WHERE id = $1`, [id]).catch(onError);
      await boss.stop({ graceful: false, wait: true });
    },
  };
}
