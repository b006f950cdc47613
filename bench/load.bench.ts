/**
 * Load: many candidates answering behavioral questions at once, beside coders
 * submitting code, against a real server process on 127.0.0.1 — once on SQLite,
 * once on a throwaway PostgreSQL. Prints p50/p95 per route.
 *
 * Each behavioral user starts a session, saves a growing draft every second (as the
 * room does while typing), sends the answer, replies to the probes and finishes, then
 * starts again. Each coder submits a correct solution to a bank problem and waits for
 * the verdict. The load generator runs in this process; the server runs in a child
 * process, so the two never share an event loop.
 *
 * Targets (issue 7, item 16), 50 users on 2 cores: p95 ≤ 100 ms for draft saves and
 * ≤ 300 ms for answers and replies.
 *
 * Run: `npx tsx bench/load.bench.ts` (ONSITE_LOAD_USERS, ONSITE_LOAD_CODERS,
 * ONSITE_LOAD_SECONDS, ONSITE_LOAD_STORES=sqlite,postgres change the scenario;
 * ONSITE_LOAD_URL=http://127.0.0.1:PORT loads a server you started yourself, e.g. under
 * `node --cpu-prof --import tsx packages/cli/src/main.ts serve`, to profile it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startTestPostgres, type TestPostgres } from '@onsite/db/testing';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

const readCount = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number, got "${raw ?? ''}".`);
  return value;
};

const USERS = readCount('ONSITE_LOAD_USERS', 50);
const CODERS = readCount('ONSITE_LOAD_CODERS', 4);
const SECONDS = readCount('ONSITE_LOAD_SECONDS', 30);
const STORES = (process.env.ONSITE_LOAD_STORES ?? 'sqlite,postgres')
  .split(',')
  .filter((store) => store !== '');
const TARGET_P95_MS: Readonly<Record<string, number>> = {
  'PUT draft': 100,
  'POST answer': 300,
  'POST reply': 300,
};

const ANSWER = `Our payment webhook started charging some customers twice during a traffic spike, and the engineer who owned it was on leave. I was on call that week, so I took it. I pulled the last three days of webhook logs and found that retries from the provider arrived while our first attempt was still writing, so both attempts charged the card. I added an idempotency key stored in PostgreSQL with a unique index on the provider's event id, wrapped the charge and the key insert in one transaction, and wrote a replay test that fires the same event fifty times in parallel. I also wrote a short runbook for the refund script and walked the support lead through it. The fix shipped the same afternoon. Refunds for the 214 affected customers went out before the end of the day, duplicate charges went from about 30 a day to zero, and none has doubled since. I learned to look for missing idempotency first whenever an external system retries.`;
const REPLY =
  'The baseline was the 30 duplicate charges a day we counted in the logs over the previous week; afterwards the daily report showed zero for the next three months, and I checked it every Monday.';
const TWO_SUM_JS =
  'function pairWithTargetSum(nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    const j = seen.get(target - nums[i]);\n    if (j !== undefined) return [j, i];\n    seen.set(nums[i], i);\n  }\n  return [];\n}\n';

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

interface Server {
  readonly url: string;
  stop(): Promise<void>;
}

const startServerProcess = async (env: Record<string, string>): Promise<Server> => {
  const port = await freePort();
  const child: ChildProcess = spawn(
    tsx,
    [join(repoRoot, 'packages', 'cli', 'src', 'main.ts'), 'serve'],
    {
      cwd: repoRoot,
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`The server exited with code ${child.exitCode} before it was ready.`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('The server was not ready within 60 s.');
    }
    await sleep(200);
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
};

class Recorder {
  readonly #times = new Map<string, number[]>();
  readonly #errors = new Map<string, string[]>();

  async request<T>(
    label: string,
    url: string,
    init: { method: string; body?: unknown },
  ): Promise<T | null> {
    const started = performance.now();
    try {
      const response = await fetch(url, {
        method: init.method,
        headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await response.text();
      const elapsed = performance.now() - started;
      if (!response.ok) {
        this.#error(label, `${response.status} ${text.slice(0, 160)}`);
        return null;
      }
      this.#record(label, elapsed);
      return JSON.parse(text) as T;
    } catch (error) {
      this.#error(label, error instanceof Error ? error.message : String(error));
      return null;
    }
  }

  #record(label: string, ms: number): void {
    const list = this.#times.get(label) ?? [];
    list.push(ms);
    this.#times.set(label, list);
  }

  #error(label: string, message: string): void {
    const list = this.#errors.get(label) ?? [];
    list.push(message);
    this.#errors.set(label, list);
  }

  report(title: string): boolean {
    const percentile = (sorted: readonly number[], p: number): number =>
      sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
    console.log(`\n${title}`);
    console.log(
      `${'route'.padEnd(22)}${'count'.padStart(7)}${'errors'.padStart(8)}${'p50 ms'.padStart(10)}${'p95 ms'.padStart(10)}${'max ms'.padStart(10)}   target p95`,
    );
    let met = true;
    const labels = [...new Set([...this.#times.keys(), ...this.#errors.keys()])].sort();
    for (const label of labels) {
      const sorted = [...(this.#times.get(label) ?? [])].sort((a, b) => a - b);
      const errors = this.#errors.get(label) ?? [];
      const p95 = percentile(sorted, 0.95);
      const target = TARGET_P95_MS[label];
      const verdict =
        target === undefined
          ? ''
          : `≤ ${target} ms ${p95 <= target && errors.length === 0 ? 'met' : 'MISSED'}`;
      if (target !== undefined && (p95 > target || errors.length > 0)) met = false;
      console.log(
        `${label.padEnd(22)}${String(sorted.length).padStart(7)}${String(errors.length).padStart(8)}${percentile(sorted, 0.5).toFixed(1).padStart(10)}${p95.toFixed(1).padStart(10)}${(sorted.at(-1) ?? 0).toFixed(1).padStart(10)}   ${verdict}`,
      );
      for (const message of [...new Set(errors)].slice(0, 3)) console.log(`    error: ${message}`);
    }
    return met;
  }
}

interface RoundBody {
  readonly id: string;
  readonly status: string;
  readonly draft: { readonly revision: number } | null;
}

const behavioralUser = async (options: {
  url: string;
  questionIds: readonly string[];
  index: number;
  until: number;
  recorder: Recorder;
}): Promise<void> => {
  const { url, questionIds, index, until, recorder } = options;
  // Staggered starts, as real users do not press a key in the same millisecond.
  await sleep((index * 997) % 2000);
  let pass = 0;
  while (Date.now() < until) {
    const questionId = questionIds[(index + pass) % questionIds.length] ?? '';
    pass += 1;
    const created = await recorder.request<{ session: { rounds: RoundBody[] } }>(
      'POST session',
      `${url}/api/sessions`,
      { method: 'POST', body: { questionId } },
    );
    const roundId = created?.session.rounds[0]?.id;
    if (roundId === undefined) {
      await sleep(1000);
      continue;
    }
    const words = ANSWER.split(' ');
    // About eight seconds of typing, one save a second, like the room's debounce.
    for (let revision = 1; revision <= 8 && Date.now() < until; revision += 1) {
      const text = words.slice(0, Math.ceil((words.length * revision) / 8)).join(' ');
      await recorder.request('PUT draft', `${url}/api/rounds/${roundId}/draft`, {
        method: 'PUT',
        body: { text, revision },
      });
      await sleep(1000);
    }
    if (Date.now() >= until) return;
    let round = await recorder.request<{ round: RoundBody }>(
      'POST answer',
      `${url}/api/rounds/${roundId}/answer`,
      { method: 'POST', body: { text: ANSWER } },
    );
    for (
      let probe = 0;
      probe < 3 && round?.round.status === 'probing' && Date.now() < until;
      probe += 1
    ) {
      await sleep(2000);
      round = await recorder.request<{ round: RoundBody }>(
        'POST reply',
        `${url}/api/rounds/${roundId}/reply`,
        { method: 'POST', body: { text: REPLY } },
      );
    }
    if (round?.round.status === 'probing')
      await recorder.request('POST finish', `${url}/api/rounds/${roundId}/finish`, {
        method: 'POST',
      });
  }
};

const coder = async (options: {
  url: string;
  until: number;
  recorder: Recorder;
  index: number;
}): Promise<void> => {
  const { url, until, recorder, index } = options;
  await sleep(500 * index);
  while (Date.now() < until) {
    const accepted = await recorder.request<{ id: string }>(
      'POST submission',
      `${url}/api/submissions`,
      {
        method: 'POST',
        body: {
          questionId: 'coding/pair-with-target-sum',
          language: 'javascript',
          source: TWO_SUM_JS,
          mode: 'submit',
        },
      },
    );
    if (accepted === null) {
      await sleep(2000);
      continue;
    }
    // Poll like a client without SSE would; a poll is a cheap read.
    for (;;) {
      await sleep(500);
      const state = await recorder.request<{ status: string }>(
        'GET submission',
        `${url}/api/submissions/${accepted.id}`,
        { method: 'GET' },
      );
      if (state === null || state.status === 'done' || Date.now() > until + 60_000) break;
    }
    await sleep(1000);
  }
};

const isServer = (value: Server | Record<string, string>): value is Server =>
  typeof value.stop === 'function';

const runScenario = async (
  store: string,
  serverOrEnv: Server | Record<string, string>,
): Promise<boolean> => {
  const server = isServer(serverOrEnv) ? serverOrEnv : await startServerProcess(serverOrEnv);
  try {
    const list = (await (await fetch(`${server.url}/api/questions?kind=behavioral`)).json()) as {
      questions: { id: string }[];
    };
    const questionIds = list.questions.map((question) => question.id);
    if (questionIds.length === 0) throw new Error('The bank has no behavioral questions.');
    const recorder = new Recorder();
    const until = Date.now() + SECONDS * 1000;
    await Promise.all([
      ...Array.from({ length: USERS }, (_, index) =>
        behavioralUser({ url: server.url, questionIds, index, until, recorder }),
      ),
      ...Array.from({ length: CODERS }, (_, index) =>
        coder({ url: server.url, until, recorder, index }),
      ),
    ]);
    return recorder.report(`${store}: ${USERS} behavioral users, ${CODERS} coders, ${SECONDS} s`);
  } finally {
    await server.stop();
  }
};

const main = async (): Promise<void> => {
  const existing = process.env.ONSITE_LOAD_URL;
  if (existing !== undefined && existing !== '') {
    const met = await runScenario(existing, { url: existing, stop: () => Promise.resolve() });
    console.log(
      met ? '\nEvery p95 target was met.' : '\nSome p95 targets were missed (see MISSED above).',
    );
    return;
  }
  let allMet = true;
  for (const store of STORES) {
    if (store === 'sqlite') {
      const dataDir = mkdtempSync(join(tmpdir(), 'onsite-load-'));
      try {
        allMet = (await runScenario('SQLite', { ONSITE_DATA_DIR: dataDir })) && allMet;
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    } else if (store === 'postgres') {
      let postgres: TestPostgres | null = null;
      try {
        postgres = await startTestPostgres();
        const databaseUrl = await postgres.createDatabase();
        const dataDir = mkdtempSync(join(tmpdir(), 'onsite-load-'));
        try {
          allMet =
            (await runScenario('PostgreSQL', {
              DATABASE_URL: databaseUrl,
              ONSITE_DATA_DIR: dataDir,
            })) && allMet;
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
      } finally {
        await postgres?.stop();
      }
    } else {
      throw new Error(`Unknown store "${store}" in ONSITE_LOAD_STORES (use sqlite, postgres).`);
    }
  }
  console.log(
    allMet ? '\nEvery p95 target was met.' : '\nSome p95 targets were missed (see MISSED above).',
  );
};

await main();
