import { describe, expect, it } from 'vitest';
import type { ApiErrorBody, StoryListResponse } from './contract';
import { createTestApp } from './testing';

const STORY = JSON.stringify({
  title: 'Billing export deadline',
  action: 'I brought data to my manager.',
});

type App = ReturnType<typeof createTestApp>['app'];

const request = async (app: App, path: string, init: RequestInit = {}) => {
  const response = await app.request(`http://127.0.0.1:4321${path}`, init);
  const body: unknown = await response.json().catch(() => null);
  return { status: response.status, body: body as ApiErrorBody };
};

const storyCount = async (app: App): Promise<number> =>
  ((await (await app.request('http://127.0.0.1:4321/api/stories')).json()) as StoryListResponse)
    .stories.length;

describe('requests from other sites', () => {
  it('refuses a JSON body sent as text/plain, a form or no type at all, with 415, and creates nothing', async () => {
    const { app } = createTestApp();
    for (const contentType of [
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      undefined,
    ]) {
      const response = await request(app, '/api/stories', {
        method: 'POST',
        body: STORY,
        headers: {
          'content-length': String(STORY.length),
          ...(contentType === undefined ? {} : { 'content-type': contentType }),
        },
      });
      expect(response.status, String(contentType)).toBe(415);
      expect(response.body.error).toMatchObject({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: expect.stringContaining('application/json') as string,
      });
    }
    expect(await storyCount(app)).toBe(0);
  });

  it('accepts application/json (with a charset) and an empty body without a type', async () => {
    const { app } = createTestApp();
    const created = await request(app, '/api/stories', {
      method: 'POST',
      body: STORY,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(created.status).toBe(201);
    // The web client's finish and delete calls carry no body and so no Content-Type.
    const id =
      ((await (await app.request('http://127.0.0.1:4321/api/stories')).json()) as StoryListResponse)
        .stories[0]?.id ?? '';
    expect((await request(app, `/api/stories/${id}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('refuses a change whose Origin or Sec-Fetch-Site is another site (another port counts), with 403', async () => {
    const { app } = createTestApp();
    const attempts: Record<string, string>[] = [
      { origin: 'http://attacker.example' },
      { origin: 'http://127.0.0.1:9999' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:9999' },
    ];
    for (const headers of attempts) {
      const response = await request(app, '/api/stories', {
        method: 'POST',
        body: STORY,
        headers: { 'content-type': 'application/json', ...headers },
      });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.body.error.code).toBe('CROSS_SITE_REQUEST');
    }
    expect(await storyCount(app)).toBe(0);
  });

  it('accepts a change from its own origin, and from tools that send no Origin', async () => {
    const { app } = createTestApp();
    const own = {
      'content-type': 'application/json',
      origin: 'http://127.0.0.1:4321',
      'sec-fetch-site': 'same-origin',
    };
    expect(
      (await request(app, '/api/stories', { method: 'POST', body: STORY, headers: own })).status,
    ).toBe(201);
    expect(
      (
        await request(app, '/api/stories', {
          method: 'POST',
          body: STORY,
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(201);
    expect(await storyCount(app)).toBe(2);
  });

  it('lets another site read nothing: GETs are not blocked by Origin, but only our Host names are answered', async () => {
    const { app } = createTestApp();
    expect(
      (await request(app, '/api/health', { headers: { origin: 'http://127.0.0.1:9999' } })).status,
    ).toBe(200);
    for (const host of ['localhost:4321', '127.0.0.1', '[::1]:4321']) {
      expect((await request(app, '/api/stories', { headers: { host } })).status, host).toBe(200);
    }
  });
});

describe('DNS rebinding', () => {
  it('answers 421 naming ONSITE_ALLOWED_HOSTS to a Host it was not configured for, on every path', async () => {
    const { app } = createTestApp();
    for (const path of ['/api/stories', '/api/health', '/', '/assets/app.js']) {
      const response = await request(app, path, { headers: { host: 'attacker.example:4321' } });
      expect(response.status, path).toBe(421);
      expect(response.body.error).toMatchObject({
        code: 'HOST_NOT_ALLOWED',
        message: expect.stringContaining('ONSITE_ALLOWED_HOSTS') as string,
      });
    }
    const post = await request(app, '/api/stories', {
      method: 'POST',
      body: STORY,
      headers: { host: 'attacker.example', 'content-type': 'application/json' },
    });
    expect(post.status).toBe(421);
    expect(await storyCount(app)).toBe(0);
  });

  it('answers a configured name, or any name when told to', async () => {
    const configured = createTestApp({ allowedHosts: new Set(['onsite.example.com']) }).app;
    expect(
      (await request(configured, '/api/health', { headers: { host: 'Onsite.Example.com:8080' } }))
        .status,
    ).toBe(200);
    expect(
      (await request(configured, '/api/health', { headers: { host: 'localhost' } })).status,
    ).toBe(421);
    const open = createTestApp({ allowedHosts: 'any' }).app;
    expect(
      (await request(open, '/api/health', { headers: { host: 'anything.example' } })).status,
    ).toBe(200);
  });
});
