/**
 * The judge queue under many submissions (issue 7, item 14): a server in queue
 * mode and judge workers, each in its own process, on a throwaway PostgreSQL on
 * 127.0.0.1. Clients submit a correct solution to a problem with an input
 * generator, so every submission is judged and then its growth measured (one
 * queue job per size, up to 512 000 elements). Prints the POST latency and the
 * database's size while and after it all runs.
 *
 * By default the workers run no code and make no inputs (the fake judge): the
 * bench is about what crosses and stays in PostgreSQL and how the server
 * answers, while a sandboxed growth measurement takes ~15 s on 2 cores (over an
 * hour for 300) and making its inputs ~7 s. ONSITE_QUEUE_SANDBOX=1 runs real
 * `onsite worker`s.
 *
 * Before the fix each growth job carried its generated inputs (up to 6 MB of
 * JSON) and pg-boss kept them: 1.15 GB after 309 submissions. Targets: the
 * database stays under 50 MB and POST p95 under 200 ms.
 *
 * Run: `npx tsx bench/queue.bench.ts` (ONSITE_QUEUE_SUBMISSIONS, default 300;
 * ONSITE_QUEUE_WORKERS, default 2; ONSITE_QUEUE_CLIENTS, default 20;
 * ONSITE_QUEUE_SANDBOX=1).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, startTestPostgres } from '@onsite/db/testing';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const cli = join(repoRoot, 'packages', 'cli', 'src', 'main.ts');
const fakeWorker = join(repoRoot, 'packages', 'judge', 'src', 'testing', 'judge-worker-process.ts');

const readCount = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number of at least 1, got "${raw ?? ''}".`);
  return value;
};
const SUBMISSIONS = readCount('ONSITE_QUEUE_SUBMISSIONS', 300);
const WORKERS = readCount('ONSITE_QUEUE_WORKERS', 2);
const CLIENTS = readCount('ONSITE_QUEUE_CLIENTS', 20);
const SANDBOX = ['1', 'true', 'yes'].includes(process.env.ONSITE_QUEUE_SANDBOX ?? '');
const TARGET_DB_MB = 50;
const TARGET_POST_P95_MS = 200;
/** However long the growth measurements take, the bench stops waiting for them after this. */
const MAX_WAIT_MS = 30 * 60_000;

const TWO_SUM_JS =
  'function pairWithTargetSum(nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    const j = seen.get(target - nums[i]);\n    if (j !== undefined) return [j, i];\n    seen.set(nums[i], i);\n  }\n  return [];\n}\n';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a process and resolves once its output contains `readyText` (or its health answers, for the server). */
const startProcess = async (
  args: string[],
  env: Record<string, string>,
  ready: (output: string) => boolean | Promise<boolean>,
): Promise<ChildProcess> => {
  const child = spawn(tsx, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 90_000;
  while (!(await ready(output))) {
    if (child.exitCode !== null)
      throw new Error(`${args.join(' ')} exited with code ${child.exitCode} before it was ready.`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${args.join(' ')} was not ready within 90 s.`);
    }
    await sleep(200);
  }
  return child;
};

const stopProcess = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

interface SubmissionBody {
  readonly id: string;
  readonly status: string;
  readonly result?: { readonly verdict: string };
  readonly error?: { readonly code: string; readonly message: string };
  readonly complexity: { readonly status: string; readonly message?: string } | null;
}

const main = async (): Promise<void> => {
  const postgres = await startTestPostgres();
  const children: ChildProcess[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'onsite-queue-bench-'));
  try {
    const databaseUrl = await postgres.createDatabase();
    const sizeOf = new pg.Client({ connectionString: databaseUrl });
    await sizeOf.connect();
    const databaseBytes = async (): Promise<number> =>
      Number(
        (
          await sizeOf.query<{ size: string }>(
            'SELECT pg_database_size(current_database())::text AS size',
          )
        ).rows[0]?.size ?? 0,
      );

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = { DATABASE_URL: databaseUrl, ONSITE_DATA_DIR: dataDir, ONSITE_JUDGE_MODE: 'queue' };
    children.push(
      await startProcess(
        [cli, 'serve'],
        { ...env, PORT: String(port), HOST: '127.0.0.1' },
        async () => {
          try {
            return (await fetch(`${url}/api/health`)).ok;
          } catch {
            return false;
          }
        },
      ),
    );
    for (let i = 0; i < WORKERS; i += 1) {
      children.push(
        SANDBOX
          ? await startProcess([cli, 'worker', '--concurrency', '1'], env, (output) =>
              output.includes('is taking jobs'),
            )
          : await startProcess([fakeWorker], { ...env, ONSITE_TEST_JUDGE: 'fake' }, (output) =>
              output.includes(' ready'),
            ),
      );
    }
    const kind = SANDBOX ? 'sandboxed `onsite worker`' : 'fake-judge worker';
    console.log(
      `Server in queue mode and ${WORKERS} ${kind}(s), 1 job at a time each, on a throwaway PostgreSQL; ${SUBMISSIONS} submissions from ${CLIENTS} clients.`,
    );
    const startBytes = await databaseBytes();

    let peakBytes = startBytes;
    // An object, not a boolean: it is flipped after the loop below was written, where flow analysis cannot see it.
    const sampling = { on: true };
    const sampler = (async () => {
      while (sampling.on) {
        peakBytes = Math.max(peakBytes, await databaseBytes());
        await sleep(2000);
      }
    })();

    const postMs: number[] = [];
    const errors: string[] = [];
    const ids: string[] = [];
    let next = 0;
    const started = performance.now();
    const client = async (): Promise<void> => {
      while (next < SUBMISSIONS) {
        next += 1;
        const sentAt = performance.now();
        const response = await fetch(`${url}/api/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            questionId: 'coding/pair-with-target-sum',
            language: 'javascript',
            source: TWO_SUM_JS,
            mode: 'submit',
          }),
        });
        const text = await response.text();
        postMs.push(performance.now() - sentAt);
        if (!response.ok) {
          errors.push(`POST ${response.status} ${text.slice(0, 160)}`);
          continue;
        }
        const { id } = JSON.parse(text) as { id: string };
        ids.push(id);
        // Waits for the verdict, as a candidate does, then submits again; the growth measurement goes on behind.
        for (;;) {
          await sleep(300);
          const state = (await (
            await fetch(`${url}/api/submissions/${id}`)
          ).json()) as SubmissionBody;
          if (state.status === 'done') break;
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, () => client()));
    const judgedSeconds = (performance.now() - started) / 1000;

    // Then every growth measurement, so the database holds everything those submissions left.
    const deadline = Date.now() + MAX_WAIT_MS;
    let final: SubmissionBody[] = [];
    for (;;) {
      final = await Promise.all(
        ids.map(
          async (id) =>
            (await (await fetch(`${url}/api/submissions/${id}`)).json()) as SubmissionBody,
        ),
      );
      const measuring = final.filter((state) => state.complexity?.status === 'measuring').length;
      if (measuring === 0 || Date.now() > deadline) break;
      console.log(
        `  ${((performance.now() - started) / 1000).toFixed(0)} s: ${measuring} growth measurements still running; database ${mb(await databaseBytes())} MB`,
      );
      await sleep(5000);
    }
    const allSeconds = (performance.now() - started) / 1000;
    sampling.on = false;
    await sampler;
    const endBytes = await databaseBytes();
    const jobs = await sizeOf.query<{ rows: string; bytes: string }>(
      `SELECT count(*)::text AS rows, coalesce(sum(pg_column_size(data)), 0)::text AS bytes FROM (SELECT data FROM pgboss.job UNION ALL SELECT data FROM pgboss.archive) j`,
    );
    const largest = await sizeOf.query<{ name: string; bytes: string }>(
      `SELECT n.nspname || '.' || c.relname AS name, pg_total_relation_size(c.oid)::text AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 4`,
    );
    await sizeOf.end();

    const verdicts = new Map<string, number>();
    for (const state of final) {
      const key = state.error?.code ?? state.result?.verdict ?? state.status;
      verdicts.set(key, (verdicts.get(key) ?? 0) + 1);
    }
    const measured = final.filter((state) => state.complexity?.status === 'done').length;
    const sorted = [...postMs].sort((a, b) => a - b);
    const p95 = percentile(sorted, 0.95);
    const dbMet = peakBytes < TARGET_DB_MB * 1024 * 1024;
    console.log(
      `\nVerdicts: ${[...verdicts].map(([verdict, count]) => `${verdict} ${count}`).join(', ')}; growth measured for ${measured} of ${final.length}.`,
    );
    console.log(
      `All judged in ${judgedSeconds.toFixed(0)} s; every growth measurement done after ${allSeconds.toFixed(0)} s.`,
    );
    console.log(
      `POST /api/submissions: ${sorted.length} sent, ${errors.length} errors, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms   target p95 ≤ ${TARGET_POST_P95_MS} ms ${p95 <= TARGET_POST_P95_MS && errors.length === 0 ? 'met' : 'MISSED'}`,
    );
    for (const message of [...new Set(errors)].slice(0, 3)) console.log(`    error: ${message}`);
    const unmeasured = new Set(
      final.flatMap((state) =>
        state.complexity?.status === 'failed' ? [state.complexity.message ?? ''] : [],
      ),
    );
    for (const message of [...unmeasured].slice(0, 3))
      console.log(`    growth not measured: ${message}`);
    console.log(
      `Database: ${mb(startBytes)} MB empty, ${mb(peakBytes)} MB at most, ${mb(endBytes)} MB at the end   target < ${TARGET_DB_MB} MB ${dbMet ? 'met' : 'MISSED'}`,
    );
    console.log(
      `Largest tables: ${largest.rows.map((row) => `${row.name} ${mb(Number(row.bytes))} MB`).join(', ')}`,
    );
    console.log(
      `pg-boss job and archive rows left: ${jobs.rows[0]?.rows ?? '?'} (${mb(Number(jobs.rows[0]?.bytes ?? 0))} MB of job data)`,
    );
  } finally {
    await Promise.all(children.map(stopProcess));
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

await main();
