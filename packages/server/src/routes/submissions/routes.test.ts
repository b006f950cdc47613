import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JudgeEvent } from '@onsite/core';
import { createServerJudge } from '../../judge';
import { createFakeJudge, createTestApp } from '../../testing';

type App = ReturnType<typeof createTestApp>['app'];

const TWO_SUM: unknown = JSON.parse(readFileSync(new URL('../../../../judge/examples/two-sum.json', import.meta.url), 'utf8'));
const HIDDEN_INPUT = '-999999999'; // only in hidden test 5 of two-sum

const post = async (app: App, body: unknown) => {
  const response = await app.request('/api/submissions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    text: await response.clone().text(),
    json: (await response.json()) as Record<string, unknown>,
  };
};
const get = async (app: App, url: string) => {
  const response = await app.request(url);
  return {
    status: response.status,
    text: await response.clone().text(),
    json: (await response.json()) as Record<string, unknown>,
  };
};
const idOf = (json: Record<string, unknown>): string => (typeof json.id === 'string' ? json.id : '');
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Parses a finished text/event-stream body into its events. */
const parseSse = (body: string): { event: string; data: unknown }[] =>
  body
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? '';
      const data = /^data: (.*)$/m.exec(block)?.[1] ?? 'null';
      return { event, data: JSON.parse(data) as unknown };
    });

describe('POST /api/submissions', () => {
  it('answers 202 with an id at once and judges in the background', async () => {
    const { app } = createTestApp();
    const created = await post(app, {
      spec: TWO_SUM,
      language: 'python',
      source: 'def twoSum(n, t): pass',
      mode: 'submit',
    });
    expect(created.status).toBe(202);
    expect(created.json).toMatchObject({ status: 'queued', position: 0 });
    await tick();
    const done = await get(app, `/api/submissions/${idOf(created.json)}`);
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({
      id: idOf(created.json),
      status: 'done',
      position: 0,
      result: { verdict: 'Accepted', passed: 8, total: 8 },
    });
    expect((done.json.events as JudgeEvent[]).map((event) => event.type)).toEqual([...Array<string>(8).fill('test'), 'done']);
  });

  it('shows the queue position while waiting, then running, then done', async () => {
    const judge = createFakeJudge({ gated: true });
    const { app } = createTestApp({ judge, judgeConcurrency: 1 });
    const body = {
      spec: TWO_SUM,
      language: 'python',
      source: 'x',
      mode: 'run',
    };
    const first = await post(app, body);
    const second = await post(app, body);
    const third = await post(app, body);
    expect(first.json).toMatchObject({ position: 0 });
    expect(second.json).toMatchObject({ position: 1 });
    expect(third.json).toMatchObject({ position: 2 });
    expect((await get(app, `/api/submissions/${idOf(first.json)}`)).json).toMatchObject({ status: 'running', position: 0 });
    expect((await get(app, `/api/submissions/${idOf(third.json)}`)).json).toMatchObject({ status: 'queued', position: 2 });
    judge.release();
    await tick();
    expect((await get(app, `/api/submissions/${idOf(first.json)}`)).json).toMatchObject({ status: 'done' });
    expect((await get(app, `/api/submissions/${idOf(second.json)}`)).json).toMatchObject({ status: 'running' });
    expect((await get(app, `/api/submissions/${idOf(third.json)}`)).json).toMatchObject({ status: 'queued', position: 1 });
  });

  it('never shows hidden-test data in submit mode, even when the judge sends it', async () => {
    const { app } = createTestApp();
    const created = await post(app, {
      spec: TWO_SUM,
      language: 'python',
      source: 'WRONG',
      mode: 'submit',
    });
    await tick();
    const done = await get(app, `/api/submissions/${idOf(created.json)}`);
    expect(done.json).toMatchObject({
      result: { verdict: 'Wrong Answer', passed: 7, total: 8 },
    });
    expect(done.text).not.toContain(HIDDEN_INPUT);
    const result = done.json.result as { tests: Record<string, unknown>[] };
    expect(Object.keys(result.tests[7] ?? {}).sort()).toEqual(['index', 'memoryKb', 'sample', 'timeMs', 'verdict']);
    expect(result.tests[0]).toMatchObject({
      sample: true,
      input: [[4, 9, 13, 21], 13],
      expected: [0, 1],
    });
    const events = await app.request(`/api/submissions/${idOf(created.json)}/events`);
    expect(await events.text()).not.toContain(HIDDEN_INPUT);
  });

  it('rejects bad input with 400 and the fields, never 500', async () => {
    const { app } = createTestApp();
    const cases: [unknown, string][] = [
      [{ spec: TWO_SUM, language: 'cobol', source: 'x', mode: 'run' }, 'language'],
      [{ spec: TWO_SUM, language: 'python', source: 'x', mode: 'fast' }, 'mode'],
      [
        {
          spec: TWO_SUM,
          language: 'python',
          source: 'x'.repeat(100 * 1024 + 1),
          mode: 'run',
        },
        'source',
      ],
      [{ spec: TWO_SUM, language: 'python', source: '   ', mode: 'run' }, 'source'],
      [{ language: 'python', source: 'x', mode: 'run' }, 'spec'],
      [
        {
          spec: { id: 'x', tests: [] },
          language: 'python',
          source: 'x',
          mode: 'run',
        },
        'spec.signature',
      ],
      [
        {
          spec: TWO_SUM,
          language: 'python',
          source: 'x',
          mode: 'submit',
          customInputs: [[1]],
        },
        'customInputs',
      ],
    ];
    for (const [body, field] of cases) {
      const response = await post(app, body);
      expect(response.status, field).toBe(400);
      expect(response.json).toMatchObject({
        error: { code: 'VALIDATION_FAILED' },
      });
      expect(Object.keys((response.json.error as { fields: Record<string, string> }).fields)).toContain(field);
    }
    const notJson = await app.request('/api/submissions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
  });

  it('answers 404 for an unknown question and 400 for a question that is not a coding question', async () => {
    const { app } = createTestApp();
    expect(
      (
        await post(app, {
          questionId: 'coding/nope',
          language: 'python',
          source: 'x',
          mode: 'run',
        })
      ).status,
    ).toBe(404);
    const untested = await post(app, {
      questionId: 'behavioral/pushed-back-on-a-deadline',
      language: 'python',
      source: 'x',
      mode: 'run',
    });
    expect(untested.status).toBe(400);
    expect(untested.json).toMatchObject({
      error: { fields: { questionId: expect.any(String) as string } },
    });
  });

  it('judges against the tests a bank coding question compiles to', async () => {
    const { app } = createTestApp();
    const created = await post(app, { questionId: 'coding/two-sum', language: 'python', source: 'x', mode: 'run' });
    expect(created.status).toBe(202);
  });

  it('reports a judge that cannot judge as the submission error, not a crash', async () => {
    const { app } = createTestApp();
    const created = await post(app, {
      spec: TWO_SUM,
      language: 'java',
      source: 'THROW',
      mode: 'run',
    });
    expect(created.status).toBe(202);
    await tick();
    expect((await get(app, `/api/submissions/${idOf(created.json)}`)).json).toMatchObject({
      status: 'done',
      error: { code: 'LANGUAGE_UNAVAILABLE' },
    });
    const events = parseSse(await (await app.request(`/api/submissions/${idOf(created.json)}/events`)).text());
    expect(events.at(-1)).toMatchObject({
      event: 'error',
      data: { code: 'LANGUAGE_UNAVAILABLE' },
    });
  });
});

describe('GET /api/submissions/:id and /events', () => {
  it('answers 404 for an unknown id', async () => {
    const { app } = createTestApp();
    expect((await get(app, '/api/submissions/nope')).json).toMatchObject({
      error: { code: 'SUBMISSION_NOT_FOUND' },
    });
    expect((await app.request('/api/submissions/nope/events')).status).toBe(404);
  });

  it('streams each event as it happens and closes after done', async () => {
    const judge = createFakeJudge({ gated: true });
    const { app } = createTestApp({ judge, judgeConcurrency: 1 });
    const body = {
      spec: TWO_SUM,
      language: 'python',
      source: 'x',
      mode: 'run',
    };
    await post(app, body);
    const second = await post(app, body);
    const response = await app.request(`/api/submissions/${idOf(second.json)}/events`);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const text = response.text();
    judge.release();
    await tick();
    judge.release();
    const events = parseSse(await text);
    expect(events.map((event) => event.event)).toEqual(['queued', 'test', 'test', 'test', 'done']);
    expect(events[0]?.data).toEqual({ type: 'queued', position: 1 });
    expect(events.at(-1)?.data).toMatchObject({
      type: 'done',
      result: { verdict: 'Accepted', passed: 3, total: 3 },
    });
  });
});

describe('GET /api/health', () => {
  it('says the judge tier, with a warning below namespaces', async () => {
    const { app } = createTestApp({
      judge: createFakeJudge({ isolation: 'rlimits' }),
    });
    const health = await get(app, '/api/health');
    expect(health.json).toMatchObject({
      ok: true,
      judge: {
        isolation: 'rlimits',
        warning: expect.stringContaining('WITHOUT namespace isolation') as string,
      },
    });
  });
});

describe('the real sandbox judge over HTTP', () => {
  it('judges a Python two-sum and streams its tests over server-sent events', async () => {
    const judge = createServerJudge({ minIsolation: 'none', mode: 'in-process' }, undefined);
    const { app } = createTestApp({ judge, judgeConcurrency: 2 });
    const source =
      'class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n';
    const created = await post(app, {
      spec: TWO_SUM,
      language: 'python',
      source,
      mode: 'submit',
    });
    expect(created.status).toBe(202);
    const response = await app.request(`/api/submissions/${idOf(created.json)}/events`);
    const body = await response.text();
    const events = parseSse(body);
    expect(events.filter((event) => event.event === 'test')).toHaveLength(8);
    expect(events.at(-1)).toMatchObject({
      event: 'done',
      data: {
        result: {
          verdict: 'Accepted',
          passed: 8,
          total: 8,
          isolation: judge.isolation,
        },
      },
    });
    expect(body).not.toContain(HIDDEN_INPUT);
    expect((await get(app, '/api/health')).json).toMatchObject({
      judge: { isolation: judge.isolation },
    });
    await judge.close(); // the in-process judge keeps pre-started sandboxes until closed
  }, 30_000);
});
