import { describe, expect, it } from 'vitest';
import { MAX_SCORED_CHARACTERS, evaluateBehavioralAnswer } from '@onsite/core';
import { formatEvaluation } from './report';

describe('formatEvaluation', () => {
  it('says when only the start of an over-long answer was scored', () => {
    const answer = 'I rewrote the importer and cut the nightly run from 90 to 20 minutes. '.repeat(
      600,
    );
    const report = formatEvaluation(
      evaluateBehavioralAnswer({ prompt: 'Tell me about a speed-up.', answer }),
    );
    expect(report).toContain(
      `characters were scored (the evaluator reads at most ${MAX_SCORED_CHARACTERS})`,
    );
    expect(report).toContain(`of ${answer.length} characters`);
  });

  it('says nothing of the kind for an answer within the limit', () => {
    expect(
      formatEvaluation(
        evaluateBehavioralAnswer({
          prompt: 'Tell me about a speed-up.',
          answer: 'I cut the run from 90 to 20 minutes.',
        }),
      ),
    ).not.toContain('were scored');
  });

  it('says how the score was reached: the weighted mean, the cap that held it down and the figures not counted', () => {
    const report = formatEvaluation(
      evaluateBehavioralAnswer({
        prompt: 'Tell me about a project that went wrong.',
        answer:
          'Our release slipped by three weeks. The QA team was useless and missed every regression. I rewrote the checkout validation in TypeScript and added unit tests for the payment form. Overall that year NPS rose by 35% and we saved around $200k.',
      }),
    );
    expect(report).toMatch(/How: the weighted mean of the dimensions is \d/u);
    expect(report).toMatch(/Held below 50 \(at most Lean no hire\) by blames-others: /u);
    expect(report).toContain('Not counted: "35%" shares no metric, system or subject');
  });
});
