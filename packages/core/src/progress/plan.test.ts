import { describe, expect, it } from 'vitest';
import { roundKinds } from '../rounds/registry';
import { buildStudyPlan, plannedRoundMinutes } from './plan';
import { reviewCards } from './schedule';
import { bankQuestion, finishedRound, weakArea } from './six-weeks.fixtures';
import type { PlanSettings, PracticeRecord, StudyPlan, WeakArea } from './types';

const registry = roundKinds;
const timeZone = 'Europe/Lisbon';
// Friday 20 November 2026, 09:00 in Lisbon; the interview is on Monday 14 December.
const now = '2026-11-20T09:00:00.000Z';
const settings: PlanSettings = { targetDate: '2026-12-14', loop: 'general', hoursPerWeek: 6 };

const numbered = (kind: string, count: number, minutes?: number) =>
  Array.from({ length: count }, (_, index) =>
    bankQuestion(`${kind}/${kind.charAt(0)}${String(index + 1).padStart(2, '0')}`, minutes),
  );
// Coding rounds run as 45-minute interviews; these stories take 8 minutes each.
const questions = [...numbered('coding', 30, 30), ...numbered('behavioral', 60, 8)];

const slidingWindow = weakArea({
  id: 'topic:pattern:sliding-window',
  kind: 'coding',
  label: 'sliding window',
  reason: 'Sliding window is your weakest pattern: 3 of 4 rounds below Hire.',
  questionIds: ['coding/c05', 'coding/c06', 'coding/c07', 'coding/c08'],
});
const impact = weakArea({
  id: 'dimension:behavioral:impact',
  kind: 'behavioral',
  label: 'impact and results',
  reason: 'Impact and results is below Hire in 4 of your last 5 stories.',
  questionIds: ['behavioral/b03', 'behavioral/b04', 'behavioral/b05'],
});

const daysAgo = (days: number): string =>
  new Date(Date.parse('2026-11-20T08:00:00.000Z') - days * 86_400_000).toISOString();

const planFor = (
  options: {
    readonly records?: readonly PracticeRecord[];
    readonly weakAreas?: readonly WeakArea[];
    readonly settings?: Partial<PlanSettings>;
    readonly now?: string;
  } = {},
): StudyPlan => {
  const records = options.records ?? [];
  const at = options.now ?? now;
  return buildStudyPlan({
    settings: { ...settings, ...options.settings },
    records,
    weakAreas: options.weakAreas ?? [],
    cards: reviewCards(records, { registry, now: at }),
    questions,
    registry,
    now: at,
    timeZone,
  });
};
const minutesOfKind = (week: StudyPlan['weeks'][number] | undefined, kind: string): number =>
  (week?.items ?? [])
    .filter((item) => item.kind === kind)
    .reduce((sum, item) => sum + item.minutes, 0);

describe('the study plan', () => {
  it('times rounds as the engine runs them: coding as a 45-minute interview, stories by their own limit', () => {
    expect(plannedRoundMinutes(bankQuestion('coding/c01', 30), registry)).toBe(45);
    expect(plannedRoundMinutes(bankQuestion('behavioral/b01', 8), registry)).toBe(8);
    expect(plannedRoundMinutes(bankQuestion('behavioral/b01'), registry)).toBe(10);
  });

  it('runs week by week from today to the day before the interview, each week within its hours', () => {
    const plan = planFor();
    expect(plan.daysLeft).toBe(24);
    expect(plan.weeks.map((week) => week.start)).toEqual([
      '2026-11-20',
      '2026-11-23',
      '2026-11-30',
      '2026-12-07',
    ]);
    // Friday to Sunday is three days of seven: 154 of the week's 360 minutes.
    expect(plan.weeks[0]?.minutes).toBeLessThanOrEqual(154);
    for (const week of plan.weeks) {
      expect(week.minutes).toBeLessThanOrEqual(6 * 60);
      expect(week.minutes).toBe(week.items.reduce((sum, item) => sum + item.minutes, 0));
    }
    // A full week is filled to within the shortest round of its hours.
    expect(plan.weeks[1]?.minutes).toBeGreaterThan(6 * 60 - 8);
  });

  it('mixes kinds as the loop weighs them, moving kinds Onsite does not run yet onto those it does', () => {
    const general = planFor();
    expect(general.notes).toEqual([
      'System design and Object oriented design rounds are not in Onsite yet: their share of the standard onsite loop goes to coding and behavioral.',
    ]);
    // The standard onsite is two coding rounds to one behavioral once design is moved: 2/3 coding.
    const week = general.weeks[1];
    expect(minutesOfKind(week, 'coding') / (week?.minutes ?? 1)).toBeCloseTo(2 / 3, 1);

    const amazon = planFor({ settings: { loop: 'amazon' } }).weeks[1];
    expect(minutesOfKind(amazon, 'behavioral')).toBeGreaterThan(minutesOfKind(amazon, 'coding'));

    const google = planFor({ settings: { loop: 'google' } }).weeks[1];
    expect(minutesOfKind(google, 'coding')).toBeGreaterThan(minutesOfKind(week, 'coding'));
  });

  it('gives each early week one of the top weak areas as its focus, weakest first, with its reason', () => {
    const plan = planFor({ weakAreas: [slidingWindow, impact] });
    expect(plan.weeks.map((week) => week.focus)).toEqual([
      'Sliding window',
      'Impact and results in your behavioral rounds',
      'New questions across the loop',
      'Rehearsal of the standard onsite loop',
    ]);
    expect(plan.weeks[0]?.items.slice(0, 2)).toEqual([
      expect.objectContaining({
        questionId: 'coding/c05',
        minutes: 45,
        reason: 'Sliding window is your weakest pattern: 3 of 4 rounds below Hire.',
        weakAreaId: 'topic:pattern:sliding-window',
      }),
      expect.objectContaining({
        questionId: 'coding/c06',
        weakAreaId: 'topic:pattern:sliding-window',
      }),
    ]);
    // The other top weak area is worked on in week 1 too, then is week 2's focus.
    expect(plan.weeks[0]?.items.map((item) => item.questionId)).toContain('behavioral/b03');
    expect(plan.weeks[1]?.items.slice(0, 2).map((item) => item.questionId)).toEqual([
      'behavioral/b04',
      'behavioral/b05',
    ]);
  });

  it('puts each review card in the week it falls due', () => {
    const records = [
      finishedRound({ kind: 'coding', questionId: 'coding/c10', finishedAt: daysAgo(5), level: 2 }),
      finishedRound({ kind: 'coding', questionId: 'coding/c11', finishedAt: daysAgo(3), level: 4 }),
    ];
    const plan = planFor({ records });
    const week1 = plan.weeks[0]?.items.find((item) => item.questionId === 'coding/c10');
    expect(week1?.reason).toBe('Due for review: you scored Lean no hire on it 5 days ago.');
    // A Strong hire 3 days ago comes back eight days after it: in the week of 23 November.
    expect(plan.weeks[0]?.items.map((item) => item.questionId)).not.toContain('coding/c11');
    expect(plan.weeks[1]?.items.find((item) => item.questionId === 'coding/c11')?.reason).toBe(
      'Due for review: you scored Strong hire on it 3 days ago.',
    );
  });

  it('ends with a rehearsal of the loop on questions not seen, timed as in the interview', () => {
    const last = planFor().weeks.at(-1);
    expect(last?.focus).toBe('Rehearsal of the standard onsite loop');
    expect(last?.items.slice(0, 5).map((item) => [item.kind, item.minutes])).toEqual([
      ['coding', 45],
      ['behavioral', 8],
      ['coding', 45],
      ['behavioral', 8],
      ['coding', 45],
    ]);
    expect(last?.items[0]?.reason).toBe(
      'Rehearsal of the standard onsite loop, round 1 of 5: coding, 45 minutes as in the interview, on a problem you have not seen.',
    );
  });

  it('plans no question twice and says why each item is there', () => {
    const plan = planFor({ weakAreas: [slidingWindow, impact] });
    const ids = plan.weeks.flatMap((week) => week.items.map((item) => item.questionId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const week of plan.weeks)
      for (const item of week.items) expect(item.reason).toMatch(/^[A-Z].+\.$/u);
  });

  it('adapts as results come in: a No hire on a focus question brings it back, a fixed weak area leaves', () => {
    const before = planFor({ weakAreas: [slidingWindow, impact] });
    expect(before.weeks[0]?.focus).toBe('Sliding window');

    // A week later: c05 was answered with No hire, and sliding window is no longer weak.
    const later = '2026-11-27T09:00:00.000Z';
    const records = [
      finishedRound({
        kind: 'coding',
        questionId: 'coding/c05',
        finishedAt: '2026-11-24T10:00:00.000Z',
        level: 1,
      }),
    ];
    const after = planFor({ records, weakAreas: [impact], now: later });
    expect(after.weeks[0]?.focus).toBe(
      'Impact and results in your behavioral rounds and 2 due reviews',
    );
    expect(after.weeks[0]?.items.find((item) => item.questionId === 'coding/c05')?.reason).toBe(
      'Due for review: you scored No hire on it 3 days ago.',
    );
    expect(after.weeks.length).toBe(3);
  });

  it('says so when the interview date has passed or is today', () => {
    expect(planFor({ settings: { targetDate: '2026-11-19' } })).toEqual({
      settings: { ...settings, targetDate: '2026-11-19' },
      daysLeft: -1,
      weeks: [],
      notes: [
        'The interview date, 2026-11-19, has passed: set the date of your next interview to plan towards it.',
      ],
    });
    expect(planFor({ settings: { targetDate: '2026-11-20' } }).notes).toEqual([
      'The interview is today: nothing left to plan. Go over your notes and rest.',
    ]);
  });

  it('says so when the hours are too few for a round, or for the rehearsal', () => {
    expect(planFor({ settings: { hoursPerWeek: 0.1 } }).notes).toContain(
      '0.1 hours a week is less than one round (8 minutes): set more hours to get a plan.',
    );
    const twoHours = planFor({ settings: { hoursPerWeek: 2 } });
    expect(twoHours.notes).toContain(
      'The last week has 120 minutes, less than the 151 a rehearsal of the standard onsite loop takes: it holds 4 of its 5 rounds. More hours that week fit the whole loop.',
    );
    expect(twoHours.weeks.at(-1)?.minutes).toBeLessThanOrEqual(120);
  });
});
