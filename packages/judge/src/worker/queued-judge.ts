import PgBoss from 'pg-boss';
import { z } from 'zod';
import { DOMAIN_ERROR_CODES, DomainError, ISOLATION_TIERS, type IsolationTier, type Judge, type JudgeEvent, type JudgeRequest, type JudgeResult } from '@onsite/core';
import { tierRank } from '../sandbox-judge';
import { JudgeEventSchema, type JudgeJob } from './messages';
import { DEFAULT_QUEUE, ensureJudgeTables, ensureQueue, EVENT_TABLE, queueFor, selectRows, WORKER_TABLE } from './tables';

export interface QueuedJudgeOptions {
  readonly connectionString: string;
  readonly queue?: string;
  /** How often a waiting submission reads its progress rows. Default 20 ms. */
  readonly pollIntervalMs?: number;
  /** Give up (and cancel the job) when no worker has finished it by then. Default 10 minutes. */
  readonly waitTimeoutMs?: number;
  /**
   * A multi-user deployment's floor: the job carries it (a weaker worker refuses it), and every
   * progress row and result is checked against it, so what a weaker worker ran is never shown.
   */
  readonly minimumTier?: IsolationTier;
}

export interface QueuedJudge extends Judge {
  /** Disconnects; submissions still waiting reject. */
  close(): Promise<void>;
  /** Re-reads the workers' heartbeats; `isolation` then reflects the weakest live worker. */
  refreshIsolation(): Promise<IsolationTier>;
}

/** A worker that has not beaten for this long is presumed gone. */
const WORKER_STALE_SECONDS = 60;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const EventRowSchema = z.object({ seq: z.number().int(), event: z.unknown(), isolation: z.string().nullable() });
const JobRowSchema = z.object({ state: z.string(), output: z.unknown(), position: z.number().int() });
const IsolationRowSchema = z.object({ isolation: z.enum(ISOLATION_TIERS) });
const FailureOutputSchema = z.object({ message: z.string(), code: z.enum(DOMAIN_ERROR_CODES).optional() });

/**
 * A Judge that runs nothing itself: it enqueues the request in PostgreSQL
 * (pg-boss) for `onsite worker` processes and relays their progress, so a
 * deployment adds judge capacity by starting workers on more machines.
 * While the job waits, `{ type: 'queued', position }` counts the jobs ahead of
 * it across all submitters.
 *
 * `isolation` is the weakest tier among live workers (it is whichever one
 * takes the job that counts, and each result says which tier ran it); with no
 * live worker it is `none`, the honest answer for "unknown".
 */
export async function createQueuedJudge(options: QueuedJudgeOptions): Promise<QueuedJudge> {
  const queue = options.queue ?? DEFAULT_QUEUE;
  const pollIntervalMs = options.pollIntervalMs ?? 20;
  const waitTimeoutMs = options.waitTimeoutMs ?? 10 * 60_000;
  // Maintenance (expiring jobs whose worker died, archiving) is the workers' job.
  const boss = new PgBoss({ connectionString: options.connectionString, schedule: false, supervise: false });
  boss.on('error', (error) => console.error('[queued judge]', error));
  await boss.start();
  const db = boss.getDb();
  await ensureJudgeTables(db);
  const { minimumTier } = options;
  // With a minimum, jobs wait where only workers strong enough look (see queueFor).
  const jobQueue = queueFor(queue, minimumTier);
  await ensureQueue(boss, jobQueue);
  let closed = false;
  // A function, so flow analysis does not assume the waiting loop's earlier check still holds.
  const isClosed = () => closed;
  let isolation: IsolationTier = 'none';

  const liveTiers = async (): Promise<IsolationTier[]> =>
    (
      await selectRows(db, IsolationRowSchema, `SELECT isolation FROM ${WORKER_TABLE} WHERE queue = $1 AND seen_on > now() - make_interval(secs => $2)`, [
        queue,
        WORKER_STALE_SECONDS,
      ])
    ).map((row) => row.isolation);
  /** The live workers' tiers, with `isolation` brought up to date from them. */
  const readTiers = async (): Promise<IsolationTier[]> => {
    const tiers = await liveTiers();
    const weakest = Math.max(-1, ...tiers.map((tier) => ISOLATION_TIERS.indexOf(tier)));
    isolation = ISOLATION_TIERS[weakest] ?? 'none';
    return tiers;
  };
  const refreshIsolation = async (): Promise<IsolationTier> => {
    await readTiers();
    return isolation;
  };
  await refreshIsolation();

  /** A tier below the minimum, or none stated (a worker too old to know about minimums). */
  const belowMinimum = (tier: string | null): boolean => {
    if (minimumTier === undefined) return false;
    const rank = ISOLATION_TIERS.findIndex((known) => known === tier);
    return rank < 0 || rank > tierRank(minimumTier);
  };

  const judge = async (request: JudgeRequest, onEvent?: (event: JudgeEvent) => void): Promise<JudgeResult> => {
    if (isClosed()) throw new Error('The queued judge is closed.');
    if (minimumTier !== undefined) {
      // Workers are up but none is strong enough: say so now rather than after the wait times out.
      // (With none up at all the job waits: a worker may be starting.)
      const tiers = await readTiers();
      if (tiers.length > 0 && tiers.every((tier) => tierRank(tier) > tierRank(minimumTier))) {
        throw new DomainError('ISOLATION_TOO_WEAK', `code runs only at isolation '${minimumTier}' or stronger; the live judge workers offer only '${[...new Set(tiers)].join("', '")}'`);
      }
    }
    const job: JudgeJob = { request: { ...request, customInputs: request.customInputs?.map((args) => [...args]) }, ...(minimumTier === undefined ? {} : { minimumTier }) };
    // No retries: a job that failed once would likely fail again, and a rerun would duplicate progress rows.
    // A worker that dies mid-job leaves it active; pg-boss fails it after this long. Generous (every test
    // at twice its limit, plus compiling), yet far below pg-boss's 15-minute default.
    const expireInSeconds = Math.min(15 * 60, 60 + Math.ceil((request.spec.tests.length * request.spec.limits.timeLimitMs * 2) / 1000));
    const jobId = await boss.send(jobQueue, job, { retryLimit: 0, expireInSeconds });
    if (jobId === null) throw new Error('pg-boss refused the judge job.');
    // With a minimum the tiers were read just now; otherwise refresh them without holding the job up.
    if (minimumTier === undefined) void refreshIsolation().catch(() => undefined);

    const deadline = Date.now() + waitTimeoutMs;
    let lastSeq = 0;
    let lastPosition = 0;
    try {
      for (;;) {
        const rows = await selectRows(db, EventRowSchema, `SELECT seq, event, isolation FROM ${EVENT_TABLE} WHERE job_id = $1 AND seq > $2 ORDER BY seq`, [jobId, lastSeq]);
        for (const row of rows) {
          lastSeq = row.seq;
          const event = JudgeEventSchema.parse(row.event);
          const tier = event.type === 'done' && !belowMinimum(row.isolation) ? event.result.isolation : row.isolation;
          if (belowMinimum(tier)) {
            await boss.cancel(jobQueue, jobId).catch(() => undefined);
            throw new DomainError('ISOLATION_TOO_WEAK', `code runs only at isolation '${String(minimumTier)}' or stronger; a judge worker ran it at '${tier ?? 'an unstated tier'}'`);
          }
          onEvent?.(event);
          if (event.type === 'done') return event.result;
        }
        if (rows.length === 0) {
          const [state] = await selectRows(
            db,
            JobRowSchema,
            `SELECT j.state::text AS state, j.output,
               (SELECT count(*) FROM pgboss.job q WHERE q.name = j.name AND q.state = 'created' AND q.created_on <= j.created_on)::int AS position
             FROM pgboss.job j WHERE j.name = $1 AND j.id = $2`,
            [jobQueue, jobId],
          );
          if (state === undefined) throw new Error(`The judge job ${jobId} disappeared from the queue.`);
          if (state.state === 'failed' || state.state === 'cancelled') {
            const failure = FailureOutputSchema.safeParse(state.output);
            if (failure.success && failure.data.code !== undefined) throw new DomainError(failure.data.code, failure.data.message);
            throw new Error(`The judge worker could not judge this submission: ${failure.success ? failure.data.message : state.state}`);
          }
          if (state.state === 'created' && state.position !== lastPosition) {
            lastPosition = state.position;
            onEvent?.({ type: 'queued', position: state.position });
          }
          if (Date.now() > deadline) {
            await boss.cancel(jobQueue, jobId);
            const which = minimumTier === undefined ? 'judge worker' : `judge worker at isolation '${minimumTier}' or stronger`;
            throw new Error(`No ${which} finished this submission within ${Math.round(waitTimeoutMs / 1000)} s; is \`onsite worker\` running?`);
          }
          if (isClosed()) throw new Error('The queued judge was closed while waiting.');
          await sleep(pollIntervalMs);
        }
      }
    } finally {
      await db.executeSql(`DELETE FROM ${EVENT_TABLE} WHERE job_id = $1`, [jobId]).catch(() => undefined);
    }
  };

  return {
    get isolation() {
      return isolation;
    },
    judge,
    refreshIsolation,
    async close() {
      closed = true;
      await boss.stop({ graceful: false, wait: true });
    },
  };
}
