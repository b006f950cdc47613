// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { evaluateCodingSubmission, type CodingEvaluation } from '@onsite/core';
import { afterEach, describe, expect, it } from 'vitest';
import { CodingDetails, codingFacts, formatDuration } from './coding-sections';

afterEach(cleanup);

const SOURCE = 'def pairWithTargetSum(nums, target):\n    tmp = {}\n    return [0, 1]\n';

const evaluated = (): CodingEvaluation => {
  const evaluation = evaluateCodingSubmission({
    question: {
      id: 'coding/pair-with-target-sum',
      title: 'Pair with a target sum',
      signature: {
        style: 'function',
        name: 'pairWithTargetSum',
        params: [
          { name: 'nums', type: 'int[]' },
          { name: 'target', type: 'int' },
        ],
        returns: 'int[]',
      },
      tests: [],
      expectedComplexity: 'O(n)',
      expectedSpace: 'O(n)',
      explanation: 'Walk the list once with a **hash map** from value to `position`.',
    },
    source: SOURCE,
    result: {
      verdict: 'Accepted',
      passed: 28,
      total: 28,
      tests: [],
      compileOutput: null,
      compileTimeMs: null,
      error: null,
      isolation: 'namespaces',
    },
    growth: null,
  });
  return {
    ...evaluation,
    claimedComplexity: 'O(n)',
    failedSubmissions: 2,
    timeToFirstAcceptedMs: 754_000,
    hintsUsed: 1,
    edgeCases: { named: ['the shortest list, two elements'], missed: ['values near the limits'] },
    codeSignals: [
      {
        id: 'cryptic-names',
        message: 'A name says nothing about what it holds: tmp.',
        evidence: [{ quote: '    tmp = {}', turn: 0, start: 37, end: 49, origin: 'code' }],
      },
    ],
  };
};

describe('formatDuration', () => {
  it('reads in minutes and seconds, seconds alone under a minute', () => {
    expect(formatDuration(754_000)).toBe('12 min 34 s');
    expect(formatDuration(40_400)).toBe('40 s');
  });
});

describe('codingFacts', () => {
  it('lists the verdict, tests passed, failed submits, time to the first Accepted and hints used', () => {
    expect(codingFacts(evaluated()).map((fact) => `${fact.label}: ${fact.value}`)).toEqual([
      'Final verdict: Accepted',
      'Tests passed: 28 of 28',
      'Failed submissions: 2',
      'Time to first Accepted: 12 min 34 s',
      'Hints used: 1',
    ]);
  });

  it('says when nothing was accepted and no hint or failed submit happened, rather than showing zeros', () => {
    const facts = codingFacts({
      ...evaluated(),
      timeToFirstAcceptedMs: null,
      failedSubmissions: 0,
      hintsUsed: 0,
    });
    expect(facts.map((fact) => fact.value)).toEqual([
      'Accepted',
      '28 of 28',
      'None',
      'Not accepted',
      'None',
    ]);
  });
});

describe('CodingDetails', () => {
  it('shows the complexity claimed vs expected vs measured, the edge cases named and missed, the code read as code, and the study view', () => {
    render(<CodingDetails evaluation={evaluated()} onQuote={() => undefined} />);

    const complexity = screen.getByRole('heading', { name: 'Time complexity' }).parentElement;
    expect(complexity?.textContent).toContain('You saidO(n)');
    expect(complexity?.textContent).toContain('ExpectedO(n)');
    expect(complexity?.textContent).toContain('MeasuredNot measured');

    const edges = screen.getByRole('heading', { name: 'Edge cases' }).parentElement;
    if (edges === null) throw new Error('no edge cases section');
    expect(within(edges).getByText('the shortest list, two elements')).toBeTruthy();
    expect(within(edges).getByText('values near the limits')).toBeTruthy();

    // Code evidence is the code's own lines, not a quote of something said.
    const code = screen.getByLabelText('From your code');
    expect(code.tagName).toBe('PRE');
    expect(code.textContent).toBe('    tmp = {}');
    expect(screen.queryByRole('button', { name: /tmp = \{\}/ })).toBeNull();

    const study = screen.getByRole('heading', {
      name: 'Study: the optimal approach',
    }).parentElement;
    if (study === null) throw new Error('no study section');
    expect(within(study).getByText('hash map').tagName).toBe('STRONG');
    expect(within(study).getByText('position').tagName).toBe('CODE');
    expect(within(study).getByText('Time O(n)')).toBeTruthy();
    expect(within(study).getByText('Space O(n)')).toBeTruthy();
  });
});
