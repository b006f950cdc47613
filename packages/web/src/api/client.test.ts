import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, questionPath, type Fetch } from './client';
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
    await client.listQuestions({ kind: 'behavioral', search: '' });
    expect(calls[0]?.url).toBe('/api/questions?kind=behavioral');
    const saving = createApiClient({
      fetch: respond(200, { draft: { text: 'x', revision: 2, savedAt: 'now' } }, calls),
    });
    await saving.saveDraft('r1', { text: 'x', revision: 2 });
    expect(calls[1]?.init?.method).toBe('PUT');
    expect(calls[1]?.init?.body).toBe('{"text":"x","revision":2}');
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
    const error: unknown = await client
      .createStory({ title: '' })
      .catch((caught: unknown) => caught);
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
    const error: unknown = await client
      .submitAnswer('r1', 'my answer')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 507, code: 'STORAGE_FULL' });
    expect(describeError(error)).toEqual({ title: 'The disk is full', detail: message });
  });

  it('turns a dead server into a NETWORK error that says what to do', async () => {
    const client = createApiClient({ fetch: () => Promise.reject(new TypeError('fetch failed')) });
    const error: unknown = await client.meta().catch((caught: unknown) => caught);
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
    const error: unknown = await client.meta().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 502, code: 'BAD_RESPONSE' });
  });

  it('resolves a 204 without a body', async () => {
    const client = createApiClient({
      fetch: () => Promise.resolve(new Response(null, { status: 204 })),
    });
    await expect(client.deleteStory('s1')).resolves.toBeUndefined();
  });
});
