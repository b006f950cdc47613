import type { ProbeExchange } from '../../types';
import type { BehavioralQuestionWithId } from '../question';
import type { Evidence } from '../../types';
import type { PartlyScoredTurn, StarPart } from '../evaluation';
import {
  COMMON_FUNCTION_WORDS,
  EXPLICIT_LEARNING_PROMPT_PATTERN,
  REFLECTIVE_PROMPT_PATTERN,
} from './lexicon';
import {
  findBlame,
  findCausal,
  findLearning,
  findNamedThings,
  findTechnicalTerms,
  findTradeOffs,
  findVaguePhrases,
  hasSelfAccountability,
  isUncertain,
} from './language';
import { findSubjectActions } from './ownership';
import { findQuantities, hasBaselineCue, metricNounsOf, type Quantity } from './quantities';
import {
  CUE_THRESHOLD,
  classifyTurn,
  isPartPresent,
  isSituationPresent,
  isTaskImplied,
  repairMissingParts,
  type ClassifiedSentence,
} from './segment';
import { sentenceFeatures } from './sentence-features';
import {
  clauseAt,
  countWords,
  distinctBySpan,
  splitSentences,
  tokenize,
  type Sentence,
} from './text';

export interface EvaluationInput {
  readonly prompt: string;
  readonly question?: BehavioralQuestionWithId | null;
  readonly answer: string;
  readonly replies?: readonly ProbeExchange[];
  /** Characters of each turn that are scored; MAX_SCORED_CHARACTERS unless told (benches pass Infinity). */
  readonly maxScoredCharacters?: number;
}

/**
 * The evaluator reads at most this many characters of each turn: about 3,300
 * words, seven times the longest answer that fits a spoken round. Past it an
 * answer is already "too long", and scoring the rest would only cost time; the
 * scorecard says which turns were cut (see `BehavioralEvaluation.partlyScored`).
 */
export const MAX_SCORED_CHARACTERS = 20_000;

/** The first `limit` characters of `text`, cut at the last whitespace before the limit so no word is split. */
export const scoredPrefix = (text: string, limit: number): string => {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const lastSpace = cut.search(/\s\S*$/u);
  return lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut;
};

/**
 * Everything the evaluator noticed in an answer and its probe replies, before
 * any judgement. Flags, levels and probes are all computed from this.
 */
export interface Analysis {
  readonly prompt: string;
  readonly question: BehavioralQuestionWithId | null;
  /** Texts by turn as scored (see MAX_SCORED_CHARACTERS): 0 is the main answer, i + 1 the reply to probe i. */
  readonly turns: readonly string[];
  /** Turns longer than the limit: only their first `scoredCharacters` were read. */
  readonly partlyScored: readonly PartlyScoredTurn[];
  readonly classified: readonly ClassifiedSentence[];
  readonly parts: Readonly<Record<StarPart, boolean>>;
  readonly mainWordCount: number;
  readonly totalWordCount: number;
  readonly averageSentenceWords: number;
  /** Sentences of the main answer said more than once, word for word. */
  readonly repeatedSentences: number;
  readonly myActions: readonly Evidence[];
  readonly ourActions: readonly Evidence[];
  readonly quantities: readonly Quantity[];
  readonly resultQuantities: readonly Quantity[];
  readonly unbaselined: readonly Quantity[];
  readonly vague: readonly Evidence[];
  /** Distinct technical terms (first mention of each). */
  readonly technical: readonly Evidence[];
  readonly named: readonly Evidence[];
  readonly tradeOffs: readonly Evidence[];
  readonly causal: readonly Evidence[];
  readonly learning: readonly Evidence[];
  readonly asksForLearning: boolean;
  readonly blameStrong: readonly Evidence[];
  readonly blameSoft: readonly Evidence[];
  readonly isSelfAccountable: boolean;
}

/** The first evidence for each distinct lower-cased quote. */
const distinctByQuote = (items: readonly Evidence[]): Evidence[] => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.quote.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Whether the answer must say what was learned. A bank question says so
 * itself (its author decided); a free-form prompt is read for failure,
 * feedback and growth words. Either way, "what did you learn?" asks for it.
 */
export const asksForLearning = (
  prompt: string,
  question: BehavioralQuestionWithId | null,
): boolean => {
  if (EXPLICIT_LEARNING_PROMPT_PATTERN.test(prompt)) return true;
  if (question !== null)
    return question.asksForLearning || EXPLICIT_LEARNING_PROMPT_PATTERN.test(question.prompt);
  return REFLECTIVE_PROMPT_PATTERN.test(prompt);
};

const isResultSentence = (item: ClassifiedSentence): boolean =>
  item.part === 'result' ||
  item.evidence.result >= CUE_THRESHOLD ||
  (item.sentence.turn > 0 && item.part !== 'situation');

/** At most this many sentences are remembered per metric noun: enough to find "another sentence with another number". */
const SENTENCES_PER_METRIC = 3;

/**
 * What `isBaselined` asks of the other sentences, gathered in one pass so each
 * claim is checked in constant time (asking every sentence for every claim was
 * quadratic in the answer's length).
 */
interface BaselineIndex {
  readonly hasResultBaseline: boolean;
  readonly hasReplyBaseline: boolean;
  /** "turn:index" of every sentence that states a starting point or a method. */
  readonly baselineCueAt: ReadonlySet<string>;
  /** Per unit family and content word, the first few sentences that state an amount of that family ("took 90 minutes"). */
  readonly amountsByWord: ReadonlyMap<string, readonly Sentence[]>;
  /** Per metric noun, the first few sentences that give an absolute number for it, with those numbers. */
  readonly absoluteByMetric: ReadonlyMap<
    string,
    ReadonlyArray<{ readonly sentence: Sentence; readonly quotes: readonly string[] }>
  >;
}

/**
 * A claim's unit family, from its words: "40% faster" is about time, "30%
 * cheaper" about money. A sentence stating an amount of that family about the
 * same thing ("the nightly reports took 90 minutes") is the claim's baseline,
 * even when it is not next to it and names no metric noun.
 */
const UNIT_FAMILIES: ReadonlyArray<{
  readonly family: string;
  readonly claim: RegExp;
  readonly amount: RegExp;
}> = [
  {
    family: 'time',
    claim: /\b(?:faster|slower|quicker|sooner|latency|duration|runtime|time)\b/i,
    amount:
      /\b\d+(?:[.,]\d+)?\s?(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)\b/i,
  },
  {
    family: 'money',
    claim: /\b(?:cheaper|costs?|bill|spend|spending|budget|sav(?:ed|ing|ings))\b|[$€£]/i,
    amount: /[$€£]\s?\d|\b\d[\d,.]*\s?(?:k\s)?(?:dollars|euros|pounds)\b/i,
  },
];

/** Words that say nothing about what a number measures. */
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  ...COMMON_FUNCTION_WORDS,
  'again',
  'every',
  'first',
  'last',
  'made',
  'most',
  'only',
  'same',
  'since',
  'these',
  'those',
  'time',
  'under',
  'until',
  'team',
  'result',
  'month',
  'months',
  'week',
  'weeks',
  'year',
  'years',
  'faster',
  'slower',
  'cheaper',
  'percent',
]);

const contentWordsOf = (sentence: Sentence): Set<string> =>
  new Set(
    tokenize(sentence.text)
      .map((token) => token.lower)
      .filter((word) => word.length >= 4 && !GENERIC_WORDS.has(word) && /^\p{L}/u.test(word))
      .map((word) => word.slice(0, 5)),
  );

const indexBaselines = (usable: readonly ClassifiedSentence[]): BaselineIndex => {
  const baselineCueAt = new Set<string>();
  const amountsByWord = new Map<string, Sentence[]>();
  const absoluteByMetric = new Map<string, Array<{ sentence: Sentence; quotes: string[] }>>();
  let hasResultBaseline = false;
  let hasReplyBaseline = false;
  for (const item of usable) {
    const sentence = item.sentence;
    if (hasBaselineCue(sentence)) {
      baselineCueAt.add(`${sentence.turn}:${sentence.index}`);
      if (isResultSentence(item)) hasResultBaseline = true;
      if (sentence.turn > 0) hasReplyBaseline = true;
    }
    for (const { family, amount } of UNIT_FAMILIES) {
      if (!amount.test(sentence.text)) continue;
      for (const word of contentWordsOf(sentence)) {
        const list = amountsByWord.get(`${family}:${word}`) ?? [];
        if (list.length < SENTENCES_PER_METRIC) list.push(sentence);
        amountsByWord.set(`${family}:${word}`, list);
      }
    }
    const metrics = metricNounsOf(sentence);
    if (metrics.length === 0) continue;
    const quotes = findQuantities(sentence)
      .filter((quantity) => !quantity.isRelative)
      .map((quantity) => quantity.evidence.quote);
    if (quotes.length === 0) continue;
    for (const metric of new Set(metrics)) {
      const list = absoluteByMetric.get(metric) ?? [];
      if (list.length < SENTENCES_PER_METRIC) list.push({ sentence, quotes });
      absoluteByMetric.set(metric, list);
    }
  }
  return { hasResultBaseline, hasReplyBaseline, baselineCueAt, amountsByWord, absoluteByMetric };
};

/**
 * A relative claim is baselined when its own sentence or a neighbour states
 * the starting point or the method, when any reply does, or when another
 * sentence gives an absolute number for the same metric ("p95 was 800 ms").
 */
const isBaselined = (
  quantity: Quantity,
  item: ClassifiedSentence,
  index: BaselineIndex,
): boolean => {
  const sentence = item.sentence;
  // A change told as context or as a step ("the support team doubled", "a rewrite would be 3x faster") is
  // not the candidate's claimed impact; when the result states its own starting point, the answer is checkable.
  if (item.sentence.turn === 0 && (item.part === 'situation' || item.part === 'task')) return true;
  if (!isResultSentence(item) && index.hasResultBaseline) return true;
  for (const offset of [-1, 0, 1])
    if (index.baselineCueAt.has(`${sentence.turn}:${sentence.index + offset}`)) return true;
  if (index.hasReplyBaseline) return true;
  const families = UNIT_FAMILIES.filter(({ claim }) => claim.test(sentence.text));
  if (families.length > 0) {
    const words = contentWordsOf(sentence);
    const hasAmountAboutSameThing = families.some(({ family }) =>
      [...words].some((word) =>
        (index.amountsByWord.get(`${family}:${word}`) ?? []).some((other) => other !== sentence),
      ),
    );
    if (hasAmountAboutSameThing) return true;
  }
  return metricNounsOf(sentence).some((metric) =>
    (index.absoluteByMetric.get(metric) ?? []).some(
      (other) =>
        other.sentence !== sentence &&
        other.quotes.some((quote) => quote !== quantity.evidence.quote),
    ),
  );
};

const countRepeatedSentences = (sentences: readonly Sentence[]): number => {
  const seen = new Set<string>();
  let repeated = 0;
  for (const sentence of sentences) {
    const key = sentence.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N} ]/gu, '')
      .trim();
    if (key.split(' ').length < 4) continue;
    if (seen.has(key)) repeated += 1;
    seen.add(key);
  }
  return repeated;
};

export const analyzeAnswer = (input: EvaluationInput): Analysis => {
  const question = input.question ?? null;
  const fullTurns = [input.answer, ...(input.replies ?? []).map((exchange) => exchange.reply)];
  const limit = input.maxScoredCharacters ?? MAX_SCORED_CHARACTERS;
  const turns = fullTurns.map((text) => scoredPrefix(text, limit));
  const partlyScored = turns.flatMap((text, turn) => {
    const totalCharacters = fullTurns[turn]?.length ?? 0;
    return text.length < totalCharacters
      ? [{ turn, scoredCharacters: text.length, totalCharacters }]
      : [];
  });
  const sentencesByTurn = turns.map((text, turn) => splitSentences(text, turn));
  const classified = repairMissingParts(
    sentencesByTurn.flatMap((sentences) => classifyTurn(sentences)),
  );
  // "I'm not sure how we measured it" supplies nothing: keep it for vagueness and blame, not for credit.
  const usable = classified.filter((item) => !isUncertain(item.sentence));
  const usableSentences = usable.map((item) => item.sentence);
  const allSentences = classified.map((item) => item.sentence);

  // A hedged part of the main answer is still there ("the campaign, I believe, held up"): hedges are
  // `vague-language`'s business. Only an unsure reply to a probe ("I'm not sure how we measured it") supplies nothing.
  const told = classified.filter((item) => item.sentence.turn === 0 || !isUncertain(item.sentence));
  const parts: Record<StarPart, boolean> = {
    situation: isSituationPresent(told),
    task: isPartPresent(told, 'task') || isTaskImplied(told),
    action: isPartPresent(told, 'action'),
    result: isPartPresent(told, 'result'),
  };
  const actionSentences = usable.filter((item) => item.part !== 'situation');
  const actions = actionSentences.map((item) => findSubjectActions(item.sentence));

  const baselineIndex = indexBaselines(usable);
  const quantities = usable.flatMap((item) =>
    findQuantities(item.sentence).map((quantity) => ({ quantity, item })),
  );
  const resultQuantities = quantities
    .filter(({ item }) => isResultSentence(item))
    .map(({ quantity }) => quantity);
  const unbaselined = quantities
    .filter(
      ({ quantity, item }) => quantity.isRelative && !isBaselined(quantity, item, baselineIndex),
    )
    .map(({ quantity }) => quantity);

  const mainSentences = sentencesByTurn[0] ?? [];
  const mainWordCount = countWords(input.answer);
  // Pieces cut from a run-on are still one sentence as written: pacing reads what the candidate wrote.
  const writtenSentences = mainSentences.filter((sentence) => sentence.isClause !== true).length;
  const blame = allSentences.map(findBlame);

  return {
    prompt: input.prompt,
    question,
    turns,
    partlyScored,
    classified,
    parts,
    mainWordCount,
    totalWordCount: fullTurns.reduce((total, text) => total + countWords(text), 0),
    averageSentenceWords:
      writtenSentences === 0 ? 0 : countWords(turns[0] ?? '') / writtenSentences,
    repeatedSentences: countRepeatedSentences(mainSentences),
    myActions: [
      ...actions.flatMap((found) => found.mine),
      // "Pulled three months of logs…": a résumé bullet's step is the candidate's own.
      ...actionSentences
        .filter((item) => sentenceFeatures(item.sentence).isSubjectlessStep)
        .map((item) => clauseAt(item.sentence, 0)),
    ],
    ourActions: actions.flatMap((found) => found.ours),
    quantities: quantities.map(({ quantity }) => quantity),
    resultQuantities,
    unbaselined,
    vague: allSentences.flatMap(findVaguePhrases),
    technical: distinctByQuote(usableSentences.flatMap(findTechnicalTerms)),
    named: distinctByQuote(usableSentences.flatMap(findNamedThings)),
    tradeOffs: usableSentences.flatMap(findTradeOffs),
    causal: usableSentences.flatMap(findCausal),
    // Two detectors can find the same words ("I learned that"): each place counts once.
    learning: distinctBySpan(usableSentences.flatMap(findLearning)),
    asksForLearning: asksForLearning(input.prompt, question),
    blameStrong: blame.flatMap((hits) => hits.strong),
    blameSoft: blame.flatMap((hits) => hits.soft),
    isSelfAccountable: usableSentences.some(hasSelfAccountability),
  };
};
