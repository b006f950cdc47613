import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, questionParams, questionPath, type Fetch } from './client';
import { describeError } from './errors';

const respond =
  (status: number, body: unknown, calls: { url: string; init?: RequestInit }[] = []): Fetch =>
  (url, init) => {
    calls.push({ url, ...(init === undefined ? {} : { init }) });
    return Promise.resolve(
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };

describe('the API client', () => {
  it('keeps the slash of a question id, encoding each part', () => {
    expect(questionPath('behavioral/conflict with peer')).toBe('behavioral/conflict%20with%20peer');
  });

  it('sends JSON bodies and leaves out empty filters', async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    const client = createApiClient({ fetch: respond(200, { questions: [] }, calls) });
    await client('GET /api/questions', { query: { kind: 'behavioral', search: '' } });
    expect(calls[0]?.url).toBe('/api/questions?kind=behavioral');
    const saving = createApiClient({
      fetch: respond(200, { draft: { text: 'x', revision: 2, savedAt: 'now' } }, calls),
    });
    await saving('PUT /api/rounds/:id/draft', {
      params: { id: 'r1' },
      body: { text: 'x', revision: 2 },
    });
    expect(calls[1]?.init?.method).toBe('PUT');
    expect(calls[1]?.init?.body).toBe('{"text":"x","revision":2}');
  });

  it("fills a route key's path parameters, each encoded, for calls and for the event stream", async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    const client = createApiClient({
      baseUrl: 'http://127.0.0.1:4000',
      fetch: respond(200, { question: {} }, calls),
    });
    await client('GET /api/questions/:kind/:slug', {
      params: questionParams('behavioral/conflict with peer'),
    });
    expect(calls[0]?.url).toBe(
      'http://127.0.0.1:4000/api/questions/behavioral/conflict%20with%20peer',
    );
    expect(calls[0]?.init?.method).toBe('GET');
    expect(client.url('GET /api/submissions/:id/events', { params: { id: 'a/b' } })).toBe(
      'http://127.0.0.1:4000/api/submissions/a%2Fb/events',
    );
  });

  it("rejects with the server's code, message and fields", async () => {
    const client = createApiClient({
      fetch: respond(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'The input is invalid',
          fields: { title: 'give the story a title' },
        },
      }),
    });
    const error: unknown = await client('POST /api/stories', { body: { title: '' } }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { title: 'give the story a title' },
    });
    expect(describeError(error)).toEqual({
      title: 'Please check what you entered',
      detail: 'give the story a title',
    });
  });

  it("shows a full disk in the server's words (the draft is kept in this browser)", async () => {
    const message =
      'The disk where Onsite keeps its data is full, so this was not saved; your draft is kept in this browser. Free some disk space, then try again.';
    const client = createApiClient({
      fetch: respond(507, { error: { code: 'STORAGE_FULL', message } }),
    });
    const error: unknown = await client('POST /api/rounds/:id/answer', {
      params: { id: 'r1' },
      body: { text: 'my answer' },
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 507, code: 'STORAGE_FULL' });
    expect(describeError(error)).toEqual({ title: 'The disk is full', detail: message });
  });

  it('turns a dead server into a NETWORK error that says what to do', async () => {
    const client = createApiClient({ fetch: () => Promise.reject(new TypeError('fetch failed')) });
    const error: unknown = await client('GET /api/meta').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 0, code: 'NETWORK' });
    expect(describeError(error).detail).toMatch(/onsite serve/);
  });

  it('does not crash on a non-JSON error page', async () => {
    const client = createApiClient({
      fetch: () =>
        Promise.resolve(
          new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
        ),
    });
    const error: unknown = await client('GET /api/meta').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 502, code: 'BAD_RESPONSE' });
  });

  it('resolves a 204 without a body', async () => {
    const client = createApiClient({
      fetch: () => Promise.resolve(new Response(null, { status: 204 })),
    });
    await expect(
      client('DELETE /api/stories/:id', { params: { id: 's1' } }),
    ).resolves.toBeUndefined();
  });
});
