import type { BehavioralEvaluation } from '../evaluation';
import { analyzeAnswer, type EvaluationInput } from './analyze';
import { detectFlags } from './detect-flags';
import { judgeDimensions, type WeightedJudgement } from './dimensions';
import { applyProbeOutcomes } from './probe-outcomes';
import { proposeFollowUps } from './follow-ups';
import { proposeNextSteps } from './next-steps';
import { assessImpactClaims } from './impact-claims';
import { levelFromScore, scoreBreakdown } from './score';

export type { EvaluationInput } from './analyze';

/**
 * Evaluates a behavioral answer, and any replies to probes, against the STAR
 * rubric; each probe's reply lifts or lowers the dimension it probed. Pure and deterministic: the same input always gives the same
 * evaluation. Evidence quotes slice the turn they come from (0 is the answer,
 * i + 1 is `replies[i]`).
 */
export const evaluateBehavioralAnswer = (input: EvaluationInput): BehavioralEvaluation => {
  const analysis = analyzeAnswer(input);
  const flags = detectFlags(analysis);
  const claims = assessImpactClaims(analysis);
  const exchanges = input.replies ?? [];
  let weighted: WeightedJudgement[] = judgeDimensions(analysis, flags, claims);
  let probeOutcomes: BehavioralEvaluation['probeOutcomes'] = [];
  if (exchanges.length > 0) {
    // Each probe moves the dimension it tested, measured against the main answer alone.
    const mainAnalysis = analyzeAnswer({ ...input, replies: [] });
    const mainOnly = judgeDimensions(mainAnalysis, detectFlags(mainAnalysis));
    const adjusted = applyProbeOutcomes(analysis, exchanges, weighted, mainOnly);
    weighted = adjusted.dimensions;
    probeOutcomes = adjusted.outcomes;
  }
  const breakdown = scoreBreakdown({
    dimensions: weighted,
    findings: flags,
    probes: probeOutcomes,
    claims,
  });
  return {
    kind: 'behavioral',
    score: breakdown.score,
    level: levelFromScore(breakdown.score),
    flags,
    dimensions: weighted.map(({ id, name, level, summary, evidence }) => ({
      id,
      name,
      level,
      summary,
      evidence,
    })),
    segments: analysis.classified.map(({ sentence, part }) => ({
      quote: sentence.text,
      turn: sentence.turn,
      start: sentence.start,
      end: sentence.end,
      part,
    })),
    wordCount: analysis.mainWordCount,
    partlyScored: analysis.partlyScored,
    probeOutcomes,
    scoreBreakdown: breakdown,
    followUps: proposeFollowUps(analysis, flags),
    nextSteps: proposeNextSteps(weighted, flags, analysis),
  };
};
