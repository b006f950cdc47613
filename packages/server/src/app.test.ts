import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type {
  ApiErrorBody,
  DraftResponse,
  MetaResponse,
  QuestionListResponse,
  QuestionResponse,
  RoundResponse,
  SessionListResponse,
  SessionResponse,
  StoryMatrixResponse,
  StoryResponse,
  StorySuggestionResponse,
  EvaluateResponse,
  StoryListResponse,
} from './contract';
import { MemorySessionStore } from '@onsite/core/testing';
import { MAX_BODY_BYTES } from './app';
import { MAX_DRAFT_CHARACTERS } from './routes/rounds/schema';
import { createTestApp } from './testing';

type App = ReturnType<typeof createTestApp>['app'];

const send = async (
  app: App,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) => {
  const init: RequestInit = { method, headers: { 'content-type': 'application/json', ...headers } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await app.request(url, init);
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json };
};

// A cast for readability: each response's shape is then checked by the assertions that use it.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
const as = <T>(value: unknown): T => value as T;

const LONG_ANSWER = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');

const startSession = async (app: App) => {
  const created = await send(app, 'POST', '/api/sessions', {
    questionId: 'behavioral/pushed-back-on-a-deadline',
  });
  expect(created.status).toBe(201);
  const session = as<SessionResponse>(created.json).session;
  const round = session.rounds[0];
  if (round === undefined) throw new Error('no round');
  return { session, round };
};

describe('meta', () => {
  it('answers health and the reference data', async () => {
    const { app } = createTestApp();
    expect((await send(app, 'GET', '/api/health')).json).toEqual({
      ok: true,
      version: '0.0.0-test',
      judge: { isolation: 'namespaces' },
    });
    const meta = as<MetaResponse>((await send(app, 'GET', '/api/meta')).json);
    expect(meta.principles.length).toBeGreaterThan(30);
    expect(meta.companies).toEqual(['amazon', 'google', 'meta', 'microsoft']);
    expect(meta.flags['we-not-i'].label).toBe('Mostly "we", rarely "I"');
  });

  it('offers only the kinds that have questions, so no filter leads to an empty list', async () => {
    const { app } = createTestApp();
    const meta = as<MetaResponse>((await send(app, 'GET', '/api/meta')).json);
    expect(meta.kinds).toEqual([
      { kind: 'behavioral', count: 1 },
      { kind: 'coding', count: 1 },
    ]);
  });
});

describe('questions', () => {
  it('lists summaries and filters by kind, competency, principle, company and search', async () => {
    const { app } = createTestApp();
    const all = as<QuestionListResponse>((await send(app, 'GET', '/api/questions')).json);
    expect(all.questions.map((question) => question.id)).toEqual([
      'behavioral/pushed-back-on-a-deadline',
      'coding/two-sum',
    ]);
    expect(all.questions[0]).toMatchObject({
      companies: ['amazon'],
      competencies: ['conflict', 'influence'],
    });
    expect(all.questions[0]).not.toHaveProperty('examples');
    const ids = async (query: string) =>
      as<QuestionListResponse>(
        (await send(app, 'GET', `/api/questions?${query}`)).json,
      ).questions.map((q) => q.id);
    expect(await ids('kind=coding')).toEqual(['coding/two-sum']);
    expect(await ids('competency=conflict')).toEqual(['behavioral/pushed-back-on-a-deadline']);
    expect(await ids('competency=juggling')).toEqual([]);
    expect(await ids('principle=amazon%2Fearn-trust')).toEqual([
      'behavioral/pushed-back-on-a-deadline',
    ]);
    expect(await ids('principle=amazon%2Fnope')).toEqual([]);
    expect(await ids('company=google')).toEqual([]);
    expect(await ids('search=TWO')).toEqual(['coding/two-sum']);
  });

  it('returns one question by kind and slug, and 404 for an unknown one', async () => {
    const { app } = createTestApp();
    const found = await send(app, 'GET', '/api/questions/behavioral/pushed-back-on-a-deadline');
    expect(as<QuestionResponse>(found.json).question.title).toBe('Pushed back on a deadline');
    const missing = await send(app, 'GET', '/api/questions/behavioral/nope');
    expect(missing.status).toBe(404);
    expect(as<ApiErrorBody>(missing.json).error.code).toBe('QUESTION_NOT_FOUND');
    expect((await send(app, 'GET', '/api/questions/poetry/nope')).status).toBe(404);
  });
});

describe('a practice round over HTTP', () => {
  it('runs answer → probes → scorecard, and finishes the session', async () => {
    const { app, clock } = createTestApp();
    const { session, round } = await startSession(app);
    expect(round.transcript).toHaveLength(1);
    expect(round.timeLimitMs).toBe(12 * 60_000);

    const draft = await send(app, 'PUT', `/api/rounds/${round.id}/draft`, {
      text: 'thinking…',
      revision: 1,
    });
    expect(as<DraftResponse>(draft.json).draft).toMatchObject({ text: 'thinking…', revision: 1 });
    const stale = await send(app, 'PUT', `/api/rounds/${round.id}/draft`, {
      text: 'older',
      revision: 0,
    });
    expect(as<DraftResponse>(stale.json).draft.text).toBe('thinking…');

    const answered = as<RoundResponse>(
      (await send(app, 'POST', `/api/rounds/${round.id}/answer`, { text: LONG_ANSWER })).json,
    ).round;
    expect(answered.status).toBe('probing');
    expect(answered.draft).toBeNull();
    expect(answered.transcript.at(-1)?.purpose).toBe('probe');
    expect(answered.interimEvaluation?.score).toBe(60);

    await send(app, 'POST', `/api/rounds/${round.id}/reply`, { text: 'I wrote the plan.' });
    clock.advance(120_000);
    const done = as<RoundResponse>(
      (await send(app, 'POST', `/api/rounds/${round.id}/reply`, { text: 'Errors fell by half.' }))
        .json,
    ).round;
    expect(done.status).toBe('finished');
    expect(done.scorecard).toMatchObject({ interviewer: 'scripted' });
    expect(done.elapsedMs).toBe(120_000);

    const fetched = as<SessionResponse>(
      (await send(app, 'GET', `/api/sessions/${session.id}`)).json,
    ).session;
    expect(fetched.status).toBe('finished');
    const list = as<SessionListResponse>(
      (await send(app, 'GET', '/api/sessions?limit=10')).json,
    ).sessions;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: session.id,
      roundCount: 1,
      score: done.scorecard?.evaluation.score,
    });
    expect((await send(app, 'GET', `/api/rounds/${round.id}`)).status).toBe(200);

    const late = await send(app, 'POST', `/api/rounds/${round.id}/reply`, { text: 'one more' });
    expect(late.status).toBe(409);
    expect(as<ApiErrorBody>(late.json).error.code).toBe('ROUND_FINISHED');
  });

  it('starts a free-form session and finishes early with the draft as the answer', async () => {
    const { app } = createTestApp();
    const created = await send(app, 'POST', '/api/sessions', {
      kind: 'behavioral',
      prompt: 'Tell me about a time you changed your mind.',
    });
    const round = as<SessionResponse>(created.json).session.rounds[0];
    if (round === undefined) throw new Error('no round');
    const nothing = await send(app, 'POST', `/api/rounds/${round.id}/finish`);
    expect([nothing.status, as<ApiErrorBody>(nothing.json).error.code]).toEqual([
      409,
      'ROUND_NOT_ANSWERED',
    ]);
    await send(app, 'PUT', `/api/rounds/${round.id}/draft`, {
      text: 'I changed my mind about caching.',
      revision: 1,
    });
    const finished = as<RoundResponse>(
      (await send(app, 'POST', `/api/rounds/${round.id}/finish`)).json,
    ).round;
    expect(finished.status).toBe('finished');
    expect(finished.transcript.find((turn) => turn.purpose === 'answer')?.text).toBe(
      'I changed my mind about caching.',
    );
  });

  it('answers a coding round’s main-answer route with 422 (its moves are interview moves), and a blank answer with field errors', async () => {
    const { app } = createTestApp();
    const coding = await send(app, 'POST', '/api/sessions', { questionId: 'coding/two-sum' });
    expect(coding.status).toBe(201);
    const round = as<SessionResponse>(coding.json).session.rounds[0];
    const answered = await send(app, 'POST', `/api/rounds/${round?.id}/answer`, {
      text: 'I would use a hash map.',
    });
    expect([answered.status, as<ApiErrorBody>(answered.json).error.code]).toEqual([
      422,
      'UNSUPPORTED_ROUND_KIND',
    ]);
    const blank = await send(app, 'POST', `/api/rounds/nope/answer`, { text: '   ' });
    expect(blank.status).toBe(400);
    expect(as<ApiErrorBody>(blank.json).error.fields).toEqual({
      text: 'write an answer before sending it',
    });
  });
});

describe('stories', () => {
  const story = {
    title: 'Billing export deadline',
    action: 'I disagreed with the deadline and brought data to my manager.',
    principles: ['amazon/have-backbone-disagree-and-commit'],
    competencies: ['conflict'],
  };

  it('creates, lists, updates, covers principles in the matrix, is suggested, and deletes', async () => {
    const { app } = createTestApp();
    const created = await send(app, 'POST', '/api/stories', story);
    expect(created.status).toBe(201);
    const saved = as<StoryResponse>(created.json).story;
    expect(saved).toMatchObject({ title: story.title, situation: '', tags: [] });

    const updated = await send(app, 'PUT', `/api/stories/${saved.id}`, {
      ...story,
      title: 'Renamed',
    });
    expect(as<StoryResponse>(updated.json).story.title).toBe('Renamed');
    expect(
      as<StoryListResponse>((await send(app, 'GET', '/api/stories')).json).stories,
    ).toHaveLength(1);

    const matrix = as<StoryMatrixResponse>((await send(app, 'GET', '/api/stories/matrix')).json);
    expect(
      matrix.rows.find((row) => row.principle.id === 'amazon/have-backbone-disagree-and-commit')
        ?.storyIds,
    ).toEqual([saved.id]);
    expect(matrix.stories).toHaveLength(1);

    const suggested = as<StorySuggestionResponse>(
      (await send(app, 'GET', '/api/questions/behavioral/pushed-back-on-a-deadline/stories')).json,
    );
    expect(suggested.suggestions[0]?.story.id).toBe(saved.id);
    expect(suggested.suggestions[0]?.reasons.length).toBeGreaterThan(0);

    expect((await send(app, 'DELETE', `/api/stories/${saved.id}`)).status).toBe(204);
    const again = await send(app, 'DELETE', `/api/stories/${saved.id}`);
    expect([again.status, as<ApiErrorBody>(again.json).error.code]).toEqual([
      404,
      'STORY_NOT_FOUND',
    ]);
  });

  it('rejects an unknown principle with a VALIDATION_FAILED field error', async () => {
    const { app } = createTestApp();
    const response = await send(app, 'POST', '/api/stories', {
      ...story,
      principles: ['amazon/ownership', 'amazon/be-nice'],
    });
    expect(response.status).toBe(400);
    const body = as<ApiErrorBody>(response.json);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(body.error.fields ?? {})).toEqual(['principles.1']);
  });
});

describe('evaluate', () => {
  it('scores an answer against a prompt or a bank question', async () => {
    const { app } = createTestApp();
    const byPrompt = await send(app, 'POST', '/api/evaluate', {
      kind: 'behavioral',
      prompt: 'Tell me about a conflict.',
      answer: LONG_ANSWER,
    });
    expect(as<EvaluateResponse>(byPrompt.json).evaluation.score).toBe(60);
    const byQuestion = await send(app, 'POST', '/api/evaluate', {
      kind: 'behavioral',
      questionId: 'behavioral/pushed-back-on-a-deadline',
      answer: 'I did it.',
    });
    expect(byQuestion.status).toBe(200);
    const unknown = await send(app, 'POST', '/api/evaluate', {
      kind: 'behavioral',
      questionId: 'behavioral/nope',
      answer: 'I did it.',
    });
    expect(unknown.status).toBe(404);
  });
});

describe('bad input never causes a 500', () => {
  const huge = 'x'.repeat(MAX_BODY_BYTES + 10);
  const table: readonly [
    method: string,
    url: string,
    body: unknown,
    status: number,
    code: string,
  ][] = [
    ['POST', '/api/sessions', '{"questionId":', 400, 'VALIDATION_FAILED'],
    ['POST', '/api/sessions', 'null', 400, 'VALIDATION_FAILED'],
    ['POST', '/api/sessions', '[]', 400, 'VALIDATION_FAILED'],
    ['POST', '/api/sessions', '"text"', 400, 'VALIDATION_FAILED'],
    ['POST', '/api/sessions', {}, 400, 'VALIDATION_FAILED'],
    ['POST', '/api/sessions', { questionId: 42 }, 400, 'VALIDATION_FAILED'],
    [
      'POST',
      '/api/sessions',
      { questionId: 'behavioral/x', extra: true },
      400,
      'VALIDATION_FAILED',
    ],
    ['POST', '/api/sessions', { kind: 'behavioral', prompt: 'short' }, 400, 'VALIDATION_FAILED'],
    [
      'POST',
      '/api/sessions',
      { kind: 'coding', prompt: 'Tell me about a time you failed.' },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'POST',
      '/api/sessions',
      { questionId: 'behavioral/does-not-exist' },
      404,
      'QUESTION_NOT_FOUND',
    ],
    ['POST', '/api/sessions', { questionId: 'x'.repeat(500) }, 400, 'VALIDATION_FAILED'],
    ['GET', '/api/sessions?limit=0', undefined, 400, 'VALIDATION_FAILED'],
    ['GET', '/api/sessions?limit=abc', undefined, 400, 'VALIDATION_FAILED'],
    ['GET', '/api/sessions?offset=-1', undefined, 400, 'VALIDATION_FAILED'],
    ['GET', '/api/sessions/does-not-exist', undefined, 404, 'SESSION_NOT_FOUND'],
    ['GET', `/api/sessions/${'x'.repeat(300)}`, undefined, 400, 'VALIDATION_FAILED'],
    ['GET', '/api/rounds/%E0%A4%A', undefined, 404, 'ROUND_NOT_FOUND'],
    ['GET', '/api/rounds/does-not-exist', undefined, 404, 'ROUND_NOT_FOUND'],
    ['PUT', '/api/rounds/r/draft', { text: 'x' }, 400, 'VALIDATION_FAILED'],
    ['PUT', '/api/rounds/r/draft', { text: 'x', revision: -1 }, 400, 'VALIDATION_FAILED'],
    ['PUT', '/api/rounds/r/draft', { text: 'x', revision: 1.5 }, 400, 'VALIDATION_FAILED'],
    [
      'PUT',
      '/api/rounds/r/draft',
      { text: 'x'.repeat(MAX_DRAFT_CHARACTERS + 1), revision: 1 },
      400,
      'VALIDATION_FAILED',
    ],
    ['PUT', '/api/rounds/r/draft', { text: 'x', revision: 1 }, 404, 'ROUND_NOT_FOUND'],
    ['POST', '/api/rounds/r/answer', { text: null }, 400, 'VALIDATION_FAILED'],
    ['POST', '/api/rounds/r/answer', { text: '\u0000\ud800' }, 404, 'ROUND_NOT_FOUND'],
    ['POST', '/api/rounds/r/reply', '', 400, 'VALIDATION_FAILED'],
    ['POST', '/api/rounds/r/finish', undefined, 404, 'ROUND_NOT_FOUND'],
    ['POST', '/api/stories', { title: '' }, 400, 'VALIDATION_FAILED'],
    ['POST', '/api/stories', { title: 'ok', tags: 'not-a-list' }, 400, 'VALIDATION_FAILED'],
    [
      'POST',
      '/api/stories',
      { title: 'ok', principles: Array.from({ length: 41 }, () => 'amazon/ownership') },
      400,
      'VALIDATION_FAILED',
    ],
    ['POST', '/api/stories', { title: 'ok', competencies: ['juggling'] }, 400, 'VALIDATION_FAILED'],
    ['PUT', '/api/stories/nope', { title: 'ok' }, 404, 'STORY_NOT_FOUND'],
    ['POST', '/api/evaluate', { kind: 'behavioral', answer: 'x' }, 400, 'VALIDATION_FAILED'],
    [
      'POST',
      '/api/evaluate',
      { kind: 'behavioral', prompt: 'Tell me.', answer: '  ' },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'POST',
      '/api/evaluate',
      { kind: 'coding', prompt: 'Tell me.', answer: 'x' },
      400,
      'VALIDATION_FAILED',
    ],
    ['GET', '/api/questions?kind=poetry', undefined, 400, 'VALIDATION_FAILED'],
    ['GET', `/api/questions?search=${'x'.repeat(300)}`, undefined, 400, 'VALIDATION_FAILED'],
    ['GET', '/api/questions/behavioral/%2e%2e%2fsecret', undefined, 404, 'QUESTION_NOT_FOUND'],
    ['GET', '/api/nothing-here', undefined, 404, 'NOT_FOUND'],
    ['GET', '/api', undefined, 404, 'NOT_FOUND'],
    ['DELETE', '/api/sessions', undefined, 405, 'METHOD_NOT_ALLOWED'],
    ['PATCH', '/api/rounds/r/answer', { text: 'x' }, 405, 'METHOD_NOT_ALLOWED'],
    ['POST', '/api/nothing-here', {}, 404, 'NOT_FOUND'],
    ['POST', '/api/stories', huge, 413, 'PAYLOAD_TOO_LARGE'],
  ];

  const cases = table.map(([method, url, body, status, code]) => ({
    label: `${method} ${url.slice(0, 50)} ${body === undefined ? '' : (typeof body === 'string' ? body : JSON.stringify(body)).slice(0, 60)} → ${status} ${code}`,
    method,
    url,
    body,
    status,
    code,
  }));

  it.each(cases)('$label', async ({ method, url, body, status, code }) => {
    const { app } = createTestApp();
    const response = await send(app, method, url, body);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(as<ApiErrorBody>(response.json).error.code).toBe(code);
    expect(typeof as<ApiErrorBody>(response.json).error.message).toBe('string');
  });

  it('answers a body over the limit sent without a length (chunked) with 413', async () => {
    const { app } = createTestApp();
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY_BYTES) controller.close();
        else {
          sent += chunk.length;
          controller.enqueue(chunk);
        }
      },
    });
    const response = await app.request('/api/stories', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('reports zod failures with fields keyed by path', async () => {
    const { app } = createTestApp();
    const response = await send(app, 'POST', '/api/stories', { title: 'ok', tags: ['fine', ''] });
    expect(Object.keys(as<ApiErrorBody>(response.json).error.fields ?? {})).toEqual(['tags.1']);
  });
});

describe('a bug in an adapter', () => {
  it('answers 500 with a generic JSON error that does not leak the cause', async () => {
    const sessions = new MemorySessionStore();
    sessions.getRound = () => Promise.reject(new Error('disk on fire at /var/lib/secret'));
    const { app } = createTestApp({ sessions });
    const response = await send(app, 'GET', '/api/rounds/r1');
    expect(response.status).toBe(500);
    expect(as<ApiErrorBody>(response.json).error.code).toBe('INTERNAL');
    expect(response.text).not.toContain('disk on fire');
  });
});

describe('a failing dependency', () => {
  it('answers 503 with a plain message and logs what failed underneath', async () => {
    const logLines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => logLines.push(line) });
    const { app } = createTestApp({
      logger,
      interviewer: {
        name: 'broken',
        nextMove: () => Promise.reject(new Error('model server at 10.0.0.7 refused')),
      },
    });
    const { round } = await startSession(app);
    const response = await send(app, 'POST', `/api/rounds/${round.id}/answer`, {
      text: LONG_ANSWER,
    });
    expect(response.status).toBe(503);
    expect(as<ApiErrorBody>(response.json).error.code).toBe('INTERVIEWER_UNAVAILABLE');
    expect(response.text).not.toContain('10.0.0.7');
    const failures = logLines
      .map((line) => JSON.parse(line) as { err?: { code?: string; stack?: string } })
      .filter((entry) => entry.err !== undefined);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.err?.code).toBe('INTERVIEWER_UNAVAILABLE');
    expect(failures[0]?.err?.stack).toContain('caused by: Error: model server at 10.0.0.7 refused');
  });

  it('does not log a client mistake that wraps an error (a body that is not JSON)', async () => {
    const logLines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => logLines.push(line) });
    const { app } = createTestApp({ logger });
    const response = await send(app, 'POST', '/api/sessions', '{not json');
    expect(response.status).toBe(400);
    expect(logLines.filter((line) => line.includes('"err"'))).toEqual([]);
  });
});

describe('the web app', () => {
  const builtWeb = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'onsite-dist-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><title>Onsite</title><div id="root"></div>',
    );
    writeFileSync(path.join(dir, 'assets', 'app-abc123.js'), 'console.log("app")');
    return dir;
  };

  it('serves static files, falls back to index.html for client routes, and keeps missing files 404', async () => {
    const { app } = createTestApp({ webDir: builtWeb() });
    const index = await send(app, 'GET', '/');
    expect([index.status, index.headers.get('content-type')]).toEqual([
      200,
      'text/html; charset=utf-8',
    ]);
    expect(index.text).toContain('<div id="root">');
    const clientRoute = await send(app, 'GET', '/sessions/abc');
    expect([clientRoute.status, clientRoute.text]).toEqual([200, index.text]);
    const asset = await send(app, 'GET', '/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await send(app, 'GET', '/assets/missing.js')).status).toBe(404);
    expect((await send(app, 'GET', '/..%2f..%2fetc/passwd')).text).not.toContain('root:');
  });

  it('says to run `npm run build:web` when the web app is not built', async () => {
    const { app } = createTestApp();
    const page = await send(app, 'GET', '/');
    expect(page.status).toBe(503);
    expect(page.text).toContain('npm run build:web');
  });

  it('sends security headers with a CSP that allows only our own origin', async () => {
    const { app } = createTestApp({ webDir: builtWeb() });
    for (const url of ['/', '/api/health']) {
      const response = await send(app, 'GET', url);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });
});

describe('over real HTTP', () => {
  it('serves the API on 127.0.0.1 with an ephemeral port', async () => {
    const { app } = createTestApp();
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const listening = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(listening),
      );
    });
    try {
      const { port } = server.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}`;
      const health = await fetch(`${base}/api/health`);
      expect(await health.json()).toEqual({
        ok: true,
        version: '0.0.0-test',
        judge: { isolation: 'namespaces' },
      });
      const created = await fetch(`${base}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ questionId: 'behavioral/pushed-back-on-a-deadline' }),
      });
      expect(created.status).toBe(201);
      const malformed = await fetch(`${base}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      });
      expect(malformed.status).toBe(400);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
