import { describe, expect, it } from 'vitest';
import { finishedRound } from './six-weeks.fixtures';
import { streakOf } from './streak';

// Friday 20 November 2026, 09:00 in Lisbon (UTC+0 in winter).
const now = '2026-11-20T09:00:00.000Z';
const timeZone = 'Europe/Lisbon';
const roundsOn = (...days: readonly number[]) =>
  days.map((day) =>
    finishedRound({
      kind: 'behavioral',
      questionId: 'behavioral/a',
      finishedAt: `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`,
      level: 3,
    }),
  );

describe('the practice streak', () => {
  it('counts the days in a row with a finished round, up to today', () => {
    expect(streakOf(roundsOn(16, 17, 18, 19, 20), { now, timeZone })).toEqual({
      days: 5,
      best: 5,
      practisedToday: true,
      forgivenDay: null,
      atRisk: false,
    });
  });

  it('forgives one missed day between practised days, without counting it', () => {
    expect(streakOf(roundsOn(15, 16, 18, 19, 20), { now, timeZone })).toMatchObject({
      days: 5,
      forgivenDay: '2026-11-17',
    });
  });

  it('ends with two missed days in a row', () => {
    expect(streakOf(roundsOn(13, 14, 15, 18, 19, 20), { now, timeZone })).toMatchObject({
      days: 3,
      best: 3,
      forgivenDay: null,
    });
  });

  it('is not ended by today not being practised yet', () => {
    expect(streakOf(roundsOn(17, 18, 19), { now, timeZone })).toEqual({
      days: 3,
      best: 3,
      practisedToday: false,
      forgivenDay: null,
      atRisk: false,
    });
  });

  it('is at risk when yesterday was missed and today is not practised yet', () => {
    expect(streakOf(roundsOn(16, 17, 18), { now, timeZone })).toEqual({
      days: 3,
      best: 3,
      practisedToday: false,
      forgivenDay: '2026-11-19',
      atRisk: true,
    });
  });

  it('is over when the last practised day was three days ago, keeping the best', () => {
    expect(streakOf(roundsOn(16, 17), { now, timeZone })).toEqual({
      days: 0,
      best: 2,
      practisedToday: false,
      forgivenDay: null,
      atRisk: false,
    });
  });

  it('keeps the best streak over the whole history', () => {
    const tenDays = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(streakOf(roundsOn(...tenDays, 18, 19, 20), { now, timeZone })).toMatchObject({
      days: 3,
      best: 10,
    });
  });

  it('counts several rounds on one day once, and no round after now', () => {
    const records = [
      ...roundsOn(19, 19, 19),
      ...roundsOn(20).map((round) => ({ ...round, finishedAt: '2026-11-20T18:00:00.000Z' })),
    ];
    expect(streakOf(records, { now, timeZone })).toMatchObject({
      days: 1,
      practisedToday: false,
    });
  });

  it('counts days where the candidate lives', () => {
    // 01:00 on the 20th in Tokyo, still the 19th in Lisbon.
    const late = [
      finishedRound({
        kind: 'coding',
        questionId: 'coding/a',
        finishedAt: '2026-11-19T16:00:00.000Z',
        level: 3,
      }),
    ];
    expect(streakOf(late, { now, timeZone: 'Asia/Tokyo' }).practisedToday).toBe(true);
    expect(streakOf(late, { now, timeZone }).practisedToday).toBe(false);
  });

  it('is zero with no history', () => {
    expect(streakOf([], { now, timeZone })).toEqual({
      days: 0,
      best: 0,
      practisedToday: false,
      forgivenDay: null,
      atRisk: false,
    });
  });
});
