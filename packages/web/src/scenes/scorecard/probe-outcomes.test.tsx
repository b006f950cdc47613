// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { evaluateBehavioralAnswer, type Evidence } from '@onsite/core';
import { afterEach, describe, expect, it } from 'vitest';
import { PartlyScoredNotice, ProbeOutcomes } from './probe-outcomes';

afterEach(cleanup);

const ANSWER = `Last spring our checkout service was timing out for about 3% of orders during peak traffic, and I owned its payment client.
My goal was to bring the error rate under 0.5% before the holiday sale, six weeks away.
I traced the timeouts and found the connection pool was exhausted by slow retries, so I capped retries with exponential backoff.
I rolled the change out behind a feature flag to 5% of traffic, watched p95 latency, then ramped to everyone.
Checkout errors fell from 3% to 0.2% and stayed there through the sale. I learned to load-test failure paths too.`;

describe('ProbeOutcomes (scorecard)', () => {
  it('says which probe changed which dimension, from what to what, and why, from a real evaluation', () => {
    const evaluation = evaluateBehavioralAnswer({
      prompt: 'Tell me about a reliability problem you fixed.',
      answer: ANSWER,
      replies: [
        {
          probe: 'Can you put a number on the outcome?',
          targetFlag: 'unquantified-result',
          reply: 'The team was much happier and on-call felt calmer afterwards.',
        },
        { probe: 'If you did this again, what would you do differently?', reply: 'idk' },
      ],
    });
    const quoted: Evidence[] = [];
    render(
      <ProbeOutcomes
        outcomes={evaluation.probeOutcomes ?? []}
        onQuote={(evidence) => quoted.push(evidence)}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toMatch(
      /^Probe 1 \(Impact and results\): your reply gave no figure → Impact and results lowered from .+ to .+/u,
    );
    expect(items[1]?.textContent).toContain(
      'Probe 2 (Reflection and learning): your reply ("idk") did not answer it → Reflection and learning lowered from',
    );
    fireEvent.click(screen.getByRole('button', { name: '“idk”' }));
    expect(quoted).toEqual([{ quote: 'idk', turn: 2, start: 0, end: 3 }]);
  });
});

describe('PartlyScoredNotice (scorecard)', () => {
  it('says how much of an over-long answer was scored, and shows nothing otherwise', () => {
    const { container } = render(<PartlyScoredNotice turns={[]} />);
    expect(container.textContent).toBe('');
    render(
      <PartlyScoredNotice
        turns={[{ turn: 0, scoredCharacters: 19_996, totalCharacters: 50_000 }]}
      />,
    );
    expect(screen.getByRole('note').textContent).toContain(
      'Only the first 19,996 of 50,000 characters of your main answer were scored',
    );
  });
});
