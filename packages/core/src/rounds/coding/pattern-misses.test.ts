import { describe, expect, it } from 'vitest';
import { isCodingMiss, patternMissStep, type CodingAttempt } from './pattern-misses';

const miss = (pattern: string): CodingAttempt => ({
  patterns: [pattern, 'arrays-hashing'],
  missed: true,
});
const pass = (pattern: string): CodingAttempt => ({ patterns: [pattern], missed: false });

describe('where the misses cluster', () => {
  it('names the main pattern most of the last five misses share, with a practice action', () => {
    const step = patternMissStep([
      miss('sliding-window'),
      pass('sliding-window'),
      miss('graphs'),
      miss('sliding-window'),
      miss('dp-1d'),
      miss('sliding-window'),
      // Older than the last five misses: not counted.
      miss('graphs'),
      miss('graphs'),
    ]);
    expect(step).toEqual({
      id: 'pattern-misses-sliding-window',
      text: '3 of your last 5 misses were sliding window problems: practise another one next, and say the pattern out loud before you code.',
      action: { kind: 'practice', pattern: 'sliding-window' },
    });
  });

  it('says nothing when no pattern accounts for two misses, or there are none', () => {
    expect(
      patternMissStep([miss('graphs'), miss('trie'), pass('graphs'), pass('graphs')]),
    ).toBeNull();
    expect(patternMissStep([])).toBeNull();
  });

  it('counts a round as a miss when it was not Accepted or scored below hire', () => {
    expect(isCodingMiss({ verdict: 'Wrong Answer', level: 3 })).toBe(true);
    expect(isCodingMiss({ verdict: 'Accepted', level: 2 })).toBe(true);
    expect(isCodingMiss({ verdict: 'Accepted', level: 3 })).toBe(false);
  });
});
