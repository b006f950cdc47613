import type { StarFlag } from '../flags';
import { BEHAVIORAL_DIMENSIONS, type BehavioralDimension, type RubricDimension } from '../question';
import type { DimensionJudgement, Evidence, FlagFinding, HiringLevel } from '../../types';
import type { Analysis } from './analyze';
import type { ClassifiedSentence } from './segment';
import { countWords, distinctBySpan, evidenceOf, shorten } from './text';
import { claimsOf, hedgesOf, LENGTH, perAnalysis } from './detect-flags';
import { GENERIC_TECHNICAL_TERMS, PEOPLE_PROMPT_PATTERN } from './lexicon';
import type { ImpactClaims } from './impact-claims';
import { isToolList } from './language';

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
 * Default weights, as a bar raiser weighs a story: your own concrete actions
 * and the result they changed weigh most, then the judgement behind them
 * (depth: the mechanism, the alternative weighed); the STAR shape and the
 * delivery are means to those, and weigh less. Reflection weighs little
 * unless the question asks for it.
 */
export const defaultWeight = (dimension: BehavioralDimension, asksForLearning: boolean): number =>
  ({
    structure: 0.75,
    ownership: 1.5,
    impact: 1.5,
    depth: 1.25,
    communication: 0.5,
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

/** The classified sentences of each turn (0 is the answer, i + 1 the reply to probe i). */
const sentencesByTurn = (analysis: Analysis): Map<number, ClassifiedSentence[]> => {
  const byTurn = new Map<number, ClassifiedSentence[]>();
  for (const item of analysis.classified) {
    const list = byTurn.get(item.sentence.turn);
    if (list === undefined) byTurn.set(item.sentence.turn, [item]);
    else list.push(item);
  }
  return byTurn;
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
  const byTurn = sentencesByTurn(analysis);
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

/** Everything a judge reads: the analysis, the flags raised, and which figures count as impact. */
interface JudgeContext {
  readonly analysis: Analysis;
  readonly flags: ReadonlySet<StarFlag>;
  readonly claims: ImpactClaims;
}

const quote = (evidence: Evidence | undefined): string =>
  evidence === undefined ? '' : `"${shorten(evidence.quote, 70)}"`;
const quoteList = (items: readonly Evidence[], max = 2): string =>
  items
    .slice(0, max)
    .map((item) => quote(item))
    .join(', ');

/**
 * The words around a hit, inside its sentence: "…rather than a distributed lock, because…", so a
 * quoted "rather than" or "because" reads as the alternative or the reason it gives.
 */
const quoteAround = (analysis: Analysis, hit: Evidence): string => {
  const sentence = sentencesHolding(analysis, [hit], 1)[0];
  if (sentence === undefined) return quote(hit);
  const offset = Math.max(0, hit.start - sentence.start);
  const from = offset <= 30 ? 0 : sentence.quote.lastIndexOf(' ', offset - 25) + 1;
  const text = sentence.quote.slice(from);
  return `"${from > 0 ? '…' : ''}${shorten(text, 70)}"`;
};

/** Words a STAR label needs after it to be part of the story (segment.ts asks the same of a part). */
const LABEL_CONTENT_WORDS = 3;

const judgeStructure = ({ analysis }: JudgeContext): Judgement => {
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
  // "Result: success." is a label, not a sentence of the story: it neither orders nor lengthens it.
  const main = analysis.classified.filter(
    (item) =>
      item.sentence.turn === 0 &&
      (item.sentence.label === undefined || countWords(item.sentence.text) >= LABEL_CONTENT_WORDS),
  );
  const actionShare =
    main.length === 0 ? 0 : main.filter((item) => item.part === 'action').length / main.length;
  // In order: the story ends on its outcome, after the steps that led to it.
  const firstAction = main.findIndex((item) => item.part === 'action');
  const lastResult = main.map((item) => item.part).lastIndexOf('result');
  const isOrdered = firstAction !== -1 && lastResult > firstAction;
  if (missing.length === 1)
    return {
      // A goal nobody states, alone, keeps the story at hire (issue 9): the flag is advice.
      level: 3,
      reason:
        missing[0] === 'task'
          ? 'Scene, steps and outcome are clear, but nothing says what you set out to achieve.'
          : `Action and result are clear, but the ${missing.join('')} is missing.`,
      evidence,
    };
  // Three sentences can hold a whole story: a concise answer is not a worse-structured one.
  if (actionShare >= 0.25 && isOrdered && main.length >= 3) {
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

/** Whether `hit` lies inside `sentence`'s span. */
const isInside = (hit: Evidence, sentence: ClassifiedSentence['sentence']): boolean =>
  hit.turn === sentence.turn && hit.start >= sentence.start && hit.start < sentence.end;

/**
 * The candidate's own steps told concretely: one per sentence, and only from
 * sentences without a vague or hedging phrase. "I added a retry queue" is a
 * step; "I worked on various improvements" says "I" without saying what, so
 * turning every "we" into "I" adds no concrete step.
 */
const concreteOwnSteps = perAnalysis((analysis: Analysis): Evidence[] => {
  const byTurn = sentencesByTurn(analysis);
  const seen = new Set<ClassifiedSentence>();
  const steps: Evidence[] = [];
  const hedges = hedgesOf(analysis);
  for (const action of analysis.myActions) {
    const holder = holderOf(byTurn, action);
    if (holder === undefined || seen.has(holder)) continue;
    seen.add(holder);
    // A hedge ("I think I", "tried to") hides the step; a spoken "um" does not.
    if (hedges.some((hit) => isInside(hit, holder.sentence))) continue;
    // "I brought in MLflow, Kubeflow, Feast…" names a stack, not what was done with it.
    if (isToolList(holder.sentence)) continue;
    // "Since then I write a test for every handler" is a lesson, not a step of the story.
    if (analysis.learning.some((hit) => isInside(hit, holder.sentence))) continue;
    steps.push(action);
  }
  return steps;
});

/** Concrete steps of your own from which ownership is strong, when the team does not outnumber you. */
export const OWNERSHIP_LEVELS = { strongFrom: 3 } as const;

const judgeOwnership = ({ analysis, flags }: JudgeContext): Judgement => {
  const mine = analysis.myActions.length;
  const ours = analysis.ourActions.length;
  const concrete = concreteOwnSteps(analysis);
  const blame = [...analysis.blameStrong, ...analysis.blameSoft];
  let judgement: Judgement;
  if (mine === 0)
    judgement =
      ours === 0
        ? { level: 1, reason: 'No step is attributed to anyone, you included.', evidence: [] }
        : {
            level: 1,
            reason: `Every step is "we" or "the team" (${quoteList(analysis.ourActions, 1)}); none is yours.`,
            evidence: distinctBySpan(analysis.ourActions).slice(0, 3),
          };
  else if (concrete.length === 0)
    // Saying "I" is not owning a step: a story whose every step is vague shows no action of yours, whatever the pronoun.
    judgement = {
      level: 1,
      reason: `Your steps (${quoteList(analysis.myActions, 1)}) say "I" but not what you did: each is wrapped in vague words.`,
      evidence: distinctBySpan(analysis.myActions).slice(0, 3),
    };
  else if (flags.has('we-not-i'))
    judgement = {
      level: 2,
      reason: `${ours} step${ours === 1 ? ' is' : 's are'} told as "we" or "the team" (${quoteList(analysis.ourActions, 1)}) against ${mine} in your own voice: your part cannot be told from the team's.`,
      evidence: distinctBySpan(analysis.ourActions).slice(0, 3),
    };
  else if (concrete.length >= OWNERSHIP_LEVELS.strongFrom && ours <= mine)
    judgement = {
      level: 4,
      reason: `${concrete.length} concrete steps in your own voice (${quoteList(concrete)}); the team is context, not cover.`,
      evidence: concrete.slice(0, 3),
    };
  else
    judgement = {
      level: 3,
      reason: `${concrete.length} concrete step${concrete.length === 1 ? '' : 's'} of your own (${quoteList(concrete)})${ours > 0 ? `, alongside ${ours} told as "we"` : ''}.`,
      evidence: concrete.slice(0, 3),
    };
  if (flags.has('blames-others')) {
    return {
      level: capAt(judgement.level, 2),
      reason: `${judgement.reason} Blame on others (${quoteList(blame, 1)}) undercuts it.`,
      evidence: [...judgement.evidence, ...blame.slice(0, 1)],
    };
  }
  return judgement;
};

const judgeImpact = ({ analysis, flags, claims }: JudgeContext): Judgement => {
  const setAside =
    claims.unconnected.length > 0
      ? ` ${quoteList(claims.unconnected.map((quantity) => quantity.evidence))} share${claims.unconnected.length === 1 ? 's' : ''} nothing with what you did, so ${claims.unconnected.length === 1 ? 'it is' : 'they are'} not counted.`
      : '';
  if (claims.implausible.length > 0)
    return {
      level: 1,
      reason: `${quoteList(claims.implausible)} is more than any one change plausibly achieves, so the result cannot be believed as told.`,
      evidence: claims.implausible.slice(0, 3),
    };
  const outcome = sentenceEvidence(analysis, 'result');
  const judged = judgeOutcome({ analysis, flags, claims }, outcome, setAside);
  // A result is yours only through your steps: with none told concretely, it cannot be credited to you.
  if (judged.level > 2 && concreteOwnSteps(analysis).length === 0)
    return {
      ...judged,
      level: 2,
      reason: `${judged.reason} But no concrete step of yours is told, so the result cannot be credited to you.`,
    };
  return judged;
};

const judgeOutcome = (
  { analysis, flags, claims }: JudgeContext,
  outcome: readonly Evidence[],
  setAside: string,
): Judgement => {
  const counted = claims.counted;
  if (!analysis.parts.result && counted.length === 0)
    return {
      level: 1,
      reason: `No outcome of your actions is described.${setAside}`,
      evidence: claims.unconnected.map((quantity) => quantity.evidence).slice(0, 3),
    };
  if (counted.length === 0) {
    return flags.has('unquantified-result')
      ? {
          level: 2,
          reason: `The outcome (${quoteList(outcome, 1)}) is a feeling, not a change anyone could observe or count.${setAside}`,
          evidence: outcome,
        }
      : {
          level: 3,
          reason: `The outcome (${quoteList(outcome, 1)}) is a change a listener could check, though no number shows its size.${setAside}`,
          evidence: outcome,
        };
  }
  // The sentences that state the outcome, most outcome-like first: "the bill fell to $21,000", not the "$38,000" it started from.
  const measured = sentencesHolding(
    analysis,
    counted.map((quantity) => quantity.evidence),
    3,
    (item) => item.evidence.result,
  );
  const figures = quoteList(counted.map((quantity) => quantity.evidence));
  if (flags.has('no-baseline'))
    return {
      level: 2,
      reason: `The outcome has a figure (${figures}), but ${quoteList(
        analysis.unbaselined.map((q) => q.evidence),
        1,
      )} has no baseline or measurement, so its size cannot be checked.${setAside}`,
      evidence: measured,
    };
  if (counted.length >= 2)
    return {
      level: 4,
      reason: `The outcome is measured (${figures}), with figures tied to what you changed.${setAside}`,
      evidence: measured,
    };
  return {
    level: 3,
    reason: `The outcome has one measure (${figures}); a second (cost, time, users) would make it stronger.${setAside}`,
    evidence: measured,
  };
};

/** A list of tools in one sentence is one detail, not twelve: each sentence adds at most this many specifics. */
export const SPECIFICS_PER_SENTENCE = 3;

/** Technical specifics (terms and named systems), at most `SPECIFICS_PER_SENTENCE` per sentence; generic terms count a third. */
const specificsOf = (
  analysis: Analysis,
): { readonly count: number; readonly evidence: Evidence[] } => {
  const seenTerms = new Set<string>();
  const perSentence = new Map<string, number>();
  const evidence: Evidence[] = [];
  let count = 0;
  for (const hit of [...analysis.technical, ...analysis.named]) {
    const term = hit.quote.toLowerCase();
    if (seenTerms.has(term)) continue;
    seenTerms.add(term);
    const holder = analysis.classified.find((item) => isInside(hit, item.sentence));
    const key = holder === undefined ? 'none' : `${holder.sentence.turn}:${holder.sentence.index}`;
    const weight = GENERIC_TECHNICAL_TERMS.has(term) ? 1 / 3 : 1;
    const used = perSentence.get(key) ?? 0;
    if (used >= SPECIFICS_PER_SENTENCE) continue;
    perSentence.set(key, used + weight);
    count += weight;
    evidence.push(hit);
  }
  return { count, evidence };
};

const judgeDepth = ({ analysis, flags }: JudgeContext): Judgement => {
  const specifics = specificsOf(analysis);
  const tradeOff = analysis.tradeOffs[0];
  const cause = analysis.causal[0];
  const hasJudgement = tradeOff !== undefined || cause !== undefined;
  const isAboutPeople = analysis.question === null && PEOPLE_PROMPT_PATTERN.test(analysis.prompt);
  const evidence = sentencesHolding(
    analysis,
    [...analysis.tradeOffs.slice(0, 1), ...analysis.causal.slice(0, 1), ...specifics.evidence],
    3,
  );
  // Whether there is enough substance is the no-technical-depth finding's call (it weighs density,
  // tool lists and hedges); on top of it, judgement lifts: an alternative weighed or a reason given.
  // A question about people is answered with judgement about people, not with tools.
  const hasSubstance = !flags.has('no-technical-depth');
  let level: HiringLevel = hasSubstance
    ? hasJudgement && (isAboutPeople || specifics.count >= 2)
      ? 4
      : 3
    : specifics.count === 0 && !hasJudgement
      ? 1
      : 2;
  if (flags.has('vague-language')) level = capAt(level, 3);
  const parts: string[] = [];
  if (specifics.evidence.length > 0) parts.push(`names ${quoteList(specifics.evidence, 3)}`);
  else if (!isAboutPeople) parts.push('names no system, tool or mechanism');
  parts.push(
    tradeOff !== undefined
      ? `weighs an alternative (${quoteAround(analysis, tradeOff)})`
      : 'weighs no alternative',
  );
  if (cause !== undefined) parts.push(`gives a reason (${quoteAround(analysis, cause)})`);
  const summary = parts.join(', ');
  return {
    level,
    reason: `${summary.charAt(0).toUpperCase()}${summary.slice(1)}.${flags.has('no-technical-depth') ? ' Too little of it to show how the change worked.' : ''}`,
    evidence,
  };
};

/** Hedges and filler this dense (per 100 words) cost a second level of clarity: the listener hears the hedges, not the story. */
export const HEAVY_HEDGING_PER_HUNDRED_WORDS = 4;

/**
 * Clarity, not length: vague and hedging phrases in proportion to their
 * density, very long sentences, repetition, and an answer that runs past what
 * a listener can hold. A concise answer loses nothing here for being concise
 * (`too-short` is advice), and a long one gains nothing for its length.
 */
const judgeCommunication = ({ analysis, flags }: JudgeContext): Judgement => {
  const words = Math.max(1, analysis.totalWordCount);
  const hedgesPerHundred = (analysis.vague.length * 100) / words;
  const problems: string[] = [];
  let lost = 0;
  if (flags.has('vague-language')) {
    const heavy = hedgesPerHundred >= HEAVY_HEDGING_PER_HUNDRED_WORDS;
    lost += heavy ? 2 : 1;
    problems.push(
      `${analysis.vague.length} vague or hedging phrases${heavy ? ', in almost every sentence' : ''} (${quoteList(analysis.vague, 3)})`,
    );
  }
  if (analysis.averageSentenceWords > 40) {
    lost += 1;
    problems.push(`sentences of ${Math.round(analysis.averageSentenceWords)} words on average`);
  }
  if (analysis.repeatedSentences > 0) {
    lost += 1;
    problems.push('sentences said twice');
  }
  if (analysis.mainWordCount > LENGTH.tooLongAbove) {
    lost += 1;
    problems.push(`${analysis.mainWordCount} words, more than a listener holds`);
  }
  return {
    level: clamp(4 - lost),
    reason:
      problems.length === 0
        ? 'Plain and direct: no hedging, filler or run-on sentences.'
        : `Clarity suffers from ${problems.join('; ')}.`,
    evidence: sentencesHolding(analysis, analysis.vague, 3),
  };
};

/** Behaviour change ("since then I…") is stronger reflection than naming a lesson. */
const CHANGED_BEHAVIOUR =
  /\b(?:since then|ever since|from then on|now i|i now|these days|nowadays|going forward|next time|i've started|i have started|i started to|changed how i|changed the way i|changed my approach|i always|i've since|i have since)\b/i;

/** A practice that changed for good, whoever's it is: "since then we write a test for every handler". */
const CHANGED_PRACTICE =
  /\b(?:since then|ever since|from then on|going forward|nowadays|these days)\b/i;

const judgeReflection = ({ analysis, flags }: JudgeContext): Judgement => {
  // A lesson told with "we" is still a lesson: turning "we" into "I" must not be what earns it.
  const practice = analysis.classified
    .filter((item) => CHANGED_PRACTICE.test(item.sentence.text))
    .map((item) => evidenceOf(item.sentence));
  const learning = distinctBySpan(
    analysis.learning.length > 0 || practice.length === 0 ? analysis.learning : practice,
  );
  const evidence = sentencesHolding(analysis, learning, 3);
  const hasChange = learning.some(
    (hit) => CHANGED_BEHAVIOUR.test(hit.quote) || CHANGED_PRACTICE.test(hit.quote),
  );
  let judgement: Judgement;
  if (learning.length === 0) {
    judgement = analysis.asksForLearning
      ? { level: 1, reason: 'The question asks for a lesson and none is given.', evidence }
      : {
          level: 2,
          reason: 'No reflection on what you learned; optional here, but it adds signal.',
          evidence,
        };
  } else if (hasChange && learning.length >= 2) {
    judgement = {
      level: 4,
      reason: `Names the lesson and shows how your behaviour changed afterwards (${quoteList(evidence)}).`,
      evidence,
    };
  } else {
    judgement = {
      level: 3,
      reason: hasChange
        ? `Shows a change in practice (${quoteList(evidence, 1)}); the lesson itself could be sharper.`
        : `Names a lesson (${quoteList(evidence, 1)}), but not what you now do differently.`,
      evidence,
    };
  }
  // The words of a lesson are there, yet the finding says none is the candidate's own:
  // it is about what others should do, or it sits beside unowned blame or praise.
  if (flags.has('no-learning') && learning.length > 0)
    return {
      level: capAt(judgement.level, analysis.asksForLearning ? 1 : 2),
      reason: `The lesson drawn (${quoteList(evidence, 1)}) is not one of your own: it is about what others should do, or it sits beside blame or praise you never own.`,
      evidence,
    };
  return flags.has('blames-others')
    ? { ...judgement, level: capAt(judgement.level, 2) }
    : judgement;
};

const JUDGES: Readonly<Record<BehavioralDimension, (context: JudgeContext) => Judgement>> = {
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
  claims?: ImpactClaims,
): WeightedJudgement[] => {
  const context: JudgeContext = {
    analysis,
    flags: new Set(findings.map((found) => found.flag)),
    claims: claims ?? claimsOf(analysis),
  };
  const rubric = analysis.question?.rubric ?? [];
  return BEHAVIORAL_DIMENSIONS.map((dimension) => {
    const judgement = JUDGES[dimension](context);
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
