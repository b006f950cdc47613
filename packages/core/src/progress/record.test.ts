import { describe, expect, it } from 'vitest';
import { asQuestionId, asRoundId, asSessionId, asUserId } from '../ids';
import { behavioralRound } from '../rounds/behavioral';
import { evaluateCodingSubmission } from '../rounds/coding/evaluate';
import type { JudgeResult } from '../rounds/coding/judge-spec';
import { createRoundRegistry, roundKinds, type AnswerEvaluation } from '../rounds/registry';
import type { Evaluation } from '../rounds/types';
import type { Round, Turn } from '../session/types';
import { makeBehavioralQuestion, makeCodingQuestion } from '../testing/fixtures';
import type { FinishedRoundFacts, PracticeScorecard } from '../ports';
import { practiceRecordOf, practiceScorecardOf, toPracticeRecord } from './record';
import { tallyRound, withTally, type TallyEvaluation } from './record.fixture';

const turn = (index: number, speaker: Turn['speaker'], purpose: Turn['purpose'], text: string) => ({
  index,
  speaker,
  purpose,
  text,
  at: '2026-11-02T09:00:00.000Z',
});

const roundOf = <E extends Evaluation>(
  fields: Pick<Round<E>, 'kind' | 'transcript'> & {
    readonly evaluation: E | null;
    readonly questionId?: string | null;
  },
): Round<E> => ({
  id: asRoundId('round-1'),
  sessionId: asSessionId('session-1'),
  userId: asUserId('local'),
  position: 0,
  kind: fields.kind,
  questionId:
    fields.questionId === undefined || fields.questionId === null
      ? null
      : asQuestionId(fields.questionId),
  title: 'Pushed back on a deadline',
  prompt: 'Tell me about a time you disagreed with a deadline.',
  status: fields.evaluation === null ? 'probing' : 'finished',
  transcript: fields.transcript,
  draft: null,
  timeLimitMs: 720_000,
  startedAt: '2026-11-02T09:00:00.000Z',
  finishedAt: fields.evaluation === null ? null : '2026-11-02T09:11:00.000Z',
  elapsedMs: fields.evaluation === null ? null : 660_000,
  interimEvaluation: fields.evaluation,
  scorecard:
    fields.evaluation === null
      ? null
      : {
          evaluation: fields.evaluation,
          interviewer: 'built-in',
          evaluatedAt: '2026-11-02T09:11:00.000Z',
        },
});

const behavioralQuestion = makeBehavioralQuestion();
const WEAK_ANSWER =
  'We thought the deadline was too tight so we told our manager and eventually things worked out fine for everybody involved.';
const REPLY = 'We showed them a spreadsheet, I think, and they agreed in the end.';
const behavioralTranscript: readonly Turn[] = [
  turn(0, 'interviewer', 'question', behavioralQuestion.prompt),
  turn(1, 'candidate', 'answer', WEAK_ANSWER),
  turn(2, 'interviewer', 'probe', 'What did you personally do?'),
  turn(3, 'candidate', 'reply', REPLY),
  turn(4, 'interviewer', 'closing', 'Thanks, that is all.'),
];
const behavioralEvaluation = behavioralRound.evaluate({
  kind: 'behavioral',
  prompt: behavioralQuestion.prompt,
  question: behavioralQuestion,
  answer: WEAK_ANSWER,
  replies: [{ probe: 'What did you personally do?', reply: REPLY }],
});

const judged = (verdict: JudgeResult['verdict'], passed: number): JudgeResult => ({
  verdict,
  passed,
  total: 2,
  tests: [],
  compileOutput: null,
  compileTimeMs: null,
  error: null,
  isolation: 'namespaces',
});
const codingQuestion = { ...makeCodingQuestion(), patterns: ['arrays-hashing' as const] };
const FINAL_CODE = 'def twoSum(nums, target):\n    seen = {}\n    return []';
const codingEvaluation = evaluateCodingSubmission({
  question: { ...codingQuestion, maxSize: 1000, expectedComplexity: 'O(n)', expectedSpace: 'O(n)' },
  language: 'python',
  source: FINAL_CODE,
  result: judged('Accepted', 2),
  growth: null,
  submissions: [
    { verdict: 'Wrong Answer', atMs: 300_000 },
    { verdict: 'Accepted', atMs: 840_000 },
  ],
  hintsUsed: 2,
});
const codingTranscript: readonly Turn[] = [
  turn(0, 'interviewer', 'question', 'Find two numbers adding up to the target.'),
  turn(1, 'candidate', 'answer', 'Can the list hold duplicates?'),
  turn(2, 'interviewer', 'phase', 'Now tell me your approach.'),
  turn(3, 'candidate', 'answer', 'A hash map from value to index, one pass.'),
];

describe('toPracticeRecord', () => {
  it('gives no record for a round without a scorecard: an open round is not progress yet', () => {
    const open = roundOf<AnswerEvaluation>({
      kind: 'behavioral',
      transcript: behavioralTranscript,
      evaluation: null,
    });
    expect(toPracticeRecord(open, behavioralQuestion, roundKinds)).toBeNull();
  });

  it("reads a behavioral round's score, level, dimensions, flags and the question's competencies and principles", () => {
    const record = toPracticeRecord(
      roundOf<AnswerEvaluation>({
        kind: 'behavioral',
        questionId: behavioralQuestion.id,
        transcript: behavioralTranscript,
        evaluation: behavioralEvaluation,
      }),
      behavioralQuestion,
      roundKinds,
    );
    expect(record).toMatchObject({
      roundId: 'round-1',
      sessionId: 'session-1',
      kind: 'behavioral',
      questionId: 'behavioral/pushed-back-on-a-deadline',
      title: 'Pushed back on a deadline',
      startedAt: '2026-11-02T09:00:00.000Z',
      finishedAt: '2026-11-02T09:11:00.000Z',
      elapsedMs: 660_000,
      score: behavioralEvaluation.score,
      level: behavioralEvaluation.level,
      measures: {},
    });
    expect(record?.dimensions).toEqual(
      behavioralEvaluation.dimensions.map(({ id, name, level }) => ({ id, name, level })),
    );
    expect(record?.dimensions.map((dimension) => dimension.id)).toContain('ownership');
    // The weak answer raises flags (no personal action, no result, …): each is on the record.
    expect(record?.flags).toEqual(behavioralEvaluation.flags.map((finding) => finding.flag));
    expect(record?.flags.length).toBeGreaterThan(1);
    expect(record?.topics).toEqual([
      { type: 'competency', id: 'conflict', label: 'Conflict' },
      { type: 'competency', id: 'influence', label: 'Influence' },
      {
        type: 'principle',
        id: 'amazon/have-backbone-disagree-and-commit',
        label: 'Have Backbone; Disagree and Commit',
      },
      { type: 'principle', id: 'amazon/earn-trust', label: 'Earn Trust' },
    ]);
  });

  it("keeps only the candidate's own words as the text: the answer and replies, not the interviewer's lines", () => {
    const record = toPracticeRecord(
      roundOf<AnswerEvaluation>({
        kind: 'behavioral',
        transcript: behavioralTranscript,
        evaluation: behavioralEvaluation,
      }),
      undefined,
      roundKinds,
    );
    expect(record?.text).toBe(`${WEAK_ANSWER}\n\n${REPLY}`);
    // A prompt of the candidate's own has no bank question, so nothing it exercises is known.
    expect(record?.questionId).toBeNull();
    expect(record?.topics).toEqual([]);
  });

  it('lists a flag raised twice on the scorecard once', () => {
    const [first] = behavioralEvaluation.flags;
    if (first === undefined) throw new Error('the weak answer raised no flag');
    const record = toPracticeRecord(
      roundOf<AnswerEvaluation>({
        kind: 'behavioral',
        transcript: behavioralTranscript,
        evaluation: { ...behavioralEvaluation, flags: [first, ...behavioralEvaluation.flags] },
      }),
      behavioralQuestion,
      roundKinds,
    );
    expect(record?.flags).toEqual([...new Set(behavioralEvaluation.flags.map((f) => f.flag))]);
    expect(record?.flags.filter((flag) => flag === first.flag)).toHaveLength(1);
  });

  it("reads a coding round's measures, its patterns, and its words followed by the final code", () => {
    const record = toPracticeRecord(
      roundOf<AnswerEvaluation>({
        kind: 'coding',
        questionId: codingQuestion.id,
        transcript: codingTranscript,
        evaluation: codingEvaluation,
      }),
      codingQuestion,
      roundKinds,
      FINAL_CODE,
    );
    expect(record?.measures).toEqual({
      timeToFirstAcceptedMs: 840_000,
      failedSubmissions: 1,
      hintsUsed: 2,
    });
    expect(record?.topics).toEqual([
      { type: 'pattern', id: 'arrays-hashing', label: 'arrays and hashing' },
    ]);
    expect(record?.text).toBe(
      `Can the list hold duplicates?\n\nA hash map from value to index, one pass.\n\n${FINAL_CODE}`,
    );
  });

  it('records a measure the scorecard lacks (an older scorecard) as not measured', () => {
    const { timeToFirstAcceptedMs: _dropped, ...older } = codingEvaluation;
    const record = toPracticeRecord(
      roundOf<AnswerEvaluation>({
        kind: 'coding',
        transcript: codingTranscript,
        evaluation: older as unknown as AnswerEvaluation,
      }),
      codingQuestion,
      roundKinds,
    );
    expect(record?.measures).toEqual({
      timeToFirstAcceptedMs: null,
      failedSubmissions: 1,
      hintsUsed: 2,
    });
  });

  it('ignores a question of another kind: a coding round never takes a behavioral question’s topics', () => {
    const record = toPracticeRecord(
      roundOf<AnswerEvaluation>({
        kind: 'coding',
        transcript: codingTranscript,
        evaluation: codingEvaluation,
      }),
      behavioralQuestion,
      roundKinds,
    );
    expect(record?.topics).toEqual([]);
  });

  it('gives a round of a kind the registry no longer holds a record with no topics and no measures', () => {
    const behavioralOnly = createRoundRegistry<AnswerEvaluation>([behavioralRound]);
    const record = toPracticeRecord(
      roundOf<AnswerEvaluation>({
        kind: 'coding',
        transcript: codingTranscript,
        evaluation: codingEvaluation,
      }),
      codingQuestion,
      behavioralOnly,
      FINAL_CODE,
    );
    expect(record).toMatchObject({
      kind: 'coding',
      score: codingEvaluation.score,
      topics: [],
      measures: {},
    });
    // Without a transcript, testing and communication are not observed: the scorecard's own
    // dimensions are what the record keeps.
    expect(record?.dimensions.map((dimension) => dimension.id)).toEqual([
      'problem-solving',
      'technical-competency',
    ]);
  });

  it('reads a kind added with one registry line through its own progress traits, with no change here', () => {
    const registry = withTally;
    const evaluation = tallyRound.evaluate({ kind: 'tally', prompt: 'Count.', answer: 'one two' });
    const record = toPracticeRecord(
      roundOf<AnswerEvaluation | TallyEvaluation>({
        kind: 'tally',
        transcript: [turn(0, 'candidate', 'answer', 'one two')],
        evaluation,
      }),
      behavioralQuestion,
      registry,
    );
    expect(record).toMatchObject({
      kind: 'tally',
      flags: ['miscounted'],
      measures: { counted: 2 },
      text: 'one two',
      // The question is not a tally question, so the kind's topics are not read from it.
      topics: [],
    });
  });
});

describe('practiceRecordOf', () => {
  const factsOf = <E extends Evaluation>(round: Round<E>): FinishedRoundFacts => {
    if (round.scorecard === null) throw new Error('a finished round has a scorecard');
    return {
      id: round.id,
      sessionId: round.sessionId,
      kind: round.kind,
      questionId: round.questionId,
      title: round.title,
      startedAt: round.startedAt,
      finishedAt: round.finishedAt,
      elapsedMs: round.elapsedMs,
      // Through JSON, as a store keeps it.
      scorecard: JSON.parse(
        JSON.stringify(practiceScorecardOf(round.scorecard)),
      ) as PracticeScorecard,
      candidateWords: round.transcript
        .filter((turn) => turn.speaker === 'candidate')
        .map((turn) => turn.text),
    };
  };

  it('gives the record toPracticeRecord gives for the whole round: behavioral, coding with its code and measures, a retired kind, a question of another kind', () => {
    const behavioral = roundOf<AnswerEvaluation>({
      kind: 'behavioral',
      questionId: behavioralQuestion.id,
      transcript: behavioralTranscript,
      evaluation: behavioralEvaluation,
    });
    const coding = roundOf<AnswerEvaluation>({
      kind: 'coding',
      questionId: codingQuestion.id,
      transcript: codingTranscript,
      evaluation: codingEvaluation,
    });
    const cases = [
      { round: behavioral, question: behavioralQuestion, code: undefined },
      { round: coding, question: codingQuestion, code: FINAL_CODE },
      { round: coding, question: codingQuestion, code: undefined },
      { round: coding, question: behavioralQuestion, code: '   ' },
      { round: { ...behavioral, finishedAt: null }, question: undefined, code: undefined },
    ];
    for (const { round, question, code } of cases)
      expect(practiceRecordOf(factsOf(round), question, roundKinds, code)).toEqual(
        toPracticeRecord(round, question, roundKinds, code),
      );
    const retired = createRoundRegistry<AnswerEvaluation>([]);
    expect(practiceRecordOf(factsOf(coding), codingQuestion, retired, FINAL_CODE)).toEqual(
      toPracticeRecord(coding, codingQuestion, retired, FINAL_CODE),
    );
    expect(practiceRecordOf(factsOf(coding), codingQuestion, roundKinds).measures).toEqual({
      timeToFirstAcceptedMs: codingEvaluation.timeToFirstAcceptedMs,
      failedSubmissions: codingEvaluation.failedSubmissions,
      hintsUsed: codingEvaluation.hintsUsed,
    });
  });

  it('keeps a few hundred bytes of a scorecard of kilobytes', () => {
    const scorecard = {
      evaluation: behavioralEvaluation,
      interviewer: 'built-in',
      evaluatedAt: '2026-11-02T09:11:00.000Z',
    };
    expect(JSON.stringify(practiceScorecardOf(scorecard)).length).toBeLessThan(
      JSON.stringify(scorecard).length / 3,
    );
  });
});
