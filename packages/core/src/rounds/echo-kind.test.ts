import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LOCAL_USER_ID } from '../ids';
import { createPracticeService } from '../session/engine';
import { ManualClock, SequentialIds } from '../testing/clock-and-ids';
import {
  MemorySessionStore,
  MemoryStoryStore,
  createMemoryQuestionBank,
} from '../testing/memory-stores';
import { BuiltInInterviewer } from './built-in-interviewer';
import { ROUND_KIND_DEFINITIONS, createRoundRegistry, type AnswerEvaluation } from './registry';
import type { ConversationRoundKind, Evaluation, FlagCopy } from './types';

// ── What rounds/echo/ would hold: a kind whose answer is scored by how much of the prompt it repeats.

type EchoFlag = 'missed-words';

const ECHO_FLAG_COPY: Readonly<Record<EchoFlag, FlagCopy>> = {
  'missed-words': {
    label: 'Some words were not repeated',
    whyItMatters: 'An echo repeats everything.',
    howToFix: 'Say every word of the prompt.',
    before: 'hello',
    after: 'hello world',
  },
};

interface EchoEvaluation extends Evaluation<'echo', EchoFlag> {
  /** The prompt's words the candidate did not say, in any turn. */
  readonly missed: readonly string[];
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z]+/g) ?? [];

const echoRound: ConversationRoundKind<EchoEvaluation> = {
  id: 'echo',
  label: 'Echo',
  answeredBy: 'conversation',
  questionSchema: z.object({ kind: z.literal('echo'), prompt: z.string().min(1) }),
  dimensions: { fidelity: 'Fidelity' },
  flags: ECHO_FLAG_COPY,
  progress: {
    noun: { one: 'echo', other: 'echoes' },
    topicsOf: () => [],
    measures: {},
    measure: () => ({}),
  },
  evaluate: ({ prompt, answer, replies = [] }) => {
    const said = new Set([answer, ...replies.map((exchange) => exchange.reply)].flatMap(wordsOf));
    const expected = wordsOf(prompt);
    const missed = expected.filter((word) => !said.has(word));
    const score = Math.round((100 * (expected.length - missed.length)) / expected.length);
    const level = score === 100 ? 4 : score >= 50 ? 3 : score > 0 ? 2 : 1;
    return {
      kind: 'echo',
      score,
      level,
      flags:
        missed.length === 0
          ? []
          : [{ flag: 'missed-words', message: `You left out ${missed.join(', ')}.`, evidence: [] }],
      dimensions: [
        {
          id: 'fidelity',
          name: 'Fidelity',
          level,
          summary: `${expected.length - missed.length} of ${expected.length} words repeated.`,
          evidence: [{ quote: answer, turn: 0, start: 0, end: answer.length }],
        },
      ],
      followUps: missed.length === 0 ? [] : [{ text: 'Which words did you leave out?' }],
      nextSteps: [],
      missed,
    };
  },
  interviewer: {
    closingLine: 'That was the echo.',
    fallbackProbes: [{ text: 'Once more, all of it?' }],
  },
};

// ── The one registry line.
const rounds = createRoundRegistry<AnswerEvaluation | EchoEvaluation>([
  ...ROUND_KIND_DEFINITIONS,
  echoRound,
]);

const setup = () =>
  createPracticeService({
    rounds,
    sessions: new MemorySessionStore<AnswerEvaluation | EchoEvaluation>(),
    stories: new MemoryStoryStore(),
    bank: createMemoryQuestionBank([]),
    interviewer: new BuiltInInterviewer({ rounds }),
    clock: new ManualClock(),
    ids: new SequentialIds(),
    maxProbes: 2,
  });

describe('a round kind added with its folder and one registry line', () => {
  it('runs end to end through the session engine: its evaluator, its interviewer lines, its scorecard', async () => {
    const practice = setup();
    const session = await practice.startPracticeSession({
      userId: LOCAL_USER_ID,
      kind: 'echo',
      prompt: 'hello brave new world',
    });
    const [opened] = session.rounds;
    if (opened === undefined) throw new Error('the session has no round');
    expect(opened.kind).toBe('echo');
    const ref = { userId: LOCAL_USER_ID, roundId: opened.id };

    const probing = await practice.submitAnswer({ ...ref, text: 'hello world' });
    expect(probing.interimEvaluation).toMatchObject({ kind: 'echo', score: 50, level: 3 });
    expect(probing.transcript.at(-1)?.text).toBe('Which words did you leave out?');

    // The reply gives one missing word; the kind's own probe is not asked twice, so its fallback is.
    const again = await practice.submitReply({ ...ref, text: 'brave' });
    expect(again.transcript.at(-1)?.text).toBe('Once more, all of it?');

    const finished = await practice.submitReply({ ...ref, text: 'hello brave new world' });
    expect(finished.status).toBe('finished');
    expect(finished.transcript.map((turn) => turn.purpose)).toEqual([
      'question',
      'answer',
      'probe',
      'reply',
      'probe',
      'reply',
      'closing',
    ]);
    expect(finished.transcript.at(-1)?.text).toBe('That was the echo.');
    expect(finished.scorecard?.evaluation).toMatchObject({
      kind: 'echo',
      score: 100,
      level: 4,
      flags: [],
      missed: [],
    });
    expect((await practice.getSession({ ...ref, sessionId: session.id })).status).toBe('finished');
  });

  it('scores a standalone answer and reads flag copy by kind, beside the registered kinds', async () => {
    const practice = setup();
    const evaluation = await practice.evaluateAnswer({ prompt: 'hello world', answer: 'hello' });
    // A free-form answer is the first conversation kind's: behavioral stays the default.
    expect(evaluation.kind).toBe('behavioral');
    const [finding] = echoRound.evaluate({
      kind: 'echo',
      prompt: 'hello world',
      answer: 'hello',
    }).flags;
    expect(finding?.flag).toBe('missed-words');
    expect(rounds.get('echo')?.flags[finding?.flag ?? '']?.label).toBe(
      'Some words were not repeated',
    );
    expect(rounds.kinds.map((kind) => kind.id)).toEqual(['behavioral', 'coding', 'echo']);
  });

  it('refuses to open a conversation round of a kind answered by submissions', async () => {
    await expect(
      setup().startPracticeSession({
        userId: LOCAL_USER_ID,
        kind: 'coding',
        prompt: 'hello world',
      }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_ROUND_KIND' });
  });
});
