import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  asRoundId,
  asSessionId,
  asUserId,
  LOCAL_USER_ID,
  type ExportDocument,
  type PlanSettings,
  type ProgressDashboard,
  type Round,
  type SessionWithRounds,
} from '@onsite/core';
import {
  createMemoryQuestionBank,
  makeBehavioralQuestion,
  makeCodingQuestion,
  type ManualClock,
} from '@onsite/core/testing';
import { openDatabase, type Database } from '@onsite/db';
import type {
  ApiErrorBody,
  HistoryCompareResponse,
  HistoryResponse,
  PlanResponse,
} from '../../contract';
import { createTestApp } from '../../testing';

const DEADLINE = 'behavioral/pushed-back-on-a-deadline';
const MIGRATION = 'behavioral/led-a-risky-migration';
const TWO_SUM = 'coding/two-sum';
const DAY = 86_400_000;

const LONG_ANSWER = `Our launch date was fixed before the design was done, and I owned the export feature. I showed my manager the burn-down chart and the three risks I saw, and proposed moving the export to a second release. We shipped the core on time; support tickets fell from 40 to 12 a week, and the export followed two weeks later without a single incident reported.`;
const SHORT_ANSWER = 'I worked late and we shipped it.';

interface Running {
  readonly base: string;
  readonly clock: ManualClock;
  readonly database: Database;
  close(): Promise<void>;
}

/** The app over a real SQLite file, listening on 127.0.0.1 on a free port. */
const startOnSqlite = async (dataDir: string): Promise<Running> => {
  const database = await openDatabase({ dataDir });
  const { app, clock } = createTestApp({
    sessions: database.sessions,
    stories: database.stories,
    submissions: database.submissions,
    plans: database.plans,
    bank: createMemoryQuestionBank([
      makeBehavioralQuestion(),
      makeBehavioralQuestion({
        slug: 'led-a-risky-migration',
        title: 'Led a risky migration',
        competencies: ['ownership'],
        principles: ['amazon/ownership'],
      }),
      makeCodingQuestion(),
    ]),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(listening),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    clock,
    database,
    close: async () => {
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      await database.close();
    },
  };
};

let dataDir = '';
let running: Running;

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'onsite-progress-'));
  running = await startOnSqlite(dataDir);
});
afterEach(async () => {
  await running.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const call = async (
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> => {
  const response = await fetch(`${running.base}${url}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? null : (JSON.parse(text) as unknown) };
};
const get = (url: string) => call('GET', url);
const getHistory = async (url: string) => {
  const { status, json } = await get(url);
  return { status, json: json as HistoryResponse };
};
const getComparison = async (url: string) => {
  const { status, json } = await get(url);
  return { status, json: json as HistoryCompareResponse };
};
const getPlan = async () => (await get('/api/plan')).json as PlanResponse;
const refusal = (json: unknown) => (json as ApiErrorBody).error;

const startRound = async (questionId: string): Promise<Round> => {
  const created = await call('POST', '/api/sessions', { questionId });
  expect(created.status).toBe(201);
  const round = (created.json as { session: SessionWithRounds }).session.rounds[0];
  if (round === undefined) throw new Error('no round');
  return round;
};

/** A behavioral round answered and finished through the API; the clock then moves on. */
const finishBehavioral = async (
  questionId: string,
  answer: string,
  after = DAY,
): Promise<string> => {
  running.clock.advance(after);
  const round = await startRound(questionId);
  expect((await call('POST', `/api/rounds/${round.id}/answer`, { text: answer })).status).toBe(200);
  expect((await call('POST', `/api/rounds/${round.id}/finish`, {})).status).toBe(200);
  return round.id;
};

/** A coding interview round: one Accepted submit (the fake judge), then finished. */
const finishCoding = async (source: string): Promise<string> => {
  running.clock.advance(DAY);
  const round = await startRound(TWO_SUM);
  await call('POST', `/api/rounds/${round.id}/coding`, {
    type: 'say',
    text: 'A hash map from value to index, one pass: O(n) time.',
  });
  const created = await call('POST', '/api/submissions', {
    questionId: TWO_SUM,
    roundId: round.id,
    language: 'python',
    source,
    mode: 'submit',
  });
  expect(created.status).toBe(202);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { id } = created.json as { id: string };
    const state = (await get(`/api/submissions/${id}`)).json as { status: string };
    if (state.status === 'done') break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const finished = await call('POST', `/api/rounds/${round.id}/finish`, {});
  expect(finished.status).toBe(200);
  return round.id;
};

const CODE = 'def twoSum(nums, target):\n    seen = {}\n    return seen';

describe('GET /api/history', () => {
  it('lists finished behavioral and coding rounds newest first, each with an excerpt instead of the whole answer; an open round is not there', async () => {
    const first = await finishBehavioral(DEADLINE, LONG_ANSWER);
    const second = await finishBehavioral(MIGRATION, SHORT_ANSWER);
    const coding = await finishCoding(CODE);
    await startRound(DEADLINE); // still open

    const { status, json } = await getHistory('/api/history');
    expect(status).toBe(200);
    expect(json.total).toBe(3);
    expect(json.rounds.map((round) => round.roundId)).toEqual([coding, second, first]);
    const [codingEntry, shortEntry, longEntry] = json.rounds;
    // The test app's evaluator grades by word count: ~65 words is Hire, 7 No hire.
    expect(longEntry).toMatchObject({ kind: 'behavioral', questionId: DEADLINE, level: 3 });
    expect(longEntry).not.toHaveProperty('text');
    expect(longEntry?.excerpt.length).toBeLessThanOrEqual(160);
    expect(longEntry?.excerpt.endsWith('…')).toBe(true);
    expect(LONG_ANSWER.startsWith(longEntry?.excerpt.slice(0, -1) ?? '-')).toBe(true);
    expect(shortEntry).toMatchObject({ level: 1, flags: ['too-short'], excerpt: SHORT_ANSWER });
    expect(codingEntry).toMatchObject({ kind: 'coding', questionId: TWO_SUM });
    // Every topic of the history once, for the filter menu.
    expect(json.topics).toEqual(
      expect.arrayContaining([
        { type: 'competency', id: 'conflict', label: 'Conflict' },
        { type: 'competency', id: 'ownership', label: 'Ownership' },
        expect.objectContaining({ type: 'principle', id: 'amazon/ownership' }),
      ]),
    );
    expect(new Set(json.topics.map((topic) => topic.id)).size).toBe(json.topics.length);
  });

  it('narrows by kind, question, topic, level and words, and pages keep the total of all matches', async () => {
    const first = await finishBehavioral(DEADLINE, LONG_ANSWER);
    const second = await finishBehavioral(MIGRATION, SHORT_ANSWER);
    const coding = await finishCoding(CODE);
    const ids = async (query: string) => {
      const { status, json } = await getHistory(`/api/history?${query}`);
      expect(status).toBe(200);
      return json.rounds.map((round) => round.roundId);
    };
    expect(await ids('kind=coding')).toEqual([coding]);
    expect(await ids(`questionId=${encodeURIComponent(MIGRATION)}`)).toEqual([second]);
    expect(await ids('topic=conflict')).toEqual([first]);
    expect(await ids('level=1')).toEqual([second]);
    expect(await ids('search=BURN-DOWN%20tickets')).toEqual([first]);
    // The final code is searched too.
    expect(await ids('search=seen')).toEqual([coding]);
    expect(await ids('search=nothing-like-this')).toEqual([]);

    const page = await getHistory('/api/history?limit=1&offset=1');
    expect(page.json.rounds.map((round) => round.roundId)).toEqual([second]);
    expect(page.json.total).toBe(3);
    expect(page.json.topics.length).toBeGreaterThan(0);
  });

  it("filters by the candidate's local dates: a round at 23:30 UTC is the next day in Tokyo", async () => {
    // The clock starts at 2026-01-01T09:00Z; 14.5 hours on is 23:30 UTC, 08:30 on 2 January in Tokyo.
    const late = await finishBehavioral(DEADLINE, LONG_ANSWER, 14.5 * 3_600_000);
    const range = async (query: string) =>
      (await getHistory(`/api/history?${query}`)).json.rounds.map((round) => round.roundId);
    expect(await range('from=2026-01-01&to=2026-01-01')).toEqual([late]);
    expect(await range('from=2026-01-02&to=2026-01-02')).toEqual([]);
    expect(await range('from=2026-01-02&to=2026-01-02&timeZone=Asia/Tokyo')).toEqual([late]);
    expect(await range('to=2026-01-01&timeZone=Asia/Tokyo')).toEqual([]);
  });

  it('refuses bad filters with 400 naming the field, never a 500', async () => {
    const cases: [string, string, string][] = [
      ['level=5', 'level', 'from 1'],
      ['level=high', 'level', 'from 1'],
      ['from=2026-02-30', 'from', 'YYYY-MM-DD'],
      ['to=yesterday', 'to', 'YYYY-MM-DD'],
      ['from=2026-03-01&to=2026-02-01', 'from', 'after'],
      ['kind=poetry', 'kind', 'not a round kind'],
      ['timeZone=Mars/Olympus_Mons', 'timeZone', 'IANA'],
      ['limit=0', 'limit', ''],
      ['colour=blue', 'colour', 'not a field'],
    ];
    for (const [query, field, words] of cases) {
      const { status, json } = await get(`/api/history?${query}`);
      expect(status, query).toBe(400);
      const error = refusal(json);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(error.fields ?? {}), query).toContain(field);
      expect(error.message, query).toContain(field);
      expect(error.fields?.[field], query).toContain(words);
    }
  });

  it('shows a round finished after the history was read, and one imported with an older date', async () => {
    const first = await finishBehavioral(DEADLINE, LONG_ANSWER);
    expect((await getHistory('/api/history')).json.total).toBe(1);
    const second = await finishBehavioral(DEADLINE, SHORT_ANSWER);
    expect((await getHistory('/api/history')).json.rounds.map((round) => round.roundId)).toEqual([
      second,
      first,
    ]);

    // An export's round, re-identified and dated before both, as another install's history would be.
    const exported = (await get('/api/export')).json as ExportDocument;
    const session = exported.sessions.find((each) => each.rounds[0]?.id === first);
    const round = session?.rounds[0];
    if (session === undefined || round === undefined) throw new Error('no exported round');
    const older = '2025-06-01T10:00:00.000Z';
    const imported = await call('POST', '/api/import', {
      ...exported,
      sessions: [
        {
          ...session,
          id: 'imported-session',
          createdAt: older,
          finishedAt: older,
          rounds: [{ ...round, id: 'imported-round', startedAt: older, finishedAt: older }],
        },
      ],
      stories: [],
      submissions: [],
    });
    expect(imported.status).toBe(200);
    expect((await getHistory('/api/history')).json.rounds.map((each) => each.roundId)).toEqual([
      second,
      first,
      'imported-round',
    ]);
  });
});

describe('GET /api/history/compare', () => {
  it('puts two attempts at one question side by side, the earlier as "before" whichever is asked first', async () => {
    const weak = await finishBehavioral(DEADLINE, SHORT_ANSWER);
    const strong = await finishBehavioral(DEADLINE, LONG_ANSWER);
    const { status, json } = await getComparison(`/api/history/compare?a=${strong}&b=${weak}`);
    expect(status).toBe(200);
    expect(json.a).toMatchObject({ roundId: strong, text: LONG_ANSWER, level: 3 });
    expect(json.b).toMatchObject({ roundId: weak, text: SHORT_ANSWER, level: 1 });
    expect(json.comparison.before.roundId).toBe(weak);
    expect(json.comparison.after.roundId).toBe(strong);
    expect(json.comparison.levelChange).toBe(2);
    expect(json.comparison.scoreChange).toBeGreaterThan(0);
    expect(json.comparison.flagsRemoved).toEqual(['too-short']);
    expect(json.comparison.dimensions).toEqual([
      { id: 'structure', name: 'Structure', before: 1, after: 3, change: 2 },
    ]);
  });

  it('refuses rounds of two different questions with 400 saying so', async () => {
    const deadline = await finishBehavioral(DEADLINE, LONG_ANSWER);
    const migration = await finishBehavioral(MIGRATION, LONG_ANSWER);
    const coding = await finishCoding(CODE);
    for (const other of [migration, coding]) {
      const { status, json } = await get(`/api/history/compare?a=${deadline}&b=${other}`);
      expect(status).toBe(400);
      expect(refusal(json).message).toContain('different questions');
      expect(refusal(json).fields).toHaveProperty('b');
    }
    const same = await get(`/api/history/compare?a=${deadline}&b=${deadline}`);
    expect(same.status).toBe(400);
    expect(refusal(same.json).message).toContain('two different rounds');
    const missing = await get(`/api/history/compare?a=${deadline}`);
    expect(missing.status).toBe(400);
    expect(refusal(missing.json).fields).toHaveProperty('b');
  });

  it("answers 404 for an unknown round and for someone else's, and 409 for a round not finished", async () => {
    const mine = await finishBehavioral(DEADLINE, LONG_ANSWER);
    // Another user's finished round on the same database: it exists, but not for this user.
    const { database } = running;
    const other = asUserId('someone-else');
    await database.kysely
      .insertInto('users')
      .values({ id: other, created_at: '2026-01-01T00:00:00.000Z' })
      .execute();
    const mineRound = await database.sessions.getRound(LOCAL_USER_ID, asRoundId(mine));
    if (mineRound === null) throw new Error('no round');
    await database.sessions.createSession({
      id: asSessionId('their-session'),
      userId: other,
      mode: 'practice',
      title: 'Theirs',
      status: 'finished',
      createdAt: mineRound.startedAt,
      finishedAt: mineRound.finishedAt,
    });
    await database.sessions.createRound({
      ...mineRound,
      id: asRoundId('their-round'),
      sessionId: asSessionId('their-session'),
      userId: other,
      position: 0,
    });
    expect(await database.sessions.getRound(other, asRoundId('their-round'))).not.toBeNull();

    for (const id of ['their-round', 'no-such-round']) {
      const { status, json } = await get(`/api/history/compare?a=${mine}&b=${id}`);
      expect(status, id).toBe(404);
      expect(refusal(json)).toMatchObject({
        code: 'ROUND_NOT_FOUND',
        message: `There is no round ${id}.`,
      });
    }
    const open = await startRound(DEADLINE);
    const unfinished = await get(`/api/history/compare?a=${open.id}&b=${mine}`);
    expect(unfinished.status).toBe(409);
    expect(refusal(unfinished.json).message).toContain('no scorecard yet');
  });
});

describe('the study plan: GET, PUT and DELETE /api/plan', () => {
  const plan: PlanSettings = { targetDate: '2026-03-02', loop: 'amazon', hoursPerWeek: 6 };

  it('has no plan at first, keeps the one saved, replaces it, and forgets it when deleted', async () => {
    expect(await get('/api/plan')).toEqual({ status: 200, json: { settings: null } });
    expect(await call('PUT', '/api/plan', plan)).toEqual({
      status: 200,
      json: { settings: plan },
    });
    expect((await getPlan()).settings).toEqual(plan);
    const general = { targetDate: '2026-04-01', loop: 'general', hoursPerWeek: 2.5 };
    await call('PUT', '/api/plan', general);
    expect((await getPlan()).settings).toEqual(general);
    expect(await call('DELETE', '/api/plan')).toEqual({ status: 204, json: null });
    expect((await getPlan()).settings).toBeNull();
    expect((await call('DELETE', '/api/plan')).status).toBe(204);
  });

  it('refuses a plan that is not one with 400 naming the field, and keeps the saved one', async () => {
    await call('PUT', '/api/plan', plan);
    const cases: [unknown, string, string][] = [
      [{ ...plan, targetDate: '2026-02-30' }, 'targetDate', 'YYYY-MM-DD'],
      [{ ...plan, targetDate: 'next month' }, 'targetDate', 'YYYY-MM-DD'],
      [{ ...plan, loop: 'netflix' }, 'loop', '"general" or a company'],
      [{ ...plan, hoursPerWeek: 0 }, 'hoursPerWeek', 'at least 1'],
      [{ ...plan, hoursPerWeek: 61 }, 'hoursPerWeek', 'at most 60'],
      [{ ...plan, hoursPerWeek: '6' }, 'hoursPerWeek', 'a number'],
      [{ targetDate: plan.targetDate, loop: plan.loop }, 'hoursPerWeek', 'a number'],
      [{ ...plan, weeks: 3 }, 'weeks', 'not a field'],
    ];
    for (const [body, field, words] of cases) {
      const { status, json } = await call('PUT', '/api/plan', body);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(refusal(json).fields?.[field], JSON.stringify(body)).toContain(words);
      expect(refusal(json).message).toContain('plan');
    }
    expect((await getPlan()).settings).toEqual(plan);
  });
});

describe('GET /api/progress', () => {
  const getDashboard = async (query = '') => {
    const { status, json } = await get(`/api/progress${query}`);
    expect(status).toBe(200);
    return json as ProgressDashboard;
  };

  it("shows the finished rounds, the stories' principles and a saved plan, as of the server's clock", async () => {
    await finishBehavioral(DEADLINE, LONG_ANSWER);
    await finishBehavioral(MIGRATION, SHORT_ANSWER);
    const before = await getDashboard('?timeZone=Europe/Lisbon');
    expect(before).toMatchObject({
      now: running.clock.now().toISOString(),
      timeZone: 'Europe/Lisbon',
      rounds: 2,
      plan: null,
      streak: { days: 2, practisedToday: true },
    });
    expect(before.trends.map((trend) => [trend.kind, trend.rounds])).toEqual([['behavioral', 2]]);
    const gaps = (dashboard: ProgressDashboard) =>
      dashboard.weakAreas.filter((area) => area.type === 'story-gap').map((area) => area.id);
    expect(gaps(before)).toContain('story-gap:amazon/earn-trust');

    const plan: PlanSettings = { targetDate: '2026-02-20', loop: 'amazon', hoursPerWeek: 5 };
    expect((await call('PUT', '/api/plan', plan)).status).toBe(200);
    const story = await call('POST', '/api/stories', {
      title: 'Won back a partner',
      action: 'I called them every week and shipped what I promised.',
      principles: ['amazon/earn-trust'],
    });
    expect(story.status).toBe(201);
    const after = await getDashboard('?timeZone=Europe/Lisbon');
    expect(after.plan?.settings).toEqual(plan);
    expect(after.plan?.weeks.length).toBeGreaterThan(0);
    expect(gaps(after)).not.toContain('story-gap:amazon/earn-trust');

    expect((await call('DELETE', '/api/plan')).status).toBe(204);
    expect((await getDashboard('?timeZone=Europe/Lisbon')).plan).toBeNull();
  });

  it('counts a round finished since the last read, and days in UTC unless a time zone is given', async () => {
    await finishBehavioral(DEADLINE, LONG_ANSWER);
    const first = await getDashboard();
    expect(first).toMatchObject({ rounds: 1, timeZone: 'UTC' });
    await finishBehavioral(DEADLINE, SHORT_ANSWER, 60_000);
    expect((await getDashboard()).rounds).toBe(2);
  });

  it('refuses an unknown time zone with 400 naming it, never a 500', async () => {
    for (const zone of ['Mars/Olympus_Mons', 'Europe/Lisbon; drop table', '']) {
      const { status, json } = await get(`/api/progress?timeZone=${encodeURIComponent(zone)}`);
      expect(status, zone).toBe(400);
      expect(refusal(json).fields?.timeZone, zone).toContain('not a time zone this server knows');
      expect(refusal(json).message).toContain('timeZone');
    }
  });
});
