import { describe, expect, it } from 'vitest';
import { behavioralRound } from '../rounds/behavioral';
import { codingRound } from '../rounds/coding';
import { roundKinds } from '../rounds/registry';
import type { HiringLevel } from '../rounds/types';
import { makeRecord, withTally } from './record.fixture';
import { buildTrends, formatMeasure } from './trends';
import type { KindTrends, PracticeRecord } from './types';

const NOW = '2026-11-30T12:00:00.000Z';
const UTC = { registry: roundKinds, now: NOW, timeZone: 'UTC' };
/** Mondays of five weeks in a row. */
const WEEK = ['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'] as const;
/** A Tuesday morning of the given week (0–4), the n-th round that day an hour later. */
const at = (week: number, nth = 0): string =>
  new Date(
    Date.parse(`${WEEK[week] ?? ''}T09:00:00.000Z`) + 86_400_000 + nth * 3_600_000,
  ).toISOString();

let sequence = 0;
const coding = (
  week: number,
  fields: {
    readonly testing?: HiringLevel;
    readonly score?: number;
    readonly failed?: number | null;
    readonly timeMs?: number | null;
    readonly hints?: number;
    readonly questionId?: string;
    readonly nth?: number;
  },
): PracticeRecord =>
  makeRecord({
    roundId: `c${(sequence += 1)}`,
    kind: 'coding',
    questionId: fields.questionId ?? 'coding/two-sum',
    title: fields.questionId === 'coding/lru-cache' ? 'LRU cache' : 'Two sum',
    finishedAt: at(week, fields.nth),
    score: fields.score ?? 60,
    dimensions: { 'problem-solving': 3, testing: fields.testing ?? 3 },
    measures: {
      timeToFirstAcceptedMs: fields.timeMs === undefined ? 1_200_000 : fields.timeMs,
      failedSubmissions: fields.failed === undefined ? 1 : fields.failed,
      hintsUsed: fields.hints ?? 0,
    },
  });

const story = (week: number, flags: readonly string[], nth = 0): PracticeRecord =>
  makeRecord({
    roundId: `b${(sequence += 1)}`,
    kind: 'behavioral',
    finishedAt: at(week, nth),
    dimensions: { ownership: 3 },
    flags,
  });

const trendsOf = (
  records: readonly PracticeRecord[],
  kind: string,
  options: Parameters<typeof buildTrends>[1] = UTC,
): KindTrends => {
  const found = buildTrends(records, options).find((trends) => trends.kind === kind);
  if (found === undefined) throw new Error(`no ${kind} trends`);
  return found;
};
const seriesOf = (trends: KindTrends, id: string) => {
  const found = [...trends.dimensions, ...trends.measures].find((series) => series.id === id);
  if (found === undefined) throw new Error(`no series ${id}`);
  return found;
};

describe('buildTrends: one entry per kind practised', () => {
  it('lists the kinds with rounds in registry order and leaves out kinds never practised', () => {
    expect(buildTrends([coding(0, {}), story(0, [])], UTC).map((t) => t.kind)).toEqual([
      'behavioral',
      'coding',
    ]);
    const onlyCoding = buildTrends([coding(0, {}), coding(1, {})], UTC);
    expect(onlyCoding.map((t) => [t.kind, t.label, t.rounds])).toEqual([['coding', 'Coding', 2]]);
  });

  it('ignores rounds finished after now, and rounds of a kind the registry no longer holds', () => {
    const later = makeRecord({
      roundId: 'late',
      kind: 'coding',
      finishedAt: '2026-12-01T09:00:00.000Z',
    });
    const retired = makeRecord({ roundId: 'old', kind: 'retired-kind', finishedAt: at(0) });
    expect(
      buildTrends([coding(0, {}), later, retired], UTC).map((t) => [t.kind, t.rounds]),
    ).toEqual([['coding', 1]]);
  });

  it('has one series per rubric dimension of the kind, in the rubric order, and one per kind measure', () => {
    const trends = trendsOf([coding(0, {})], 'coding');
    expect(trends.dimensions.map((series) => series.label)).toEqual([
      'Problem solving',
      'Technical competency',
      'Testing',
      'Communication',
    ]);
    expect(trends.measures.map((series) => [series.label, series.unit])).toEqual([
      ['Time to first Accepted', 'ms'],
      ['Failed submissions', 'count'],
      ['Hints used', 'count'],
    ]);
    // Not judged in any round (no transcript): no point, and nothing claimed.
    expect(seriesOf(trends, 'communication')).toMatchObject({
      points: [],
      direction: 'too-few',
      sentence: 'Too few rounds yet to tell.',
    });
    expect(trendsOf([story(0, [])], 'behavioral').measures).toEqual([]);
  });
});

describe('weekly points', () => {
  it('average each Monday-to-Sunday week and skip weeks with no round', () => {
    const trends = trendsOf(
      [
        coding(0, { score: 40, testing: 2 }),
        coding(0, { score: 60, testing: 3, nth: 1 }),
        coding(2, { score: 80, testing: 4 }),
      ],
      'coding',
    );
    expect(trends.score.points).toEqual([
      { week: '2026-10-26', value: 50, rounds: 2 },
      { week: '2026-11-09', value: 80, rounds: 1 },
    ]);
    expect(seriesOf(trends, 'testing').points).toEqual([
      { week: '2026-10-26', value: 2.5, rounds: 2 },
      { week: '2026-11-09', value: 4, rounds: 1 },
    ]);
  });

  it("count a round in the candidate's week: Sunday 22:00 in New York is not Monday", () => {
    const sundayNight = makeRecord({
      roundId: 'sunday',
      kind: 'coding',
      finishedAt: '2026-11-09T03:00:00.000Z',
    });
    const week = (timeZone: string) =>
      trendsOf([sundayNight], 'coding', { ...UTC, timeZone }).score.points.map((p) => p.week);
    expect(week('America/New_York')).toEqual(['2026-11-02']);
    expect(week('UTC')).toEqual(['2026-11-09']);
  });

  it('average only the rounds that measured a measure: a round never Accepted has no time', () => {
    const trends = trendsOf(
      [coding(0, { timeMs: 600_000 }), coding(0, { timeMs: null, nth: 1 })],
      'coding',
    );
    expect(seriesOf(trends, 'timeToFirstAcceptedMs').points).toEqual([
      { week: '2026-10-26', value: 600_000, rounds: 1 },
    ]);
  });
});

describe('direction and sentence', () => {
  it('says a dimension rose from one level to another over the weeks it spans', () => {
    const testing = seriesOf(
      trendsOf(
        [2, 2, 3, 3].map((level, week) => coding(week, { testing: level as HiringLevel })),
        'coding',
      ),
      'testing',
    );
    expect(testing.direction).toBe('improving');
    expect(testing.sentence).toBe('Testing rose from Lean no hire to Hire over 4 weeks.');
  });

  it('says the overall score fell, in points, when it declines', () => {
    const score = trendsOf(
      [80, 75, 64, 58, 50].map((value, week) => coding(week, { score: value })),
      'coding',
    ).score;
    expect(score.direction).toBe('declining');
    expect(score.sentence).toBe('Overall score fell from 81 to 50 over 5 weeks.');
  });

  it('calls falling failed submissions improving: for it, lower is better', () => {
    const failed = seriesOf(
      trendsOf(
        [3, 2, 2, 1].map((count, week) => coding(week, { failed: count })),
        'coding',
      ),
      'failedSubmissions',
    );
    expect(failed.direction).toBe('improving');
    expect(failed.sentence).toBe('Failed submissions fell from 3 to 1 per problem.');
  });

  it('calls a slower time to first Accepted declining, in minutes', () => {
    const time = seriesOf(
      trendsOf(
        [12, 15, 18, 21].map((minutes, week) => coding(week, { timeMs: minutes * 60_000 })),
        'coding',
      ),
      'timeToFirstAcceptedMs',
    );
    expect(time.direction).toBe('declining');
    expect(time.sentence).toBe('Time to first Accepted rose from 12 min to 21 min per problem.');
  });

  it('calls small weekly wobbles steady', () => {
    const trends = trendsOf(
      [
        coding(0, { score: 70, testing: 3 }),
        coding(1, { score: 72, testing: 3 }),
        coding(2, { score: 69, testing: 3 }),
        coding(3, { score: 71, testing: 3 }),
      ],
      'coding',
    );
    expect(trends.score).toMatchObject({
      direction: 'steady',
      sentence: 'Overall score held steady at 71 over 4 weeks.',
    });
    expect(seriesOf(trends, 'testing')).toMatchObject({
      direction: 'steady',
      sentence: 'Testing held steady at Hire over 4 weeks.',
    });
    // All zeros: no change at all, never a trend.
    expect(seriesOf(trends, 'hintsUsed')).toMatchObject({
      direction: 'steady',
      sentence: 'Hints used held steady at 0 per problem.',
    });
  });

  it('says a rise within one level without claiming a new level', () => {
    const testing = seriesOf(
      trendsOf(
        [
          coding(0, { testing: 3 }),
          coding(1, { testing: 3 }),
          coding(1, { testing: 2, nth: 1 }),
          coding(2, { testing: 3 }),
          coding(3, { testing: 3 }),
          coding(3, { testing: 4, nth: 1 }),
        ],
        'coding',
      ),
      'testing',
    );
    expect(testing.direction).toBe('improving');
    expect(testing.sentence).toBe('Testing edged up over 4 weeks, still Hire.');
  });

  it('will not tell with fewer than 3 rounds, or with every round in one week', () => {
    const two = trendsOf([coding(0, { score: 30 }), coding(3, { score: 90 })], 'coding');
    expect(two.score).toMatchObject({
      direction: 'too-few',
      sentence: 'Too few rounds yet to tell.',
    });
    const oneWeek = trendsOf(
      [
        coding(2, { score: 30 }),
        coding(2, { score: 60, nth: 1 }),
        coding(2, { score: 90, nth: 2 }),
      ],
      'coding',
    );
    expect(oneWeek.score.direction).toBe('too-few');
  });
});

describe('recurring flags', () => {
  it('names a flag raised in at least 3 of the last 8 stories, with its chip label and the kind’s noun', () => {
    const stories = [
      story(0, ['we-not-i']),
      story(0, ['we-not-i'], 1),
      story(0, ['we-not-i'], 2),
      // The last eight: unquantified-result in 6, too-long in 2.
      story(1, ['unquantified-result']),
      story(1, ['unquantified-result', 'too-long'], 1),
      story(2, []),
      story(2, ['unquantified-result'], 1),
      story(3, ['unquantified-result', 'unquantified-result']),
      story(3, ['too-long'], 1),
      story(4, ['unquantified-result']),
      story(4, ['unquantified-result', 'we-not-i'], 1),
    ];
    expect(trendsOf(stories, 'behavioral').recurringFlags).toEqual([
      {
        flag: 'unquantified-result',
        label: 'Your result has no number',
        count: 6,
        outOf: 8,
        sentence: '“Your result has no number” in 6 of your last 8 stories',
      },
    ]);
  });

  it('needs half of the rounds when there are only 3 to 7, and none below 3', () => {
    const four = [
      story(0, ['vague-language']),
      story(1, ['vague-language']),
      story(2, ['too-long']),
      story(3, []),
    ];
    expect(
      trendsOf(four, 'behavioral').recurringFlags.map((f) => [f.flag, f.count, f.outOf]),
    ).toEqual([['vague-language', 2, 4]]);
    expect(trendsOf(four.slice(0, 2), 'behavioral').recurringFlags).toEqual([]);
    const coded = [0, 1, 2].map((week) =>
      makeRecord({
        roundId: `f${week}`,
        kind: 'coding',
        finishedAt: at(week),
        flags: week === 0 ? [] : [Object.keys(codingRound.flags)[0] ?? ''],
      }),
    );
    const [flag] = trendsOf(coded, 'coding').recurringFlags;
    expect(flag?.sentence).toMatch(/^“.+” in 2 of your last 3 problems$/u);
    expect(flag?.label).toBe(Object.values(codingRound.flags)[0]?.label);
  });
});

describe('per question measures', () => {
  it('lists each problem’s attempts oldest first, the problem practised last first', () => {
    const trends = trendsOf(
      [
        coding(3, { questionId: 'coding/two-sum', failed: 0 }),
        coding(0, { questionId: 'coding/two-sum', failed: 2 }),
        coding(2, { questionId: 'coding/lru-cache', failed: 4 }),
      ],
      'coding',
    );
    expect(
      trends.perQuestion.map((question) => [
        question.questionId,
        question.title,
        question.attempts.map((attempt) => attempt.measures['failedSubmissions']),
      ]),
    ).toEqual([
      ['coding/two-sum', 'Two sum', [2, 0]],
      ['coding/lru-cache', 'LRU cache', [4]],
    ]);
    // A kind without measures of its own has nothing per question.
    expect(trendsOf([story(0, [])], 'behavioral').perQuestion).toEqual([]);
  });
});

describe('a kind added with one registry line', () => {
  const registry = withTally;

  it('gets its trends from its own rubric, measures, flag copy and noun', () => {
    const tallies = [4, 6, 8].map((counted, week) =>
      makeRecord({
        roundId: `t${week}`,
        kind: 'tally',
        finishedAt: at(week),
        dimensions: { accuracy: (week + 2) as HiringLevel },
        flags: ['miscounted'],
        measures: { counted },
      }),
    );
    const trends = buildTrends([...tallies, story(0, [])], { ...UTC, registry });
    expect(trends.map((t) => t.kind)).toEqual(['behavioral', 'tally']);
    const tally = trends[1];
    expect(tally?.dimensions.map((s) => [s.label, s.direction, s.sentence])).toEqual([
      ['Accuracy', 'improving', 'Accuracy rose from Lean no hire to Strong hire over 3 weeks.'],
    ]);
    expect(tally?.measures.map((s) => [s.direction, s.sentence])).toEqual([
      ['improving', 'Items counted rose from 4 to 8 per tally.'],
    ]);
    expect(tally?.recurringFlags.map((f) => f.sentence)).toEqual([
      '“The count is off” in 3 of your last 3 tallies',
    ]);
    expect(behavioralRound.progress.noun.other).toBe('stories');
  });
});

describe('formatMeasure', () => {
  it('reads times in seconds, minutes or hours and counts as whole numbers, tenths below one', () => {
    expect([45_000, 720_000, 3_900_000, 7_200_000].map((ms) => formatMeasure(ms, 'ms'))).toEqual([
      '45 s',
      '12 min',
      '1 h 5 min',
      '2 h',
    ]);
    expect([2.6, 1.04, 0.5, 0, -0.2].map((count) => formatMeasure(count, 'count'))).toEqual([
      '3',
      '1',
      '0.5',
      '0',
      '0',
    ]);
  });
});
