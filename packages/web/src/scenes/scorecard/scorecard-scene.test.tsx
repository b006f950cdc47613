// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  asRoundId,
  asSessionId,
  CODING_FLAG_COPY,
  evaluateBehavioralAnswer,
  evaluateCodingSubmission,
  FLAG_COPY,
  LOCAL_USER_ID,
  type AnswerEvaluation,
  type Round,
  type Turn,
} from '@onsite/core';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { ToastProvider } from '../../components/toast';
import { Scorecard } from './scorecard-scene';

afterEach(cleanup);

const AT = '2026-12-04T08:00:00.000Z';

const finishedRound = (evaluation: AnswerEvaluation, answer: string): Round => {
  const transcript: Turn[] = [
    { index: 0, speaker: 'interviewer', purpose: 'question', text: 'The question', at: AT },
    { index: 1, speaker: 'candidate', purpose: 'answer', text: answer, at: AT },
  ];
  return {
    id: asRoundId('round-1'),
    sessionId: asSessionId('session-1'),
    userId: LOCAL_USER_ID,
    position: 0,
    kind: evaluation.kind,
    questionId: null,
    title: 'A round',
    prompt: 'The question',
    status: 'finished',
    transcript,
    draft: null,
    timeLimitMs: 600_000,
    startedAt: AT,
    finishedAt: AT,
    elapsedMs: 60_000,
    interimEvaluation: evaluation,
    scorecard: { evaluation, interviewer: 'built-in', evaluatedAt: AT },
  };
};

const showScorecard = (evaluation: AnswerEvaluation, answer: string) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ToastProvider>
        <MemoryRouter>
          <Scorecard
            round={finishedRound(evaluation, answer)}
            evaluation={evaluation}
            evaluatedAt={AT}
          />
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );

const WEAK_ANSWER = 'We fixed the problem and things got kind of better after a while.';

describe('Scorecard', () => {
  it("shows a behavioral round's word count and its flags in the behavioral kind's words", () => {
    const evaluation = evaluateBehavioralAnswer({
      prompt: 'Tell me about a bug.',
      answer: WEAK_ANSWER,
    });
    const firstFlag = evaluation.flags[0];
    expect(firstFlag).toBeDefined();
    if (firstFlag === undefined) return;
    showScorecard(evaluation, WEAK_ANSWER);

    expect(screen.getByText('13 words in the main answer')).toBeTruthy();
    const chips = screen.getAllByRole('button', { expanded: false });
    expect(chips.map((chip) => chip.textContent)).toEqual(
      evaluation.flags.map((finding) => FLAG_COPY[finding.flag].label),
    );
    fireEvent.click(screen.getByRole('button', { name: FLAG_COPY[firstFlag.flag].label }));
    expect(screen.getByText(FLAG_COPY[firstFlag.flag].whyItMatters)).toBeTruthy();
  });

  it('shows an answer to another question as "Does not answer the question", with what the question asked for', () => {
    const answer =
      'Last spring I moved our nightly reports from a single Postgres replica to a read pool with PgBouncer, because the reports timed out twice a week. Since then the reports finish by 6 am every day and nobody has paged for them.';
    const evaluation = evaluateBehavioralAnswer({
      prompt: 'Tell me about a time you disagreed with your manager.',
      answer,
    });
    showScorecard(evaluation, answer);

    const label = FLAG_COPY['off-topic'].label;
    expect(label).toBe('Does not answer the question');
    fireEvent.click(screen.getByRole('button', { name: label }));
    expect(screen.getByText(FLAG_COPY['off-topic'].whyItMatters)).toBeTruthy();
    expect(screen.getByText(/The question asks about "disagreed"/u)).toBeTruthy();
  });

  it("shows a coding round's tests passed and its flags in the coding kind's words, with no word count", () => {
    const source = 'def two_sum(nums, target):\n    return [0, 1]\n';
    const evaluation = evaluateCodingSubmission({
      question: {
        id: 'coding/two-sum',
        title: 'Two Sum',
        signature: {
          style: 'function',
          name: 'two_sum',
          params: [
            { name: 'nums', type: 'int[]' },
            { name: 'target', type: 'int' },
          ],
          returns: 'int[]',
        },
        tests: [],
      },
      source,
      result: {
        verdict: 'Wrong Answer',
        passed: 3,
        total: 10,
        tests: [],
        compileOutput: null,
        compileTimeMs: null,
        error: null,
        isolation: 'namespaces',
      },
      growth: null,
    });
    showScorecard(evaluation, source);

    expect(screen.getByText('3 of 10 tests passed')).toBeTruthy();
    expect(screen.queryByText(/words in the main answer/)).toBeNull();
    const copy = CODING_FLAG_COPY['fails-tests'];
    fireEvent.click(screen.getByRole('button', { name: copy.label }));
    expect(screen.getByText(copy.howToFix)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Practise this question/ })).toBeTruthy();
  });

  it("shows a dimension's evidence from the code as the code's lines, not as a quote to find in what was said", () => {
    const source = 'def two_sum(nums, target):\n    return [0, 1]\n';
    const base = evaluateCodingSubmission({
      question: null,
      source,
      result: {
        verdict: 'Accepted',
        passed: 10,
        total: 10,
        tests: [],
        compileOutput: null,
        compileTimeMs: null,
        error: null,
        isolation: 'namespaces',
      },
      growth: null,
    });
    const [first, ...rest] = base.dimensions;
    if (first === undefined) throw new Error('no dimension');
    const evaluation = {
      ...base,
      dimensions: [
        {
          ...first,
          evidence: [
            { quote: '    return [0, 1]', turn: 0, start: 27, end: 44, origin: 'code' as const },
          ],
        },
        ...rest,
      ],
    };
    showScorecard(evaluation, 'Can the list be empty?');

    const code = screen.getAllByLabelText('From your code')[0];
    expect(code?.tagName).toBe('PRE');
    expect(code?.textContent).toBe('    return [0, 1]');
    expect(screen.queryByRole('button', { name: /return \[0, 1\]/ })).toBeNull();
  });
});
