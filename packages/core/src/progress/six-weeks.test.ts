/**
 * Six weeks of practice, scripted, on a fixed clock: a candidate preparing for an Amazon loop
 * practises six days a week from Monday 19 October 2026 (Saturdays off, and one Wednesday missed).
 *
 * - Coding on Monday, Wednesday and Friday: problem solving, technical competency and communication
 *   rise from Lean no hire (weeks 1–2) to Hire (3–4) to Strong hire (5–6); testing stays at Lean no
 *   hire throughout. Sliding window is never practised.
 * - A story on Tuesday, Thursday and Sunday: every dimension rises the same way except impact,
 *   which stays at Lean no hire, and every story is flagged `unquantified-result`.
 *
 * What this history must give on Monday 30 November, before that day's practice: the schedule,
 * the weak areas in order, Today's queue, the streak and the plan to the interview on 21 December.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '../question/schema';
import { roundKinds } from '../rounds/registry';
import type { HiringLevel } from '../rounds/types';
import { makeBehavioralQuestion, makeCodingQuestion } from '../testing/fixtures';
import { addDays, localDate } from './calendar';
import { buildProgressDashboard } from './dashboard';
import { buildStudyPlan } from './plan';
import { countDueToday, todayQueue } from './queue';
import { reviewCards } from './schedule';
import { finishedRound } from './six-weeks.fixtures';
import { streakOf } from './streak';
import type { PlanSettings, PracticeRecord } from './types';
import { findWeakAreas } from './weak-areas';

const registry = roundKinds;
const timeZone = 'Europe/Lisbon';
const FIRST_MONDAY = '2026-10-19';
/** Monday of week 7, 08:00 in Lisbon, before that day's practice. */
const NOW = '2026-11-30T08:00:00.000Z';
const settings: PlanSettings = { targetDate: '2026-12-21', loop: 'amazon', hoursPerWeek: 6 };

const coding = (slug: string, pattern: string): Question => {
  const base = makeCodingQuestion();
  return {
    ...base,
    slug,
    id: `coding/${slug}`,
    title: slug.replaceAll('-', ' '),
    patterns: [pattern] as typeof base.patterns,
  };
};
const story = (slug: string, principle: string): Question =>
  makeBehavioralQuestion({
    slug,
    title: slug.replaceAll('-', ' '),
    competencies: ['ownership'],
    principles: [principle],
  });

const codingPractised = [
  coding('two-sum', 'arrays-hashing'),
  coding('group-anagrams', 'arrays-hashing'),
  coding('pair-sum-sorted', 'two-pointers'),
  coding('three-sum', 'two-pointers'),
  coding('max-depth', 'trees'),
  coding('level-order', 'trees'),
  coding('top-k', 'heap'),
  coding('merge-intervals', 'intervals'),
  coding('valid-parentheses', 'stack'),
];
const neverPractised = [
  coding('longest-substring', 'sliding-window'),
  coding('max-vowels', 'sliding-window'),
  coding('number-of-islands', 'graphs'),
  coding('course-schedule', 'graphs'),
  coding('coin-change', 'dp-1d'),
  coding('climbing-stairs', 'dp-1d'),
  coding('kth-largest', 'heap'),
  coding('search-rotated', 'binary-search'),
];
const stories = [
  story('owned-an-outage', 'amazon/ownership'),
  story('delighted-a-customer', 'amazon/customer-obsession'),
  story('disagreed-and-committed', 'amazon/have-backbone-disagree-and-commit'),
  story('delivered-despite-setback', 'amazon/deliver-results'),
];
const storiesNotTold = [
  story('dove-into-the-data', 'amazon/dive-deep'),
  story('moved-fast', 'amazon/bias-for-action'),
  story('did-more-with-less', 'amazon/frugality'),
  story('simplified-a-system', 'amazon/invent-and-simplify'),
  story('raised-the-bar', 'amazon/insist-on-the-highest-standards'),
  story('won-back-trust', 'amazon/earn-trust'),
];
const BANK: readonly Question[] = [
  ...codingPractised,
  ...neverPractised,
  ...stories,
  ...storiesNotTold,
];
const storyPrinciples = new Set(['amazon/ownership', 'amazon/deliver-results']);

const levelInWeek = (week: number): HiringLevel => (week < 2 ? 2 : week < 4 ? 3 : 4);

/** The scripted history of the first `weeks` weeks (0-based day offsets from the first Monday). */
const practice = (weeks: number): PracticeRecord[] => {
  const records: PracticeRecord[] = [];
  let codingTurn = 0;
  let storyTurn = 0;
  for (let week = 0; week < weeks; week += 1) {
    const level = levelInWeek(week);
    for (const [weekday, kind] of [
      [0, 'coding'],
      [1, 'behavioral'],
      [2, 'coding'],
      [3, 'behavioral'],
      [4, 'coding'],
      [6, 'behavioral'],
    ] as const) {
      const day = addDays(FIRST_MONDAY, week * 7 + weekday);
      if (day === '2026-11-18') continue; // the missed Wednesday of week 5
      const finishedAt = `${day}T19:00:00.000Z`;
      if (kind === 'coding') {
        const question = codingPractised[codingTurn % codingPractised.length];
        codingTurn += 1;
        if (question === undefined) continue;
        records.push(
          finishedRound({
            kind,
            questionId: question.id,
            title: question.title,
            topics: registry.get(kind)?.progress.topicsOf(question) ?? [],
            finishedAt,
            level: level === 4 ? 3 : level,
            dimensions: {
              'problem-solving': level,
              'technical-competency': level,
              communication: level,
              testing: 2,
            },
          }),
        );
      } else {
        const question = stories[storyTurn % stories.length];
        storyTurn += 1;
        if (question === undefined) continue;
        records.push(
          finishedRound({
            kind,
            questionId: question.id,
            title: question.title,
            topics: registry.get(kind)?.progress.topicsOf(question) ?? [],
            finishedAt,
            level: level === 4 ? 3 : level,
            dimensions: {
              structure: level,
              ownership: level,
              depth: level,
              communication: level,
              reflection: level,
              impact: 2,
            },
            flags: ['unquantified-result'],
          }),
        );
      }
    }
  }
  return records;
};

const history = practice(6);

const cards = reviewCards(history, { registry, now: NOW });
const weakAreas = findWeakAreas(history, {
  registry,
  questions: BANK,
  storyPrinciples,
  now: NOW,
  timeZone,
});
const plan = buildStudyPlan({
  settings,
  records: history,
  weakAreas,
  cards,
  questions: BANK,
  registry,
  now: NOW,
  timeZone,
});
const dueBy = (day: string): string[] =>
  cards.filter((card) => localDate(card.due, timeZone) <= day).map((card) => card.id);
const dueOn = (id: string): string =>
  localDate(cards.find((card) => card.id === id)?.due ?? '', timeZone);

describe('six weeks of practice, read on Monday 30 November', () => {
  it('has every finished round in the history: 6 a week, less the missed Wednesday', () => {
    expect(history).toHaveLength(35);
  });

  it('has due today the weak dimensions and the problems not yet passed twice in a row', () => {
    expect(countDueToday(cards, { now: NOW, timeZone })).toBe(9);
    expect(dueBy('2026-11-30').sort()).toEqual([
      // Lean no hire in every round: FSRS keeps them in its short learning steps.
      'dimension:behavioral:impact',
      'dimension:coding:testing',
      // Lean no hire in weeks 1–2, one Hire since: not yet spaced out in days.
      'question:coding/group-anagrams',
      'question:coding/level-order',
      'question:coding/max-depth',
      'question:coding/pair-sum-sorted',
      'question:coding/three-sum',
      'question:coding/two-sum',
      // Practised once, in week 3.
      'question:coding/valid-parentheses',
    ]);
    expect(cards.find((card) => card.id === 'dimension:coding:testing')).toMatchObject({
      state: 'learning',
      reviews: 17,
    });
  });

  it('spaces out what was passed: two Hires by the end of December, Strong hires to mid-January', () => {
    expect(dueOn('question:coding/top-k')).toBe('2026-12-29');
    expect(dueOn('question:coding/merge-intervals')).toBe('2026-12-31');
    expect(dueOn('dimension:coding:problem-solving')).toBe('2027-01-15');
    expect(dueOn('dimension:behavioral:structure')).toBe('2027-01-23');
    expect(dueBy('2026-12-28')).not.toContain('question:coding/top-k');
    expect(dueBy('2026-12-29')).toContain('question:coding/top-k');
  });

  it('ranks the weak areas: impact and the unquantified result, then testing, then principles with no story', () => {
    expect(weakAreas.slice(0, 3).map((area) => area.id)).toEqual([
      'dimension:behavioral:impact',
      'flag:behavioral:unquantified-result',
      'dimension:coding:testing',
    ]);
    expect(weakAreas.slice(3).every((area) => area.type === 'story-gap')).toBe(true);
    // What rose to Strong hire is no longer weak; a pattern never practised has no evidence.
    const ids = weakAreas.map((area) => area.id);
    expect(ids).not.toContain('dimension:coding:problem-solving');
    expect(ids.some((id) => id.includes('sliding-window'))).toBe(false);
    // Testing's questions start with the sliding window problems never tried.
    expect(weakAreas[2]?.questionIds.slice(0, 2)).toEqual([
      'coding/longest-substring',
      'coding/max-vowels',
    ]);
  });

  it('offers today the most overdue problem, a story for impact, then the next problem', () => {
    const today = todayQueue({
      cards,
      records: history,
      questions: BANK,
      registry,
      weakAreas,
      now: NOW,
      timeZone,
    });
    expect(today.map((each) => [each.questionId, each.reason])).toEqual([
      ['coding/valid-parentheses', 'Due again: you scored Hire on it 24 days ago.'],
      [
        'behavioral/dove-into-the-data',
        'Impact and results is weak in your behavioral rounds: a story you have not tried yet.',
      ],
      ['coding/two-sum', 'Due again: you scored Hire on it 21 days ago.'],
    ]);
  });

  it('keeps a 35-day streak, Saturdays and the missed Wednesday forgiven', () => {
    expect(streakOf(history, { now: NOW, timeZone })).toEqual({
      days: 35,
      best: 35,
      practisedToday: false,
      forgivenDay: '2026-11-28',
      atRisk: false,
    });
  });

  it('plans three weeks to the Amazon interview: impact and due reviews first, testing next, then a rehearsal', () => {
    expect(plan.notes).toEqual([
      'System design rounds are not in Onsite yet: their share of the Amazon loop goes to behavioral and coding.',
    ]);
    expect(plan.weeks.map((week) => [week.start, week.focus])).toEqual([
      ['2026-11-30', 'Impact and results in your behavioral rounds and 7 due reviews'],
      ['2026-12-07', 'Testing in your coding rounds and 2 due reviews'],
      ['2026-12-14', 'Rehearsal of the Amazon loop'],
    ]);
    const [first, second, last] = plan.weeks;
    expect(first?.items[0]).toMatchObject({
      questionId: 'behavioral/simplified-a-system',
      weakAreaId: 'dimension:behavioral:impact',
      reason:
        'Impact and results was Lean no hire or lower in each of your last 10 behavioral rounds.',
    });
    expect(first?.items.filter((item) => item.reason.startsWith('Due for review')).length).toBe(6);
    // The never-practised sliding window problem opens the testing week.
    expect(second?.items[0]).toMatchObject({
      questionId: 'coding/longest-substring',
      weakAreaId: 'dimension:coding:testing',
    });
    expect(last?.items.map((item) => [item.kind, item.questionId])).toEqual([
      ['behavioral', 'behavioral/dove-into-the-data'],
      ['coding', 'coding/climbing-stairs'],
      ['behavioral', 'behavioral/moved-fast'],
      ['coding', 'coding/kth-largest'],
      ['behavioral', 'behavioral/did-more-with-less'],
    ]);
    for (const week of plan.weeks) expect(week.minutes).toBeLessThanOrEqual(6 * 60);
  });

  it('adapted as results came in: read after week 3, the same loop had more to fix and more weeks', () => {
    const after3 = '2026-11-09T08:00:00.000Z';
    const early = practice(3);
    const earlyAreas = findWeakAreas(early, {
      registry,
      questions: BANK,
      storyPrinciples,
      now: after3,
      timeZone,
    });
    // Problem solving was still Lean no hire in weeks 1–2; by week 6 it is gone.
    expect(earlyAreas.map((area) => area.id)).toContain('dimension:coding:problem-solving');
    const earlyCards = reviewCards(early, { registry, now: after3 });
    const earlyPlan = buildStudyPlan({
      settings,
      records: early,
      weakAreas: earlyAreas,
      cards: earlyCards,
      questions: BANK,
      registry,
      now: after3,
      timeZone,
    });
    expect(earlyPlan.weeks).toHaveLength(6);
    // top-k, passed once by then, was due in the plan's second week; passed again since, it is
    // out of the plan until late December.
    expect(
      earlyPlan.weeks[1]?.items.find((item) => item.questionId === 'coding/top-k')?.reason,
    ).toBe('Due for review: you scored Hire on it 7 days ago.');
    const dueTopK = plan.weeks
      .flatMap((week) => week.items)
      .filter((item) => item.questionId === 'coding/top-k' && item.reason.startsWith('Due'));
    expect(dueTopK).toEqual([]);
  });

  it('reads the same on the dashboard, in one call', () => {
    const dashboard = buildProgressDashboard({
      records: history,
      questions: BANK,
      registry,
      storyPrinciples,
      settings,
      now: NOW,
      timeZone,
    });
    expect(dashboard.rounds).toBe(35);
    expect(dashboard.dueCount).toBe(9);
    expect(dashboard.weakAreas).toEqual(weakAreas);
    expect(dashboard.plan).toEqual(plan);
    expect(dashboard.today[0]?.questionId).toBe('coding/valid-parentheses');
    expect(dashboard.streak.days).toBe(35);
    expect(dashboard.trends.map((trend) => trend.kind)).toEqual(['behavioral', 'coding']);
  });
});
