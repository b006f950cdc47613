import { describe, expect, it } from 'vitest';
import {
  describeChart,
  describeGrowth,
  formatClass,
  formatDuration,
  formatSize,
  GROWTH_VERDICT,
} from './growth';

describe('the growth report in words', () => {
  it('writes classes as people do, and a dash when there is none', () => {
    expect(formatClass('n^2')).toBe('O(n²)');
    expect(formatClass(null)).toBe('—');
  });

  it('gives every verdict a word as well as a tone', () => {
    expect(GROWTH_VERDICT['as-expected']).toEqual({ label: 'As expected', tone: 'good' });
    expect(GROWTH_VERDICT['slower-than-expected'].tone).toBe('bad');
    expect(GROWTH_VERDICT.inconclusive.label).toBe('Inconclusive');
  });

  it('shows times with the precision that means something at their scale', () => {
    expect(formatDuration(0.4213)).toBe('0.42 ms');
    expect(formatDuration(12.34)).toBe('12.3 ms');
    expect(formatDuration(240.6)).toBe('241 ms');
    expect(formatDuration(1250)).toBe('1.25 s');
    expect(formatDuration(Number.NaN)).toBe('—');
  });

  it('groups the digits of sizes', () => {
    expect(formatSize(128000)).toBe('128,000');
  });

  it('sums up how time grew with n, from the first to the last size', () => {
    expect(
      describeGrowth({
        measurements: [
          { n: 4000, timeMs: 2 },
          { n: 8000, timeMs: 7.9 },
          { n: 128000, timeMs: 2100 },
        ],
      }),
    ).toBe('n grew ×32, time ×1050');
    expect(describeGrowth({ measurements: [{ n: 4000, timeMs: 2 }] })).toBeNull();
    expect(describeGrowth({ measurements: [] })).toBeNull();
  });

  it('reads the measurements out for a screen reader', () => {
    expect(
      describeChart({
        measurements: [
          { n: 1000, timeMs: 1.5 },
          { n: 2000, timeMs: 3 },
        ],
      }),
    ).toBe('Running time at 2 input sizes: 1.50 ms at n = 1,000, 3.00 ms at n = 2,000');
  });
});
