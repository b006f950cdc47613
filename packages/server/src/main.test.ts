import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { LOCAL_USER_ID, type SubmissionRecord } from '@onsite/core';
import { openDatabase } from '@onsite/db';
import { loadConfig } from './config';
import type {
  RoundResponse,
  SessionListResponse,
  SessionResponse,
  SubmissionResponse,
} from './contract';
import { startServer } from './main';

const ANSWER = `Last spring our checkout service was timing out for about 3% of orders during peak traffic, and I owned its payment client.
My goal was to bring the error rate under 0.5% before the holiday sale, six weeks away.
I traced the timeouts and found the connection pool was exhausted by slow retries, so I capped retries with exponential backoff.
I rolled the change out behind a feature flag to 5% of traffic, watched p95 latency, then ramped to everyone.
Checkout errors fell from 3% to 0.2% and stayed there through the sale. I learned to load-test failure paths too.`;

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

const post = (url: string, body?: unknown): Promise<Response> =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('startServer (real SQLite, real bank, built-in interviewer, real HTTP)', () => {
  it('runs a whole round and keeps it across a restart', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'onsite-server-'));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ONSITE_DATA_DIR: dataDir }, dataDir);
    const logger = pino({ level: 'silent' });

    const first = await startServer(config, { logger });
    let sessionId: string;
    let finishedScore: number | undefined;
    try {
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const created = await post(`${first.url}/api/sessions`, {
        questionId: 'behavioral/hardest-bug',
      });
      expect(created.status).toBe(201);
      const session = (await json<SessionResponse>(created)).session;
      sessionId = session.id;
      const roundId = session.rounds[0]?.id ?? '';

      let round = (
        await json<RoundResponse>(
          await post(`${first.url}/api/rounds/${roundId}/answer`, { text: ANSWER }),
        )
      ).round;
      expect(round.status).toBe('probing');
      expect(round.interimEvaluation?.kind).toBe('behavioral');
      for (let reply = 0; reply < 5 && round.status === 'probing'; reply += 1) {
        round = (
          await json<RoundResponse>(
            await post(`${first.url}/api/rounds/${roundId}/reply`, {
              text: 'I measured it on a week of production traffic before and after.',
            }),
          )
        ).round;
      }
      if (round.status !== 'finished')
        round = (await json<RoundResponse>(await post(`${first.url}/api/rounds/${roundId}/finish`)))
          .round;
      expect(round.status).toBe('finished');
      expect(round.scorecard?.interviewer).toBe('built-in');
      finishedScore = round.scorecard?.evaluation.score;
      expect(finishedScore).toBeGreaterThan(0);
      expect(round.transcript.at(-1)?.purpose).toBe('closing');
    } finally {
      await first.close();
    }

    const second = await startServer(config, { logger });
    try {
      const list = await json<SessionListResponse>(await fetch(`${second.url}/api/sessions`));
      expect(list.sessions.map((session) => session.id)).toEqual([sessionId]);
      expect(list.sessions[0]?.status).toBe('finished');
      // A one-round session's grade is that round's score.
      expect(list.sessions[0]?.score).toBe(finishedScore);
    } finally {
      await second.close();
    }
  });

  it('marks a submission the last run left judging as interrupted, keeping its code', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'onsite-server-'));
    const before = await openDatabase({ dataDir });
    const running = (id: string, createdAt: string, judgedBy: string | null): SubmissionRecord => ({
      id,
      userId: LOCAL_USER_ID,
      roundId: null,
      questionId: 'coding/two-sum',
      language: 'python',
      mode: 'submit',
      source: 'def twoSum(nums, target): ...',
      status: 'running',
      result: null,
      error: null,
      complexity: null,
      createdAt,
      finishedAt: null,
      judgedBy,
    });
    await before.submissions.createSubmission(
      running('left-running', '2026-01-01T09:00:00.000Z', null),
    );
    // Another server on the same database is judging this one right now: not ours to abandon.
    await before.submissions.createSubmission(
      running('theirs-running', new Date().toISOString(), 'another-host:4321'),
    );
    await before.close();

    const server = await startServer(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', ONSITE_DATA_DIR: dataDir }, dataDir),
      { logger: pino({ level: 'silent' }) },
    );
    try {
      const submission = await json<SubmissionResponse>(
        await fetch(`${server.url}/api/submissions/left-running`),
      );
      expect(submission).toMatchObject({
        status: 'done',
        source: 'def twoSum(nums, target): ...',
        error: { code: 'JUDGING_INTERRUPTED' },
      });
      expect(submission.finishedAt).toEqual(expect.any(String));
      const theirs = await json<SubmissionResponse>(
        await fetch(`${server.url}/api/submissions/theirs-running`),
      );
      expect(theirs.status).toBe('running');
    } finally {
      await server.close();
    }
  });

  it('fails to start with a clear error when the port is taken, and frees the database', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'onsite-server-'));
    const logger = pino({ level: 'silent' });
    const first = await startServer(loadConfig({ PORT: '0', ONSITE_DATA_DIR: dataDir }, dataDir), {
      logger,
    });
    try {
      const port = new URL(first.url).port;
      await expect(
        startServer(
          loadConfig({ PORT: port, ONSITE_DATA_DIR: path.join(dataDir, 'other') }, dataDir),
          { logger },
        ),
      ).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      await first.close();
    }
  });
});
