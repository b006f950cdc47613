import { z } from 'zod';
import PgBoss from 'pg-boss';
import { ISOLATION_TIERS, tierRank, type IsolationTier } from '@onsite/core';

/** pg-boss's queue name for judge jobs; workers and queued judges must agree on it. */
export const DEFAULT_QUEUE = 'onsite-judge';

/**
 * Jobs that need at least a given tier wait in a queue of their own, which
 * only workers at that tier or stronger read: a weak worker never takes (and
 * fails) a job that a strong one could run. No minimum: the base queue.
 */
export const queueFor = (queue: string, minimumTier: IsolationTier | undefined): string =>
  minimumTier === undefined || minimumTier === 'none' ? queue : `${queue}.min-${minimumTier}`;

/** The queues a worker at `tier` serves, the strictest first: only workers like it can serve those. */
export const queuesServedBy = (queue: string, tier: IsolationTier): string[] =>
  ISOLATION_TIERS.filter((minimum) => tierRank(minimum) >= tierRank(tier)).map((minimum) =>
    queueFor(queue, minimum),
  );

/** Progress rows (one per JudgeEvent, in order), worker heartbeats, which worker holds which job, and specs, next to pg-boss's own tables. */
export const EVENT_TABLE = 'onsite_judge_event';
export const WORKER_TABLE = 'onsite_judge_worker';
export const CLAIM_TABLE = 'onsite_judge_claim';
export const SPEC_TABLE = 'onsite_judge_spec';

/** How often a worker writes its heartbeat row. */
export const WORKER_HEARTBEAT_MS = 2_000;
/**
 * A worker whose heartbeat is older than this is presumed dead (killed, its machine gone, cut off):
 * its jobs are judged again elsewhere. Several beats, so a busy machine or a slow query is not a death.
 */
export const WORKER_LOST_AFTER_MS = 15_000;
/** Progress rows and claims older than this belong to submissions no server waits for any more. */
export const LEFTOVER_ROWS_AFTER_SECONDS = 60 * 60;
/** A server re-marks a spec it uses this often; a spec unmarked for SPEC_UNUSED_AFTER_SECONDS is deleted. */
export const SPEC_REMARK_MS = 10 * 60_000;
export const SPEC_UNUSED_AFTER_SECONDS = 24 * 60 * 60;

/**
 * What pg-boss keeps of finished jobs. The server deletes each job once it has the verdict, so these
 * only bound what a server that died while waiting leaves behind: pg-boss's defaults (12 hours in the
 * job table, then 7 days in the archive) kept every job's data, spec and code included.
 */
export const JOB_RETENTION = {
  archiveCompletedAfterSeconds: 5 * 60,
  archiveFailedAfterSeconds: 60 * 60,
  deleteAfterHours: 1,
} as const;

/**
 * Creates the tables if missing. The advisory lock serialises workers and
 * servers starting at the same moment: concurrent CREATE TABLE IF NOT EXISTS
 * can still collide in PostgreSQL's catalog.
 */
export async function ensureJudgeTables(db: PgBoss.Db): Promise<void> {
  // No parameters: node-postgres then sends a simple query, which may hold several statements.
  await db.executeSql(
    `BEGIN;
     SELECT pg_advisory_xact_lock(726354918);
     CREATE TABLE IF NOT EXISTS ${EVENT_TABLE} (
       job_id uuid NOT NULL,
       seq integer NOT NULL,
       event jsonb NOT NULL,
       created_on timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (job_id, seq)
     );
     -- The tier of the worker that wrote the row, so the server can refuse a weak worker's progress before showing it.
     ALTER TABLE ${EVENT_TABLE} ADD COLUMN IF NOT EXISTS isolation text;
     CREATE TABLE IF NOT EXISTS ${WORKER_TABLE} (
       id text PRIMARY KEY,
       queue text NOT NULL,
       isolation text NOT NULL,
       concurrency integer NOT NULL,
       seen_on timestamptz NOT NULL DEFAULT now()
     );
     -- Specs by the SHA-256 of their JSON, stored once: a job names its spec, so a bank problem's
     -- large hidden tests are not copied into every job (and left behind in the table's dead space).
     CREATE TABLE IF NOT EXISTS ${SPEC_TABLE} (
       hash text PRIMARY KEY,
       spec jsonb NOT NULL,
       used_on timestamptz NOT NULL DEFAULT now()
     );
     -- Written by a worker as it takes a job: a job held by a worker whose heartbeat stopped is lost.
     CREATE TABLE IF NOT EXISTS ${CLAIM_TABLE} (
       job_id uuid PRIMARY KEY,
       worker_id text NOT NULL,
       claimed_on timestamptz NOT NULL DEFAULT now()
     );
     COMMIT;`,
    [],
  );
}

/**
 * Creates the pg-boss queue unless it exists. Two processes creating it at the
 * same moment can deadlock inside pg-boss; the loser retries and finds it created.
 */
export async function ensureQueue(boss: PgBoss, queue: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    if ((await boss.getQueue(queue)) !== null) return;
    try {
      await boss.createQueue(queue);
      return;
    } catch (error) {
      // The deadlock victim aborts at once while the winner may not have committed yet: wait, look again.
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** Runs a query and checks each row against a schema, so no `any` leaks out of the driver. */
export async function selectRows<T>(
  db: PgBoss.Db,
  schema: z.ZodType<T>,
  text: string,
  values: unknown[],
): Promise<T[]> {
  // pg-boss answers nothing (rather than throwing) once stopped: say so instead of failing to read `rows`.
  const result = (await db.executeSql(text, values)) as { rows: unknown[] } | undefined;
  if (result === undefined) throw new Error('The judge queue is closed.');
  return z.array(schema).parse(result.rows);
}

/**
 * Starts pg-boss (its errors go to `onError`), then makes sure the judge's tables and `queues`
 * exist: what the submitting side and every worker do first.
 */
export async function startJudgeQueue(
  options: PgBoss.ConstructorOptions,
  queues: readonly string[],
  onError: (error: Error) => void,
): Promise<{ boss: PgBoss; db: PgBoss.Db }> {
  const boss = new PgBoss(options);
  boss.on('error', onError);
  await boss.start();
  const db = boss.getDb();
  await ensureJudgeTables(db);
  for (const queue of queues) await ensureQueue(boss, queue);
  return { boss, db };
}
