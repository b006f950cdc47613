import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_SCORED_CHARACTERS,
  behavioralRound,
  buildProgressDashboard,
  roundKinds,
  type PracticeRecord,
  evaluateBehavioralAnswer,
  isBehavioralEvaluation,
} from '@onsite/core';
import { makeBehavioralQuestion, makeCodingQuestion } from '@onsite/core/testing';
import { loadConfig } from './config';
import type { RoundResponse, SessionResponse } from './contract';
import { createEvaluationPool } from './evaluation-pool';
import { startServer } from './main';

const STORY = `Last spring our checkout service was timing out for about 3% of orders during peak traffic, and I owned its payment client.
My goal was to bring the error rate under 0.5% before the holiday sale, six weeks away.
I traced the timeouts and found the connection pool was exhausted by slow retries, so I capped retries with exponential backoff.
I rolled the change out behind a feature flag to 5% of traffic, watched p95 latency, then ramped to everyone.
Checkout errors fell from 3% to 0.2% and stayed there through the sale. I learned to load-test failure paths too.\n\n`;

/** The longest answer the API takes: 50,000 characters. */
const LONGEST_ANSWER = STORY.repeat(Math.ceil(50_000 / STORY.length)).slice(0, 50_000);

describe('createEvaluationPool', () => {
  const pool = createEvaluationPool({ size: 1, inlineBelowCharacters: 0 });
  afterAll(() => pool.close());

  // A worker's first task waits for it to load the evaluator through tsx: seconds on a busy machine.
  it(
    'scores in a worker exactly as the evaluator does on the calling thread',
    { timeout: 90_000 },
    async () => {
      const input = {
        kind: behavioralRound.id,
        prompt: 'Tell me about a time you fixed a reliability problem.',
        answer: STORY,
        replies: [{ probe: 'How did you measure it?', reply: 'idk' }],
      };
      await expect(pool.evaluateOffThread(input)).resolves.toEqual(evaluateBehavioralAnswer(input));
    },
  );

  it('builds a progress dashboard in a worker exactly as core does on the calling thread', async () => {
    const question = makeBehavioralQuestion();
    const record = (day: number, level: 1 | 2 | 3 | 4): PracticeRecord => ({
      roundId: `r${day}`,
      sessionId: `s${day}`,
      kind: 'behavioral',
      questionId: question.id,
      title: question.title,
      startedAt: `2026-01-${String(day).padStart(2, '0')}T09:00:00.000Z`,
      finishedAt: `2026-01-${String(day).padStart(2, '0')}T09:10:00.000Z`,
      elapsedMs: 600_000,
      score: level * 22,
      level,
      dimensions: [{ id: 'structure', name: 'Structure', level }],
      flags: level < 3 ? ['no-baseline'] : [],
      topics: [{ type: 'competency', id: 'conflict', label: 'conflict' }],
      measures: {},
      text: '',
    });
    const input = {
      records: [record(5, 2), record(7, 3), record(12, 1)],
      questions: [question, makeCodingQuestion()],
      storyPrinciples: new Set(['amazon/earn-trust']),
      settings: { targetDate: '2026-02-20', loop: 'amazon', hoursPerWeek: 5 },
      now: '2026-01-14T12:00:00.000Z',
      timeZone: 'Europe/Lisbon',
    };
    const dashboard = await pool.buildDashboard(input);
    expect(dashboard.rounds).toBe(3);
    expect(dashboard).toEqual(buildProgressDashboard({ ...input, registry: roundKinds }));
  });

  it('builds the next dashboards from the records its workers hold plus the new ones, as core does inline', async () => {
    const question = makeBehavioralQuestion();
    const record = (day: number, level: 1 | 2 | 3 | 4): PracticeRecord => ({
      roundId: `r${day}`,
      sessionId: `s${day}`,
      kind: 'behavioral',
      questionId: question.id,
      title: question.title,
      startedAt: `2026-01-${String(day).padStart(2, '0')}T09:00:00.000Z`,
      finishedAt: `2026-01-${String(day).padStart(2, '0')}T09:10:00.000Z`,
      elapsedMs: 600_000,
      score: level * 22,
      level,
      dimensions: [{ id: 'structure', name: 'Structure', level }],
      flags: level < 3 ? ['no-baseline'] : [],
      topics: [{ type: 'competency', id: 'conflict', label: 'conflict' }],
      measures: {},
      text: '',
    });
    const first = [record(12, 1), record(7, 3), record(5, 2)];
    const base = {
      questions: [question, makeCodingQuestion()],
      storyPrinciples: new Set<string>(),
      settings: null,
      now: '2026-01-20T12:00:00.000Z',
      timeZone: 'Europe/Lisbon',
    };
    const histories = [
      first,
      // A round finished: the same objects and one more.
      [record(15, 4), ...first],
      // A round re-scored: one record replaced under the same id, one dropped.
      [record(15, 4), { ...record(12, 1), level: 4 as const, score: 95 }, record(5, 2)],
      // Another user's history in between, then the first again.
      [record(3, 2)],
      first,
    ];
    for (const records of histories)
      expect(await pool.buildDashboard({ ...base, records })).toEqual(
        buildProgressDashboard({ ...base, records, registry: roundKinds }),
      );
  });

  it('queues more answers than it has workers and answers each', async () => {
    const answers = ['I fixed it.', STORY, `${STORY}${STORY}`];
    const scores = await Promise.all(
      answers.map((answer) =>
        pool.evaluateOffThread({
          kind: behavioralRound.id,
          prompt: 'Tell me about a bug.',
          answer,
        }),
      ),
    );
    expect(
      scores.map((evaluation) => isBehavioralEvaluation(evaluation) && evaluation.wordCount),
    ).toEqual(answers.map((answer) => evaluateBehavioralAnswer({ prompt: '', answer }).wordCount));
  });
});

describe('scoring long answers over real HTTP', () => {
  it(
    'keeps answering /api/health while four 50,000-character answers are scored, says what was scored, and keeps a longer draft',
    { timeout: 120_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'onsite-evaluation-'));
      const server = await startServer(
        loadConfig({ PORT: '0', HOST: '127.0.0.1', ONSITE_DATA_DIR: dataDir }, dataDir),
        { logger: pino({ level: 'silent' }) },
      );
      const post = (url: string, body: unknown): Promise<Response> =>
        fetch(`${server.url}${url}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      try {
        const roundIds = await Promise.all(
          [1, 2, 3, 4].map(async (number) => {
            const created = await post('/api/sessions', {
              kind: 'behavioral',
              prompt: `Tell me about a reliability fix (${number}).`,
            });
            return ((await created.json()) as SessionResponse).session.rounds[0]?.id ?? '';
          }),
        );
        // The first health check probes the sandbox once; that is not what this measures.
        expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
        const scoring = { isRunning: true };
        const answers = Promise.all(
          roundIds.map((roundId) =>
            post(`/api/rounds/${roundId}/answer`, { text: LONGEST_ANSWER }),
          ),
        ).finally(() => {
          scoring.isRunning = false;
        });
        let healthChecks = 0;
        while (scoring.isRunning) {
          const health = await fetch(`${server.url}/api/health`);
          expect(health.status).toBe(200);
          healthChecks += 1;
        }
        const responses = await answers;
        for (const response of responses) {
          expect(response.status).toBe(200);
          const { round } = (await response.json()) as RoundResponse;
          expect(round.transcript.find((turn) => turn.purpose === 'answer')?.text).toBe(
            LONGEST_ANSWER,
          );
          const interim = round.interimEvaluation;
          const [cut, ...more] =
            interim !== null && isBehavioralEvaluation(interim) ? (interim.partlyScored ?? []) : [];
          expect(more).toEqual([]);
          expect(cut).toMatchObject({ turn: 0, totalCharacters: 50_000 });
          expect(cut?.scoredCharacters).toBeLessThanOrEqual(MAX_SCORED_CHARACTERS);
        }
        // A draft longer than any answer is kept; sending it is refused with the limit named, and the draft stays.
        const draftRound =
          (
            (await (
              await post('/api/sessions', {
                kind: 'behavioral',
                prompt: 'Tell me about a long story.',
              })
            ).json()) as SessionResponse
          ).session.rounds[0]?.id ?? '';
        const longDraft = `${LONGEST_ANSWER}${LONGEST_ANSWER}`;
        const saved = await fetch(`${server.url}/api/rounds/${draftRound}/draft`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: longDraft, revision: 1 }),
        });
        expect(saved.status).toBe(200);
        const refused = await post(`/api/rounds/${draftRound}/answer`, { text: longDraft });
        expect(refused.status).toBe(400);
        expect(await refused.text()).toContain('at most 50000 characters');
        const kept = (await (
          await fetch(`${server.url}/api/rounds/${draftRound}`)
        ).json()) as RoundResponse;
        expect(kept.round.draft?.text).toBe(longDraft);
        // Scoring on the event loop held health checks for seconds (4.2 s in the issue): one check
        // could pass between two answers at most. Off it, checks go on all through the scoring
        // (hundreds on an idle machine; a busy one slows both alike).
        expect(healthChecks).toBeGreaterThan(5 * roundIds.length);
      } finally {
        await server.close();
      }
    },
  );
});
