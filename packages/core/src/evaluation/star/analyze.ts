import type { ProbeExchange } from '../../ports';
import type { BehavioralQuestionWithId } from '../../question/schema';
import type { Evidence, StarPart } from '../types';
import { EXPLICIT_LEARNING_PROMPT_PATTERN, REFLECTIVE_PROMPT_PATTERN } from './lexicon';
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
import { CUE_THRESHOLD, classifyTurn, isPartPresent, repairMissingParts, type ClassifiedSentence } from './segment';
import { countWords, splitSentences, type Sentence } from './text';

export interface EvaluationInput {
  readonly prompt: string;
  readonly question?: BehavioralQuestionWithId | null;
  readonly answer: string;
  readonly replies?: readonly ProbeExchange[];
}

/**
 * Everything the evaluator noticed in an answer and its probe replies, before
 * any judgement. Flags, levels and probes are all computed from this.
 */
export interface Analysis {
  readonly prompt: string;
  readonly question: BehavioralQuestionWithId | null;
  /** Texts by turn: 0 is the main answer, i + 1 the reply to probe i. */
  readonly turns: readonly string[];
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
export const asksForLearning = (prompt: string, question: BehavioralQuestionWithId | null): boolean => {
  if (EXPLICIT_LEARNING_PROMPT_PATTERN.test(prompt)) return true;
  if (question !== null) return question.asksForLearning || EXPLICIT_LEARNING_PROMPT_PATTERN.test(question.prompt);
  return REFLECTIVE_PROMPT_PATTERN.test(prompt);
};

const isResultSentence = (item: ClassifiedSentence): boolean =>
  item.part === 'result' || item.evidence.result >= CUE_THRESHOLD || (item.sentence.turn > 0 && item.part !== 'situation');

/**
 * A relative claim is baselined when its own sentence or a neighbour states
 * the starting point or the method, when any reply does, or when another
 * sentence gives an absolute number for the same metric ("p95 was 800 ms").
 */
const isBaselined = (quantity: Quantity, item: ClassifiedSentence, usable: readonly ClassifiedSentence[]): boolean => {
  const sentence = item.sentence;
  // A change told as context or as a step ("the support team doubled", "a rewrite would be 3x faster") is
  // not the candidate's claimed impact; when the result states its own starting point, the answer is checkable.
  if (item.sentence.turn === 0 && (item.part === 'situation' || item.part === 'task')) return true;
  if (!isResultSentence(item) && usable.some((other) => isResultSentence(other) && hasBaselineCue(other.sentence))) return true;
  const neighbours = usable.filter(
    (item) => item.sentence.turn === sentence.turn && Math.abs(item.sentence.index - sentence.index) <= 1,
  );
  if (neighbours.some((item) => hasBaselineCue(item.sentence))) return true;
  if (usable.some((item) => item.sentence.turn > 0 && hasBaselineCue(item.sentence))) return true;
  const metrics = new Set(metricNounsOf(sentence));
  if (metrics.size === 0) return false;
  return usable.some(
    (item) =>
      item.sentence !== sentence &&
      metricNounsOf(item.sentence).some((metric) => metrics.has(metric)) &&
      findQuantities(item.sentence).some((other) => !other.isRelative && other.evidence.quote !== quantity.evidence.quote),
  );
};

const countRepeatedSentences = (sentences: readonly Sentence[]): number => {
  const seen = new Set<string>();
  let repeated = 0;
  for (const sentence of sentences) {
    const key = sentence.text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').trim();
    if (key.split(' ').length < 4) continue;
    if (seen.has(key)) repeated += 1;
    seen.add(key);
  }
  return repeated;
};

export const analyzeAnswer = (input: EvaluationInput): Analysis => {
  const question = input.question ?? null;
  const turns = [input.answer, ...(input.replies ?? []).map((exchange) => exchange.reply)];
  const sentencesByTurn = turns.map((text, turn) => splitSentences(text, turn));
  const classified = repairMissingParts(sentencesByTurn.flatMap((sentences) => classifyTurn(sentences)));
  // "I'm not sure how we measured it" supplies nothing: keep it for vagueness and blame, not for credit.
  const usable = classified.filter((item) => !isUncertain(item.sentence));
  const usableSentences = usable.map((item) => item.sentence);
  const allSentences = classified.map((item) => item.sentence);

  const parts: Record<StarPart, boolean> = {
    situation: isPartPresent(usable, 'situation'),
    task: isPartPresent(usable, 'task'),
    action: isPartPresent(usable, 'action'),
    result: isPartPresent(usable, 'result'),
  };
  const actionSentences = usable.filter((item) => item.part !== 'situation');
  const actions = actionSentences.map((item) => findSubjectActions(item.sentence));

  const quantities = usable.flatMap((item) => findQuantities(item.sentence).map((quantity) => ({ quantity, item })));
  const resultQuantities = quantities.filter(({ item }) => isResultSentence(item)).map(({ quantity }) => quantity);
  const unbaselined = quantities
    .filter(({ quantity, item }) => quantity.isRelative && !isBaselined(quantity, item, usable))
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
    classified,
    parts,
    mainWordCount,
    totalWordCount: turns.reduce((total, text) => total + countWords(text), 0),
    averageSentenceWords: writtenSentences === 0 ? 0 : mainWordCount / writtenSentences,
    repeatedSentences: countRepeatedSentences(mainSentences),
    myActions: actions.flatMap((found) => found.mine),
    ourActions: actions.flatMap((found) => found.ours),
    quantities: quantities.map(({ quantity }) => quantity),
    resultQuantities,
    unbaselined,
    vague: allSentences.flatMap(findVaguePhrases),
    technical: distinctByQuote(usableSentences.flatMap(findTechnicalTerms)),
    named: distinctByQuote(usableSentences.flatMap(findNamedThings)),
    tradeOffs: usableSentences.flatMap(findTradeOffs),
    causal: usableSentences.flatMap(findCausal),
    learning: usableSentences.flatMap(findLearning),
    asksForLearning: asksForLearning(input.prompt, question),
    blameStrong: blame.flatMap((hits) => hits.strong),
    blameSoft: blame.flatMap((hits) => hits.soft),
    isSelfAccountable: usableSentences.some(hasSelfAccountability),
  };
};
