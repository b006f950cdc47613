import { isStarFlag, type StarFlag } from '../flags';
import type { BehavioralDimension } from '../question';
import type { Evidence, HiringLevel } from '../../types';
import type { ProbeOutcome, ProbeOutcomeKind } from '../evaluation';
import type { Analysis } from './analyze';
import type { WeightedJudgement } from './dimensions';
import {
  findCausal,
  findLearning,
  findNamedThings,
  findTechnicalTerms,
  findTradeOffs,
  findVaguePhrases,
  isUncertain,
} from './language';
import { COMMON_FUNCTION_WORDS, phraseRegex } from './lexicon';
import { findSubjectActions } from './ownership';
import { findQuantities, hasBaselineCue } from './quantities';
import { CUE_THRESHOLD, scoreCues } from './segment';
import { countWords, evidenceOf, findAll, shorten, tokenize, type Sentence } from './text';

/**
 * What each follow-up probe did to the dimension it probed. An interviewer
 * probes to test the story: a reply that gives what was asked lifts that
 * dimension one level; a reply that gives nothing, dodges ("idk"), ignores the
 * question or takes back what the answer claimed lowers it one level.
 */

/** The dimension a flag-driven probe tests. */
const FLAG_DIMENSION: Readonly<Record<StarFlag, BehavioralDimension>> = {
  'missing-situation': 'structure',
  'missing-task': 'structure',
  'missing-action': 'ownership',
  'missing-result': 'impact',
  'unquantified-result': 'impact',
  'no-baseline': 'impact',
  'we-not-i': 'ownership',
  'vague-language': 'communication',
  'no-technical-depth': 'depth',
  'too-long': 'communication',
  'too-short': 'structure',
  'no-learning': 'reflection',
  'blames-others': 'ownership',
  // A reply that brings the story back to the question repairs how the answer was built, not a skill.
  'off-topic': 'structure',
};

/**
 * A probe without a flag (the question's own, a drill, an LLM interviewer's) is
 * read for what it asks; the first match wins. Anything else digs into how the
 * work was done, which is depth.
 */
const PROBE_TOPICS: ReadonlyArray<readonly [BehavioralDimension, RegExp]> = [
  [
    'impact',
    /\b(?:number|figure|how (?:much|many)|measured?|metric|baseline|impact|outcome|results?|how did it end|what changed)\b/i,
  ],
  [
    'reflection',
    /\b(?:learn(?:ed|t)?|lessons?|differently|again|looking back|in hindsight|mistakes?|regret)\b/i,
  ],
  [
    'ownership',
    /\b(?:personally|yourself|your (?:own )?(?:part|role|contribution)|you (?:specifically|alone))\b/i,
  ],
  [
    'structure',
    /\b(?:set the scene|context|which team|responsible for|success look like|at stake)\b/i,
  ],
  ['communication', /\bspecifically\b/i],
];

/** The dimension a probe tests: from its flag when it has one, else from its words (quotes of the answer left out). */
export const probedDimension = (
  probe: string,
  targetFlag: string | undefined,
): BehavioralDimension => {
  if (targetFlag !== undefined && isStarFlag(targetFlag)) return FLAG_DIMENSION[targetFlag];
  const ownWords = probe.replace(/["“][^"”]*["”]/gu, ' ');
  return PROBE_TOPICS.find(([, pattern]) => pattern.test(ownWords))?.[0] ?? 'depth';
};

/** Replies that decline the question. */
const DODGE = phraseRegex([
  'idk',
  'dunno',
  'no idea',
  'no clue',
  'not sure',
  'not really sure',
  "i don't know",
  'i do not know',
  "don't know",
  "don't remember",
  'do not remember',
  "can't remember",
  'cannot remember',
  "can't recall",
  'cannot recall',
  "don't recall",
  "can't say",
  'hard to say',
  'pass',
  'skip',
  'no comment',
  'nothing to add',
  'n/a',
  'not applicable',
  'whatever',
  'who knows',
  'beats me',
]);

/** A reply that takes back what the answer claimed: it was someone else's work, or it did not happen or work. */
const RETRACTION =
  /\b(?:it was(?:n't| not)(?: really| actually)? me|i was(?:n't| not)(?: really| actually)? (?:involved|the one)|someone else (?:did|wrote|built|led|made|ran|handled|decided)|(?:my|a|the other) (?:colleague|teammate|manager|lead|coworker|co-worker) (?:actually |really )?(?:did|wrote|built|led|made|ran|handled|decided) (?:it|that|this|most|all|the)|(?:that's|that is|it's|it is) not (?:really |quite |exactly )?what happened|i (?:didn't|did not|never) actually|(?:it|that|we) never actually|(?:actually|honestly|to be honest|truthfully),? (?:we|it|i|that) (?:never|didn't|did not|wasn't|was not|hadn't|had not))/i;

/** Words too common to show a reply is about the probe. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  ...COMMON_FUNCTION_WORDS,
  'where',
  'your',
  'yours',
  'should',
  'because',
  'did',
  'does',
  'done',
  'how',
  'why',
  'who',
  'whom',
  'and',
  'the',
  'for',
  'you',
  'was',
  'are',
  'can',
  'walk',
  'through',
  'tell',
  'said',
  'like',
  'know',
  'think',
  'really',
  'thing',
  'things',
  'many',
  'been',
  'will',
]);

const contentWords = (text: string): Set<string> =>
  new Set(
    tokenize(text)
      .map((token) => token.lower)
      .filter((word) => word.length >= 4 && !STOP_WORDS.has(word))
      .map((word) => word.slice(0, 5)),
  );

const tellsStory = (sentence: Sentence): boolean => {
  const { evidence } = scoreCues(sentence);
  return (
    Math.max(evidence.situation, evidence.task, evidence.action, evidence.result) >= CUE_THRESHOLD
  );
};

const FORWARD_LOOKING = /\b(?:i(?:'d| would)(?: have)? \w+|next time|from now on)\b/i;

interface Supply {
  /** The reply gives what the probe asked for. */
  readonly gives: boolean;
  /** The quote that shows it, or undefined when it gives nothing. */
  readonly evidence?: Evidence;
}

const firstHit = (
  sentences: readonly Sentence[],
  find: (sentence: Sentence) => readonly Evidence[],
): Evidence | undefined => {
  // The whole sentence, not the word that matched: "API" alone shows nothing.
  const sentence = sentences.find((candidate) => find(candidate).length > 0);
  return sentence === undefined ? undefined : evidenceOf(sentence);
};

/** Whether the reply's sentences give what a probe on `dimension` asks for, quoting the sentence that does. */
const supplies = (dimension: BehavioralDimension, sentences: readonly Sentence[]): Supply => {
  const found = (evidence: Evidence | undefined): Supply =>
    evidence === undefined ? { gives: false } : { gives: true, evidence };
  switch (dimension) {
    case 'impact':
      return found(
        firstHit(sentences, (sentence) =>
          findQuantities(sentence).length > 0 || hasBaselineCue(sentence)
            ? [evidenceOf(sentence)]
            : [],
        ),
      );
    case 'ownership':
      return found(firstHit(sentences, (sentence) => findSubjectActions(sentence).mine));
    case 'reflection':
      return found(
        firstHit(sentences, (sentence) => [
          ...findLearning(sentence),
          ...(FORWARD_LOOKING.test(sentence.text) ? [evidenceOf(sentence)] : []),
        ]),
      );
    case 'depth':
      return found(
        firstHit(sentences, (sentence) => [
          ...findTechnicalTerms(sentence),
          ...findNamedThings(sentence),
          ...findTradeOffs(sentence),
          ...findCausal(sentence),
        ]),
      );
    case 'structure':
      return found(
        firstHit(sentences, (sentence) => (tellsStory(sentence) ? [evidenceOf(sentence)] : [])),
      );
    case 'communication':
      return found(
        firstHit(sentences, (sentence) =>
          findVaguePhrases(sentence).length === 0
            ? [
                ...findTechnicalTerms(sentence),
                ...findNamedThings(sentence),
                ...findQuantities(sentence).map((q) => q.evidence),
              ]
            : [],
        ),
      );
  }
};

/** What a reply that does not give it lacks, per dimension: "your reply gave no figure". */
const LACKS: Readonly<Record<BehavioralDimension, string>> = {
  impact: 'your reply gave no figure',
  ownership: 'your reply named no step you took yourself',
  reflection: 'your reply gave no lesson or change',
  depth: 'your reply gave no technical detail',
  structure: 'your reply added no context or goal',
  communication: 'your reply stayed vague',
};

const GIVES: Readonly<Record<BehavioralDimension, string>> = {
  impact: 'your reply gave a figure',
  ownership: 'your reply said what you did yourself',
  reflection: 'your reply named a lesson',
  depth: 'your reply explained the mechanism',
  structure: 'your reply set out the context',
  communication: 'your reply named the specific thing',
};

interface ReplyReading {
  readonly kind: ProbeOutcomeKind;
  readonly reason: string;
  readonly evidence: readonly Evidence[];
}

/** Reads one reply against the probe it answers. `turn` is the reply's turn (1 for the first probe's reply). */
const readReply = (
  analysis: Analysis,
  probe: string,
  dimension: BehavioralDimension,
  turn: number,
): ReplyReading => {
  const text = analysis.turns[turn] ?? '';
  const sentences = analysis.classified
    .filter((item) => item.sentence.turn === turn)
    .map((item) => item.sentence);
  if (countWords(text) === 0 || sentences.length === 0)
    return { kind: 'no-answer', reason: 'you did not reply', evidence: [] };
  const retraction = sentences.find((sentence) => RETRACTION.test(sentence.text));
  if (retraction !== undefined) {
    return {
      kind: 'contradicted',
      reason: `your reply ("${shorten(retraction.text, 60)}") takes back what your answer claimed`,
      evidence: [evidenceOf(retraction)],
    };
  }
  const usable = sentences.filter((sentence) => !isUncertain(sentence));
  const supply = supplies(dimension, usable);
  if (supply.gives)
    return {
      kind: 'answered',
      reason: GIVES[dimension],
      evidence: supply.evidence === undefined ? [] : [supply.evidence],
    };
  const dodge = sentences.flatMap((sentence) => findAll(sentence, DODGE))[0];
  if (dodge !== undefined || usable.length === 0) {
    const quoted =
      dodge ?? evidenceOf(sentences[0] ?? { turn, index: 0, text, start: 0, end: text.length });
    return {
      kind: 'dodged',
      reason: `your reply ("${shorten(quoted.quote, 40)}") did not answer it`,
      evidence: [quoted],
    };
  }
  // On topic: it shares a word with the probe, or it tells part of the story (a step, an outcome, the context).
  const probeWords = contentWords(probe);
  const isOnTopic =
    [...contentWords(text)].some((word) => probeWords.has(word)) || usable.some(tellsStory);
  const whole = sentences.map(evidenceOf);
  if (!isOnTopic)
    return {
      kind: 'off-topic',
      reason: 'your reply did not address the question',
      evidence: whole.slice(0, 1),
    };
  return { kind: 'unanswered', reason: LACKS[dimension], evidence: whole.slice(0, 1) };
};

const clampLevel = (level: number): HiringLevel =>
  level >= 4 ? 4 : level <= 1 ? 1 : level === 3 ? 3 : 2;

export interface ProbeAdjustment {
  readonly dimensions: WeightedJudgement[];
  readonly outcomes: ProbeOutcome[];
}

/**
 * Applies each probe's outcome to the dimension it probed, in the order asked.
 * `withReplies` are the levels judged with the replies read in (a reply that
 * gives a baseline has already cleared no-baseline there); `mainOnly` the
 * levels of the main answer alone. A reply that answers lifts its dimension to
 * at least one level above the main answer's; one that fails lowers it one.
 */
export const applyProbeOutcomes = (
  analysis: Analysis,
  exchanges: ReadonlyArray<{ readonly probe: string; readonly targetFlag?: string }>,
  withReplies: readonly WeightedJudgement[],
  mainOnly: readonly WeightedJudgement[],
): ProbeAdjustment => {
  const levels = new Map(withReplies.map((judgement) => [judgement.dimension, judgement.level]));
  const lifts = new Map<BehavioralDimension, number>();
  const outcomes: ProbeOutcome[] = exchanges.map((exchange, index) => {
    const dimension = probedDimension(exchange.probe, exchange.targetFlag);
    const reading = readReply(analysis, exchange.probe, dimension, index + 1);
    const from = levels.get(dimension) ?? 2;
    let to: HiringLevel;
    if (reading.kind === 'answered') {
      const lift = (lifts.get(dimension) ?? 0) + 1;
      lifts.set(dimension, lift);
      const mainLevel =
        mainOnly.find((judgement) => judgement.dimension === dimension)?.level ?? from;
      to = clampLevel(Math.max(from, mainLevel + lift));
    } else {
      to = clampLevel(from - 1);
    }
    levels.set(dimension, to);
    return {
      probe: index + 1,
      question: exchange.probe,
      dimension,
      kind: reading.kind,
      reason: reading.reason,
      from,
      to,
      evidence: reading.evidence,
    };
  });
  const dimensions = withReplies.map((judgement) => {
    const changes = outcomes.filter(
      (outcome) => outcome.dimension === judgement.dimension && outcome.from !== outcome.to,
    );
    const level = levels.get(judgement.dimension) ?? judgement.level;
    if (changes.length === 0) return { ...judgement, level };
    const said = changes
      .map(
        (change) =>
          `Probe ${change.probe}: ${change.reason} (${change.to > change.from ? 'raised' : 'lowered'}).`,
      )
      .join(' ');
    return { ...judgement, level, summary: `${judgement.summary} ${said}` };
  });
  return { dimensions, outcomes };
};

/** Kinds that count as not answering the probe at all. */
export const isEvasive = (outcome: ProbeOutcome): boolean =>
  outcome.kind === 'no-answer' ||
  outcome.kind === 'dodged' ||
  outcome.kind === 'off-topic' ||
  outcome.kind === 'contradicted';
