import { describe, expect, it } from 'vitest';
import { ManualClock, SequentialIds } from '../testing/clock-and-ids';
import { DomainError } from '../errors';
import { LOCAL_USER_ID, asQuestionId, asRoundId } from '../ids';
import {
  MemorySessionStore,
  MemoryStoryStore,
  createMemoryQuestionBank,
} from '../testing/memory-stores';
import {
  ScriptedInterviewer,
  makeBehavioralQuestion,
  wordCountEvaluate,
} from '../testing/fixtures';
import { roundKinds } from '../rounds/registry';
import { createPracticeService } from './engine';
import type { Round } from './types';

const userId = LOCAL_USER_ID;
const question = makeBehavioralQuestion();
const ANSWER = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');

const prefixedIds = (prefix: string) => {
  const ids = new SequentialIds();
  return { next: () => `${prefix}-${ids.next()}` };
};

/** Two practice services on one store: two servers on one database. Ids differ so their sessions never collide. */
const twoServers = () => {
  const sessions = new MemorySessionStore();
  const service = (prefix: string) =>
    createPracticeService({
      rounds: roundKinds,
      sessions,
      stories: new MemoryStoryStore(),
      bank: createMemoryQuestionBank([question]),
      interviewer: new ScriptedInterviewer([
        'What exactly did you do yourself?',
        'How did you measure the result?',
        'What would you change?',
      ]),
      clock: new ManualClock(),
      ids: prefixedIds(prefix),
      evaluate: wordCountEvaluate,
    });
  return { sessions, first: service('a'), second: service('b') };
};

const outcomeOf = (work: Promise<Round>): Promise<Round | DomainError> =>
  work.then(
    (round) => round,
    (error: unknown) => {
      if (error instanceof DomainError) return error;
      throw error;
    },
  );

const byPurpose = (round: Round | null, purpose: string) =>
  round?.transcript.filter((turn) => turn.purpose === purpose) ?? [];

describe('a round stepped by two servers at once', () => {
  it('takes one main answer; the other request gets CONFLICT and saved nothing', async () => {
    const { sessions, first, second } = twoServers();
    const session = await first.startPracticeSession({
      userId,
      questionId: asQuestionId(question.id),
    });
    const round = session.rounds[0];
    if (round === undefined) throw new Error('the session has no round');
    const roundId = round.id;
    const outcomes = await Promise.all([
      outcomeOf(first.submitAnswer({ userId, roundId, text: `${ANSWER} from the first tab` })),
      outcomeOf(second.submitAnswer({ userId, roundId, text: `${ANSWER} from the second tab` })),
    ]);
    const conflicts = outcomes.filter((outcome) => outcome instanceof DomainError);
    expect(conflicts.map((error) => error.code)).toEqual(['CONFLICT']);
    const stored = await sessions.getRound(userId, roundId);
    expect(byPurpose(stored, 'answer')).toHaveLength(1);
    expect(byPurpose(stored, 'probe')).toHaveLength(1);
    expect(stored?.transcript.map((turn) => turn.index)).toEqual([0, 1, 2]);
  });

  it('takes a reply sent twice (same text, same probe) once, from one server or two', async () => {
    const { sessions, first, second } = twoServers();
    const session = await first.startPracticeSession({
      userId,
      questionId: asQuestionId(question.id),
    });
    const roundId = session.rounds[0]?.id ?? asRoundId('');
    const answered = await first.submitAnswer({ userId, roundId, text: ANSWER });
    const probe = answered.transcript.at(-1);
    expect(probe?.purpose).toBe('probe');
    const inReplyTo = probe?.index ?? -1;
    const reply = 'I wrote the migration and ran the rollout myself.';

    // A double click on one server, and the same reply reaching the other server at once.
    const replies = await Promise.all([
      first.submitReply({ userId, roundId, text: reply, inReplyTo }),
      first.submitReply({ userId, roundId, text: reply, inReplyTo }),
      second.submitReply({ userId, roundId, text: reply, inReplyTo }),
    ]);
    const stored = await sessions.getRound(userId, answered.id);
    expect(byPurpose(stored, 'reply').map((turn) => turn.text)).toEqual([reply]);
    expect(byPurpose(stored, 'probe')).toHaveLength(2);
    // Every sender sees the round with its reply in it.
    for (const round of replies) expect(round.transcript[inReplyTo + 1]?.text).toBe(reply);
    // A later resend (a retry after a lost response) is still taken once.
    await first.submitReply({ userId, roundId, text: reply, inReplyTo });
    expect(byPurpose(await sessions.getRound(userId, answered.id), 'reply')).toHaveLength(1);
  });

  it('refuses a different reply to a probe already answered, and a reply naming a turn that is not a probe', async () => {
    const { first } = twoServers();
    const session = await first.startPracticeSession({
      userId,
      questionId: asQuestionId(question.id),
    });
    const roundId = session.rounds[0]?.id ?? asRoundId('');
    const answered = await first.submitAnswer({ userId, roundId, text: ANSWER });
    const inReplyTo = answered.transcript.at(-1)?.index ?? -1;
    await first.submitReply({ userId, roundId, text: 'the first reply', inReplyTo });
    await expect(
      first.submitReply({ userId, roundId, text: 'a different reply', inReplyTo }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      first.submitReply({ userId, roundId, text: 'to the answer', inReplyTo: 1 }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('still answers "idk" to every probe when each reply names its own probe', async () => {
    const { first } = twoServers();
    const session = await first.startPracticeSession({
      userId,
      questionId: asQuestionId(question.id),
    });
    const roundId = session.rounds[0]?.id ?? asRoundId('');
    let round = await first.submitAnswer({ userId, roundId, text: ANSWER });
    while (round.status === 'probing') {
      round = await first.submitReply({
        userId,
        roundId,
        text: 'idk',
        inReplyTo: round.transcript.at(-1)?.index ?? -1,
      });
    }
    expect(byPurpose(round, 'reply').map((turn) => turn.text)).toEqual(['idk', 'idk', 'idk']);
    expect(round.status).toBe('finished');
  });
});
