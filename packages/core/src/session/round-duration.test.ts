import { describe, expect, it } from 'vitest';
import { makeBehavioralQuestion } from '../testing/fixtures';
import { DEFAULT_TIME_LIMIT_MS, roundTimeLimitMs } from './round-duration';

describe('roundTimeLimitMs', () => {
  it("uses the question's own minutes, so the timer matches what Practice promises", () => {
    expect(roundTimeLimitMs({ ...makeBehavioralQuestion(), timeLimitMinutes: 8 })).toBe(8 * 60_000);
  });

  it('gives a free-form question, or one without minutes, the default ten minutes', () => {
    expect(roundTimeLimitMs(null)).toBe(DEFAULT_TIME_LIMIT_MS);
    expect(roundTimeLimitMs({})).toBe(10 * 60_000);
  });
});
