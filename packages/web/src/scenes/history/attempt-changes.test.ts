import type { PracticeRecord } from '@onsite/core';
import { describe, expect, it } from 'vitest';
import { attemptChanges, inOrder } from './attempt-changes';

const record = (overrides: Partial<PracticeRecord>): PracticeRecord => ({
  roundId: 'r1',
  sessionId: 's1',
  kind: 'behavioral',
  questionId: 'behavioral/hardest-bug',
  title: 'The hardest bug',
  startedAt: '2026-11-01T10:00:00.000Z',
  finishedAt: '2026-11-01T10:10:00.000Z',
  elapsedMs: 600_000,
  score: 40,
  level: 2,
  dimensions: [],
  flags: [],
  topics: [],
  measures: {},
  text: '',
  ...overrides,
});

describe('what changed between two attempts', () => {
  const earlier = record({
    roundId: 'early',
    score: 38.6,
    level: 2,
    dimensions: [
      { id: 'impact', name: 'Impact and results', level: 1 },
      { id: 'ownership', name: 'Ownership', level: 3 },
      { id: 'star', name: 'STAR structure', level: 2 },
    ],
    flags: ['unquantified-result', 'vague-language'],
  });
  const later = record({
    roundId: 'late',
    finishedAt: '2026-11-20T10:00:00.000Z',
    score: 71.2,
    level: 3,
    dimensions: [
      { id: 'impact', name: 'Impact and results', level: 3 },
      { id: 'ownership', name: 'Ownership', level: 2 },
      { id: 'reflection', name: 'Reflection', level: 3 },
    ],
    flags: ['vague-language', 'too-short'],
  });

  it('names each dimension’s levels before and after, and the levels gained or lost', () => {
    const changes = attemptChanges(earlier, later);
    expect(changes.scoreChange).toBe(32);
    expect(changes.levelChange).toBe(1);
    expect(changes.dimensions).toEqual([
      { id: 'impact', name: 'Impact and results', before: 1, after: 3, change: 2 },
      { id: 'ownership', name: 'Ownership', before: 3, after: 2, change: -1 },
      { id: 'star', name: 'STAR structure', before: 2, after: null, change: null },
      { id: 'reflection', name: 'Reflection', before: null, after: 3, change: null },
    ]);
  });

  it('tells the flags that went, came and stayed', () => {
    const changes = attemptChanges(earlier, later);
    expect(changes.flagsRemoved).toEqual(['unquantified-result']);
    expect(changes.flagsAdded).toEqual(['too-short']);
    expect(changes.flagsKept).toEqual(['vague-language']);
  });

  it('puts the earlier attempt first whichever order the link asked for', () => {
    expect(inOrder(later, earlier).map((each) => each.roundId)).toEqual(['early', 'late']);
    expect(inOrder(earlier, later).map((each) => each.roundId)).toEqual(['early', 'late']);
  });
});
