import { describe, expect, it } from 'vitest';
import { DomainError, type DomainErrorCode } from '../errors';
import { LOCAL_USER_ID, asQuestionId, asRoundId } from '../ids';
import type { SubmissionRecord } from '../ports';
import { CodingQuestionSchema, type CodingQuestionWithId } from '../rounds/coding/question';
import type { JudgeResult, Verdict } from '../rounds/coding/judge-spec';
import { CODING_ROUND_MS } from '../rounds/coding/interview/phases';
import { roundKinds } from '../rounds/registry';
import { ManualClock, SequentialIds } from '../testing/clock-and-ids';
import { ScriptedInterviewer } from '../testing/fixtures';
import {
  MemorySessionStore,
  MemoryStoryStore,
  MemorySubmissionStore,
  createMemoryQuestionBank,
} from '../testing/memory-stores';
import { createCodingInterviewService, type CodingRoomAction } from './coding-interview';
import { createPracticeService } from './engine';
import type { Round } from './types';

const userId = LOCAL_USER_ID;

const STATEMENT = `You get a list of integers \`nums\` and an integer \`target\`. Exactly two
different positions hold values that add up to \`target\`. Return those two positions.

The list holds at least 2 and at most 100000 numbers.`;

const question: CodingQuestionWithId = {
  ...CodingQuestionSchema.parse({
    kind: 'coding',
    slug: 'pair-sum',
    title: 'Pair sum',
    prompt: 'Return the positions of the two numbers that add up to the target.',
    difficulty: 'easy',
    tags: ['arrays'],
    topics: ['hash-map'],
    patterns: ['arrays-hashing'],
    signature: {
      style: 'function',
      name: 'pairSum',
      params: [
        { name: 'nums', type: 'int[]' },
        { name: 'target', type: 'int' },
      ],
      returns: 'int[]',
    },
    tests: [
      { args: [[2, 7, 11], 9], expected: [0, 1], sample: true },
      { args: [[5, 5], 10], expected: [0, 1] },
      { args: [[-3, 4, 1], -2], expected: [0, 2] },
    ],
    comparison: { mode: 'any-order' },
    limits: { timeLimitMs: 1000, memoryLimitMb: 256 },
    maxSize: 100000,
    expectedComplexity: 'O(n)',
    expectedSpace: 'O(n)',
    hints: [
      'What do you need to know about each number as you pass it?',
      'A map from value to position answers that in O(1).',
      'For each number, look up target minus it before storing it.',
    ],
    edgeCases: [
      { id: 'duplicates', label: 'a pair of equal values', cues: ['duplicate', 'same value'] },
      { id: 'negatives', label: 'negative numbers', cues: ['negative'] },
    ],
    followUps: [
      {
        id: 'sorted',
        text: 'What changes if the list arrives sorted?',
        listensFor: 'Two pointers from both ends, O(1) extra memory.',
        cues: ['two pointers', 'both ends'],
      },
      {
        id: 'many-targets',
        text: 'What if you get many targets for the same list?',
        cues: ['preprocess', 'reuse the map'],
      },
    ],
  }),
  id: 'coding/pair-sum',
  body: STATEMENT,
};

const result = (verdict: Verdict, failedHiddenIndex?: number): JudgeResult => ({
  verdict,
  passed: failedHiddenIndex === undefined ? 3 : 2,
  total: 3,
  tests: [0, 1, 2].map((index) => ({
    index,
    verdict: index === failedHiddenIndex ? verdict : 'Accepted',
    timeMs: 3,
    memoryKb: 9000,
    sample: index === 0,
  })),
  compileOutput: null,
  compileTimeMs: null,
  error: null,
  isolation: 'namespaces',
});

const SOLUTION = [
  'def pairSum(nums, target):',
  '    position_of = {}',
  '    for index, value in enumerate(nums):',
  '        if target - value in position_of:',
  '            return [position_of[target - value], index]',
  '        position_of[value] = index',
  '    return []',
].join('\n');

const setup = async () => {
  const clock = new ManualClock();
  const sessions = new MemorySessionStore();
  const submissions = new MemorySubmissionStore();
  const bank = createMemoryQuestionBank([question]);
  const interview = createCodingInterviewService({ sessions, submissions, bank, clock });
  const practice = createPracticeService({
    rounds: roundKinds,
    sessions,
    stories: new MemoryStoryStore(),
    bank,
    interviewer: new ScriptedInterviewer(),
    clock,
    ids: new SequentialIds(),
    finishSubmissionRound: (ref) => interview.finishRound(ref),
  });
  const session = await practice.startPracticeSession({
    userId,
    questionId: asQuestionId(question.id),
  });
  const round = session.rounds[0];
  if (round === undefined) throw new Error('the session has no round');
  const ref = { userId, roundId: round.id };
  const act = (action: CodingRoomAction): Promise<Round> => interview.act({ ...ref, action });
  let submitted = 0;
  /** Stores a judged submission of this round, `afterMs` into it. */
  const judged = async (
    verdict: Verdict,
    options: {
      failedHiddenIndex?: number;
      mode?: 'run' | 'submit';
      roundId?: string;
      complexity?: SubmissionRecord['complexity'];
    } = {},
  ): Promise<string> => {
    submitted += 1;
    const record: SubmissionRecord = {
      id: `sub-${submitted}`,
      userId,
      questionId: question.id,
      roundId: options.roundId ?? String(round.id),
      language: 'python',
      mode: options.mode ?? 'submit',
      source: SOLUTION,
      status: 'done',
      result: result(verdict, options.failedHiddenIndex),
      error: null,
      complexity: options.complexity ?? null,
      createdAt: clock.now().toISOString(),
      finishedAt: clock.now().toISOString(),
      judgedBy: 'local',
    };
    await submissions.createSubmission(record);
    return record.id;
  };
  return { clock, sessions, submissions, practice, interview, round, ref, act, judged };
};

const rejectsWith = async (promise: Promise<unknown>, code: DomainErrorCode) => {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
};

const lastTurn = (round: Round) => round.transcript.at(-1);

describe('a coding interview round', () => {
  it('points the next step at the pattern the latest misses share, across rounds', async () => {
    const { practice, judged, ref, submissions, clock } = await setup();
    await judged('Wrong Answer', { failedHiddenIndex: 1 });
    const first = await practice.finishRound(ref);
    const firstSteps = first.scorecard?.evaluation.nextSteps ?? [];
    expect(firstSteps.some((step) => step.id.startsWith('pattern-misses'))).toBe(false);

    clock.advance(60_000);
    const again = await practice.startPracticeSession({
      userId,
      questionId: asQuestionId(question.id),
    });
    const second = again.rounds[0];
    if (second === undefined) throw new Error('no round');
    const [earlier] = await submissions.listSubmissions(userId);
    if (earlier === undefined) throw new Error('no earlier submission');
    await submissions.createSubmission({
      ...earlier,
      id: 'sub-again',
      roundId: String(second.id),
      createdAt: clock.now().toISOString(),
    });
    const finished = await practice.finishRound({ userId, roundId: second.id });
    expect(finished.scorecard?.evaluation.nextSteps[0]).toEqual({
      id: 'pattern-misses-arrays-hashing',
      text: '2 of your last 2 misses were arrays and hashing problems: practise another one next, and say the pattern out loud before you code.',
      action: { kind: 'practice', pattern: 'arrays-hashing' },
    });
  });

  it('starts as a 45-minute coding round whose interviewer opens the clarify phase', async () => {
    const { round } = await setup();
    expect(round.kind).toBe('coding');
    expect(round.timeLimitMs).toBe(CODING_ROUND_MS);
    expect(round.transcript).toHaveLength(1);
    expect(round.transcript[0]).toMatchObject({
      speaker: 'interviewer',
      purpose: 'question',
      phase: 'clarify',
    });
    expect(round.transcript[0]?.text).toContain('Pair sum');
  });

  it('answers a clarifying question from the statement, and challenges a brute-force plan with the arithmetic', async () => {
    const { act } = await setup();
    const clarified = await act({ type: 'say', text: 'How many numbers can the list hold?' });
    expect(clarified.transcript.slice(-2).map((turn) => turn.speaker)).toEqual([
      'candidate',
      'interviewer',
    ]);
    expect(lastTurn(clarified)?.text).toContain('at most 100000 numbers');

    const approach = await act({ type: 'phase', phase: 'approach' });
    expect(lastTurn(approach)).toMatchObject({ purpose: 'phase', phase: 'approach' });
    const challenged = await act({
      type: 'say',
      text: 'I would check every pair with two loops, which is O(n^2).',
    });
    expect(lastTurn(challenged)?.text).toMatch(/O\(n²\) on 10⁵ items .* Is that fast enough\?/u);
    expect(lastTurn(challenged)?.phase).toBe('approach');
  });

  it('reveals the hints in order, and says so when none is left', async () => {
    const { act } = await setup();
    for (const expected of question.hints) {
      const round = await act({ type: 'hint' });
      expect(lastTurn(round)).toMatchObject({ purpose: 'hint', text: expected });
    }
    const error = await rejectsWith(act({ type: 'hint' }), 'CONFLICT');
    expect(error.message).toBe('You have used all 3 hints for this problem.');
  });

  it('probes a failed hidden test by its shape once, however often it is told, and moves on to testing after Accepted', async () => {
    const { act, judged } = await setup();
    await act({ type: 'phase', phase: 'code' });
    const failed = await judged('Wrong Answer', { failedHiddenIndex: 1 });
    const probed = await act({ type: 'judged', submissionId: failed });
    expect(lastTurn(probed)?.text).toContain('`nums`');
    expect(lastTurn(probed)?.text).not.toContain('[5, 5]');
    expect(lastTurn(probed)?.probeId).toBe(`submission:${failed}`);
    const again = await act({ type: 'judged', submissionId: failed });
    expect(again.transcript).toHaveLength(probed.transcript.length);

    const accepted = await judged('Accepted');
    const moved = await act({ type: 'judged', submissionId: accepted });
    expect(lastTurn(moved)).toMatchObject({ purpose: 'phase', phase: 'test' });
    const tested = await act({
      type: 'say',
      text: 'I would try a list with a duplicate value, like two fives.',
    });
    expect(lastTurn(tested)?.text).toContain('Good: a pair of equal values');
    expect(lastTurn(tested)?.text).toContain('What about negative numbers?');
  });

  it('asks which line is responsible when the measured growth contradicts the claimed complexity', async () => {
    const { act, judged } = await setup();
    await act({ type: 'phase', phase: 'approach' });
    await act({ type: 'say', text: 'A hash map, so O(n) time.' });
    const quadratic = await judged('Accepted', {
      complexity: {
        status: 'done',
        report: {
          fittedClass: 'n^2',
          expectedClass: 'n',
          measurements: [
            { n: 1000, timeMs: 2 },
            { n: 2000, timeMs: 8 },
            { n: 4000, timeMs: 32 },
          ],
          verdict: 'slower-than-expected',
          message: 'Your solution grows like O(n²) but this problem expects O(n).',
          fits: [{ fittedClass: 'n^2', error: 0.01, constantMs: 0, growingMs: 32 }],
        },
      },
    });
    const round = await act({ type: 'judged', submissionId: quadratic });
    const [accepted, growth] = round.transcript.slice(-2);
    expect(accepted).toMatchObject({ purpose: 'phase', phase: 'test' });
    expect(growth?.probeId).toBe(`growth:${quadratic}`);
    expect(growth?.text).toMatch(/you said O\(n\)/iu);
    expect(growth?.text).toContain('n²');
  });

  it('refuses a submission of another round, and one for another question or a finished round', async () => {
    const { act, judged, interview, ref } = await setup();
    const elsewhere = await judged('Accepted', { roundId: 'another-round' });
    await rejectsWith(act({ type: 'judged', submissionId: elsewhere }), 'SUBMISSION_NOT_FOUND');
    await rejectsWith(
      interview.assertAcceptsSubmission({ ...ref, questionId: 'coding/other' }),
      'VALIDATION_FAILED',
    );
    await expect(
      interview.assertAcceptsSubmission({ ...ref, questionId: question.id }),
    ).resolves.toBeUndefined();
    await rejectsWith(
      interview.assertAcceptsSubmission({
        userId,
        roundId: asRoundId('nope'),
        questionId: question.id,
      }),
      'ROUND_NOT_FOUND',
    );
  });

  it('asks the follow-ups one by one and acknowledges what an answer covers', async () => {
    const { act } = await setup();
    const asked = await act({ type: 'phase', phase: 'follow-ups' });
    expect(lastTurn(asked)).toMatchObject({
      purpose: 'phase',
      text: 'What changes if the list arrives sorted?',
      probeId: 'follow-up:sorted',
    });
    const next = await act({
      type: 'say',
      text: 'Then two pointers from both ends meet in the middle with no extra memory.',
    });
    expect(lastTurn(next)?.text).toBe(
      'That covers it. What if you get many targets for the same list?',
    );
    const done = await act({ type: 'say', text: 'I am not sure.' });
    expect(lastTurn(done)?.text).toContain('not what I was listening for');
    expect(lastTurn(done)?.text).toContain('Finish the round');
  });

  it('will not finish before a submit, then scores every submit and what was said, saying the draft first', async () => {
    const { act, judged, practice, clock, ref, sessions, round } = await setup();
    await rejectsWith(practice.finishRound(ref), 'ROUND_NOT_ANSWERED');

    await act({ type: 'phase', phase: 'approach' });
    await act({ type: 'say', text: 'One pass with a hash map from value to position: O(n) time.' });
    await act({ type: 'phase', phase: 'code' });
    await act({ type: 'hint' });
    clock.advance(5 * 60_000);
    await judged('Wrong Answer', { failedHiddenIndex: 2 });
    clock.advance(4 * 60_000);
    await judged('Accepted');
    await act({ type: 'phase', phase: 'test' });
    // Typed and never sent: finishing says it first.
    await sessions.saveDraft(userId, round.id, {
      text: 'I would test negative numbers and a duplicate value.',
      revision: 1,
      savedAt: clock.now().toISOString(),
    });
    clock.advance(60_000);

    const finished = await practice.finishRound(ref);
    expect(finished.status).toBe('finished');
    expect(finished.draft).toBeNull();
    expect(lastTurn(finished)?.purpose).toBe('closing');
    const spoken = finished.transcript.filter((turn) => turn.speaker === 'candidate');
    expect(spoken.at(-1)?.text).toBe('I would test negative numbers and a duplicate value.');
    const evaluation = finished.scorecard?.evaluation;
    if (evaluation?.kind !== 'coding') throw new Error('expected a coding scorecard');
    expect(evaluation).toMatchObject({
      verdict: 'Accepted',
      failedSubmissions: 1,
      timeToFirstAcceptedMs: 9 * 60_000,
      hintsUsed: 1,
      claimedComplexity: 'O(n)',
    });
    expect(evaluation.edgeCases?.named).toEqual(['a pair of equal values', 'negative numbers']);
    expect(evaluation.dimensions.map((dimension) => dimension.id)).toEqual([
      'problem-solving',
      'technical-competency',
      'testing',
      'communication',
    ]);
    expect(evaluation.notObserved).toEqual([]);
    const session = await sessions.getSession(userId, finished.sessionId);
    expect(session?.status).toBe('finished');
    await rejectsWith(act({ type: 'hint' }), 'ROUND_FINISHED');
  });
});
