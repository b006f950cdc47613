import { describe, expect, it } from 'vitest';
import { roundKinds } from '../rounds/registry';
import { countDueToday, todayQueue } from './queue';
import { reviewCards } from './schedule';
import { bankQuestion, finishedRound, weakArea } from './six-weeks.fixtures';
import type { PracticeRecord, ReviewCard, WeakArea } from './types';

const registry = roundKinds;
const timeZone = 'Europe/Lisbon';
// Friday 20 November 2026, 09:00 in Lisbon.
const now = '2026-11-20T09:00:00.000Z';
const daysAgo = (days: number): string =>
  new Date(Date.parse('2026-11-20T08:00:00.000Z') - days * 86_400_000).toISOString();

const queueFor = (
  records: readonly PracticeRecord[],
  bank: readonly string[],
  options: { readonly weakAreas?: readonly WeakArea[]; readonly size?: number } = {},
) =>
  todayQueue({
    cards: reviewCards(records, { registry, now }),
    records,
    questions: bank.map((id) => bankQuestion(id)),
    registry,
    weakAreas: options.weakAreas ?? [],
    now,
    timeZone,
    ...(options.size === undefined ? {} : { size: options.size }),
  });

/** A coding round whose rubric stays at Hire except where it says. */
const coding = (
  questionId: string,
  days: number,
  level: 1 | 2 | 3 | 4,
  dimensions: Record<string, 1 | 2 | 3 | 4> = {},
) =>
  finishedRound({
    kind: 'coding',
    questionId,
    finishedAt: daysAgo(days),
    level,
    dimensions: {
      'problem-solving': 3,
      'technical-competency': 3,
      testing: 3,
      communication: 3,
      ...dimensions,
    },
  });

const behavioral = (questionId: string, days: number, level: 1 | 2 | 3 | 4) =>
  finishedRound({
    kind: 'behavioral',
    questionId,
    finishedAt: daysAgo(days),
    level,
    dimensions: {
      structure: 3,
      ownership: 3,
      impact: 3,
      depth: 3,
      communication: 3,
      reflection: 3,
    },
  });

describe('Today’s queue', () => {
  it('brings back a due question with the level it scored and when', () => {
    const queue = queueFor([coding('coding/a', 6, 2)], ['coding/a', 'coding/b']);
    expect(queue[0]).toEqual({
      kind: 'coding',
      questionId: 'coding/a',
      title: 'a (title)',
      source: 'due-question',
      reason: 'Due again: you scored Lean no hire on it 6 days ago.',
      cardId: 'question:coding/a',
    });
  });

  it('never offers a question answered in the last 2 days, even when FSRS says it is due', () => {
    const yesterday = [coding('coding/a', 1, 1)];
    const cards = reviewCards(yesterday, { registry, now });
    expect(countDueToday(cards, { now, timeZone })).toBe(1); // Again: due a minute later
    expect(queueFor(yesterday, ['coding/a']).map((each) => each.questionId)).toEqual([]);

    const twoDaysAgo = [coding('coding/a', 2, 1)];
    expect(queueFor(twoDaysAgo, ['coding/a']).map((each) => each.questionId)).toEqual(['coding/a']);
  });

  it('answers a due weak dimension with a different question of its kind, one never practised first', () => {
    const records = [
      coding('coding/old', 7, 4, { testing: 4 }),
      coding('coding/recent', 1, 3, { testing: 2 }),
    ];
    const [first] = queueFor(records, ['coding/old', 'coding/recent', 'coding/fresh'], {
      size: 1,
    });
    expect(first).toMatchObject({
      questionId: 'coding/fresh',
      source: 'weak-dimension',
      cardId: 'dimension:coding:testing',
      reason: 'Testing is weak in your coding rounds: a problem you have not tried yet.',
    });
  });

  it('answers a due weak dimension with the question practised longest ago when every one has been tried', () => {
    const records = [
      coding('coding/oldest', 7, 4, { testing: 4 }),
      coding('coding/older', 4, 4, { testing: 4 }),
      coding('coding/recent', 1, 3, { testing: 2 }),
    ];
    const queue = queueFor(records, ['coding/older', 'coding/recent', 'coding/oldest']);
    // Strong hires 7 and 4 days ago are not due yet; only the testing card is.
    expect(queue).toEqual([
      expect.objectContaining({
        questionId: 'coding/oldest',
        source: 'weak-dimension',
        reason: 'Testing is weak in your coding rounds: a problem you last practised 7 days ago.',
      }),
    ]);
  });

  it('fills with the top weak areas’ questions, then new questions, kinds mixed', () => {
    const areas = [
      weakArea({
        id: 'topic:pattern:sliding-window',
        kind: 'coding',
        label: 'sliding window',
        reason: 'Sliding window is your weakest pattern: 3 of 4 rounds below Hire.',
        questionIds: ['coding/sw-1', 'coding/sw-2'],
      }),
      weakArea({
        id: 'story-gap:amazon/ownership',
        kind: 'behavioral',
        label: 'Ownership',
        reason: 'No story yet for Ownership.',
        questionIds: ['behavioral/own-1'],
      }),
    ];
    const queue = queueFor(
      [],
      ['coding/sw-1', 'coding/sw-2', 'coding/x', 'behavioral/own-1', 'behavioral/y'],
      { weakAreas: areas, size: 4 },
    );
    expect(queue.map((each) => [each.questionId, each.source, each.reason])).toEqual([
      [
        'coding/sw-1',
        'weak-area',
        'Sliding window is your weakest pattern: 3 of 4 rounds below Hire. A problem you have not tried yet.',
      ],
      ['behavioral/own-1', 'weak-area', 'New: Ownership, a principle with no story yet.'],
      ['coding/sw-2', 'new', 'New: a problem you have not tried yet.'],
      ['behavioral/y', 'new', 'New: a story you have not tried yet.'],
    ]);
  });

  it('offers what is due before any weak area or new question', () => {
    const areas = [
      weakArea({
        id: 'topic:pattern:trees',
        kind: 'coding',
        label: 'trees',
        reason: 'Trees are weak.',
        questionIds: ['coding/tree'],
      }),
    ];
    const queue = queueFor([coding('coding/a', 5, 3)], ['coding/a', 'coding/tree', 'coding/new'], {
      weakAreas: areas,
    });
    expect(queue.map((each) => each.source)).toEqual(['due-question', 'weak-area', 'new']);
  });

  it('takes kinds in turn when many are due, most overdue first within a kind', () => {
    const records = [
      coding('coding/c1', 9, 3),
      coding('coding/c2', 8, 3),
      coding('coding/c3', 7, 3),
      behavioral('behavioral/b1', 5, 3),
      behavioral('behavioral/b2', 4, 3),
    ];
    const bank = ['coding/c1', 'coding/c2', 'coding/c3', 'behavioral/b1', 'behavioral/b2'];
    expect(queueFor(records, bank, { size: 4 }).map((each) => each.questionId)).toEqual([
      'coding/c1',
      'behavioral/b1',
      'coding/c2',
      'behavioral/b2',
    ]);
  });

  it('never offers the same question twice', () => {
    const areas = [
      weakArea({
        id: 'topic:pattern:trees',
        kind: 'coding',
        label: 'trees',
        reason: 'Trees are weak.',
        questionIds: ['coding/a', 'coding/b'],
      }),
    ];
    const queue = queueFor([coding('coding/a', 5, 3)], ['coding/a', 'coding/b'], {
      weakAreas: areas,
    });
    expect(queue.map((each) => each.questionId)).toEqual(['coding/a', 'coding/b']);
  });

  it('offers only questions still in the bank, of kinds Onsite runs', () => {
    const queue = queueFor(
      [coding('coding/removed', 5, 3)],
      ['system-design/cache', 'coding/kept'],
    );
    expect(queue.map((each) => each.questionId)).toEqual(['coding/kept']);
  });
});

describe('cards due today', () => {
  const card = (due: string): ReviewCard => ({
    id: `question:${due}`,
    type: 'question',
    kind: 'coding',
    label: due,
    questionId: due,
    dimensionId: null,
    due,
    lastReview: null,
    reviews: 1,
    lapses: 0,
    stability: 1,
    difficulty: 5,
    state: 'review',
  });

  it('counts what falls due by the end of the candidate’s own day, not the UTC one', () => {
    const cards = [
      card('2026-11-19T01:00:00.000Z'), // overdue
      card('2026-11-20T14:30:00.000Z'), // 23:30 in Tokyo
      card('2026-11-20T15:30:00.000Z'), // 00:30 the next day in Tokyo, still the 20th in UTC
    ];
    expect(countDueToday(cards, { now, timeZone: 'Asia/Tokyo' })).toBe(2);
    expect(countDueToday(cards, { now, timeZone: 'UTC' })).toBe(3);
  });
});
