import { describe, expect, it } from 'vitest';
import type { BehavioralEvaluation } from '../evaluation';
import { evaluateBehavioralAnswer } from './evaluate';
import {
  BUZZWORD_LONG,
  CONCRETE_SHORT,
  OWNED_FAILURE,
  PROMPTS,
  STRONG_CODEBASE,
  VAGUE_WE,
  WE_MIGRATION,
} from './fixtures';
import { countWords } from './text';

const COST_STORY = `Last year I was the tech lead for our data platform team at a mid-size retailer. Our AWS bill for the analytics cluster had grown to $38,000 a month, and finance asked me to bring it down before the next budget review.
My goal was to cut the cost without slowing the nightly reports. We talked about it a lot in our planning meetings but nobody owned it.
I profiled the Spark jobs and found that three of them rescanned the full orders table every night. I rewrote them to read incremental partitions, moved cold data to S3 Glacier, and switched the cluster to spot instances with an on-demand fallback.
I also added a cost dashboard in Grafana so each team could see its own spend.
As a result the bill fell to $21,000 a month, and the nightly reports finished 40 minutes earlier. I learned that cost is a feature you have to measure, and since then I review the cost dashboard every sprint. I learned that small teams need an owner for shared costs.`;

const evaluate = (prompt: string, answer: string): BehavioralEvaluation =>
  evaluateBehavioralAnswer({ prompt, answer });
const evidenceOf = (evaluation: BehavioralEvaluation, dimension: string) =>
  evaluation.dimensions.find((judgement) => judgement.id === dimension)?.evidence ?? [];
const sentencesOf = (evaluation: BehavioralEvaluation): Set<string> =>
  new Set(evaluation.segments.map((segment) => segment.quote));
/** A quote that stops on one of these was cut mid-clause. */
const DANGLING = /\b(?:a|an|the|in|on|at|to|of|for|with|by|from|and|or|but|our|my|their|is|was)$/iu;
const FIXTURES = [
  COST_STORY,
  STRONG_CODEBASE,
  WE_MIGRATION,
  VAGUE_WE,
  BUZZWORD_LONG,
  CONCRETE_SHORT,
  OWNED_FAILURE,
];

describe('evidence quality', () => {
  it('quotes the result for Impact (the after-state), not the starting figure, as whole sentences', () => {
    const impact = evidenceOf(
      evaluate('Tell me about a time you cut a cost.', COST_STORY),
      'impact',
    );
    expect(impact[0]?.quote).toBe(
      'As a result the bill fell to $21,000 a month, and the nightly reports finished 40 minutes earlier.',
    );
    expect(impact.map((evidence) => evidence.quote)).not.toContain('$38,000');
  });

  it('gives Technical depth, Reflection and Communication whole sentences of the answer, never a lone word like "API"', () => {
    for (const answer of FIXTURES) {
      const evaluation = evaluate(PROMPTS.newCodebase, answer);
      const sentences = sentencesOf(evaluation);
      for (const dimension of ['impact', 'depth', 'reflection', 'communication']) {
        for (const evidence of evidenceOf(evaluation, dimension))
          expect(sentences.has(evidence.quote), `${dimension}: "${evidence.quote}"`).toBe(true);
      }
    }
  });

  it('lists each piece of evidence once ("I learned that" found by two detectors is one quote)', () => {
    for (const answer of FIXTURES) {
      for (const dimension of evaluate(PROMPTS.failedLaunch, answer).dimensions) {
        const spans = dimension.evidence.map(
          (evidence) => `${evidence.turn}:${evidence.start}:${evidence.end}`,
        );
        expect(new Set(spans).size, dimension.id).toBe(spans.length);
      }
    }
    const reflection = evidenceOf(
      evaluate('What did you learn from cutting a cost?', COST_STORY),
      'reflection',
    ).map((evidence) => evidence.quote);
    expect(reflection).toEqual([
      'I learned that cost is a feature you have to measure, and since then I review the cost dashboard every sprint.',
      'I learned that small teams need an owner for shared costs.',
    ]);
  });

  it('quotes whole clauses in ownership evidence and in probes, never one cut after "in" or "the"', () => {
    const cost = evaluate('Tell me about a time you cut a cost.', COST_STORY);
    expect(evidenceOf(cost, 'ownership').map((evidence) => evidence.quote)).toContain(
      'I also added a cost dashboard in Grafana so each team could see its own spend',
    );
    for (const answer of FIXTURES) {
      const evaluation = evaluate(PROMPTS.onCall, answer);
      for (const evidence of evidenceOf(evaluation, 'ownership'))
        expect(evidence.quote).not.toMatch(DANGLING);
      for (const probe of evaluation.followUps) {
        for (const [, quoted] of probe.text.matchAll(/"([^"]+)"/gu))
          expect(quoted?.replace(/…$/u, '')).not.toMatch(DANGLING);
      }
    }
    expect(evaluate(PROMPTS.onCall, WE_MIGRATION).followUps[0]?.text).toBe(
      'You said "We migrated the service to PostgreSQL over two months". What did you personally do?',
    );
  });

  it('never asks for a baseline the answer already gave, even sentences away and without a metric noun', () => {
    const answer = COST_STORY.replace(
      'Our AWS bill for the analytics cluster had grown to $38,000 a month',
      'Our nightly reports took 90 minutes to finish',
    ).replace(
      'As a result the bill fell to $21,000 a month, and the nightly reports finished 40 minutes earlier.',
      'As a result the nightly reports finished 40% faster.',
    );
    const evaluation = evaluate('Tell me about a time you made something faster.', answer);
    expect(evaluation.flags.map((found) => found.flag)).not.toContain('no-baseline');
    expect(evaluation.followUps.map((probe) => probe.text).join(' ')).not.toMatch(/baseline/iu);
    // Without the starting time, the same claim still needs one.
    const unbaselined = evaluate(
      'Tell me about a time you made something faster.',
      answer.replace(
        'Our nightly reports took 90 minutes to finish',
        'Our nightly reports were slow',
      ),
    );
    expect(unbaselined.flags.map((found) => found.flag)).toContain('no-baseline');
  });

  it('counts the words of the scorecard with the one counter the editor uses', () => {
    expect(evaluate(PROMPTS.newCodebase, COST_STORY).wordCount).toBe(countWords(COST_STORY));
  });
});
