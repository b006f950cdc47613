import { describe, expect, it } from 'vitest';
import { gradeOfRounds } from './grade';

describe('gradeOfRounds', () => {
  it('has no grade until a round is scored', () => {
    expect(gradeOfRounds([])).toEqual({ score: null, level: null });
  });

  it('is the one scored round itself', () => {
    expect(gradeOfRounds([{ score: 83, level: 4 }])).toEqual({ score: 83, level: 4 });
  });

  it('rounds the mean score to the nearest whole number', () => {
    expect(
      gradeOfRounds([
        { score: 70, level: 3 },
        { score: 71, level: 3 },
      ]).score,
    ).toBe(71);
    expect(
      gradeOfRounds([
        { score: 70, level: 3 },
        { score: 70, level: 3 },
        { score: 71, level: 3 },
      ]).score,
    ).toBe(70);
  });

  it('rounds the mean level down: one hire and one lean no hire is not a hire', () => {
    expect(
      gradeOfRounds([
        { score: 80, level: 3 },
        { score: 40, level: 2 },
      ]).level,
    ).toBe(2);
    expect(
      gradeOfRounds([
        { score: 90, level: 4 },
        { score: 90, level: 4 },
        { score: 60, level: 3 },
      ]).level,
    ).toBe(3);
  });
});
