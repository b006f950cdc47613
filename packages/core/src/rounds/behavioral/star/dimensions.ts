import type { StarFlag } from '../flags';
import { BEHAVIORAL_DIMENSIONS, type BehavioralDimension, type RubricDimension } from '../question';
import type { DimensionJudgement, Evidence, FlagFinding, HiringLevel } from '../../types';
import type { Analysis } from './analyze';
import type { ClassifiedSentence } from './segment';
import { distinctBySpan, evidenceOf } from './text';
import { LENGTH, technicalTermCount } from './detect-flags';

/**
 * Levels per rubric dimension (4 strong hire … 1 no hire), each with a
 * one-line reason and the quotes behind it.
 */

export const DIMENSION_NAMES: Readonly<Record<BehavioralDimension, string>> = {
  structure: 'STAR structure',
  ownership: 'Ownership',
  impact: 'Impact and results',
  depth: 'Technical depth',
  communication: 'Communication',
  reflection: 'Reflection and learning',
};

/**
 * Default weights: what you did and what it changed weigh most; reflection
 * weighs little unless the question asks for it.
 */
export const defaultWeight = (dimension: BehavioralDimension, asksForLearning: boolean): number =>
  ({
    structure: 1,
    ownership: 1.25,
    impact: 1.25,
    depth: 1,
    communication: 0.75,
    reflection: asksForLearning ? 1.25 : 0.5,
  })[dimension];

interface Judgement {
  readonly level: HiringLevel;
  readonly reason: string;
  readonly evidence: readonly Evidence[];
}

const clamp = (level: number): HiringLevel =>
  level >= 4 ? 4 : level <= 1 ? 1 : level === 3 ? 3 : 2;
const capAt = (level: HiringLevel, cap: number): HiringLevel => clamp(Math.min(level, cap));

/** The sentence of `analysis` whose span holds `hit`, found by binary search in its turn. */
const holderOf = (
  byTurn: ReadonlyMap<number, readonly ClassifiedSentence[]>,
  hit: Evidence,
): ClassifiedSentence | undefined => {
  const sentences = byTurn.get(hit.turn) ?? [];
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = sentences[middle];
    if (item === undefined) return undefined;
    if (hit.start < item.sentence.start) high = middle - 1;
    else if (hit.start >= item.sentence.end) low = middle + 1;
    else return item;
  }
  return undefined;
};

/**
 * Evidence a reader can check: the whole sentence around each hit (a lone
 * "API" or "$38,000" says nothing), each sentence once, at most `max`.
 * `rank` orders the sentences (higher first); ties keep the hits' order.
 */
const sentencesHolding = (
  analysis: Analysis,
  hits: readonly Evidence[],
  max: number,
  rank: (item: ClassifiedSentence) => number = () => 0,
): Evidence[] => {
  const byTurn = new Map<number, ClassifiedSentence[]>();
  for (const item of analysis.classified) {
    const list = byTurn.get(item.sentence.turn);
    if (list === undefined) byTurn.set(item.sentence.turn, [item]);
    else list.push(item);
  }
  const seen = new Set<ClassifiedSentence>();
  const holders: ClassifiedSentence[] = [];
  for (const hit of hits) {
    const holder = holderOf(byTurn, hit);
    if (holder === undefined || seen.has(holder)) continue;
    seen.add(holder);
    holders.push(holder);
  }
  return holders
    .map((item, order) => ({ item, order, rank: rank(item) }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .slice(0, max)
    .map(({ item }) => evidenceOf(item.sentence));
};

const sentenceEvidence = (
  analysis: Analysis,
  part: 'situation' | 'task' | 'action' | 'result',
): Evidence[] =>
  analysis.classified
    .filter((item) => item.part === part)
    .slice(0, 1)
    .map(({ sentence }) => ({
      quote: sentence.text,
      turn: sentence.turn,
      start: sentence.start,
      end: sentence.end,
    }));

const judgeStructure = (analysis: Analysis): Judgement => {
  const missing = (['situation', 'task', 'action', 'result'] as const).filter(
    (part) => !analysis.parts[part],
  );
  const evidence = (['situation', 'task', 'action', 'result'] as const).flatMap((part) =>
    sentenceEvidence(analysis, part),
  );
  if (missing.length >= 2)
    return {
      level: 1,
      reason: `Missing ${missing.join(' and ')}: the story is hard to follow.`,
      evidence,
    };
  if (missing.includes('action') || missing.includes('result')) {
    return {
      level: 2,
      reason: `No clear ${missing.join('')}: the story lacks its ${missing.includes('action') ? 'middle' : 'ending'}.`,
      evidence,
    };
  }
  const main = analysis.classified.filter((item) => item.sentence.turn === 0);
  const actionShare =
    main.length === 0 ? 0 : main.filter((item) => item.part === 'action').length / main.length;
  const firstSituation = main.findIndex((item) => item.part === 'situation');
  const lastResult = main.map((item) => item.part).lastIndexOf('result');
  const isOrdered = firstSituation !== -1 && lastResult > firstSituation;
  if (missing.length === 1)
    return {
      level: 3,
      reason: `Action and result are clear, but the ${missing.join('')} is missing.`,
      evidence,
    };
  if (actionShare >= 0.25 && isOrdered && main.length >= 5) {
    return {
      level: 4,
      reason: 'All four STAR parts, in order, with most of the answer on actions.',
      evidence,
    };
  }
  return {
    level: 3,
    reason: 'All four STAR parts are there, though the actions could take more of the answer.',
    evidence,
  };
};

const judgeOwnership = (analysis: Analysis, flags: ReadonlySet<StarFlag>): Judgement => {
  const mine = analysis.myActions.length;
  const ours = analysis.ourActions.length;
  const blame = [...analysis.blameStrong, ...analysis.blameSoft];
  const evidence = distinctBySpan(mine > 0 ? analysis.myActions : analysis.ourActions).slice(0, 3);
  let judgement: Judgement;
  if (mine === 0)
    judgement = {
      level: 1,
      reason:
        ours > 0
          ? 'Every step is "we" or "the team"; none is yours.'
          : 'No step is attributed to you.',
      evidence,
    };
  else if (flags.has('we-not-i'))
    judgement = {
      level: 2,
      reason: `Only ${mine} step${mine === 1 ? '' : 's'} in your own voice against ${ours} as "we".`,
      evidence,
    };
  else if (mine >= 4 && ours <= mine)
    judgement = {
      level: 4,
      reason: `${mine} concrete steps in your own voice; the team is context, not cover.`,
      evidence,
    };
  else
    judgement = {
      level: 3,
      reason: `${mine} steps you took yourself${ours > 0 ? `, alongside ${ours} team ones` : ''}.`,
      evidence,
    };
  if (flags.has('blames-others')) {
    return {
      level: capAt(judgement.level, 2),
      reason: `${judgement.reason} Blame on others undercuts it.`,
      evidence: [...evidence, ...blame.slice(0, 1)],
    };
  }
  return judgement;
};

const judgeImpact = (analysis: Analysis, flags: ReadonlySet<StarFlag>): Judgement => {
  // The sentences that state the outcome, most outcome-like first: "the bill fell to $21,000", not the "$38,000" it started from.
  const evidence = sentencesHolding(
    analysis,
    analysis.resultQuantities.map((quantity) => quantity.evidence),
    3,
    (item) => item.evidence.result,
  );
  if (!analysis.parts.result && analysis.resultQuantities.length === 0)
    return { level: 1, reason: 'No outcome is described.', evidence };
  if (analysis.resultQuantities.length === 0)
    return {
      level: 2,
      reason: 'There is an outcome, but no number shows its size.',
      evidence: sentenceEvidence(analysis, 'result'),
    };
  if (flags.has('no-baseline'))
    return {
      level: 2,
      reason: 'The headline number has no baseline or measurement, so it cannot be checked.',
      evidence: sentencesHolding(
        analysis,
        analysis.unbaselined.map((q) => q.evidence),
        3,
      ),
    };
  if (analysis.resultQuantities.length >= 2)
    return {
      level: 4,
      reason: 'The outcome is measured, with numbers a listener can check.',
      evidence,
    };
  return {
    level: 3,
    reason:
      'The outcome has a number; a second measure (cost, time, users) would make it stronger.',
    evidence,
  };
};

const judgeDepth = (analysis: Analysis, flags: ReadonlySet<StarFlag>): Judgement => {
  const terms = technicalTermCount(analysis);
  const points =
    Math.min(8, terms) +
    (analysis.tradeOffs.length > 0 ? 2 : 0) +
    (analysis.causal.length > 0 ? 1 : 0) +
    Math.min(4, analysis.quantities.length) * 0.25;
  const evidence = sentencesHolding(
    analysis,
    [...analysis.tradeOffs.slice(0, 1), ...analysis.technical],
    3,
  );
  let level: HiringLevel = points >= 9 ? 4 : points >= 5 ? 3 : points >= 2 ? 2 : 1;
  if (flags.has('no-technical-depth')) level = capAt(level, 2);
  if (flags.has('vague-language')) level = capAt(level, 3);
  const reason =
    level === 4
      ? 'Names the mechanisms and tools, and explains a trade-off that was weighed.'
      : level === 3
        ? analysis.tradeOffs.length > 0
          ? 'Concrete technical detail and a considered alternative.'
          : 'Concrete technical detail, but no alternative weighed or rejected.'
        : level === 2
          ? 'Little technical detail: the mechanism behind the change stays hidden.'
          : 'No technical detail at all.';
  return { level, reason, evidence };
};

const judgeCommunication = (analysis: Analysis, flags: ReadonlySet<StarFlag>): Judgement => {
  const words = analysis.mainWordCount;
  let level: number;
  let reason: string;
  if (words < 80 || words > 800)
    [level, reason] = [1, `${words} words is far from the 200–450 that fit a spoken answer.`];
  else if (words < LENGTH.tooShortBelow || words > LENGTH.tooLongAbove)
    [level, reason] = [
      2,
      `${words} words is ${words < LENGTH.tooShortBelow ? 'too short' : 'too long'} for a 1.5–3 minute answer.`,
    ];
  else if (words < LENGTH.idealFrom || words > LENGTH.idealTo)
    [level, reason] = [3, `${words} words is close to the 200–450 sweet spot.`];
  else [level, reason] = [4, `${words} words: a well-paced 1.5–3 minute answer.`];
  const problems: string[] = [];
  if (flags.has('vague-language')) problems.push('vague phrases');
  if (analysis.averageSentenceWords > 40) problems.push('very long sentences');
  if (analysis.repeatedSentences > 0) problems.push('repeated sentences');
  level -= problems.length;
  if (problems.length > 0) reason = `${reason} Clarity suffers from ${problems.join(', ')}.`;
  return { level: clamp(level), reason, evidence: sentencesHolding(analysis, analysis.vague, 3) };
};

/** Behaviour change ("since then I…") is stronger reflection than naming a lesson. */
const CHANGED_BEHAVIOUR =
  /\b(?:since then|ever since|from then on|now i|i now|these days|nowadays|going forward|next time|i've started|i have started|i started to|changed how i|changed the way i|changed my approach|i always|i've since|i have since)\b/i;

const judgeReflection = (analysis: Analysis, flags: ReadonlySet<StarFlag>): Judgement => {
  const evidence = sentencesHolding(analysis, analysis.learning, 3);
  const hasChange = analysis.learning.some((hit) => CHANGED_BEHAVIOUR.test(hit.quote));
  let judgement: Judgement;
  if (analysis.learning.length === 0) {
    judgement = analysis.asksForLearning
      ? { level: 1, reason: 'The question asks for a lesson and none is given.', evidence }
      : {
          level: 2,
          reason: 'No reflection on what you learned; optional here, but it adds signal.',
          evidence,
        };
  } else if (hasChange && analysis.learning.length >= 2) {
    judgement = {
      level: 4,
      reason: 'Names the lesson and shows how your behaviour changed afterwards.',
      evidence,
    };
  } else {
    judgement = {
      level: 3,
      reason: hasChange
        ? 'Shows a change in behaviour; the lesson itself could be sharper.'
        : 'Names a lesson, but not what you now do differently.',
      evidence,
    };
  }
  return flags.has('blames-others')
    ? { ...judgement, level: capAt(judgement.level, 2) }
    : judgement;
};

const JUDGES: Readonly<
  Record<BehavioralDimension, (analysis: Analysis, flags: ReadonlySet<StarFlag>) => Judgement>
> = {
  structure: judgeStructure,
  ownership: judgeOwnership,
  impact: judgeImpact,
  depth: judgeDepth,
  communication: judgeCommunication,
  reflection: judgeReflection,
};

export interface WeightedJudgement extends DimensionJudgement {
  readonly dimension: BehavioralDimension;
  readonly weight: number;
}

/** Adds the question's own words for this level, so the scorecard speaks the question's language. */
const summaryWithRubric = (
  reason: string,
  level: HiringLevel,
  rubric: RubricDimension | undefined,
): string => {
  if (rubric === undefined) return reason;
  return level >= 3
    ? `${reason} Strong answers here: ${rubric.strong}`
    : `${reason} Weak answers here: ${rubric.weak}`;
};

/** Judges all six dimensions, with the question's rubric weights and wording when given. */
export const judgeDimensions = (
  analysis: Analysis,
  findings: readonly FlagFinding<StarFlag>[],
): WeightedJudgement[] => {
  const flags = new Set(findings.map((found) => found.flag));
  const rubric = analysis.question?.rubric ?? [];
  return BEHAVIORAL_DIMENSIONS.map((dimension) => {
    const judgement = JUDGES[dimension](analysis, flags);
    const own = rubric.find((item) => item.dimension === dimension);
    return {
      id: dimension,
      dimension,
      name: DIMENSION_NAMES[dimension],
      level: judgement.level,
      summary: summaryWithRubric(judgement.reason, judgement.level, own),
      evidence: distinctBySpan(judgement.evidence),
      weight: own?.weight ?? defaultWeight(dimension, analysis.asksForLearning),
    };
  });
};
