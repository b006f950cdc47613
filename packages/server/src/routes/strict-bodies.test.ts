import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../contract';
import { createTestApp } from '../testing';

/** Each route that reads a body, with a body it would accept. */
const ROUTES_WITH_BODIES = [
  {
    method: 'POST',
    url: '/api/sessions',
    body: { questionId: 'behavioral/pushed-back-on-a-deadline' },
  },
  {
    method: 'POST',
    url: '/api/sessions',
    body: { kind: 'behavioral', prompt: 'Tell me about a time you changed your mind.' },
  },
  { method: 'PUT', url: '/api/rounds/r/draft', body: { text: 'so far', revision: 0 } },
  { method: 'POST', url: '/api/rounds/r/answer', body: { text: 'my answer' } },
  { method: 'POST', url: '/api/rounds/r/reply', body: { text: 'my reply' } },
  { method: 'POST', url: '/api/rounds/r/finish', body: {} },
  { method: 'POST', url: '/api/stories', body: { title: 'The migration' } },
  { method: 'PUT', url: '/api/stories/s', body: { title: 'The migration' } },
  {
    method: 'POST',
    url: '/api/evaluate',
    body: { kind: 'behavioral', prompt: 'Tell me about a conflict.', answer: 'We disagreed.' },
  },
  {
    method: 'POST',
    url: '/api/submissions',
    body: { questionId: 'coding/two-sum', language: 'python', source: 'pass', mode: 'run' },
  },
] as const;

describe('request bodies are strict', () => {
  it.each(ROUTES_WITH_BODIES)(
    '$method $url refuses an unknown field with a 400 that names it',
    async ({ method, url, body }) => {
      const { app } = createTestApp();
      const response = await app.request(url, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, colour: 'teal' }),
      });
      expect(response.status).toBe(400);
      const { error } = (await response.json()) satisfies ApiErrorBody as ApiErrorBody;
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.fields).toEqual({ colour: '"colour" is not a field here; remove it' });
      expect(error.message).toContain('colour');
    },
  );

  it('names every unknown field, each as its own field', async () => {
    const { app } = createTestApp();
    const response = await app.request('/api/stories', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'The migration', colour: 'teal', mood: 'calm' }),
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) satisfies ApiErrorBody as ApiErrorBody;
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['colour', 'mood']);
  });
});
