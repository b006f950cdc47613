import type { BehavioralEvaluation } from '../evaluation';
import { analyzeAnswer, type Analysis, type EvaluationInput } from './analyze';
import { claimsOf, detectFlags } from './detect-flags';
import { judgeDimensions, type WeightedJudgement } from './dimensions';
import { applyProbeOutcomes } from './probe-outcomes';
import { proposeFollowUps } from './follow-ups';
import { proposeNextSteps } from './next-steps';
import type { Sentence } from './text';
import { levelFromScore, scoreBreakdown } from './score';

export type { EvaluationInput } from './analyze';

/** A sentence's words, for telling a sentence said again from a new one. */
const wordsOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

/**
 * The answer as scored. Two kinds of sentence are read as if they had not
 * been said: an outcome sentence whose figures share nothing with the story
 * ("Overall that year NPS rose 35% and we saved $200k"), so padding cannot end
 * a story that has no ending, dilute its hedges or stand in for its result;
 * and a sentence said again word for word, so saying more of the same never
 * earns more. They are blanked with spaces, so every quote's offsets stay right.
 */
const scoredAnswer = (
  input: EvaluationInput,
  analysis: Analysis,
  padding: readonly Sentence[],
): EvaluationInput => {
  const seen = new Set<string>();
  const unsaid = padding.filter((sentence) => sentence.turn === 0);
  for (const { sentence } of analysis.classified) {
    if (sentence.turn !== 0) continue;
    const words = wordsOf(sentence.text);
    if (words.split(' ').length >= 4 && seen.has(words)) unsaid.push(sentence);
    seen.add(words);
  }
  if (unsaid.length === 0) return input;
  // One pass over the answer, however many sentences go: an answer pasted 600 times stays linear.
  const pieces: string[] = [];
  let from = 0;
  for (const sentence of [...unsaid].sort((a, b) => a.start - b.start)) {
    if (sentence.start < from) continue;
    pieces.push(
      input.answer.slice(from, sentence.start),
      ' '.repeat(sentence.end - sentence.start),
    );
    from = sentence.end;
  }
  pieces.push(input.answer.slice(from));
  return { ...input, answer: pieces.join('') };
};

/**
 * Evaluates a behavioral answer, and any replies to probes, against the STAR
 * rubric; each probe's reply lifts or lowers the dimension it probed. Pure and deterministic: the same input always gives the same
 * evaluation. Evidence quotes slice the turn they come from (0 is the answer,
 * i + 1 is `replies[i]`).
 */
export const evaluateBehavioralAnswer = (input: EvaluationInput): BehavioralEvaluation => {
  const asWritten = analyzeAnswer(input);
  const claimsAsWritten = claimsOf(asWritten);
  const scored = scoredAnswer(input, asWritten, claimsAsWritten.paddingSentences);
  // Repetition still costs clarity: communication reads how often the candidate repeated themselves.
  const analysis =
    scored === input
      ? asWritten
      : { ...analyzeAnswer(scored), repeatedSentences: asWritten.repeatedSentences };
  const flags = detectFlags(analysis);
  const claims =
    scored === input
      ? claimsAsWritten
      : {
          ...claimsOf(analysis),
          unconnected: claimsAsWritten.unconnected,
          implausible: claimsAsWritten.implausible,
          discounted: claimsAsWritten.discounted,
        };
  const exchanges = input.replies ?? [];
  let weighted: WeightedJudgement[] = judgeDimensions(analysis, flags, claims);
  let probeOutcomes: BehavioralEvaluation['probeOutcomes'] = [];
  if (exchanges.length > 0) {
    // Each probe moves the dimension it tested, measured against the main answer alone.
    const mainAnalysis = analyzeAnswer({ ...scored, replies: [] });
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
    wordCount: asWritten.mainWordCount,
    partlyScored: analysis.partlyScored,
    probeOutcomes,
    scoreBreakdown: breakdown,
    followUps: proposeFollowUps(analysis, flags),
    nextSteps: proposeNextSteps(weighted, flags, analysis),
  };
};
