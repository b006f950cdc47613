/**
 * Judge workers that die mid-job, as real processes killed with SIGKILL: the
 * job is judged again on another worker (once), and the candidate is told.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomainError, JudgeSpecSchema, type JudgeEvent, type JudgeRequest } from '@onsite/core';
import { startTestPostgres, type TestPostgres } from '@onsite/db/testing';
import { detectToolchains } from '../toolchains';
import { createQueuedJudge, WORKER_LOST_RETRYING } from './queued-judge';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const WORKER_SCRIPT = fileURLToPath(new URL('../testing/judge-worker-process.ts', import.meta.url));
/** Generous beside the 1 s heartbeat, so a loaded machine's slow beat is not taken for a death. */
const LOST_AFTER_MS = 8_000;

const spec = JudgeSpecSchema.parse({
  id: 'slow-double',
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
  // Sleeping is not CPU time: the limit only bounds the wall clock (twice it, plus slack).
  limits: { timeLimitMs: 4000, memoryLimitMb: 256 },
});
/** About three seconds of judging: long enough to be killed in the middle. */
const slowSubmit = (label: string): JudgeRequest => ({
  spec,
  language: 'python',
  source: `# ${label}\nimport time\n\ndef double(x):\n    time.sleep(1)\n    return 2 * x\n`,
  mode: 'submit',
});

interface WorkerProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** The first line of each job's source, as the worker started judging it. */
  readonly jobs: string[];
  /** Resolves once the worker has started its first job. */
  readonly tookJob: Promise<void>;
  exited: Promise<void>;
}

const startWorker = async (connectionString: string): Promise<WorkerProcess> => {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER_SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: connectionString, ONSITE_TEST_HEARTBEAT_MS: '1000' },
  });
  const jobs: string[] = [];
  let onJob: () => void = () => undefined;
  const tookJob = new Promise<void>((resolve) => (onJob = resolve));
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`a judge worker did not start; stderr: ${stderr}`)),
      60_000,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const lines = stdout.split('\n');
      stdout = lines.pop() ?? '';
      for (const line of lines) {
        if (line.endsWith(' ready')) {
          clearTimeout(timer);
          resolve();
        }
        if (line.startsWith('took ')) {
          jobs.push(line.slice('took '.length));
          onJob();
        }
      }
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await ready;
  return { child, jobs, exited, tookJob };
};

const kill = async (worker: WorkerProcess) => {
  worker.child.kill('SIGKILL');
  await worker.exited;
};

let postgres: TestPostgres;
let connectionString: string;
beforeAll(async () => {
  postgres = await startTestPostgres();
  connectionString = await postgres.createDatabase();
});
afterAll(async () => {
  await postgres.stop();
});

describe.runIf(detectToolchains().python.available)('a judge worker killed mid-job', () => {
  it('is noticed, and the job is judged again on the other worker: Accepted, and the candidate was told', async () => {
    const workers = await Promise.all([
      startWorker(connectionString),
      startWorker(connectionString),
    ]);
    const judge = await createQueuedJudge({
      connectionString,
      workerLostAfterMs: LOST_AFTER_MS,
    });
    try {
      const events: JudgeEvent[] = [];
      const judging = judge.judge(slowSubmit('retried once'), (event) => events.push(event));
      const taker = await Promise.race(
        workers.map(async (worker) => (await worker.tookJob, worker)),
      );
      const other = workers.find((worker) => worker !== taker);
      await kill(taker);

      // Noticed by its stopped heartbeat, which is what sends the job again and tells the candidate
      // (the `retrying` event below); no wall-clock bound needed.
      const result = await judging;
      expect(result).toMatchObject({ verdict: 'Accepted', passed: 3, total: 3 });
      expect(other?.jobs).toEqual(['# retried once']);
      expect(events.filter((event) => event.type === 'retrying')).toEqual([
        { type: 'retrying', message: WORKER_LOST_RETRYING },
      ]);
      // After the notice the tests run again from the start, each once.
      const afterRetry = events.slice(events.findIndex((event) => event.type === 'retrying') + 1);
      expect(
        afterRetry.flatMap((event) => (event.type === 'test' ? [event.result.index] : [])),
      ).toEqual([0, 1, 2]);
    } finally {
      await judge.close();
      await Promise.all(workers.map((worker) => kill(worker)));
    }
  }, 120_000);

  it('ends with JUDGE_WORKER_LOST, not an internal error, when the worker running it dies a second time', async () => {
    const workers = await Promise.all([
      startWorker(connectionString),
      startWorker(connectionString),
    ]);
    const judge = await createQueuedJudge({
      connectionString,
      workerLostAfterMs: LOST_AFTER_MS,
    });
    try {
      const events: JudgeEvent[] = [];
      const outcome = judge
        .judge(slowSubmit('lost twice'), (event) => events.push(event))
        .catch((error: unknown) => error);
      const first = await Promise.race(
        workers.map(async (worker) => (await worker.tookJob, worker)),
      );
      const second = workers.find((worker) => worker !== first);
      if (second === undefined) throw new Error('two workers were started');
      await kill(first);
      await second.tookJob;
      await kill(second);

      const error = await outcome;
      expect(isDomainError(error) && error.code).toBe('JUDGE_WORKER_LOST');
      expect(String(error)).toMatch(/stopped .* 2 times, so there is no verdict/);
      expect(events.filter((event) => event.type === 'retrying')).toHaveLength(1);
      expect(events.some((event) => event.type === 'done')).toBe(false);
    } finally {
      await judge.close();
      await Promise.all(workers.map((worker) => kill(worker)));
    }
  }, 120_000);
});
