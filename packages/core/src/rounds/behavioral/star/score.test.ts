import { describe, expect, it } from 'vitest';
import type { StarFlag } from '../flags';
import { BEHAVIORAL_DIMENSIONS } from '../question';
import type { FlagFinding, HiringLevel } from '../../types';
import { DIMENSION_NAMES, type WeightedJudgement } from './dimensions';
import { evaluateBehavioralAnswer } from './evaluate';
import { levelFromScore, scoreBreakdown } from './score';

/** Six dimensions at the given levels, weighted as the defaults weigh a story. */
const dimensionsAt = (level: HiringLevel): WeightedJudgement[] =>
  BEHAVIORAL_DIMENSIONS.map((dimension) => ({
    id: dimension,
    dimension,
    name: DIMENSION_NAMES[dimension],
    level,
    summary: `${dimension} at ${level}`,
    evidence: [],
    weight: dimension === 'ownership' || dimension === 'impact' ? 1.5 : 1,
  }));

const raised = (...flags: StarFlag[]): FlagFinding<StarFlag>[] =>
  flags.map((flag) => ({
    flag,
    message: flag,
    evidence: [{ quote: `evidence for ${flag}`, turn: 0, start: 0, end: 10 }],
  }));

describe('scoreBreakdown: how the overall score is reached', () => {
  it('is the weighted mean of the dimension points when nothing caps it', () => {
    const breakdown = scoreBreakdown({ dimensions: dimensionsAt(3), findings: [] });
    expect(breakdown.weightedMean).toBe(72);
    expect(breakdown.score).toBe(72);
    expect(breakdown.caps).toEqual([]);
    expect(breakdown.contributions.map((item) => [item.dimension, item.points])).toEqual(
      BEHAVIORAL_DIMENSIONS.map((dimension) => [dimension, 72]),
    );
  });

  it('never charges for length: too-short and too-long are advice', () => {
    const plain = scoreBreakdown({ dimensions: dimensionsAt(4), findings: [] });
    const short = scoreBreakdown({ dimensions: dimensionsAt(4), findings: raised('too-short') });
    const long = scoreBreakdown({ dimensions: dimensionsAt(4), findings: raised('too-long') });
    expect(short.score).toBe(plain.score);
    expect(long.score).toBe(plain.score);
    expect(short.findingsPenalty).toBe(0);
  });

  it.each<[StarFlag, HiringLevel]>([
    ['off-topic', 2],
    ['blames-others', 2],
    ['missing-result', 2],
    ['missing-action', 1],
  ])('holds a strong-hire row at most at level %s → %i, and names the cap', (flag, maxLevel) => {
    const breakdown = scoreBreakdown({ dimensions: dimensionsAt(4), findings: raised(flag) });
    expect(levelFromScore(breakdown.score)).toBeLessThanOrEqual(maxLevel);
    const cap = breakdown.caps.find((item) => item.source === flag);
    expect(cap?.binding).toBe(true);
    expect(cap?.maxLevel).toBe(maxLevel);
    expect(cap?.evidence[0]?.quote).toBe(`evidence for ${flag}`);
  });

  it('keeps capped answers in order: a better story under the same cap still scores higher', () => {
    const strong = scoreBreakdown({ dimensions: dimensionsAt(4), findings: raised('off-topic') });
    const fair = scoreBreakdown({ dimensions: dimensionsAt(3), findings: raised('off-topic') });
    expect(strong.score).toBeGreaterThan(fair.score);
  });

  it('compounds caps: blame with no lesson is held lower than blame alone', () => {
    const blame = scoreBreakdown({
      dimensions: dimensionsAt(3),
      findings: raised('blames-others'),
    });
    const both = scoreBreakdown({
      dimensions: dimensionsAt(3),
      findings: raised('blames-others', 'no-learning'),
    });
    expect(both.score).toBeLessThan(blame.score);
  });

  it('caps a story whose figures cannot be believed, quoting them', () => {
    const claim = { quote: 'from 10 minutes to 2 milliseconds', turn: 0, start: 0, end: 33 };
    const breakdown = scoreBreakdown({
      dimensions: dimensionsAt(4),
      findings: [],
      claims: { implausible: [claim], discounted: [] },
    });
    expect(levelFromScore(breakdown.score)).toBeLessThanOrEqual(2);
    expect(breakdown.caps[0]).toMatchObject({ source: 'implausible-figures', evidence: [claim] });
  });
});

describe('the evaluation explains its score', () => {
  const ANSWER = `Our payment webhook started charging some customers twice, and the engineer who wrote it was on leave. I traced the double charges to provider retries that the handler treated as new events. I added an idempotency key to the webhook handler, stored in Postgres with a unique index, rather than a distributed lock, because a lock would have failed open during a database failover. I replayed a week of recorded webhook events against staging before the release. Refunds went out the same afternoon and no charge has doubled since.`;

  it('carries a breakdown whose score is the evaluation score, and a reason for every dimension', () => {
    const evaluation = evaluateBehavioralAnswer({
      prompt: 'Tell me about a production problem you fixed.',
      answer: ANSWER,
    });
    expect(evaluation.scoreBreakdown?.score).toBe(evaluation.score);
    expect(evaluation.scoreBreakdown?.contributions.map((item) => item.reason)).toEqual(
      evaluation.dimensions.map((dimension) => dimension.summary),
    );
  });

  it('rates a concise strong story hire or better, with no figure and under 150 words', () => {
    const evaluation = evaluateBehavioralAnswer({
      prompt: 'Tell me about a production problem you fixed.',
      answer: ANSWER,
    });
    expect(evaluation.level).toBeGreaterThanOrEqual(3);
  });

  it('quotes an alternative in the depth reason only when the answer weighs one', () => {
    const withAlternative = evaluateBehavioralAnswer({
      prompt: 'Tell me about a production problem you fixed.',
      answer: ANSWER,
    });
    const without = evaluateBehavioralAnswer({
      prompt: 'Tell me about a production problem you fixed.',
      answer: ANSWER.replace(
        ', rather than a distributed lock, because a lock would have failed open during a database failover',
        '',
      ),
    });
    const depthOf = (evaluation: typeof without): string =>
      evaluation.dimensions.find((dimension) => dimension.id === 'depth')?.summary ?? '';
    expect(depthOf(withAlternative)).toMatch(/weighs an alternative \("[^"]*rather than/u);
    expect(depthOf(without)).toContain('weighs no alternative');
    expect(depthOf(without)).not.toMatch(/trade-off|weighs an alternative/u);
  });
});
