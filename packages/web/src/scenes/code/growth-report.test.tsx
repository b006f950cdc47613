// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { describeGrowthClaim, type ComplexityReport } from '@onsite/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SubmissionSummary } from '../../api/contract';
import { GrowthReport } from './growth-report';
import { summarizeSubmission } from './submission-summary';

// uPlot (the chart) reads the pixel ratio through matchMedia as it loads; jsdom has none. The
// reports below carry no measurements, so no chart (no canvas, which jsdom cannot draw) renders.
vi.hoisted(() => {
  const noop = () => undefined;
  Object.defineProperty(window, 'matchMedia', {
    value: (media: string) => ({
      matches: false,
      media,
      onchange: null,
      addListener: noop,
      removeListener: noop,
      addEventListener: noop,
      removeEventListener: noop,
      dispatchEvent: () => false,
    }),
  });
});

afterEach(cleanup);

/** The report the issue saw: the times fit n² best, the verdict was inconclusive. */
const inconclusive: ComplexityReport = {
  fittedClass: 'n^2',
  expectedClass: 'n',
  measurements: [],
  verdict: 'inconclusive',
  message: 'These times fit O(n²) best, but O(n log n) fits them almost as well.',
  fits: [],
};

/** The history line the server sends for a report (its presenter reads describeGrowthClaim too). */
const lineFor = (report: ComplexityReport): SubmissionSummary => ({
  id: 's1',
  questionId: 'coding/pair-with-target-sum',
  language: 'python',
  mode: 'submit',
  status: 'done',
  verdict: 'Accepted',
  passed: 15,
  total: 15,
  maxTimeMs: 12.6,
  maxMemoryKb: 14540,
  errorMessage: null,
  fittedComplexity: describeGrowthClaim(report).label,
  createdAt: '2025-01-01T10:00:00.000Z',
});

const cardClass = (report: ComplexityReport): string | null => {
  const { getByTestId } = render(
    <GrowthReport complexity={{ status: 'done', report }} expected="O(n)" />,
  );
  return getByTestId('growth-fitted').textContent;
};

describe('the growth card and the submissions table', () => {
  it('both say "inconclusive" when the measurement is, never the class that merely fitted best', () => {
    for (const report of [inconclusive, { ...inconclusive, claimedClasses: [] }]) {
      const shown = cardClass(report);
      expect(shown).toBe('inconclusive');
      expect(summarizeSubmission(lineFor(report)).growth).toBe(shown);
      cleanup();
    }
  });

  it('both show the claimed class when there is one', () => {
    const claimed: ComplexityReport = {
      ...inconclusive,
      fittedClass: 'n log n',
      claimedClasses: ['n', 'n log n'],
      verdict: 'as-expected',
    };
    const shown = cardClass(claimed);
    expect(shown).toBe('O(n) or O(n log n)');
    expect(summarizeSubmission(lineFor(claimed)).growth).toBe(shown);
  });
});
