import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTestPostgres, startTestPostgres, type TestPostgres } from '@onsite/db/testing';
import { loadConfig } from './config';
import type { RoundResponse, SessionResponse } from './contract';
import { startServer, type RunningServer } from './main';

const ANSWER = `Last spring our checkout service was timing out for about 3% of orders during peak traffic, and I owned its payment client.
My goal was to bring the error rate under 0.5% before the holiday sale, six weeks away.
I traced the timeouts to retries exhausting the connection pool, so I capped retries with exponential backoff.
I rolled the change out behind a feature flag to 5% of traffic, watched p95 latency, then ramped to everyone.
Checkout errors fell from 3% to 0.2% and stayed there through the sale.`;
const REPLY = 'I wrote the retry policy and ran the rollout myself; my lead reviewed it.';
const ROUNDS = 30;

const post = (url: string, body: unknown): Promise<Response> =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

interface TurnRow {
  round_id: string;
  purpose: string;
  text: string;
}

describe.skipIf(findTestPostgres().kind === 'missing')(
  'two servers on one PostgreSQL database (real HTTP)',
  () => {
    let postgres: TestPostgres | undefined;
    let databaseUrl = '';
    const servers: RunningServer[] = [];

    beforeAll(async () => {
      postgres = await startTestPostgres();
      databaseUrl = await postgres.createDatabase();
      const logger = pino({ level: 'silent' });
      for (const instance of ['server-a', 'server-b']) {
        const dataDir = mkdtempSync(path.join(tmpdir(), `onsite-${instance}-`));
        const config = loadConfig(
          {
            PORT: '0',
            HOST: '127.0.0.1',
            ONSITE_DATA_DIR: dataDir,
            DATABASE_URL: databaseUrl,
            ONSITE_INSTANCE_ID: instance,
          },
          dataDir,
        );
        servers.push(await startServer(config, { logger }));
      }
    }, 60_000);
    afterAll(async () => {
      for (const server of servers) await server.close();
      await postgres?.stop();
    });

    const storedTurns = async (roundIds: readonly string[]): Promise<TurnRow[]> => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (
          await client.query<TurnRow>(
            'select round_id, purpose, text from turns where round_id = any($1) order by round_id, idx',
            [roundIds],
          )
        ).rows;
      } finally {
        await client.end();
      }
    };

    it(`takes one main answer per round when both get it at once (${ROUNDS} rounds), and the 409 saved nothing`, async () => {
      const [a, b] = servers;
      if (a === undefined || b === undefined) throw new Error('the servers did not start');
      const roundIds: string[] = [];
      const statuses: number[][] = [];
      for (let index = 0; index < ROUNDS; index += 1) {
        const created = await post(`${a.url}/api/sessions`, {
          questionId: 'behavioral/hardest-bug',
        });
        expect(created.status).toBe(201);
        const roundId = ((await created.json()) as SessionResponse).session.rounds[0]?.id ?? '';
        roundIds.push(roundId);
        const texts = [`${ANSWER} (sent to A)`, `${ANSWER} (sent to B)`];
        const responses = await Promise.all([
          post(`${a.url}/api/rounds/${roundId}/answer`, { text: texts[0] }),
          post(`${b.url}/api/rounds/${roundId}/answer`, { text: texts[1] }),
        ]);
        statuses.push(responses.map((response) => response.status).sort());
        const turns = (await storedTurns([roundId])).filter((turn) => turn.purpose === 'answer');
        expect(turns, `round ${index}: exactly one main answer stored`).toHaveLength(1);
        // The answer stored is the one whose request succeeded: the 409's text is nowhere.
        const winner = responses.findIndex((response) => response.status === 200);
        expect(turns[0]?.text).toBe(texts[winner]);
      }
      for (const pair of statuses) expect(pair).toEqual([200, 409]);
      const probes = (await storedTurns(roundIds)).filter((turn) => turn.purpose === 'probe');
      expect(probes).toHaveLength(ROUNDS);
    }, 120_000);

    it('answers one probe when the same reply reaches both servers at once', async () => {
      const [a, b] = servers;
      if (a === undefined || b === undefined) throw new Error('the servers did not start');
      const created = await post(`${a.url}/api/sessions`, { questionId: 'behavioral/hardest-bug' });
      const roundId = ((await created.json()) as SessionResponse).session.rounds[0]?.id ?? '';
      const answered = (await (
        await post(`${a.url}/api/rounds/${roundId}/answer`, { text: ANSWER })
      ).json()) as RoundResponse;
      const probe = answered.round.transcript.at(-1);
      expect(probe?.purpose).toBe('probe');
      const body = { text: REPLY, inReplyTo: probe?.index };
      const responses = await Promise.all([
        post(`${a.url}/api/rounds/${roundId}/reply`, body),
        post(`${b.url}/api/rounds/${roundId}/reply`, body),
        post(`${a.url}/api/rounds/${roundId}/reply`, body),
      ]);
      expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
      const turns = await storedTurns([roundId]);
      expect(turns.filter((turn) => turn.purpose === 'reply').map((turn) => turn.text)).toEqual([
        REPLY,
      ]);
      expect(turns.filter((turn) => turn.purpose === 'probe').length).toBeLessThanOrEqual(2);
      // Sent once more later (a retry after a lost response): still one reply.
      expect((await post(`${b.url}/api/rounds/${roundId}/reply`, body)).status).toBe(200);
      expect(
        (await storedTurns([roundId])).filter((turn) => turn.purpose === 'reply'),
      ).toHaveLength(1);
    }, 60_000);
  },
);
