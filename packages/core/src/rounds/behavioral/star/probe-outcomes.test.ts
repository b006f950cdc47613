import { describe, expect, it } from 'vitest';
import type { BehavioralDimension } from '../question';
import type { BehavioralEvaluation, ProbeOutcome } from '../evaluation';
import { evaluateBehavioralAnswer } from './evaluate';
import { PROMPTS, RELATIVE_NO_BASELINE, STRONG_CODEBASE, WE_MIGRATION } from './fixtures';
import { probedDimension } from './probe-outcomes';

type Exchange = {
  probe: string;
  reply: string;
  targetFlag?: 'no-baseline' | 'we-not-i' | 'unquantified-result';
};

const evaluate = (
  prompt: string,
  answer: string,
  replies: readonly Exchange[] = [],
): BehavioralEvaluation => evaluateBehavioralAnswer({ prompt, answer, replies });
const levelOf = (evaluation: BehavioralEvaluation, dimension: BehavioralDimension): number =>
  evaluation.dimensions.find((judgement) => judgement.id === dimension)?.level ?? 0;
const outcomes = (evaluation: BehavioralEvaluation): readonly ProbeOutcome[] =>
  evaluation.probeOutcomes ?? [];

const strong = evaluate(PROMPTS.newCodebase, STRONG_CODEBASE);
const strongProbes = strong.followUps.map((probe) => probe.text);
const replyingToEach = (reply: string): Exchange[] =>
  strongProbes.map((probe) => ({ probe, reply }));

describe('probe replies count: evasive replies lower what they probed', () => {
  it('does not leave a strong answer at strong hire when every probe gets "idk"', () => {
    expect(strong.level).toBe(4);
    expect(strongProbes.length).toBeGreaterThanOrEqual(2);
    const dodged = evaluate(PROMPTS.newCodebase, STRONG_CODEBASE, replyingToEach('idk'));
    expect(dodged.level).toBeLessThan(3);
    expect(dodged.score).toBeLessThanOrEqual(55);
    for (const outcome of outcomes(dodged)) {
      expect(outcome.kind).toBe('dodged');
      expect(outcome.to).toBeLessThan(outcome.from);
      expect(levelOf(dodged, outcome.dimension)).toBeLessThan(levelOf(strong, outcome.dimension));
    }
    expect(outcomes(dodged)).toHaveLength(strongProbes.length);
  });

  it.each([
    ['not sure', 'dodged'],
    ["I don't remember.", 'dodged'],
    ['Honestly no idea, it was a long time ago.', 'dodged'],
    ['We had a nice offsite that month and the weather was great.', 'off-topic'],
    ['', 'no-answer'],
  ] as const)('reads %j as %s and lowers the dimension it probed', (reply, kind) => {
    const [probe] = strongProbes;
    const evaluation = evaluate(PROMPTS.newCodebase, STRONG_CODEBASE, [
      { probe: probe ?? '', reply },
    ]);
    const [outcome] = outcomes(evaluation);
    expect(outcome?.kind).toBe(kind);
    expect(outcome?.to).toBeLessThan(outcome?.from ?? 0);
    expect(evaluation.score).toBeLessThan(strong.score);
  });

  it('lowers ownership when a reply takes back what the answer claimed', () => {
    const evaluation = evaluate(PROMPTS.newCodebase, STRONG_CODEBASE, [
      {
        probe: 'What did you personally do in the refactor?',
        reply:
          'To be honest, my teammate did most of the refactor; I was not really involved in the code.',
      },
    ]);
    const [outcome] = outcomes(evaluation);
    expect(outcome).toMatchObject({ dimension: 'ownership', kind: 'contradicted' });
    expect(levelOf(evaluation, 'ownership')).toBeLessThan(levelOf(strong, 'ownership'));
  });

  it('says which probe changed what: an impact probe answered without a figure lowers Impact', () => {
    const probe =
      'Can you put a number on the outcome: what moved, by how much, and over what period?';
    const main = evaluate(PROMPTS.newCodebase, STRONG_CODEBASE);
    const evaluation = evaluate(PROMPTS.newCodebase, STRONG_CODEBASE, [
      {
        probe,
        targetFlag: 'unquantified-result',
        reply:
          'The outcome was that the team was much happier with the codebase and reviews felt smoother.',
      },
    ]);
    const [outcome] = outcomes(evaluation);
    expect(outcome).toMatchObject({
      probe: 1,
      dimension: 'impact',
      kind: 'unanswered',
      reason: 'your reply gave no figure',
    });
    expect(outcome?.from).toBe(levelOf(main, 'impact'));
    expect(levelOf(evaluation, 'impact')).toBe((outcome?.from ?? 0) - 1);
    expect(evaluation.dimensions.find((judgement) => judgement.id === 'impact')?.summary).toContain(
      'Probe 1: your reply gave no figure (lowered).',
    );
  });
});

describe('probe replies count: good replies lift what they probed', () => {
  it('lifts Impact one level above the main answer when the reply gives the baseline', () => {
    const main = evaluate(PROMPTS.slowService, RELATIVE_NO_BASELINE);
    const evaluation = evaluate(PROMPTS.slowService, RELATIVE_NO_BASELINE, [
      {
        probe: 'You said "40% faster": against what baseline, and how did you measure it?',
        targetFlag: 'no-baseline',
        reply:
          'Median search latency was 800 ms before the change and 480 ms after, measured in Grafana over the week before and after the release.',
      },
    ]);
    const [outcome] = outcomes(evaluation);
    expect(outcome).toMatchObject({ dimension: 'impact', kind: 'answered' });
    expect(outcome?.evidence[0]?.quote).toContain('800 ms');
    expect(levelOf(evaluation, 'impact')).toBeGreaterThan(levelOf(main, 'impact'));
  });

  it('lifts Ownership when the reply names the steps the candidate took', () => {
    const main = evaluate(PROMPTS.onCall, WE_MIGRATION);
    const evaluation = evaluate(PROMPTS.onCall, WE_MIGRATION, [
      {
        probe: 'What did you personally do?',
        targetFlag: 'we-not-i',
        reply: 'I designed the dual-write layer and wrote it myself, and I ran the cutover.',
      },
    ]);
    expect(outcomes(evaluation)[0]).toMatchObject({ dimension: 'ownership', kind: 'answered' });
    expect(levelOf(evaluation, 'ownership')).toBeGreaterThan(levelOf(main, 'ownership'));
    expect(evaluation.score).toBeGreaterThan(main.score);
  });

  it('keeps a strong answer strong when its probes are answered well', () => {
    const evaluation = evaluate(PROMPTS.newCodebase, STRONG_CODEBASE, [
      {
        probe: strongProbes[0] ?? '',
        reply:
          'The contract tests covered the Kafka consumer and the retry path, because a duplicate message would double-charge; they would still miss clock skew between regions.',
      },
      {
        probe: strongProbes[1] ?? '',
        reply:
          'I learned to write the rollback plan first. Since then I add it to every design doc before the migration starts.',
      },
    ]);
    expect(outcomes(evaluation).map((outcome) => outcome.kind)).toEqual(['answered', 'answered']);
    expect(evaluation.level).toBe(4);
  });
});

describe('probedDimension', () => {
  it('takes the dimension from the flag a probe targets, else from what it asks, ignoring quotes of the answer', () => {
    expect(probedDimension('Anything', 'no-baseline')).toBe('impact');
    expect(probedDimension('Anything', 'we-not-i')).toBe('ownership');
    expect(
      probedDimension('If you did this again, what would you do differently?', undefined),
    ).toBe('reflection');
    expect(
      probedDimension('You said "the result was great". What specifically was that?', undefined),
    ).toBe('communication');
    expect(probedDimension('How did you choose the retry and timeout values?', undefined)).toBe(
      'depth',
    );
  });
});
