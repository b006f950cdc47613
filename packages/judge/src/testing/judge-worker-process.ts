/**
 * A judge worker in a process of its own, for tests that kill one: what
 * `onsite worker` runs (the sandbox judge behind runJudgeWorker), without the
 * CLI's config. Reads DATABASE_URL, and ONSITE_TEST_HEARTBEAT_MS when set.
 * With ONSITE_TEST_JUDGE=fake it runs no code and makes no growth inputs (the
 * fake judge: times grow linearly with n): for benches of the queue and the
 * database rather than of the sandbox or the generators.
 * Prints `worker <id> ready` once taking jobs and `took <source's first line>`
 * as its judge starts each job, so a test knows which process holds a job.
 * Run with `node --import tsx`.
 */
import type { Judge } from '@onsite/core';
import { createSandboxJudge } from '../sandbox-judge';
import { createFakeJudge } from './fake-judge';
import { runJudgeWorker } from '../worker/judge-worker';

const connectionString = process.env.DATABASE_URL;
if (connectionString === undefined || connectionString === '')
  throw new Error('DATABASE_URL is not set');
const heartbeat = process.env.ONSITE_TEST_HEARTBEAT_MS;

const sandbox: Judge =
  process.env.ONSITE_TEST_JUDGE === 'fake'
    ? createFakeJudge({ customTimeMs: (n) => n / 20_000, skipsGeneration: true })
    : createSandboxJudge();
const announcing: Judge = {
  isolation: sandbox.isolation,
  judge(request, onEvent) {
    process.stdout.write(`took ${request.source.split('\n')[0] ?? ''}\n`);
    return sandbox.judge(request, onEvent);
  },
};
const worker = await runJudgeWorker({
  connectionString,
  judge: announcing,
  concurrency: 1,
  ...(heartbeat === undefined ? {} : { heartbeatIntervalMs: Number(heartbeat) }),
});
process.stdout.write(`worker ${worker.id} ready\n`);
process.once('SIGTERM', () => void worker.stop().then(() => process.exit(0)));
