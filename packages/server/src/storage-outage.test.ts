/**
 * The server under load while its PostgreSQL goes away: backends terminated, then the whole cluster
 * restarted. The server runs in its own process (as in production), so "no process exit" is literal.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { STORAGE_UNAVAILABLE_MESSAGE } from '@onsite/core';
import {
  findTestPostgres,
  freePort,
  startTestPostgres,
  type TestPostgres,
} from '@onsite/db/testing';
import type { SessionResponse, SubmissionCreatedResponse, SubmissionResponse } from './contract';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const PAIR_SUM =
  'def pairWithTargetSum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const send = (url: string, method: string, body?: unknown): Promise<Response> =>
  fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/** What a request that did not succeed answered: only 503 STORAGE_UNAVAILABLE with its message is allowed. */
interface Refusal {
  readonly route: string;
  readonly status: number;
  readonly body: string;
}

describe.skipIf(findTestPostgres().kind === 'missing')(
  'the server while PostgreSQL goes away under load (real HTTP, own process)',
  () => {
    let postgres: TestPostgres | undefined;
    let databaseUrl = '';
    let child: ChildProcess | undefined;
    let url = '';
    let exit: { code: number | null; signal: string | null } | null = null;
    let stderr = '';

    beforeAll(async () => {
      postgres = await startTestPostgres();
      databaseUrl = await postgres.createDatabase();
      const port = await freePort();
      const dataDir = mkdtempSync(path.join(tmpdir(), 'onsite-outage-'));
      child = spawn(tsx, [path.join(repoRoot, 'packages', 'cli', 'src', 'main.ts'), 'serve'], {
        cwd: repoRoot,
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          DATABASE_URL: databaseUrl,
          ONSITE_DATA_DIR: dataDir,
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('exit', (code, signal) => (exit = { code, signal }));
      url = `http://127.0.0.1:${port}`;
      for (const deadline = Date.now() + 90_000; ;) {
        if (exit !== null) throw new Error(`the server exited before it was ready: ${stderr}`);
        const ready = await fetch(`${url}/api/health`).then(
          (response) => response.ok,
          () => false,
        );
        if (ready) break;
        if (Date.now() > deadline) throw new Error('the server was not ready within 90 s');
        await sleep(200);
      }
    }, 120_000);

    afterAll(async () => {
      if (child !== undefined && exit === null) {
        const exited = new Promise((resolve) => child?.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await postgres?.stop();
    });

    it('keeps running, answers 503 with a clear message during the outage, recovers, and loses nothing it acknowledged', async (context) => {
      const restart = postgres?.restart ?? null;
      if (restart === null) {
        context.skip();
        return;
      }
      const sessions = new Set<string>();
      const drafts = new Map<string, number>();
      const submissions = new Set<string>();
      const refusals: Refusal[] = [];
      const failures: string[] = [];
      let okAfterRestart = 0;
      let acknowledged = 0;
      let isRestarted = false;
      let isLoading = true;

      const record = async (route: string, response: Response, onOk: (body: unknown) => void) => {
        const body = await response.text();
        if (response.ok) {
          onOk(JSON.parse(body));
          acknowledged += 1;
          if (isRestarted) okAfterRestart += 1;
        } else refusals.push({ route, status: response.status, body });
      };
      const guarded = async (work: () => Promise<void>) => {
        try {
          await work();
        } catch (error) {
          // A refused or reset connection means the server process is gone.
          failures.push(String(error));
        }
      };

      /** A candidate starting rounds and typing into them. */
      const typist = async (name: string) => {
        let revision = 0;
        while (isLoading) {
          await guarded(async () => {
            const created = await send(`${url}/api/sessions`, 'POST', {
              questionId: 'behavioral/hardest-bug',
            });
            let roundId: string | undefined;
            await record('POST /api/sessions', created, (body) => {
              const session = (body as SessionResponse).session;
              sessions.add(session.id);
              roundId = session.rounds[0]?.id;
            });
            for (
              let keystroke = 0;
              roundId !== undefined && keystroke < 5 && isLoading;
              keystroke += 1
            ) {
              revision += 1;
              const saved = await send(`${url}/api/rounds/${roundId}/draft`, 'PUT', {
                text: `${name} typed ${revision}`,
                revision,
              });
              const id = roundId;
              const acknowledged = revision;
              await record('PUT /api/rounds/:id/draft', saved, () => drafts.set(id, acknowledged));
              await sleep(20);
            }
          });
        }
      };
      /** A candidate running code: the judging goes on while the database is away. */
      const coder = async () => {
        while (isLoading) {
          await guarded(async () => {
            const created = await send(`${url}/api/submissions`, 'POST', {
              questionId: 'coding/pair-with-target-sum',
              language: 'python',
              mode: 'run',
              source: PAIR_SUM,
            });
            await record('POST /api/submissions', created, (body) =>
              submissions.add((body as SubmissionCreatedResponse).id),
            );
            await sleep(50);
          });
        }
      };

      const load = Promise.all([typist('a'), typist('b'), typist('c'), coder()]);
      // The outage starts once every candidate has had something acknowledged.
      await vi.waitFor(
        () => {
          expect(failures).toEqual([]);
          expect(drafts.size).toBeGreaterThanOrEqual(3);
          expect(submissions.size).toBeGreaterThan(0);
        },
        { timeout: 60_000, interval: 50 },
      );
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      for (let wave = 0; wave < 3; wave += 1) {
        await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
        );
        await sleep(300); // the waves are the scenario: connections cut again while the pool reconnects
      }
      await admin.end();
      // The server answers again once its pool has reconnected.
      const acknowledgedAfterWaves = acknowledged;
      await vi.waitFor(() => expect(acknowledged).toBeGreaterThan(acknowledgedAfterWaves + 3), {
        timeout: 60_000,
        interval: 50,
      });
      // Code still being judged when the database stops: its verdict arrives while storage is away.
      const slowSource = `import time\n${PAIR_SUM.replace('    seen = {}', '    time.sleep(0.8)\n    seen = {}')}`;
      const inFlight: string[] = [];
      for (let index = 0; index < 2; index += 1) {
        const created = await send(`${url}/api/submissions`, 'POST', {
          questionId: 'coding/pair-with-target-sum',
          language: 'python',
          mode: 'run',
          source: slowSource,
        });
        expect(created.status).toBe(202);
        inFlight.push(((await created.json()) as SubmissionCreatedResponse).id);
      }
      for (const id of inFlight) submissions.add(id);
      const duringOutage: SubmissionResponse[] = [];
      await restart(async () => {
        // Wait (bounded) until the judge has sent its verdicts, all while storage is down.
        for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(100)) {
          const states = await Promise.all(
            inFlight.map(
              async (id) =>
                (await (await fetch(`${url}/api/submissions/${id}`)).json()) as SubmissionResponse,
            ),
          );
          if (states.every((state) => state.events.some((event) => event.type === 'done'))) {
            duringOutage.push(...states);
            return;
          }
        }
      });
      // Storage could not take those verdicts, so the API did not claim them either.
      expect(duringOutage.map((state) => state.status)).toEqual(inFlight.map(() => 'running'));
      isRestarted = true;
      await vi.waitFor(() => expect(okAfterRestart).toBeGreaterThan(10), {
        timeout: 60_000,
        interval: 50,
      });
      isLoading = false;
      await load;

      console.info(
        `outage under load: ${sessions.size} sessions, ${drafts.size} drafted rounds and ${submissions.size} submissions acknowledged; ` +
          `${refusals.length} requests refused with 503, ${okAfterRestart} succeeded after the restart`,
      );
      expect(exit, `the server exited: ${stderr}`).toBeNull();
      expect(failures).toEqual([]);
      // Every refusal is the clear outage answer; never a 500.
      for (const refusal of refusals) {
        expect(refusal.status, `${refusal.route}: ${refusal.body}`).toBe(503);
        expect(JSON.parse(refusal.body)).toEqual({
          error: { code: 'STORAGE_UNAVAILABLE', message: STORAGE_UNAVAILABLE_MESSAGE },
        });
      }
      expect(refusals.length, 'requests during the restart were refused').toBeGreaterThan(0);
      expect(okAfterRestart, 'requests succeeded again after the restart').toBeGreaterThan(10);

      // Wait (bounded) for the judging in hand to settle, then compare the API with what is stored.
      const apiState = async (id: string): Promise<SubmissionResponse> =>
        (await (await fetch(`${url}/api/submissions/${id}`)).json()) as SubmissionResponse;
      for (const deadline = Date.now() + 60_000; ;) {
        const states = await Promise.all([...submissions].map(apiState));
        if (states.every((state) => state.status === 'done')) break;
        if (Date.now() > deadline) throw new Error('submissions did not settle within 60 s');
        await sleep(250);
      }
      const db = new pg.Client({ connectionString: databaseUrl });
      await db.connect();
      try {
        const storedSessions = await db.query<{ id: string }>(
          'select id from sessions where id = any($1)',
          [[...sessions]],
        );
        expect(storedSessions.rowCount, 'every acknowledged session is stored').toBe(sessions.size);
        const storedDrafts = await db.query<{ round_id: string; revision: number }>(
          'select round_id, revision from drafts where round_id = any($1)',
          [[...drafts.keys()]],
        );
        const storedRevision = new Map(
          storedDrafts.rows.map((row) => [row.round_id, row.revision]),
        );
        for (const [roundId, revision] of drafts)
          expect(storedRevision.get(roundId) ?? -1, `draft of ${roundId}`).toBeGreaterThanOrEqual(
            revision,
          );
        const storedSubmissions = await db.query<{
          id: string;
          status: string;
          result: string | null;
          error: string | null;
        }>('select id, status, result, error from submissions where id = any($1)', [
          [...submissions],
        ]);
        expect(storedSubmissions.rowCount).toBe(submissions.size);
        for (const row of storedSubmissions.rows) {
          const api = await apiState(row.id);
          const stored = {
            status: row.status,
            verdict:
              row.result === null ? null : (JSON.parse(row.result) as { verdict: string }).verdict,
            error: row.error === null ? null : (JSON.parse(row.error) as { code: string }).code,
          };
          expect(stored, `submission ${row.id}: storage and API agree`).toEqual({
            status: api.status,
            verdict: api.result?.verdict ?? null,
            error: api.error?.code ?? null,
          });
        }
      } finally {
        await db.end();
      }
      expect(submissions.size).toBeGreaterThan(0);
    }, 180_000);
  },
);
