import { describe, expect, it } from 'vitest';
import { ManualClock, SequentialIds } from '../testing/clock-and-ids';
import { DomainError, type DomainErrorCode } from '../errors';
import { LOCAL_USER_ID, asQuestionId, asRoundId, asUserId } from '../ids';
import type { Interviewer } from '../ports';
import {
  MemorySessionStore,
  MemoryStoryStore,
  createMemoryQuestionBank,
} from '../testing/memory-stores';
import {
  ScriptedInterviewer,
  makeBehavioralQuestion,
  makeCodingQuestion,
  behavioralRounds,
  wordCountEvaluate,
} from '../testing/fixtures';
import type { BehavioralEvaluation } from '../rounds/behavioral/evaluation';
import type { ConversationInput } from '../rounds/types';
import { EARLY_CLOSING_TEXT, createPracticeService, exchangesOf } from './engine';
import { DEFAULT_TIME_LIMIT_MS } from './round-duration';

const userId = LOCAL_USER_ID;
const question = makeBehavioralQuestion();
const LONG_ANSWER = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');

const setup = (options: { interviewer?: Interviewer; maxProbes?: number } = {}) => {
  const clock = new ManualClock();
  const sessions = new MemorySessionStore<BehavioralEvaluation>();
  const interviewer = options.interviewer ?? new ScriptedInterviewer();
  const evaluations: ConversationInput[] = [];
  const service = createPracticeService<BehavioralEvaluation>({
    rounds: behavioralRounds,
    sessions,
    stories: new MemoryStoryStore(),
    bank: createMemoryQuestionBank([question, makeCodingQuestion()]),
    interviewer,
    clock,
    ids: new SequentialIds(),
    evaluate: (input) => {
      evaluations.push(input);
      return wordCountEvaluate(input);
    },
    ...(options.maxProbes === undefined ? {} : { maxProbes: options.maxProbes }),
  });
  const start = async () => {
    const session = await service.startPracticeSession({
      userId,
      questionId: asQuestionId(question.id),
    });
    const round = session.rounds[0];
    if (round === undefined) throw new Error('the session has no round');
    return { session, round, roundRef: { userId, roundId: round.id } };
  };
  return { clock, sessions, service, evaluations, start, interviewer };
};

const rejectsWith = async (
  promise: Promise<unknown>,
  code: DomainErrorCode,
): Promise<DomainError> => {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
};

describe('starting a practice session', () => {
  it('opens one round whose transcript starts with the interviewer asking the bank question', async () => {
    const { start } = setup();
    const { session, round } = await start();
    expect(session).toMatchObject({ mode: 'practice', status: 'active', title: question.title });
    expect(session.rounds).toHaveLength(1);
    expect(round).toMatchObject({
      kind: 'behavioral',
      questionId: question.id,
      status: 'answering',
      prompt: question.prompt,
      position: 0,
    });
    expect(round.transcript).toEqual([
      {
        index: 0,
        speaker: 'interviewer',
        purpose: 'question',
        text: question.prompt,
        at: '2026-01-01T09:00:00.000Z',
      },
    ]);
  });

  it('takes the time limit from the question, and 10 minutes for a free-form prompt', async () => {
    const { service, start } = setup();
    const { round } = await start();
    expect(round.timeLimitMs).toBe(12 * 60_000);
    const free = await service.startPracticeSession({
      userId,
      kind: 'behavioral',
      prompt: 'Tell me about a time you mentored a new engineer on your team.',
    });
    expect(free.rounds[0]?.timeLimitMs).toBe(DEFAULT_TIME_LIMIT_MS);
    expect(free.rounds[0]?.questionId).toBeNull();
    expect(free.title).toBe('Tell me about a time you mentored a new engineer on your team.');
  });

  it('uses the given title for a free-form prompt and shortens a long prompt into one otherwise', async () => {
    const { service } = setup();
    const titled = await service.startPracticeSession({
      userId,
      kind: 'behavioral',
      prompt: 'Describe your hardest bug.',
      title: 'Hardest bug',
    });
    expect(titled.title).toBe('Hardest bug');
    const long = await service.startPracticeSession({
      userId,
      kind: 'behavioral',
      prompt: `Tell me ${'very '.repeat(40)}much.`,
    });
    expect(long.title.length).toBeLessThanOrEqual(80);
    expect(long.title.endsWith('…')).toBe(true);
  });

  it('rejects an unknown question and a kind that has no round yet', async () => {
    const { service } = setup();
    await rejectsWith(
      service.startPracticeSession({ userId, questionId: asQuestionId('behavioral/nope') }),
      'QUESTION_NOT_FOUND',
    );
    await rejectsWith(
      service.startPracticeSession({ userId, questionId: asQuestionId('coding/two-sum') }),
      'UNSUPPORTED_ROUND_KIND',
    );
  });

  it('lists sessions newest first and hides other users’ sessions', async () => {
    const { service, clock, start } = setup();
    await start();
    clock.advance(1000);
    await service.startPracticeSession({
      userId,
      kind: 'behavioral',
      prompt: 'Tell me about a risky launch you owned.',
    });
    const list = await service.listSessions({ userId });
    expect(list.map((entry) => entry.title)).toEqual([
      'Tell me about a risky launch you owned.',
      question.title,
    ]);
    expect(await service.listSessions({ userId: asUserId('someone-else') })).toEqual([]);
    const first = list[1];
    if (first === undefined) throw new Error('missing session');
    await rejectsWith(
      service.getSession({ userId: asUserId('someone-else'), sessionId: first.id }),
      'SESSION_NOT_FOUND',
    );
  });
});

describe('drafts', () => {
  it('keeps the newest draft and ignores a stale revision, returning the stored one', async () => {
    const { service, start } = setup();
    const { roundRef } = await start();
    await service.saveDraft({ ...roundRef, text: 'second version', revision: 2 });
    const stale = await service.saveDraft({ ...roundRef, text: 'first version', revision: 1 });
    expect(stale).toMatchObject({ text: 'second version', revision: 2 });
    expect((await service.getRound(roundRef)).draft?.text).toBe('second version');
  });

  it('rejects a save to a finished round', async () => {
    const { service, start } = setup();
    const { roundRef } = await start();
    await service.submitAnswer({ ...roundRef, text: LONG_ANSWER });
    await service.finishRound(roundRef);
    await rejectsWith(
      service.saveDraft({ ...roundRef, text: 'late', revision: 9 }),
      'ROUND_FINISHED',
    );
  });

  it('rejects a save to an unknown round', async () => {
    const { service } = setup();
    await rejectsWith(
      service.saveDraft({ userId, roundId: asRoundId('missing'), text: 'x', revision: 1 }),
      'ROUND_NOT_FOUND',
    );
  });
});

describe('answering and probing', () => {
  it('evaluates the answer, appends the first probe, moves to probing and clears the draft', async () => {
    const { service, start, clock } = setup();
    const { roundRef } = await start();
    await service.saveDraft({ ...roundRef, text: 'half written', revision: 1 });
    clock.advance(60_000);
    const round = await service.submitAnswer({ ...roundRef, text: LONG_ANSWER });
    expect(round.status).toBe('probing');
    expect(round.draft).toBeNull();
    expect(round.interimEvaluation?.score).toBe(60);
    expect(round.transcript.map((turn) => [turn.index, turn.speaker, turn.purpose])).toEqual([
      [0, 'interviewer', 'question'],
      [1, 'candidate', 'answer'],
      [2, 'interviewer', 'probe'],
    ]);
    expect(round.transcript[2]).toMatchObject({
      text: 'What exactly did you do yourself?',
      targetFlag: 'missing-result',
      probeId: 'probe-1',
    });
  });

  it('grounds the evaluator in the bank question', async () => {
    const { service, start, evaluations } = setup();
    const { roundRef } = await start();
    await service.submitAnswer({ ...roundRef, text: LONG_ANSWER });
    expect(evaluations[0]).toMatchObject({
      prompt: question.prompt,
      answer: LONG_ANSWER,
      replies: [],
    });
    expect(evaluations[0]?.question?.id).toBe(question.id);
  });

  it('rejects a blank answer with ANSWER_EMPTY and keeps the round answering', async () => {
    const { service, start } = setup();
    const { roundRef } = await start();
    await rejectsWith(service.submitAnswer({ ...roundRef, text: '   \n ' }), 'ANSWER_EMPTY');
    expect((await service.getRound(roundRef)).status).toBe('answering');
  });

  it('rejects a second main answer and a reply before the main answer', async () => {
    const { service, start } = setup();
    const { roundRef } = await start();
    await rejectsWith(
      service.submitReply({ ...roundRef, text: 'too early' }),
      'ROUND_NOT_ANSWERED',
    );
    await service.submitAnswer({ ...roundRef, text: LONG_ANSWER });
    await rejectsWith(service.submitAnswer({ ...roundRef, text: 'again' }), 'CONFLICT');
  });

  it('re-evaluates with every reply paired with its probe, then closes with a scorecard', async () => {
    const { service, start, evaluations, clock } = setup();
    const { roundRef, session } = await start();
    await service.submitAnswer({ ...roundRef, text: LONG_ANSWER });
    const afterFirst = await service.submitReply({
      ...roundRef,
      text: 'I wrote the migration plan myself.',
    });
    expect(afterFirst.status).toBe('probing');
    expect(afterFirst.transcript.at(-1)).toMatchObject({
      purpose: 'probe',
      text: 'How did you measure the result?',
    });
    clock.advance(5 * 60_000);
    const done = await service.submitReply({ ...roundRef, text: 'Errors fell from 3% to 0.2%.' });
    expect(evaluations.at(-1)?.replies).toEqual([
      {
        probe: 'What exactly did you do yourself?',
        reply: 'I wrote the migration plan myself.',
        targetFlag: 'missing-result',
      },
      {
        probe: 'How did you measure the result?',
        reply: 'Errors fell from 3% to 0.2%.',
        targetFlag: 'missing-result',
      },
    ]);
    expect(done.status).toBe('finished');
    expect(done.transcript.at(-1)).toMatchObject({
      speaker: 'interviewer',
      purpose: 'closing',
      text: 'Thanks, that is all I wanted to ask.',
    });
    expect(done.scorecard).toMatchObject({
      interviewer: 'scripted',
      evaluatedAt: '2026-01-01T09:05:00.000Z',
    });
    expect(done.scorecard?.evaluation.score).toBe(60 + 7 + 5);
    expect(done.elapsedMs).toBe(5 * 60_000);
    expect(done.finishedAt).toBe('2026-01-01T09:05:00.000Z');
    const finishedSession = await service.getSession({ userId, sessionId: session.id });
    expect(finishedSession.status).toBe('finished');
    await rejectsWith(
      service.submitReply({ ...roundRef, text: 'one more thing' }),
      'ROUND_FINISHED',
    );
  });

  it('never lets the interviewer ask more probes than the limit', async () => {
    const { service, start } = setup({
      interviewer: new ScriptedInterviewer(['one?', 'two?', 'three?', 'four?']),
      maxProbes: 1,
    });
    const { roundRef } = await start();
    await service.submitAnswer({ ...roundRef, text: LONG_ANSWER });
    const done = await service.submitReply({ ...roundRef, text: 'a reply' });
    expect(done.status).toBe('finished');
    expect(done.transcript.filter((turn) => turn.purpose === 'probe')).toHaveLength(1);
  });

  it('finishes at once when the interviewer closes right after the main answer', async () => {
    const { service, start } = setup({ interviewer: new ScriptedInterviewer([]) });
    const { roundRef } = await start();
    const done = await service.submitAnswer({ ...roundRef, text: LONG_ANSWER });
    expect(done.status).toBe('finished');
    expect(done.scorecard?.evaluation.score).toBe(60);
  });

  it('keeps the round unchanged when the interviewer fails, so the answer can be sent again', async () => {
    const offline = new Error('model offline');
    const failing: Interviewer = { name: 'broken', nextMove: () => Promise.reject(offline) };
    const { service, start } = setup({ interviewer: failing });
    const { roundRef } = await start();
    const error = await rejectsWith(
      service.submitAnswer({ ...roundRef, text: LONG_ANSWER }),
      'INTERVIEWER_UNAVAILABLE',
    );
    // The interviewer's own error stays on the domain error, for the server's log.
    expect(error.cause).toBe(offline);
    const round = await service.getRound(roundRef);
    expect(round.status).toBe('answering');
    expect(round.transcript).toHaveLength(1);
  });

  it('handles a double submit: the second one sees the first and is refused', async () => {
    const { service, start } = setup();
    const { roundRef } = await start();
    const results = await Promise.allSettled([
      service.submitAnswer({ ...roundRef, text: LONG_ANSWER }),
      service.submitAnswer({ ...roundRef, text: LONG_ANSWER }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
    expect(
      (await service.getRound(roundRef)).transcript.filter((turn) => turn.purpose === 'answer'),
    ).toHaveLength(1);
  });
});

describe('finishing early', () => {
  it('submits a non-empty draft as the answer so nothing typed is lost', async () => {
    const { service, start, clock } = setup();
    const { roundRef } = await start();
    await service.saveDraft({
      ...roundRef,
      text: 'I split the work and shipped the CSV export first.',
      revision: 3,
    });
    clock.advance(90_000);
    const done = await service.finishRound(roundRef);
    expect(done.status).toBe('finished');
    expect(done.transcript.map((turn) => turn.purpose)).toEqual(['question', 'answer', 'closing']);
    expect(done.transcript[1]?.text).toBe('I split the work and shipped the CSV export first.');
    expect(done.transcript[2]?.text).toBe(EARLY_CLOSING_TEXT);
    expect(done.scorecard?.evaluation.wordCount).toBe(10);
    expect(done.interimEvaluation?.wordCount).toBe(10);
    expect(done.elapsedMs).toBe(90_000);
    expect(done.draft).toBeNull();
  });

  it('refuses to finish with ROUND_NOT_ANSWERED when nothing at all was written', async () => {
    const { service, start } = setup();
    const { roundRef } = await start();
    await rejectsWith(service.finishRound(roundRef), 'ROUND_NOT_ANSWERED');
    await service.saveDraft({ ...roundRef, text: '   ', revision: 1 });
    await rejectsWith(service.finishRound(roundRef), 'ROUND_NOT_ANSWERED');
  });

  it('sends a half-written reply to the open probe and scores it with the rest', async () => {
    const { service, start, evaluations } = setup();
    const { roundRef } = await start();
    await service.submitAnswer({ ...roundRef, text: LONG_ANSWER });
    await service.saveDraft({ ...roundRef, text: 'I owned the rollout plan', revision: 1 });
    const done = await service.finishRound(roundRef);
    expect(done.transcript.map((turn) => turn.purpose)).toEqual([
      'question',
      'answer',
      'probe',
      'reply',
      'closing',
    ]);
    expect(evaluations.at(-1)?.replies).toHaveLength(1);
    expect(done.scorecard?.evaluation.score).toBe(65);
    expect(done.interimEvaluation?.score).toBe(60);
  });

  it('refuses to finish a round twice', async () => {
    const { service, start } = setup();
    const { roundRef } = await start();
    await service.submitAnswer({ ...roundRef, text: LONG_ANSWER });
    await service.finishRound(roundRef);
    await rejectsWith(service.finishRound(roundRef), 'ROUND_FINISHED');
  });
});

describe('evaluating a single answer', () => {
  it('uses the bank prompt when only a question id is given', async () => {
    const { service, evaluations } = setup();
    await service.evaluateAnswer({ questionId: asQuestionId(question.id), answer: 'I did it.' });
    expect(evaluations[0]).toMatchObject({ prompt: question.prompt, answer: 'I did it.' });
  });

  it('rejects an empty answer, an unknown question and a missing prompt', async () => {
    const { service } = setup();
    await rejectsWith(
      service.evaluateAnswer({ prompt: 'Tell me about a time.', answer: ' ' }),
      'ANSWER_EMPTY',
    );
    await rejectsWith(
      service.evaluateAnswer({ questionId: asQuestionId('behavioral/missing'), answer: 'x' }),
      'QUESTION_NOT_FOUND',
    );
    await rejectsWith(service.evaluateAnswer({ answer: 'x' }), 'VALIDATION_FAILED');
  });
});

describe('exchangesOf', () => {
  it('leaves out a probe that has no reply yet', () => {
    const at = '2026-01-01T09:00:00.000Z';
    expect(
      exchangesOf([
        { index: 0, speaker: 'interviewer', purpose: 'question', text: 'q', at },
        { index: 1, speaker: 'candidate', purpose: 'answer', text: 'a', at },
        { index: 2, speaker: 'interviewer', purpose: 'probe', text: 'p1', at },
        { index: 3, speaker: 'candidate', purpose: 'reply', text: 'r1', at },
        { index: 4, speaker: 'interviewer', purpose: 'probe', text: 'p2', at },
      ]),
    ).toEqual([{ probe: 'p1', reply: 'r1' }]);
  });
});
