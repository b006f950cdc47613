import {
  asUserId,
  describeGrowthClaim,
  type ComplexityReport,
  type SubmissionRecord,
} from '@onsite/core';
import { describe, expect, it } from 'vitest';
import { presentSummary } from './presenter';

/** The report the issue saw: the times fit n² best, but the fit itself called them inconclusive. */
const inconclusive: ComplexityReport = {
  fittedClass: 'n^2',
  expectedClass: 'n',
  measurements: [
    { n: 16000, timeMs: 4.3 },
    { n: 32000, timeMs: 2.3 },
    { n: 64000, timeMs: 5.3 },
  ],
  verdict: 'inconclusive',
  message: 'These times fit O(n²) best, but O(n log n) fits them almost as well.',
  fits: [],
};

const record = (report: ComplexityReport): SubmissionRecord => ({
  id: 'sub-1',
  userId: asUserId('user-1'),
  roundId: null,
  questionId: 'coding/pair-with-target-sum',
  language: 'python',
  mode: 'submit',
  source: 'def pairWithTargetSum(nums, target): ...',
  status: 'done',
  result: {
    verdict: 'Accepted',
    passed: 1,
    total: 1,
    tests: [{ index: 0, verdict: 'Accepted', timeMs: 1.5, memoryKb: 9000, sample: true }],
    compileOutput: null,
    compileTimeMs: null,
    error: null,
    isolation: 'namespaces',
  },
  error: null,
  complexity: { status: 'done', report },
  createdAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:00:01.000Z',
  judgedBy: null,
});

describe('a submission history line', () => {
  it('shows "inconclusive" for growth the card calls inconclusive, not the class that fitted best', () => {
    // Stored before claims existed (no claimedClasses) and stored after (an empty claim) alike.
    expect(presentSummary(record(inconclusive)).fittedComplexity).toBe('inconclusive');
    expect(presentSummary(record({ ...inconclusive, claimedClasses: [] })).fittedComplexity).toBe(
      'inconclusive',
    );
  });

  it('shows the class the card shows when the growth is claimed', () => {
    const claimed: ComplexityReport = {
      ...inconclusive,
      fittedClass: 'n log n',
      claimedClasses: ['n', 'n log n'],
      verdict: 'as-expected',
    };
    expect(presentSummary(record(claimed)).fittedComplexity).toBe('O(n) or O(n log n)');
    expect(presentSummary(record(claimed)).fittedComplexity).toBe(
      describeGrowthClaim(claimed).label,
    );
  });
});

describe('the peak memory of a history line', () => {
  const withMemory = (memory: readonly (number | null)[]): SubmissionRecord => {
    const base = record(inconclusive);
    if (base.result === null) throw new Error('the fixture has a result');
    return {
      ...base,
      result: {
        ...base.result,
        verdict: 'Time Limit Exceeded',
        tests: memory.map((memoryKb, index) => ({
          index,
          verdict: 'Accepted',
          timeMs: 1,
          memoryKb,
          sample: false,
        })),
      },
    };
  };

  it('is the largest peak measured, ignoring tests where none was', () => {
    expect(presentSummary(withMemory([9000, null, 12_000])).maxMemoryKb).toBe(12_000);
  });

  it('is null, never 0, when nothing was measured (a run killed for time; 0 is how that was stored before)', () => {
    expect(presentSummary(withMemory([null])).maxMemoryKb).toBeNull();
    expect(presentSummary(withMemory([0])).maxMemoryKb).toBeNull();
  });
});
