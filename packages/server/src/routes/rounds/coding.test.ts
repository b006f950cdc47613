import { describe, expect, it } from 'vitest';
import type { Round } from '@onsite/core';
import {
  createMemoryQuestionBank,
  makeBehavioralQuestion,
  makeCodingQuestion,
} from '@onsite/core/testing';
import { createTestApp } from '../../testing';

type App = ReturnType<typeof createTestApp>['app'];

const send = async (app: App, method: string, url: string, body?: unknown) => {
  const response = await app.request(url, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
};

const roundOf = (json: Record<string, unknown>): Round => json.round as Round;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const startInterview = async (app: App, questionId = 'coding/two-sum') => {
  const created = await send(app, 'POST', '/api/sessions', { questionId });
  expect(created.status).toBe(201);
  const rounds = (created.json.session as { rounds: Round[] }).rounds;
  const round = rounds[0];
  if (round === undefined) throw new Error('no round');
  return round;
};

/** Submits code for the round and waits for the fake judge's verdict. */
const submitAndWait = async (app: App, roundId: string, source: string) => {
  const created = await send(app, 'POST', '/api/submissions', {
    questionId: 'coding/two-sum',
    roundId,
    language: 'python',
    source,
    mode: 'submit',
  });
  expect(created.status).toBe(202);
  const id = String(created.json.id);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    await tick();
    const state = await send(app, 'GET', `/api/submissions/${id}`);
    if (state.json.status === 'done') return id;
  }
  throw new Error(`submission ${id} never finished`);
};

describe('the coding interview over HTTP', () => {
  it('starts a coding interview round from a coding question', async () => {
    const { app } = createTestApp();
    const round = await startInterview(app);
    expect(round).toMatchObject({ kind: 'coding', status: 'answering', timeLimitMs: 45 * 60_000 });
    expect(round.transcript[0]).toMatchObject({ purpose: 'question', phase: 'clarify' });
  });

  it('answers each move with the interviewer’s turn, and refuses bad moves with 400 naming the field', async () => {
    const { app } = createTestApp();
    const round = await startInterview(app);
    const url = `/api/rounds/${round.id}/coding`;
    const asked = await send(app, 'POST', url, { type: 'say', text: 'Can the array be empty?' });
    expect(asked.status).toBe(200);
    expect(roundOf(asked.json).transcript.at(-1)?.speaker).toBe('interviewer');

    const phase = await send(app, 'POST', url, { type: 'phase', phase: 'lunch' });
    expect(phase.status).toBe(400);
    expect(JSON.stringify(phase.json)).toContain('phase');
    expect((await send(app, 'POST', url, { type: 'dance' })).status).toBe(400);
    expect((await send(app, 'POST', url, { type: 'say', text: '   ' })).status).toBe(400);
    const extra = await send(app, 'POST', url, { type: 'hint', please: true });
    expect(extra.status).toBe(400);
    expect(JSON.stringify(extra.json)).toContain('please');
    expect((await send(app, 'POST', '/api/rounds/nope/coding', { type: 'hint' })).status).toBe(404);
  });

  it('refuses interview moves on a behavioral round with a message, not a crash', async () => {
    const { app } = createTestApp();
    const behavioral = await startInterview(app, 'behavioral/pushed-back-on-a-deadline');
    expect(behavioral.kind).toBe('behavioral');
    const moved = await send(app, 'POST', `/api/rounds/${behavioral.id}/coding`, { type: 'hint' });
    expect(moved.status).toBe(422);
    expect(moved.json).toMatchObject({ error: { code: 'UNSUPPORTED_ROUND_KIND' } });
  });

  it('takes submissions for the round’s own question only, probes a wrong one, and scores the round at the end', async () => {
    const withHints = {
      ...makeCodingQuestion(),
      hints: ['Think about what you need to remember about the numbers already seen.'],
    };
    const { app } = createTestApp({
      bank: createMemoryQuestionBank([makeBehavioralQuestion(), withHints]),
    });
    const round = await startInterview(app);
    const url = `/api/rounds/${round.id}/coding`;

    const tooEarly = await send(app, 'POST', `/api/rounds/${round.id}/finish`, {});
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.json).toMatchObject({ error: { code: 'ROUND_NOT_ANSWERED' } });

    const otherQuestion = await send(app, 'POST', '/api/submissions', {
      spec: { nope: true },
      roundId: round.id,
      language: 'python',
      source: 'x',
      mode: 'submit',
    });
    expect(otherQuestion.status).toBe(400);
    const unknownRound = await send(app, 'POST', '/api/submissions', {
      questionId: 'coding/two-sum',
      roundId: 'nope',
      language: 'python',
      source: 'x',
      mode: 'submit',
    });
    expect(unknownRound.status).toBe(404);

    await send(app, 'POST', url, { type: 'phase', phase: 'approach' });
    await send(app, 'POST', url, { type: 'say', text: 'A hash map in one pass: O(n) time.' });
    await send(app, 'POST', url, { type: 'phase', phase: 'code' });
    const wrong = await submitAndWait(app, round.id, 'WRONG');
    const probed = await send(app, 'POST', url, { type: 'judged', submissionId: wrong });
    expect(probed.status).toBe(200);
    const probe = roundOf(probed.json).transcript.at(-1);
    expect(probe).toMatchObject({ speaker: 'interviewer', probeId: `submission:${wrong}` });

    const hinted = await send(app, 'POST', url, { type: 'hint' });
    expect(roundOf(hinted.json).transcript.at(-1)?.purpose).toBe('hint');
    const right = await submitAndWait(app, round.id, 'def twoSum(nums, target): pass');
    const accepted = await send(app, 'POST', url, { type: 'judged', submissionId: right });
    expect(roundOf(accepted.json).transcript.at(-1)).toMatchObject({ phase: 'test' });

    const finished = await send(app, 'POST', `/api/rounds/${round.id}/finish`, {});
    expect(finished.status).toBe(200);
    const scored = roundOf(finished.json);
    expect(scored.status).toBe('finished');
    expect(scored.scorecard?.evaluation).toMatchObject({
      kind: 'coding',
      verdict: 'Accepted',
      failedSubmissions: 1,
      hintsUsed: 1,
      claimedComplexity: 'O(n)',
    });
    const late = await send(app, 'POST', '/api/submissions', {
      questionId: 'coding/two-sum',
      roundId: round.id,
      language: 'python',
      source: 'x',
      mode: 'submit',
    });
    expect(late.status).toBe(409);
    expect(late.json).toMatchObject({ error: { code: 'ROUND_FINISHED' } });
  });

  it("lists a round's own submissions, so a reopened room can tell the interviewer of any it missed", async () => {
    const { app } = createTestApp();
    const round = await startInterview(app);
    const other = await startInterview(app);
    const first = await submitAndWait(app, round.id, 'WRONG');
    const second = await submitAndWait(app, round.id, 'def twoSum(nums, target): pass');
    await submitAndWait(app, other.id, 'WRONG');
    const listed = await send(app, 'GET', `/api/submissions?roundId=${round.id}`);
    expect(listed.status).toBe(200);
    expect((listed.json.submissions as { id: string }[]).map((each) => each.id)).toEqual([
      second,
      first,
    ]);
  });
});
