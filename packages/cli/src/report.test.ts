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
});
