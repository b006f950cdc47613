import type { Evidence } from '../../types';
import type { DiscountedFigure } from '../evaluation';
import type { Analysis } from './analyze';
import type { Quantity } from './quantities';
import { CUE_THRESHOLD, type ClassifiedSentence } from './segment';
import { evidenceIn, findAll, perSentence, shorten, tokenize, type Sentence } from './text';
import { COMMON_FUNCTION_WORDS } from './lexicon';

/**
 * Which of an answer's figures count as impact. A number is the candidate's
 * impact only when it measures what the story is about: its sentence shares a
 * metric, system or entity with the situation, the goal or the actions. A
 * closing "that quarter NPS rose 35% and we saved $200k" shares none, so it is
 * set aside however good it sounds. A figure no engineering change plausibly
 * makes ("from 10 minutes to 2 milliseconds", "1000x", "100% of users") is a
 * finding against the answer, not impact.
 */
export interface ImpactClaims {
  /** Result figures tied to the story and plausible: the ones impact is judged on. */
  readonly counted: readonly Quantity[];
  /** Result figures whose sentence shares nothing with the story. */
  readonly unconnected: readonly Quantity[];
  /** Outcome sentences of figures none of which is tied to the story: padding, told as if it were the result. */
  readonly paddingSentences: readonly Sentence[];
  /** Figures, anywhere in the answer, that no change plausibly produces. */
  readonly implausible: readonly Evidence[];
  /** Every figure set aside, with the reason, for the score breakdown. */
  readonly discounted: readonly DiscountedFigure[];
}

/** A sentence with this many figures, none tied to the story, is a sentence of numbers: padding. */
export const PADDING_MINIMUM_FIGURES = 2;

/**
 * Words that name no metric, system or entity: function words, the verbs and
 * adverbs of any claim ("rose", "overall"), periods of time, and people in
 * general ("customers", "the team"), which every story and every padded
 * sentence mention alike.
 */
const UNSPECIFIC_WORDS: ReadonlySet<string> = new Set([
  ...COMMON_FUNCTION_WORDS,
  // function words and auxiliaries of four letters or more
  'again',
  'around',
  'been',
  'both',
  'down',
  'each',
  'even',
  'every',
  'most',
  'only',
  'other',
  'same',
  'since',
  'these',
  'those',
  'through',
  'under',
  'until',
  'where',
  'your',
  'ours',
  // the verbs and modifiers of a claim
  'achieved',
  'almost',
  'approximately',
  'better',
  'boosted',
  'came',
  'cheaper',
  'climbed',
  'completed',
  'decreased',
  'delivered',
  'dropped',
  'faster',
  'fell',
  'grew',
  'higher',
  'improved',
  'increased',
  'less',
  'lower',
  'made',
  'nearly',
  'overall',
  'percent',
  'raised',
  'reached',
  'reduced',
  'roughly',
  'rose',
  'saved',
  'shipped',
  'slower',
  'total',
  'went',
  'whole',
  // periods of time
  'annual',
  'annually',
  'daily',
  'month',
  'monthly',
  'months',
  'quarter',
  'quarters',
  'time',
  'times',
  'today',
  'week',
  'weekly',
  'weeks',
  'year',
  'yearly',
  'years',
  // people and organisations in general
  'company',
  'customer',
  'customers',
  'department',
  'engineers',
  'everyone',
  'manager',
  'organisation',
  'organization',
  'people',
  'team',
  'teams',
  'user',
  'users',
  'thing',
  'things',
  'work',
]);

/** Words shorter than this say too little to tie two sentences together ("run", "fix"), except acronyms. */
const MINIMUM_WORD_LENGTH = 4;
/** "latency"/"latencies", "charged"/"charging": the same stem up to this many letters. */
const STEM_LENGTH = 5;

/**
 * Families of measure that tie a figure to a story told in other words: "p95
 * fell from 800 ms to 120 ms" is about the "slow" page of the situation, "$4,000
 * a month" about the "bill". A figure joins its family through its unit; the
 * story, through its words.
 */
const MEASURE_FAMILIES: ReadonlyArray<{ readonly tag: string; readonly word: RegExp }> = [
  {
    tag: '#time',
    word: /^(?:\d+(?:\.\d+)?(?:ms|s|secs?|mins?|h|hrs?))$|^(?:ms|milliseconds?|secs?|seconds?|mins?|minutes?|hours?|slow\w*|fast\w*|quick\w*|latenc\w*|lag\w*|timeouts?|timing|delays?|delayed|wait\w*|durations?|speed\w*|p9\d|p50)$/u,
  },
  {
    tag: '#money',
    word: /^(?:costs?|costly|bills?|billing|spend\w*|spent|budgets?|expensive|cheap\w*|dollars?|euros?|pounds?|invoices?)$/u,
  },
];

/** The stems of what a sentence is about: its content words, acronyms ("API", "CPU") and families of measure. */
const subjectStemsOf = perSentence((sentence: Sentence): ReadonlySet<string> => {
  const stems = new Set<string>();
  if (/[$€£]\s?\d/u.test(sentence.text)) stems.add('#money');
  for (const token of tokenize(sentence.text)) {
    for (const family of MEASURE_FAMILIES) if (family.word.test(token.lower)) stems.add(family.tag);
    if (!/^\p{L}/u.test(token.text)) continue;
    const isAcronym = /^\p{Lu}{2,6}s?$/u.test(token.text);
    if (!isAcronym && token.lower.length < MINIMUM_WORD_LENGTH) continue;
    if (UNSPECIFIC_WORDS.has(token.lower)) continue;
    stems.add(token.lower.replace(/s$/u, '').slice(0, STEM_LENGTH));
  }
  return stems;
});

/** The sentence of `analysis` that holds `evidence`. */
const holderOf = (
  classified: readonly ClassifiedSentence[],
  evidence: Evidence,
): ClassifiedSentence | undefined =>
  classified.find(
    (item) =>
      item.sentence.turn === evidence.turn &&
      item.sentence.start <= evidence.start &&
      evidence.start < item.sentence.end,
  );

const UNIT_IN_MS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:ms|milliseconds?)$/iu, 1],
  [/^(?:s|secs?|seconds?)$/iu, 1_000],
  [/^(?:mins?|minutes?)$/iu, 60_000],
  [/^(?:h|hrs?|hours?)$/iu, 3_600_000],
  [/^days?$/iu, 86_400_000],
  [/^weeks?$/iu, 604_800_000],
];
const toMilliseconds = (amount: string, unit: string): number | undefined => {
  const scale = UNIT_IN_MS.find(([pattern]) => pattern.test(unit))?.[1];
  const value = Number(amount.replace(/,/gu, ''));
  return scale === undefined || !Number.isFinite(value) ? undefined : value * scale;
};

/**
 * Past these a claim is not credible from one engineer's change: a duration
 * cut a thousandfold, a hundredfold multiplier, a rise of more than 500%, a
 * fall of more than 100%, any percentage in the thousands whatever it is of,
 * everyone affected at once.
 */
export const PLAUSIBILITY = {
  maxDurationRatio: 1_000,
  maxMultiplier: 100,
  maxPercentRise: 500,
  maxAnyPercent: 1_000,
} as const;

/**
 * Qualities nobody measures in percent: "increased quality by 400%", "30% more
 * collaboration". A percentage of one is a figure made up, not a measurement.
 */
const UNMEASURED_QUALITY = String.raw`(?:quality|productivity|morale|happiness|collaboration|innovation|teamwork|alignment|culture|trust|ownership|security risk|risk|excellence|synergy|synergies)`;

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const TIME_UNIT = String.raw`ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?`;
const DURATION_FROM_TO = new RegExp(
  String.raw`\bfrom\s+(?:about\s+|around\s+|over\s+|~)?(${NUMBER})\s?(${TIME_UNIT})\b[^.;!?]{0,40}?\bto\s+(?:about\s+|around\s+|under\s+|just\s+|only\s+|~)?(${NUMBER})\s?(${TIME_UNIT})\b`,
  'giu',
);
/** "1000x", "200-fold", "300 times faster": not "ran the tests 200 times". */
const MULTIPLIER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${NUMBER})\s?(?:x|×|-?fold)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(${NUMBER})\s?times\s(?:faster|slower|quicker|cheaper|more|less|fewer|smaller|bigger|larger|higher|lower|better)\b`,
  'giu',
);
const PERCENT_CHANGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(${NUMBER})\s?(?:%|percent\b)\s?(?:(increase|rise|growth|improvement|more|higher|faster|better)|(decrease|reduction|drop|fewer|less|lower|cheaper))?`,
  'giu',
);
/** The falling or rising word before a percentage: "cut costs by 150%", "grew 900%". */
const PERCENT_OF_QUALITY = new RegExp(
  String.raw`\b${UNMEASURED_QUALITY}\b[^.;!?]{0,20}?\b(?:by|of)\s+(?:${NUMBER})\s?(?:%|percent\b)|(?<![\p{L}\p{N}.])(?:${NUMBER})\s?(?:%|percent\b)\s(?:(?:more|better|higher|increase in|improvement in|rise in|boost (?:in|to))\s)?${UNMEASURED_QUALITY}\b`,
  'giu',
);
const FALL_BEFORE =
  /\b(?:cut|reduced|lowered|dropped|fell|decreased|down|shrank|saved)\b[^.;!?]{0,25}$/iu;
const RISE_BEFORE = /\b(?:increased|raised|grew|rose|boosted|up|improved)\b[^.;!?]{0,25}$/iu;
const EVERYONE_AT_ONCE =
  /\b(?:100\s?%|100 percent|all) of (?:our |the )?(?:users|customers|clients|people|employees|visitors|developers)\b[^.;!?]{0,40}\b(?:rated|love[sd]?|prais\w*|satisf\w*|happ\w*|adopt\w*|switch\w*|five stars?)/giu;

/** Figures in a sentence that no engineering change plausibly produces. */
export const findImplausibleFigures = perSentence((sentence: Sentence): Evidence[] => {
  const found: Evidence[] = [];
  const text = sentence.text;
  for (const match of text.matchAll(DURATION_FROM_TO)) {
    const before = toMilliseconds(match[1] ?? '', match[2] ?? '');
    const after = toMilliseconds(match[3] ?? '', match[4] ?? '');
    if (before === undefined || after === undefined || before === 0 || after === 0) continue;
    const ratio = Math.max(before / after, after / before);
    if (ratio >= PLAUSIBILITY.maxDurationRatio)
      found.push(evidenceIn(sentence, match.index, match.index + match[0].length));
  }
  for (const match of text.matchAll(MULTIPLIER)) {
    if (Number((match[1] ?? match[2] ?? '').replace(/,/gu, '')) >= PLAUSIBILITY.maxMultiplier)
      found.push(evidenceIn(sentence, match.index, match.index + match[0].length));
  }
  for (const match of text.matchAll(PERCENT_CHANGE)) {
    const value = Number((match[1] ?? '').replace(/,/gu, ''));
    const lead = text.slice(Math.max(0, match.index - 40), match.index);
    const isFall = match[3] !== undefined || FALL_BEFORE.test(lead);
    const isRise = match[2] !== undefined || RISE_BEFORE.test(lead);
    if (
      (isFall && value > 100) ||
      (isRise && !isFall && value > PLAUSIBILITY.maxPercentRise) ||
      value >= PLAUSIBILITY.maxAnyPercent
    )
      found.push(evidenceIn(sentence, match.index, match.index + match[0].length));
  }
  const percentOfQuality = findAll(sentence, PERCENT_OF_QUALITY).filter(
    (hit) => !found.some((claim) => claim.start < hit.end && hit.start < claim.end),
  );
  found.push(...percentOfQuality);
  found.push(...findAll(sentence, EVERYONE_AT_ONCE));
  return found;
});

/** Whether a result sentence shares a metric, system or entity with the rest of the story. */
const isConnected = (
  holder: ClassifiedSentence,
  storyStems: ReadonlyMap<Sentence, ReadonlySet<string>>,
): boolean => {
  const own = subjectStemsOf(holder.sentence);
  for (const [sentence, stems] of storyStems) {
    if (sentence === holder.sentence) continue;
    for (const stem of own) if (stems.has(stem)) return true;
  }
  return false;
};

/**
 * A figure is an outcome when its sentence tells one: a result, a reply to a
 * probe, or a step that states what it changed. The scene and the goal ("before
 * the team doubled in size") set the stakes; their numbers are not impact.
 */
const tellsAnOutcome = (item: ClassifiedSentence): boolean =>
  item.part === 'result' ||
  item.sentence.turn > 0 ||
  (item.part === 'action' && item.evidence.result >= CUE_THRESHOLD);

const hasFigure = (item: ClassifiedSentence, figures: ReadonlySet<Sentence>): boolean =>
  figures.has(item.sentence);

export const assessImpactClaims = (analysis: Analysis): ImpactClaims => {
  const holders = new Map<Quantity, ClassifiedSentence>();
  for (const quantity of analysis.resultQuantities) {
    const holder = holderOf(analysis.classified, quantity.evidence);
    if (holder !== undefined && tellsAnOutcome(holder)) holders.set(quantity, holder);
  }
  const figureSentences = new Set([...holders.values()].map((item) => item.sentence));
  // What the story is about: every sentence except the result figures themselves,
  // so that two padded sentences of figures cannot vouch for each other.
  const storyStems = new Map<Sentence, ReadonlySet<string>>();
  for (const item of analysis.classified)
    if (!(item.part === 'result' && hasFigure(item, figureSentences)))
      storyStems.set(item.sentence, subjectStemsOf(item.sentence));

  const implausible = analysis.classified.flatMap((item) => findImplausibleFigures(item.sentence));
  const isImplausible = (quantity: Quantity): boolean =>
    implausible.some(
      (claim) =>
        claim.turn === quantity.evidence.turn &&
        claim.start < quantity.evidence.end &&
        quantity.evidence.start < claim.end,
    );

  const counted: Quantity[] = [];
  const unconnected: Quantity[] = [];
  const connectedBySentence = new Map<Sentence, boolean>();
  const holderPart = new Map([...holders.values()].map((item) => [item.sentence, item.part]));
  for (const quantity of analysis.resultQuantities) {
    const holder = holders.get(quantity);
    if (holder === undefined) continue;
    let connected = connectedBySentence.get(holder.sentence);
    if (connected === undefined) {
      connected = isConnected(holder, storyStems);
      connectedBySentence.set(holder.sentence, connected);
    }
    if (!connected) unconnected.push(quantity);
    else if (!isImplausible(quantity)) counted.push(quantity);
  }

  const discounted: DiscountedFigure[] = [
    ...implausible.map((evidence): DiscountedFigure => ({
      kind: 'implausible',
      reason: `"${shorten(evidence.quote)}" is more than any one change plausibly achieves, so it counts against the answer rather than for it.`,
      evidence,
    })),
    ...unconnected.map((quantity): DiscountedFigure => ({
      kind: 'unconnected',
      reason: `"${shorten(quantity.evidence.quote)}" shares no metric, system or subject with what you did, so it is not counted as your impact.`,
      evidence: quantity.evidence,
    })),
  ];
  // Padding is a sentence of figures told as the result. A step with a stray figure ("a staged rollout at
  // five percent") is still a step, and one loose figure ("page loads were 30% faster") is a claim to question.
  const figuresIn = new Map<Sentence, number>();
  for (const quantity of unconnected) {
    const holder = holders.get(quantity);
    if (holder !== undefined)
      figuresIn.set(holder.sentence, (figuresIn.get(holder.sentence) ?? 0) + 1);
  }
  const paddingSentences = [...figuresIn]
    .filter(
      ([sentence, figures]) =>
        figures >= PADDING_MINIMUM_FIGURES && holderPart.get(sentence) === 'result',
    )
    .map(([sentence]) => sentence);
  return { counted, unconnected, paddingSentences, implausible, discounted };
};
