import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  DOMAIN_ERROR_CODES,
  DomainError,
  ISOLATION_TIERS,
  type IsolationTier,
  type Judge,
  type JudgeEvent,
  type JudgeRequest,
  type JudgeResult,
  tierRank,
} from '@onsite/core';
import { JudgeEventSchema, type JudgeJob } from './messages';
import { retryThroughOutage } from './outage';
import {
  CLAIM_TABLE,
  DEFAULT_QUEUE,
  EVENT_TABLE,
  queueFor,
  selectRows,
  SPEC_REMARK_MS,
  SPEC_TABLE,
  startJudgeQueue,
  WORKER_LOST_AFTER_MS,
  WORKER_TABLE,
} from './tables';

export interface QueuedJudgeOptions {
  readonly connectionString: string;
  readonly queue?: string;
  /**
   * How often a submission being judged reads its progress rows. Default 20 ms. One still waiting
   * in the queue backs off from this to QUEUED_POLL_MAX_MS: there can be hundreds of those.
   */
  readonly pollIntervalMs?: number;
  /** Give up (and cancel the job) when no worker has finished it by then. Default 10 minutes. */
  readonly waitTimeoutMs?: number;
  /**
   * A multi-user deployment's floor: the job carries it (a weaker worker refuses it), and every
   * progress row and result is checked against it, so what a weaker worker ran is never shown.
   */
  readonly minimumTier?: IsolationTier;
  /**
   * A worker silent this long is presumed dead: its job is judged again on another worker (once),
   * and it no longer counts for `isolation`. Default 15 s (workers beat every 2 s).
   */
  readonly workerLostAfterMs?: number;
}

export interface QueuedJudge extends Judge {
  /** Disconnects; submissions still waiting reject. */
  close(): Promise<void>;
  /** Re-reads the workers' heartbeats; `isolation` then reflects the weakest live worker. */
  refreshIsolation(): Promise<IsolationTier>;
}

/** A job is judged at most this many times: a worker lost twice on the same code is not risked a third time. */
const MAX_ATTEMPTS = 2;
/**
 * The slowest poll of a job still waiting for a worker. Every waiting submission polls, so at 20 ms
 * a few dozen of them kept the server's event loop busy with thousands of queries a second.
 */
const QUEUED_POLL_MAX_MS = 250;
/** Specs this server remembers having stored (hash → when last marked used); past this many it forgets the oldest. */
const MAX_REMEMBERED_SPECS = 1000;
/** What the candidate sees when the worker running their code was lost and it is judged again. */
export const WORKER_LOST_RETRYING = 'judge worker lost; retrying';
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const EventRowSchema = z.object({
  seq: z.number().int(),
  event: z.unknown(),
  isolation: z.string().nullable(),
});
const JobRowSchema = z.object({
  state: z.string(),
  output: z.unknown(),
  position: z.number().int(),
  lost: z.boolean(),
});
const IsolationRowSchema = z.object({ isolation: z.enum(ISOLATION_TIERS) });
const FailureOutputSchema = z.object({
  message: z.string(),
  code: z.enum(DOMAIN_ERROR_CODES).optional(),
});

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
const specHashes = new WeakMap<
  JudgeRequest['spec'],
  { readonly hash: string; readonly json: string }
>();

/**
 * The spec's JSON and its SHA-256, computed once per spec object: a bank problem's spec is one object
 * for the server's life (toJudgeSpec caches it), and its JSON can be megabytes, tens of milliseconds
 * of the server's one thread on every submission otherwise.
 */
const hashedSpec = (
  spec: JudgeRequest['spec'],
): { readonly hash: string; readonly json: string } => {
  const known = specHashes.get(spec);
  if (known !== undefined) return known;
  const json = JSON.stringify(spec);
  const hashed = { hash: createHash('sha256').update(json).digest('hex'), json };
  specHashes.set(spec, hashed);
  return hashed;
};

export async function createQueuedJudge(options: QueuedJudgeOptions): Promise<QueuedJudge> {
  const queue = options.queue ?? DEFAULT_QUEUE;
  const pollIntervalMs = options.pollIntervalMs ?? 20;
  const waitTimeoutMs = options.waitTimeoutMs ?? 10 * 60_000;
  const lostAfterSeconds = (options.workerLostAfterMs ?? WORKER_LOST_AFTER_MS) / 1000;
  const { minimumTier } = options;
  // With a minimum, jobs wait where only workers strong enough look (see queueFor).
  const jobQueue = queueFor(queue, minimumTier);
  // Maintenance (expiring jobs whose worker died, archiving) is the workers' job.
  const { boss, db } = await startJudgeQueue(
    { connectionString: options.connectionString, schedule: false, supervise: false },
    [jobQueue],
    (error) => console.error('[queued judge]', error),
  );
  let closed = false;
  // A function, so flow analysis does not assume the waiting loop's earlier check still holds.
  const isClosed = () => closed;
  let isolation: IsolationTier = 'none';

  const liveTiers = async (): Promise<IsolationTier[]> =>
    (
      await selectRows(
        db,
        IsolationRowSchema,
        `SELECT isolation FROM ${WORKER_TABLE} WHERE queue = $1 AND seen_on > now() - make_interval(secs => $2)`,
        [queue, lostAfterSeconds],
      )
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

  const storedSpecs = new Map<string, number>();
  const storing = new Map<string, Promise<void>>();
  /**
   * Stores the spec once under the SHA-256 of its JSON and returns the hash, which the job carries instead:
   * a bank problem's hidden tests can be hundreds of kilobytes. Re-marked as used now and again, so the
   * workers' sweep of unused specs never takes one a server still sends. Submissions of one spec arriving
   * together share one write.
   */
  const storeSpec = async (spec: JudgeRequest['spec']): Promise<string> => {
    const { hash, json } = hashedSpec(spec);
    const markedAt = storedSpecs.get(hash);
    if (markedAt !== undefined && Date.now() - markedAt <= SPEC_REMARK_MS) return hash;
    let write = storing.get(hash);
    if (write === undefined) {
      write = retryThroughOutage(() =>
        db.executeSql(
          `INSERT INTO ${SPEC_TABLE} (hash, spec) VALUES ($1, $2) ON CONFLICT (hash) DO UPDATE SET used_on = now()`,
          [hash, json],
        ),
      ).then(() => {
        storedSpecs.delete(hash);
        storedSpecs.set(hash, Date.now());
        // A Map iterates in insertion order: the first key is the one marked longest ago.
        if (storedSpecs.size > MAX_REMEMBERED_SPECS)
          storedSpecs.delete(storedSpecs.keys().next().value ?? '');
      });
      storing.set(hash, write);
      const done = () => storing.delete(hash);
      write.then(done, done);
    }
    await write;
    return hash;
  };

  /** A tier below the minimum, or none stated (a worker too old to know about minimums). */
  const belowMinimum = (tier: string | null): boolean => {
    if (minimumTier === undefined) return false;
    const rank = ISOLATION_TIERS.findIndex((known) => known === tier);
    return rank < 0 || rank > tierRank(minimumTier);
  };

  const judge = async (
    request: JudgeRequest,
    onEvent?: (event: JudgeEvent) => void,
  ): Promise<JudgeResult> => {
    if (isClosed()) throw new Error('The queued judge is closed.');
    if (minimumTier !== undefined) {
      // Workers are up but none is strong enough: say so now rather than after the wait times out.
      // (With none up at all the job waits: a worker may be starting.)
      const tiers = await readTiers();
      if (tiers.length > 0 && tiers.every((tier) => tierRank(tier) > tierRank(minimumTier))) {
        throw new DomainError(
          'ISOLATION_TOO_WEAK',
          `code runs only at isolation '${minimumTier}' or stronger; the live judge workers offer only '${[...new Set(tiers)].join("', '")}'`,
        );
      }
    }
    const { spec, customInputs, ...rest } = request;
    const job: JudgeJob = {
      request: {
        ...rest,
        specHash: await storeSpec(spec),
        ...(customInputs === undefined
          ? {}
          : { customInputs: customInputs.map((args) => [...args]) }),
      },
      ...(minimumTier === undefined ? {} : { minimumTier }),
    };
    // No pg-boss retries: a job that failed once would likely fail again. A worker lost mid-job is
    // noticed here (its heartbeat stops) and the job sent again, once. pg-boss's own expiry stays a
    // backstop for a job that runs on and on: every test at twice its limit, plus compiling.
    const expireInSeconds = Math.min(
      15 * 60,
      60 + Math.ceil((request.spec.tests.length * request.spec.limits.timeLimitMs * 2) / 1000),
    );
    const send = async (): Promise<string> => {
      const id = await retryThroughOutage(() =>
        boss.send(jobQueue, job, { retryLimit: 0, expireInSeconds }),
      );
      if (id === null) throw new Error('pg-boss refused the judge job.');
      return id;
    };
    /** The job, its progress rows and its claim: the server is their only reader, and once it has its answer they are garbage. */
    const forget = async (id: string) => {
      await db
        .executeSql(`DELETE FROM ${EVENT_TABLE} WHERE job_id = $1`, [id])
        .catch(() => undefined);
      await db
        .executeSql(`DELETE FROM ${CLAIM_TABLE} WHERE job_id = $1`, [id])
        .catch(() => undefined);
      await boss.deleteJob(jobQueue, id).catch(() => undefined);
    };
    let jobId = await send();
    let attempt = 1;
    // With a minimum the tiers were read just now; otherwise refresh them without holding the job up.
    if (minimumTier === undefined) void refreshIsolation().catch(() => undefined);

    const deadline = Date.now() + waitTimeoutMs;
    let lastSeq = 0;
    let lastPosition = 0;
    let delayMs = pollIntervalMs;
    try {
      for (;;) {
        const rows = await retryThroughOutage(() =>
          selectRows(
            db,
            EventRowSchema,
            `SELECT seq, event, isolation FROM ${EVENT_TABLE} WHERE job_id = $1 AND seq > $2 ORDER BY seq`,
            [jobId, lastSeq],
          ),
        );
        for (const row of rows) {
          lastSeq = row.seq;
          const event = JudgeEventSchema.parse(row.event);
          const tier =
            event.type === 'done' && !belowMinimum(row.isolation)
              ? event.result.isolation
              : row.isolation;
          if (belowMinimum(tier)) {
            await boss.cancel(jobQueue, jobId).catch(() => undefined);
            throw new DomainError(
              'ISOLATION_TOO_WEAK',
              `code runs only at isolation '${String(minimumTier)}' or stronger; a judge worker ran it at '${tier ?? 'an unstated tier'}'`,
            );
          }
          onEvent?.(event);
          if (event.type === 'done') return event.result;
        }
        if (rows.length === 0) {
          // Lost: taken (active) longer ago than the expiry, and no claim by a worker that still beats.
          // A worker killed between taking the job and claiming it leaves no claim: lost the same way.
          // Not within the expiry of PostgreSQL's own restart: every worker's beats stopped then.
          const [state] = await retryThroughOutage(() =>
            selectRows(
              db,
              JobRowSchema,
              `SELECT j.state::text AS state, j.output,
               (SELECT count(*) FROM pgboss.job q WHERE q.name = j.name AND q.state = 'created' AND q.created_on <= j.created_on)::int AS position,
               (j.state = 'active' AND j.started_on < now() - make_interval(secs => $3)
                 AND pg_postmaster_start_time() < now() - make_interval(secs => $3)
                 AND NOT EXISTS (SELECT 1 FROM ${CLAIM_TABLE} c JOIN ${WORKER_TABLE} w ON w.id = c.worker_id
                                 WHERE c.job_id = j.id AND w.seen_on > now() - make_interval(secs => $3))) AS lost
             FROM pgboss.job j WHERE j.name = $1 AND j.id = $2`,
              [jobQueue, jobId, lostAfterSeconds],
            ),
          );
          if (state === undefined)
            throw new Error(`The judge job ${jobId} disappeared from the queue.`);
          if (state.state === 'failed' || state.state === 'cancelled') {
            const failure = FailureOutputSchema.safeParse(state.output);
            if (failure.success && failure.data.code !== undefined)
              throw new DomainError(failure.data.code, failure.data.message);
            throw new Error(
              `The judge worker could not judge this submission: ${failure.success ? failure.data.message : state.state}`,
            );
          }
          if (state.lost) {
            // Cancelled first, so a worker that was only cut off cannot complete it after all.
            await boss.cancel(jobQueue, jobId).catch(() => undefined);
            await forget(jobId);
            if (attempt >= MAX_ATTEMPTS) {
              throw new DomainError(
                'JUDGE_WORKER_LOST',
                `The judge worker running this code stopped (killed, out of memory or cut off) ${MAX_ATTEMPTS} times, so there is no verdict. If your code is not what stops them, run it again.`,
              );
            }
            attempt += 1;
            lastSeq = 0;
            lastPosition = 0;
            onEvent?.({ type: 'retrying', message: WORKER_LOST_RETRYING });
            jobId = await send();
            continue;
          }
          if (state.state === 'created' && state.position !== lastPosition) {
            lastPosition = state.position;
            onEvent?.({ type: 'queued', position: state.position });
          }
          if (Date.now() > deadline) {
            await boss.cancel(jobQueue, jobId);
            const which =
              minimumTier === undefined
                ? 'judge worker'
                : `judge worker at isolation '${minimumTier}' or stronger`;
            throw new Error(
              `No ${which} finished this submission within ${Math.round(waitTimeoutMs / 1000)} s; is \`onsite worker\` running?`,
            );
          }
          if (isClosed()) throw new Error('The queued judge was closed while waiting.');
          // Waiting in the queue: back off. Taken by a worker: poll at full speed for its progress.
          delayMs =
            state.state === 'created' ? Math.min(QUEUED_POLL_MAX_MS, delayMs * 2) : pollIntervalMs;
          await sleep(delayMs);
        }
      }
    } finally {
      await forget(jobId);
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
