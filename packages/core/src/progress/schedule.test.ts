import { createEmptyCard, fsrs, Rating, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { roundKinds } from '../rounds/registry';
import { applyReview, gradeOf, reviewCards } from './schedule';
import { finishedRound } from './six-weeks.fixtures';

const registry = roundKinds;
const DAY = 86_400_000;
const daysAfter = (iso: string, due: string): number => (Date.parse(due) - Date.parse(iso)) / DAY;

describe('the review grade of a level', () => {
  it('is No hire → Again, Lean no hire → Hard, Hire → Good, Strong hire → Easy', () => {
    expect([gradeOf(1), gradeOf(2), gradeOf(3), gradeOf(4)]).toEqual([
      Rating.Again,
      Rating.Hard,
      Rating.Good,
      Rating.Easy,
    ]);
  });
});

describe('review cards, replayed from the history', () => {
  const monday = '2026-11-02T10:00:00.000Z';

  it('makes one card per practised bank question, reviewed at each finished round of it', () => {
    const cards = reviewCards(
      [
        finishedRound({
          kind: 'coding',
          questionId: 'coding/two-sum',
          finishedAt: monday,
          level: 3,
        }),
        finishedRound({
          kind: 'coding',
          questionId: 'coding/two-sum',
          finishedAt: '2026-11-05T10:00:00.000Z',
          level: 3,
        }),
        finishedRound({
          kind: 'behavioral',
          questionId: 'behavioral/hardest-bug',
          finishedAt: monday,
          level: 3,
        }),
      ],
      { registry, now: '2026-11-06T00:00:00.000Z' },
    );
    const twoSum = cards.find((card) => card.id === 'question:coding/two-sum');
    expect(twoSum).toMatchObject({
      type: 'question',
      kind: 'coding',
      questionId: 'coding/two-sum',
      dimensionId: null,
      reviews: 2,
      lastReview: '2026-11-05T10:00:00.000Z',
      state: 'review',
    });
    expect(cards.map((card) => card.id).sort()).toEqual([
      'question:behavioral/hardest-bug',
      'question:coding/two-sum',
    ]);
  });

  it('makes no question card for a round on a prompt of the candidate’s own', () => {
    const cards = reviewCards(
      [finishedRound({ kind: 'behavioral', questionId: null, finishedAt: monday, level: 3 })],
      { registry, now: monday },
    );
    expect(cards).toEqual([]);
  });

  it('brings a question back sooner the lower it scored: No hire within minutes, Strong hire after days', () => {
    const dueAfter = (level: 1 | 2 | 3 | 4): number => {
      const [card] = reviewCards(
        [finishedRound({ kind: 'coding', questionId: 'coding/a', finishedAt: monday, level })],
        { registry, now: monday },
      );
      return daysAfter(monday, card?.due ?? monday);
    };
    expect(dueAfter(1)).toBeLessThan(1 / 24);
    expect(dueAfter(1)).toBeLessThan(dueAfter(2));
    expect(dueAfter(2)).toBeLessThan(dueAfter(3));
    expect(dueAfter(3)).toBeLessThan(dueAfter(4));
    expect(dueAfter(4)).toBeGreaterThanOrEqual(7);
  });

  it('stretches the interval each time a question is passed again', () => {
    const finishedAt = ['2026-11-02T10:00:00.000Z', '2026-11-05T10:00:00.000Z'];
    const records = finishedAt.map((at) =>
      finishedRound({ kind: 'coding', questionId: 'coding/a', finishedAt: at, level: 3 }),
    );
    const afterOne = reviewCards(records.slice(0, 1), { registry, now: '2026-11-05T12:00:00Z' });
    const afterTwo = reviewCards(records, { registry, now: '2026-11-05T12:00:00Z' });
    const gap = (card: (typeof afterOne)[number] | undefined): number =>
      daysAfter(card?.lastReview ?? '', card?.due ?? '');
    expect(gap(afterTwo[0])).toBeGreaterThan(gap(afterOne[0]));
    expect(gap(afterTwo[0])).toBeGreaterThanOrEqual(7);
  });

  it('turns a dimension into a card the first time it scores Lean no hire or lower, then reviews it at every later round of the kind', () => {
    const rounds = [
      { at: '2026-11-02T10:00:00.000Z', testing: 3 },
      { at: '2026-11-03T10:00:00.000Z', testing: 2 },
      { at: '2026-11-06T10:00:00.000Z', testing: 3 },
      { at: '2026-11-09T10:00:00.000Z', testing: 4 },
    ] as const;
    const records = rounds.map((round, index) =>
      finishedRound({
        kind: 'coding',
        questionId: `coding/q${index}`,
        finishedAt: round.at,
        level: 3,
        dimensions: { testing: round.testing },
      }),
    );
    const cards = reviewCards(records, { registry, now: '2026-11-10T00:00:00.000Z' });
    const testing = cards.find((card) => card.id === 'dimension:coding:testing');
    expect(testing).toMatchObject({
      type: 'dimension',
      kind: 'coding',
      dimensionId: 'testing',
      questionId: null,
      label: 'Testing (Coding)',
      reviews: 3,
      lastReview: '2026-11-09T10:00:00.000Z',
    });
    // Dimensions that never dipped to Lean no hire are not cards.
    expect(cards.filter((card) => card.type === 'dimension').map((card) => card.id)).toEqual([
      'dimension:coding:testing',
    ]);
  });

  it('reviews a weak dimension only with rounds of its own kind', () => {
    const records = [
      finishedRound({
        kind: 'coding',
        questionId: 'coding/a',
        finishedAt: '2026-11-02T10:00:00.000Z',
        level: 3,
        dimensions: { communication: 1 },
      }),
      finishedRound({
        kind: 'behavioral',
        questionId: 'behavioral/b',
        finishedAt: '2026-11-03T10:00:00.000Z',
        level: 4,
      }),
    ];
    const cards = reviewCards(records, { registry, now: '2026-11-04T00:00:00.000Z' });
    expect(cards.find((card) => card.id === 'dimension:coding:communication')).toMatchObject({
      reviews: 1,
      lapses: 0,
      lastReview: '2026-11-02T10:00:00.000Z',
    });
    expect(cards.some((card) => card.id === 'dimension:behavioral:communication')).toBe(false);
  });

  it('replays in the order rounds finished, whatever order the history arrives in', () => {
    const records = [
      finishedRound({ kind: 'coding', questionId: 'coding/a', finishedAt: monday, level: 4 }),
      finishedRound({
        kind: 'coding',
        questionId: 'coding/a',
        finishedAt: '2026-11-12T10:00:00.000Z',
        level: 1,
      }),
    ];
    const now = '2026-11-13T00:00:00.000Z';
    const inOrder = reviewCards(records, { registry, now });
    expect(reviewCards([...records].reverse(), { registry, now })).toEqual(inOrder);
    // The No hire came last: the question lapsed and is due within minutes of it.
    const question = inOrder.find((card) => card.id === 'question:coding/a');
    expect(question).toMatchObject({ lapses: 1, state: 'relearning' });
    expect(daysAfter('2026-11-12T10:00:00.000Z', question?.due ?? '')).toBeLessThan(1 / 24);
  });

  it('does not count a round that finished after now', () => {
    const records = [
      finishedRound({ kind: 'coding', questionId: 'coding/a', finishedAt: monday, level: 3 }),
      finishedRound({
        kind: 'coding',
        questionId: 'coding/b',
        finishedAt: '2026-11-09T10:00:00.000Z',
        level: 3,
      }),
    ];
    const cards = reviewCards(records, { registry, now: '2026-11-05T00:00:00.000Z' });
    expect(cards.map((card) => card.id)).toEqual(['question:coding/a']);
  });

  it('lists cards soonest due first', () => {
    const records = [
      finishedRound({ kind: 'coding', questionId: 'coding/easy', finishedAt: monday, level: 4 }),
      finishedRound({ kind: 'coding', questionId: 'coding/hard', finishedAt: monday, level: 1 }),
    ];
    const cards = reviewCards(records, { registry, now: monday });
    // The No hire's question and its four dimensions are all due a minute later (ties by id).
    expect(cards.map((card) => card.id)).toEqual([
      'dimension:coding:communication',
      'dimension:coding:problem-solving',
      'dimension:coding:technical-competency',
      'dimension:coding:testing',
      'question:coding/hard',
      'question:coding/easy',
    ]);
  });
});

describe('the replay', () => {
  it('schedules every review exactly as ts-fsrs’s own scheduler does', () => {
    const scheduler = fsrs({ enable_fuzz: false });
    const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];
    // A fixed pseudo-random walk: grades 1–4, gaps from minutes to two months.
    let seed = 12_345;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let walk = 0; walk < 40; walk += 1) {
      let at = Date.parse('2026-01-05T09:00:00.000Z');
      let ours = createEmptyCard(new Date(at));
      let theirs = createEmptyCard(new Date(at));
      for (let review = 0; review < 30; review += 1) {
        const grade = GRADES[Math.floor(random() * 4)] ?? Rating.Good;
        ours = applyReview(ours, new Date(at), grade);
        theirs = scheduler.next(theirs, new Date(at), grade).card;
        expect(ours).toEqual(theirs);
        at += Math.floor(random() * 60 * 24 * 60) * 60_000;
      }
    }
  });
});

describe('review cards replayed from where the last replay stopped', () => {
  const levels: readonly (1 | 2 | 3 | 4)[] = [2, 1, 3, 4, 2, 3, 1, 4, 3, 2, 2, 4];
  const history = levels.map((level, index) =>
    finishedRound({
      kind: index % 3 === 0 ? 'behavioral' : 'coding',
      questionId: index % 3 === 0 ? 'behavioral/conflict' : `coding/q${index % 4}`,
      finishedAt: new Date(
        Date.parse('2026-11-02T10:00:00.000Z') + index * 1.7 * DAY,
      ).toISOString(),
      level,
      dimensions: { testing: level, communication: level === 4 ? 3 : 2 },
    }),
  );
  // A copy has no record in common with any replay kept: it is replayed whole.
  const fresh = (records: readonly (typeof history)[number][]) => structuredClone(records);

  it('gives the same cards as a whole replay as rounds finish one by one, out of order, re-scored and removed', () => {
    const now = '2026-12-31T00:00:00.000Z';
    // Each expected list first (a whole replay), then the one before it, then one more round.
    const afterOneMore = (records: readonly (typeof history)[number][]) => {
      const expected = reviewCards(fresh(records), { registry, now });
      reviewCards(records.slice(0, -1), { registry, now });
      return { actual: reviewCards(records, { registry, now }), expected };
    };
    for (let count = 1; count <= history.length; count += 1) {
      const { actual, expected } = afterOneMore(history.slice(0, count));
      expect(actual).toEqual(expected);
      // Nothing new: the same cards again.
      expect(reviewCards(history.slice(0, count), { registry, now })).toEqual(expected);
    }
    const [first, second, ...rest] = history;
    if (first === undefined || second === undefined) throw new Error('a history');
    const changes = [
      [second, first, ...rest],
      [first, { ...second, level: 4 as const }, ...rest],
      [first, ...rest],
      history,
    ];
    for (const records of changes) {
      const expected = reviewCards(fresh(records), { registry, now });
      reviewCards(history, { registry, now });
      expect(reviewCards(records, { registry, now })).toEqual(expected);
    }
    // A `now` before the last rounds replays fewer of them, then more again.
    const early = '2026-11-10T00:00:00.000Z';
    const [expectedEarly, expectedLate] = [early, now].map((at) =>
      reviewCards(fresh(history), { registry, now: at }),
    );
    expect(reviewCards(history, { registry, now: early })).toEqual(expectedEarly);
    expect(reviewCards(history, { registry, now })).toEqual(expectedLate);
  });
});
