import { describe, expect, it } from 'vitest';
import type { Question } from '../question/schema';
import { roundKinds } from '../rounds/registry';
import type { HiringLevel } from '../rounds/types';
import { makeBehavioralQuestion, makeCodingQuestion } from '../testing/fixtures';
import { daysBetween, localDate, mondayOf } from './calendar';
import { makeRecord, withTally } from './record.fixture';
import { buildTrends } from './trends';
import type { PracticeRecord } from './types';
import { findWeakAreas } from './weak-areas';

const NOW = '2026-11-30T12:00:00.000Z';
const DAY_MS = 86_400_000;

const deadline = makeBehavioralQuestion();
const outage = makeBehavioralQuestion({
  slug: 'owned-an-outage',
  title: 'Owned an outage',
  competencies: ['ownership'],
  principles: ['amazon/ownership', 'amazon/earn-trust'],
});
const customer = makeBehavioralQuestion({
  slug: 'delighted-a-customer',
  title: 'Delighted a customer',
  competencies: ['collaboration'],
  principles: ['amazon/customer-obsession'],
});
const coding = (slug: string, patterns: readonly string[]): Question => {
  const base = makeCodingQuestion();
  return {
    ...base,
    slug,
    id: `coding/${slug}`,
    title: slug.replaceAll('-', ' '),
    patterns: patterns as typeof base.patterns,
  };
};
const twoSum = coding('two-sum', ['arrays-hashing']);
const longestSubstring = coding('longest-substring', ['sliding-window']);
const minWindow = coding('minimum-window', ['sliding-window', 'two-pointers']);
const maxVowels = coding('max-vowels', ['sliding-window']);
const lruCache = coding('lru-cache', ['design']);
const topK = coding('top-k', ['heap']);
const mergeIntervals = coding('merge-intervals', ['intervals']);
const BANK: readonly Question[] = [
  deadline,
  outage,
  customer,
  twoSum,
  longestSubstring,
  minWindow,
  maxVowels,
  lruCache,
  topK,
  mergeIntervals,
];

let sequence = 0;
/** A round at `question`, finished `daysAgo` days before now, with the kind's real topics. */
const roundAt = (
  question: Question,
  daysAgo: number,
  fields: {
    readonly level?: HiringLevel;
    readonly dimensions?: Readonly<Record<string, HiringLevel>>;
    readonly flags?: readonly string[];
  } = {},
): PracticeRecord => {
  sequence += 1;
  return makeRecord({
    roundId: `r${sequence}`,
    kind: question.kind,
    questionId: question.id,
    title: question.title,
    // Rounds the same day keep the order they were written in.
    finishedAt: new Date(
      Date.parse(NOW) - daysAgo * DAY_MS - 3_600_000 + sequence * 1000,
    ).toISOString(),
    level: fields.level ?? 3,
    dimensions: fields.dimensions ?? {},
    flags: fields.flags ?? [],
    topics: roundKinds.get(question.kind)?.progress.topicsOf(question) ?? [],
  });
};

const OPTIONS = {
  registry: roundKinds,
  questions: BANK,
  // Every principle of the bank has a story, unless a test says otherwise.
  storyPrinciples: new Set([
    'amazon/have-backbone-disagree-and-commit',
    'amazon/earn-trust',
    'amazon/ownership',
    'amazon/customer-obsession',
  ]),
  now: NOW,
  timeZone: 'UTC',
};
const weakAreas = (records: readonly PracticeRecord[], options: Partial<typeof OPTIONS> = {}) =>
  findWeakAreas(records, { ...OPTIONS, ...options });
const area = (records: readonly PracticeRecord[], id: string) =>
  weakAreas(records).find((each) => each.id === id);

describe('rubric dimensions', () => {
  const sevenRounds = [3, 3, 2, 2, 1, 2, 2].map((testing, index) =>
    roundAt(twoSum, 14 - 2 * index, {
      dimensions: { testing: testing as HiringLevel, 'problem-solving': 3 },
    }),
  );

  it('names a dimension at Lean no hire or lower, how often, and when it was last seen', () => {
    expect(area(sevenRounds, 'dimension:coding:testing')).toMatchObject({
      type: 'dimension',
      kind: 'coding',
      label: 'Testing',
      occurrences: 5,
      outOf: 7,
      lastSeenAt: sevenRounds[6]?.finishedAt,
      reason: 'Testing was Lean no hire or lower in 5 of your last 7 coding rounds.',
    });
    // Hire in every round: not weak.
    expect(area(sevenRounds, 'dimension:coding:problem-solving')).toBeUndefined();
  });

  it('ranks No hire above Lean no hire when both show as often', () => {
    const records = [0, 1, 2, 3].map((daysAgo) =>
      roundAt(twoSum, daysAgo, { dimensions: { testing: 1, communication: 2 } }),
    );
    const ids = weakAreas(records).map((each) => each.id);
    expect(ids.indexOf('dimension:coding:testing')).toBeLessThan(
      ids.indexOf('dimension:coding:communication'),
    );
    expect(area(records, 'dimension:coding:testing')?.reason).toBe(
      'Testing was Lean no hire or lower in each of your last 4 coding rounds.',
    );
  });

  it('weighs recent rounds more: a weakness fixed two months ago fades, one shown this week stays', () => {
    const records = [
      ...[64, 63, 62, 61, 60].map((daysAgo) =>
        roundAt(twoSum, daysAgo, { dimensions: { testing: 1, communication: 3 } }),
      ),
      ...[4, 3, 2, 1, 0].map((daysAgo) =>
        roundAt(twoSum, daysAgo, { dimensions: { testing: 3, communication: 1 } }),
      ),
    ];
    // Both were No hire in 5 of the 10 rounds; only the recent one is still a weak area.
    expect(area(records, 'dimension:coding:communication')).toMatchObject({
      occurrences: 5,
      outOf: 10,
    });
    expect(area(records, 'dimension:coding:testing')).toBeUndefined();
  });

  it('leaves out an occasional slip: Lean no hire once in six rounds is below the floor', () => {
    const records = [5, 4, 3, 2, 1, 0].map((daysAgo) =>
      roundAt(twoSum, daysAgo, { dimensions: { testing: daysAgo === 3 ? 2 : 3 } }),
    );
    expect(weakAreas(records)).toEqual([]);
  });

  it('says a single round as "your only" one', () => {
    const records = [roundAt(outage, 1, { dimensions: { ownership: 1 } })];
    expect(area(records, 'dimension:behavioral:ownership')?.reason).toBe(
      'Ownership was Lean no hire or lower in your only behavioral round.',
    );
  });
});

describe('flags', () => {
  it('names a flag that keeps coming back with its chip label and the kind’s noun', () => {
    const stories = [7, 6, 5, 4, 3, 2, 1, 0].map((daysAgo) =>
      roundAt(deadline, daysAgo, {
        flags: daysAgo === 5 || daysAgo === 2 ? [] : ['unquantified-result'],
      }),
    );
    expect(area(stories, 'flag:behavioral:unquantified-result')).toMatchObject({
      type: 'flag',
      kind: 'behavioral',
      label: 'Your result has no number',
      occurrences: 6,
      outOf: 8,
      reason: '“Your result has no number” came up in 6 of your last 8 stories.',
    });
  });

  it('leaves out a flag raised once in eight stories', () => {
    const stories = [7, 6, 5, 4, 3, 2, 1, 0].map((daysAgo) =>
      roundAt(deadline, daysAgo, { flags: daysAgo === 4 ? ['too-long'] : [] }),
    );
    expect(area(stories, 'flag:behavioral:too-long')).toBeUndefined();
  });
});

describe('topics', () => {
  it('names a pattern whose rounds score low, and the problems that practise it', () => {
    const records = [
      roundAt(longestSubstring, 9, { level: 2 }),
      roundAt(twoSum, 8, { level: 4 }),
      roundAt(minWindow, 6, { level: 1 }),
      roundAt(twoSum, 5, { level: 4 }),
      roundAt(longestSubstring, 3, { level: 3 }),
      roundAt(minWindow, 1, { level: 2 }),
    ];
    expect(area(records, 'topic:pattern:sliding-window')).toMatchObject({
      type: 'topic',
      kind: 'coding',
      label: 'sliding window',
      occurrences: 3,
      outOf: 4,
      reason: 'You scored Lean no hire or lower on 3 of your last 4 sliding window problems.',
      // Never practised first, then the least recently practised.
      questionIds: ['coding/max-vowels', 'coding/longest-substring', 'coding/minimum-window'],
    });
    expect(area(records, 'topic:pattern:two-pointers')?.questionIds).toEqual([
      'coding/minimum-window',
    ]);
    expect(area(records, 'topic:pattern:arrays-hashing')).toBeUndefined();
  });

  it('names principles and competencies of stories that score low', () => {
    const records = [3, 2, 1].map((daysAgo) => roundAt(outage, daysAgo, { level: 2 }));
    const ids = weakAreas(records).map((each) => each.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'topic:principle:amazon/ownership',
        'topic:principle:amazon/earn-trust',
        'topic:competency:ownership',
      ]),
    );
    expect(area(records, 'topic:principle:amazon/earn-trust')).toMatchObject({
      label: 'Earn Trust',
      reason: 'You scored Lean no hire or lower on each of your last 3 Earn Trust stories.',
      // The one never practised first.
      questionIds: ['behavioral/pushed-back-on-a-deadline', 'behavioral/owned-an-outage'],
    });
  });
});

describe('principles with no story', () => {
  it('lists each principle of the bank without a story, below every area with evidence', () => {
    const records = [1, 0].map((daysAgo) =>
      roundAt(twoSum, daysAgo, { dimensions: { testing: 2 } }),
    );
    const areas = weakAreas(records, { storyPrinciples: new Set(['amazon/ownership']) });
    expect(areas.map((each) => each.id)).toEqual([
      'dimension:coding:testing',
      // Asked by two questions, then by one each, alphabetically.
      'story-gap:amazon/earn-trust',
      'story-gap:amazon/customer-obsession',
      'story-gap:amazon/have-backbone-disagree-and-commit',
    ]);
    const [evidenced, gap] = areas;
    expect(evidenced?.weight).toBeGreaterThan(gap?.weight ?? Infinity);
    expect(gap).toMatchObject({
      type: 'story-gap',
      kind: 'behavioral',
      label: 'Earn Trust',
      occurrences: 0,
      outOf: 0,
      lastSeenAt: null,
      reason: 'You have no story yet for Earn Trust, which 2 questions in the bank ask about.',
      questionIds: ['behavioral/pushed-back-on-a-deadline', 'behavioral/owned-an-outage'],
    });
    expect(areas[2]?.reason).toBe(
      'You have no story yet for Customer Obsession, which 1 question in the bank asks about.',
    );
  });

  it('gives every gap the same modest weight and never names a principle the bank does not ask about', () => {
    const areas = weakAreas([], { storyPrinciples: new Set() });
    expect(areas.map((each) => each.id).sort()).toEqual([
      'story-gap:amazon/customer-obsession',
      'story-gap:amazon/earn-trust',
      'story-gap:amazon/have-backbone-disagree-and-commit',
      'story-gap:amazon/ownership',
    ]);
    expect(new Set(areas.map((each) => each.weight)).size).toBe(1);
  });
});

describe('questions that exercise an area', () => {
  it('gives a dimension the questions of its kind, never practised first, then least recent, at most five', () => {
    const records = [
      roundAt(topK, 6, { dimensions: { testing: 1 } }),
      roundAt(twoSum, 4, { dimensions: { testing: 1 } }),
      roundAt(topK, 2, { dimensions: { testing: 1 } }),
      roundAt(lruCache, 1, { dimensions: { testing: 1 } }),
    ];
    expect(area(records, 'dimension:coding:testing')?.questionIds).toEqual([
      'coding/longest-substring',
      'coding/minimum-window',
      'coding/max-vowels',
      'coding/merge-intervals',
      // Practised: two-sum 4 days ago, before top-k (2) and lru-cache (1).
      'coding/two-sum',
    ]);
  });
});

describe('what counts', () => {
  it('ignores rounds after now and rounds of a kind the registry does not hold', () => {
    const future = makeRecord({
      roundId: 'future',
      kind: 'coding',
      finishedAt: '2026-12-02T09:00:00.000Z',
      dimensions: { testing: 1 },
    });
    const retired = makeRecord({
      roundId: 'retired',
      kind: 'retired-kind',
      finishedAt: '2026-11-29T09:00:00.000Z',
      dimensions: { testing: 1 },
      flags: ['old-flag'],
    });
    expect(weakAreas([future, retired])).toEqual([]);
  });

  it('ranks by weight, highest first, every type on one scale', () => {
    const records = [5, 4, 3, 2, 1, 0].map((daysAgo) =>
      roundAt(deadline, daysAgo, {
        level: daysAgo < 2 ? 2 : 3,
        dimensions: { impact: 1, ownership: daysAgo % 2 === 0 ? 2 : 3 },
        flags: ['unquantified-result'],
      }),
    );
    const areas = weakAreas(records);
    const weights = areas.map((each) => each.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(areas.map((each) => each.id).slice(0, 3)).toEqual([
      'dimension:behavioral:impact',
      'flag:behavioral:unquantified-result',
      'dimension:behavioral:ownership',
    ]);
    for (const each of areas) expect(each.weight).toBeLessThan(1);
  });
});

describe('two thousand rounds', () => {
  // Every 3 hours for 250 days, coding and stories in turn, each with a planted pattern:
  // coding's testing climbs a level each quarter, failed submissions fall from 3 to 1, and
  // communication is No hire in the last 100 coding rounds; 3 stories in 4 have no number.
  const START_MS = Date.parse('2026-03-16T08:00:00.000Z');
  const codingBank = [
    twoSum,
    longestSubstring,
    minWindow,
    maxVowels,
    lruCache,
    topK,
    mergeIntervals,
  ];
  const storyBank = [deadline, outage, customer];
  const records = Array.from({ length: 2000 }, (_, i): PracticeRecord => {
    const finishedAt = new Date(START_MS + i * 3 * 3_600_000).toISOString();
    const nth = Math.floor(i / 2);
    if (i % 2 === 0) {
      const question = codingBank[nth % codingBank.length] ?? twoSum;
      return makeRecord({
        roundId: `c${i}`,
        kind: 'coding',
        questionId: question.id,
        title: question.title,
        finishedAt,
        topics: roundKinds.get('coding')?.progress.topicsOf(question) ?? [],
        dimensions: {
          'problem-solving': 3,
          testing: (1 + Math.floor((4 * i) / 2000)) as HiringLevel,
          communication: nth >= 900 ? 1 : 3,
        },
        measures: {
          timeToFirstAcceptedMs: 600_000,
          failedSubmissions: 3 - Math.floor((3 * i) / 2000),
          hintsUsed: 0,
        },
      });
    }
    const question = storyBank[nth % storyBank.length] ?? deadline;
    return makeRecord({
      roundId: `b${i}`,
      kind: 'behavioral',
      questionId: question.id,
      title: question.title,
      finishedAt,
      topics: roundKinds.get('behavioral')?.progress.topicsOf(question) ?? [],
      dimensions: { ownership: 3 },
      flags: nth % 4 === 0 ? [] : ['unquantified-result'],
    });
  });
  const now = new Date(START_MS + 2000 * 3 * 3_600_000).toISOString();
  const options = { ...OPTIONS, now };

  it('gives the planted trends and weak areas', () => {
    const trends = buildTrends(records, options);
    expect(trends.map((t) => [t.kind, t.rounds])).toEqual([
      ['behavioral', 1000],
      ['coding', 1000],
    ]);
    const codingTrends = trends[1];
    if (codingTrends === undefined) throw new Error('no coding trends');
    expect(codingTrends.score.points.reduce((sum, point) => sum + point.rounds, 0)).toBe(1000);
    const first = mondayOf(localDate(records[0]?.finishedAt ?? '', 'UTC'));
    const last = mondayOf(localDate(records.at(-1)?.finishedAt ?? '', 'UTC'));
    const weeks = daysBetween(first, last) / 7 + 1;
    expect(codingTrends.score.points).toHaveLength(weeks);
    const testing = codingTrends.dimensions.find((series) => series.id === 'testing');
    expect(testing).toMatchObject({
      direction: 'improving',
      sentence: `Testing rose from No hire to Strong hire over ${weeks} weeks.`,
    });
    const failed = codingTrends.measures.find((series) => series.id === 'failedSubmissions');
    expect(failed?.direction).toBe('improving');
    expect(failed?.sentence).toMatch(/^Failed submissions fell from 3 to /u);
    expect(codingTrends.perQuestion).toHaveLength(7);
    expect(codingTrends.perQuestion.reduce((sum, q) => sum + q.attempts.length, 0)).toBe(1000);
    expect(trends[0]?.recurringFlags.map((flag) => flag.sentence)).toEqual([
      '“Your result has no number” in 6 of your last 8 stories',
    ]);

    const areas = findWeakAreas(records, options);
    expect(areas.map((each) => [each.id, each.reason])).toEqual([
      [
        'dimension:coding:communication',
        'Communication was Lean no hire or lower in each of your last 10 coding rounds.',
      ],
      [
        'flag:behavioral:unquantified-result',
        '“Your result has no number” came up in 8 of your last 10 stories.',
      ],
    ]);
  });
});

describe('a kind added with one registry line', () => {
  it('gets weak areas from its own rubric, flag copy, topics and noun', () => {
    const tallies = [2, 1, 0].map((daysAgo) =>
      makeRecord({
        roundId: `t${daysAgo}`,
        kind: 'tally',
        questionId: null,
        finishedAt: new Date(Date.parse(NOW) - daysAgo * DAY_MS - 3_600_000).toISOString(),
        level: 1,
        dimensions: { accuracy: 1 },
        flags: ['miscounted'],
        topics: [{ type: 'skill', id: 'counting', label: 'counting' }],
      }),
    );
    const areas = findWeakAreas(tallies, { ...OPTIONS, registry: withTally });
    expect(areas.map((each) => [each.id, each.kind, each.reason])).toEqual([
      [
        'dimension:tally:accuracy',
        'tally',
        'Accuracy was Lean no hire or lower in each of your last 3 tally rounds.',
      ],
      [
        'topic:skill:counting',
        'tally',
        'You scored Lean no hire or lower on each of your last 3 counting tallies.',
      ],
      [
        'flag:tally:miscounted',
        'tally',
        '“The count is off” came up in each of your last 3 tallies.',
      ],
    ]);
    // No tally question in the bank: nothing to link to, and no other kind's questions.
    expect(areas.every((each) => each.questionIds.length === 0)).toBe(true);
  });
});
