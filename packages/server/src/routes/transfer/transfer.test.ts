import { describe, expect, it } from 'vitest';
import type { ExportDocument, SessionWithRounds } from '@onsite/core';
import { createTestApp } from '../../testing';

type App = ReturnType<typeof createTestApp>['app'];

const send = (app: App, method: string, url: string, body?: unknown) =>
  app.request(url, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/** An app with one finished behavioral round and a story. */
const appWithHistory = async () => {
  const { app } = createTestApp();
  const created = await send(app, 'POST', '/api/sessions', {
    questionId: 'behavioral/pushed-back-on-a-deadline',
  });
  const { session } = (await created.json()) as { session: SessionWithRounds };
  const roundId = session.rounds[0]?.id ?? '';
  await send(app, 'POST', `/api/rounds/${roundId}/answer`, {
    text: 'I showed my manager the burn-down and we moved the export to the next release.',
  });
  await send(app, 'POST', `/api/rounds/${roundId}/finish`, {});
  await send(app, 'POST', '/api/stories', { title: 'Deadline', action: 'I showed the data.' });
  return { app, sessionId: session.id };
};

describe('export, import and reports over HTTP', () => {
  it('downloads everything as a file that a fresh install imports whole', async () => {
    const { app } = await appWithHistory();
    const exported = await send(app, 'GET', '/api/export');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(
      /^attachment; filename="onsite-export-\d{4}-\d{2}-\d{2}\.json"$/u,
    );
    const document = (await exported.json()) as ExportDocument;
    expect(document.sessions).toHaveLength(1);
    expect(document.stories).toHaveLength(1);

    const fresh = createTestApp().app;
    const imported = await send(fresh, 'POST', '/api/import', document);
    expect(imported.status).toBe(200);
    expect(await imported.json()).toEqual({
      imported: {
        sessions: { added: 1, skipped: 0 },
        stories: { added: 1, skipped: 0 },
        submissions: { added: 0, skipped: 0 },
        plan: { added: 0, skipped: 0 },
      },
    });
    const again = (await (await send(fresh, 'GET', '/api/export')).json()) as ExportDocument;
    expect({ ...again, exportedAt: '' }).toEqual({ ...document, exportedAt: '' });
  });

  it('refuses a file that is not an export with 400 and a message, changing nothing', async () => {
    const { app } = createTestApp();
    const refused = await send(app, 'POST', '/api/import', { format: 'something-else' });
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toContain('not an Onsite export');
    const notJson = await app.request('/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"format": "onsite-export", "version": 2, "sessions": [',
    });
    expect(notJson.status).toBe(400);
    const document = (await (await send(app, 'GET', '/api/export')).json()) as ExportDocument;
    expect(document.sessions).toEqual([]);
  });

  it('takes an export larger than other requests may be', async () => {
    const { app } = createTestApp();
    const big = await send(app, 'POST', '/api/import', {
      format: 'onsite-export',
      version: 2,
      exportedAt: '2026-12-04T10:00:00.000Z',
      sessions: [],
      stories: [],
      submissions: [],
      padding: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(big.status).toBe(200);
    const tooBigElsewhere = await send(app, 'POST', '/api/stories', {
      title: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(tooBigElsewhere.status).toBe(413);
  });

  it('downloads one session as Markdown, and answers 404 for an unknown one', async () => {
    const { app, sessionId } = await appWithHistory();
    const report = await send(app, 'GET', `/api/sessions/${sessionId}/report`);
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(report.headers.get('content-disposition')).toMatch(/\.md"$/u);
    const text = await report.text();
    expect(text).toContain('> I showed my manager the burn-down');
    expect(text).toContain('### Scorecard');
    expect((await send(app, 'GET', '/api/sessions/nope/report')).status).toBe(404);
  });
});
