import { describe, expect, it } from 'vitest';
import { attemptsOf, compareAttempts, filterHistory } from './history';
import { competency, makeRecord, pattern, principle } from './record.fixture';

const UTC = 'UTC';
const NEW_YORK = 'America/New_York';

const deadlineStory = makeRecord({
  roundId: 'r1',
  kind: 'behavioral',
  questionId: 'behavioral/pushed-back-on-a-deadline',
  title: 'Pushed back on a deadline',
  finishedAt: '2026-11-02T10:00:00.000Z',
  level: 2,
  topics: [competency('conflict'), principle('amazon/earn-trust', 'Earn Trust')],
  text: 'We told our manager the Billing export needed four weeks, not two.',
});
const twoSum = makeRecord({
  roundId: 'r2',
  kind: 'coding',
  questionId: 'coding/two-sum',
  title: 'Two sum',
  finishedAt: '2026-11-04T15:00:00.000Z',
  level: 3,
  topics: [pattern('arrays-hashing')],
  text: 'A hash map from value to index.\n\ndef twoSum(nums, target):\n    seen = {}',
});
// 22:00 on 9 November in New York, already 10 November in UTC.
const lateWindow = makeRecord({
  roundId: 'r3',
  kind: 'coding',
  questionId: 'coding/longest-substring',
  title: 'Longest substring without repeats',
  finishedAt: '2026-11-10T03:00:00.000Z',
  level: 4,
  topics: [pattern('sliding-window')],
  text: 'Two pointers over a sliding window; the set holds the window.',
});
const deadlineAgain = makeRecord({
  roundId: 'r4',
  kind: 'behavioral',
  questionId: 'behavioral/pushed-back-on-a-deadline',
  title: 'Pushed back on a deadline',
  finishedAt: '2026-11-12T09:00:00.000Z',
  level: 3,
  topics: [competency('conflict'), principle('amazon/earn-trust', 'Earn Trust')],
  text: 'I estimated four weeks and showed my manager the breakdown.',
});
// Stored in any order: the history sorts.
const history = [twoSum, deadlineAgain, deadlineStory, lateWindow];
const ids = (records: readonly { readonly roundId: string }[]) => records.map((r) => r.roundId);

describe('filterHistory', () => {
  it('lists every round newest first when nothing is filtered', () => {
    expect(ids(filterHistory(history, {}, UTC))).toEqual(['r4', 'r3', 'r2', 'r1']);
  });

  it('keeps one kind, one question, or one level', () => {
    expect(ids(filterHistory(history, { kind: 'coding' }, UTC))).toEqual(['r3', 'r2']);
    expect(
      ids(filterHistory(history, { questionId: 'behavioral/pushed-back-on-a-deadline' }, UTC)),
    ).toEqual(['r4', 'r1']);
    expect(ids(filterHistory(history, { level: 3 }, UTC))).toEqual(['r4', 'r2']);
  });

  it('keeps rounds by a topic of any type: a pattern, a principle or a competency', () => {
    expect(ids(filterHistory(history, { topic: 'sliding-window' }, UTC))).toEqual(['r3']);
    expect(ids(filterHistory(history, { topic: 'amazon/earn-trust' }, UTC))).toEqual(['r4', 'r1']);
    expect(ids(filterHistory(history, { topic: 'conflict' }, UTC))).toEqual(['r4', 'r1']);
  });

  it('counts from and to as whole local days, both included', () => {
    expect(ids(filterHistory(history, { from: '2026-11-04', to: '2026-11-10' }, UTC))).toEqual([
      'r3',
      'r2',
    ]);
    expect(ids(filterHistory(history, { from: '2026-11-05' }, UTC))).toEqual(['r4', 'r3']);
    expect(ids(filterHistory(history, { to: '2026-11-04' }, UTC))).toEqual(['r2', 'r1']);
  });

  it("dates a round by the candidate's day: 22:00 in New York is still the 9th there", () => {
    expect(ids(filterHistory(history, { to: '2026-11-09' }, NEW_YORK))).toEqual(['r3', 'r2', 'r1']);
    expect(ids(filterHistory(history, { to: '2026-11-09' }, UTC))).toEqual(['r2', 'r1']);
  });

  it('finds rounds whose title or answer or code holds every searched word, in any case', () => {
    expect(ids(filterHistory(history, { search: 'billing' }, UTC))).toEqual(['r1']);
    expect(ids(filterHistory(history, { search: 'MANAGER weeks' }, UTC))).toEqual(['r4', 'r1']);
    // "deadline" is only in the title; "breakdown" only in the later answer.
    expect(ids(filterHistory(history, { search: 'deadline breakdown' }, UTC))).toEqual(['r4']);
    expect(ids(filterHistory(history, { search: 'def twoSum' }, UTC))).toEqual(['r2']);
    expect(ids(filterHistory(history, { search: 'window hash' }, UTC))).toEqual([]);
    expect(ids(filterHistory(history, { search: '   ' }, UTC))).toHaveLength(4);
  });

  it('applies every criterion at once', () => {
    expect(
      ids(filterHistory(history, { kind: 'behavioral', level: 2, search: 'manager' }, UTC)),
    ).toEqual(['r1']);
    expect(ids(filterHistory(history, { kind: 'coding', topic: 'conflict' }, UTC))).toEqual([]);
  });
});

describe('attemptsOf', () => {
  it('gives the attempts at one question oldest first, so they read as attempt 1, 2, …', () => {
    expect(ids(attemptsOf(history, 'behavioral/pushed-back-on-a-deadline'))).toEqual(['r1', 'r4']);
    expect(attemptsOf(history, 'coding/never-tried')).toEqual([]);
  });
});

describe('compareAttempts', () => {
  const first = makeRecord({
    roundId: 'a1',
    finishedAt: '2026-11-02T10:00:00.000Z',
    score: 45,
    level: 2,
    dimensions: { structure: 3, ownership: 1, impact: 2, reflection: 2 },
    flags: ['we-not-i', 'unquantified-result', 'vague-language'],
  });
  const second = makeRecord({
    roundId: 'a2',
    finishedAt: '2026-11-09T10:00:00.000Z',
    score: 74,
    level: 3,
    dimensions: { structure: 3, ownership: 3, impact: 2, depth: 2 },
    flags: ['unquantified-result', 'too-long'],
  });

  it('gives the change in score and level from the earlier attempt to the later', () => {
    expect(compareAttempts(first, second)).toMatchObject({ scoreChange: 29, levelChange: 1 });
    expect(compareAttempts(second, first)).toMatchObject({ scoreChange: -29, levelChange: -1 });
  });

  it('gives each dimension before and after, with no change claimed where one attempt lacks it', () => {
    expect(compareAttempts(first, second).dimensions).toEqual([
      { id: 'structure', name: 'STAR structure', before: 3, after: 3, change: 0 },
      { id: 'ownership', name: 'Ownership', before: 1, after: 3, change: 2 },
      { id: 'impact', name: 'Impact and results', before: 2, after: 2, change: 0 },
      { id: 'reflection', name: 'Reflection and learning', before: 2, after: null, change: null },
      { id: 'depth', name: 'Technical depth', before: null, after: 2, change: null },
    ]);
  });

  it('names the flags the later attempt fixed, the ones it added and the ones that stayed', () => {
    expect(compareAttempts(first, second)).toMatchObject({
      flagsAdded: ['too-long'],
      flagsRemoved: ['we-not-i', 'vague-language'],
      flagsKept: ['unquantified-result'],
    });
  });
});
