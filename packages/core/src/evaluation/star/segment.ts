import type { StarPart } from '../types';
import { STAR_PARTS } from '../types';
import { findLearning } from './language';
import { findSubjectActions } from './ownership';
import { findQuantities } from './quantities';
import type { Sentence } from './text';

/**
 * Classifies sentences as Situation, Task, Action or Result from cue phrases,
 * with the sentence's position in the main answer as a weak prior (stories
 * open with context and close with the outcome).
 */

export type PartScores = Readonly<Record<StarPart, number>>;

export interface ClassifiedSentence {
  readonly sentence: Sentence;
  readonly part: StarPart;
  /** Cue strength for each part, without the position prior. */
  readonly cues: PartScores;
}

/** Cue strength above which a sentence really is its part, not merely placed there. */
export const CUE_THRESHOLD = 1.5;

interface Cue {
  readonly pattern: RegExp;
  readonly weight: number;
}

/** Context: time and place, the team and system, state and past-continuous verbs. */
const SITUATION_CUES: readonly Cue[] = [
  { weight: 2, pattern: /\b(?:at the time|back then|at that time|a (?:few|couple of) (?:years|months|weeks) ago|last (?:year|quarter|summer|spring|fall|autumn|winter)|in (?:19|20)\d\d|when i (?:joined|started|was)|at my (?:previous|last|old|current|first) (?:job|company|role|team|employer)|in my (?:previous|last|old|current|first) (?:job|company|role|team))\b/iu },
  { weight: 2, pattern: /\b(?:i was (?:a|an|the|one of|part of|working|on|at|leading)|i worked (?:at|for|as|on a)|i joined)\b/iu },
  { weight: 1.5, pattern: /\b(?:had been|there (?:was|were)|we had|it was|used to|the (?:problem|issue|context|background|situation|challenge) (?:was|is)|(?:was|were) (?:getting|seeing|running|using|losing|taking|growing|struggling|failing|trying|working|building|moving|migrating|planning))\b/iu },
  { weight: 1, pattern: /\b(?:our|my|the) (?:team|company|product|service|system|platform|app|startup|org|organization|organisation|group|codebase|customers?|client|users|company's)\b/iu },
  { weight: 1, pattern: /\b(?:background|context|legacy|existing|originally|at the start|at first|every (?:day|week|month|release))\b/iu },
];

/** The candidate's own goal or responsibility. */
const TASK_CUES: readonly Cue[] = [
  { weight: 3, pattern: /\b(?:my (?:goal|task|job|role|responsibility|mandate|assignment|mission|objective|remit)|the (?:goal|task|objective|aim|ask|mandate|target) (?:was|is)|i was (?:asked|tasked|assigned|responsible|charged|brought in|hired|given|put in charge)|(?:was|were) (?:asked|tasked) to|responsible for|in charge of|asked me to|(?:gave|handed) me (?:the|a|this) (?:task|job|project|goal|responsibility|problem))\b/iu },
  { weight: 2.5, pattern: /\bi (?:needed|had|wanted|decided|volunteered|offered|set out|aimed|was supposed|committed|agreed) to\b/iu },
  { weight: 1.5, pattern: /\b(?:needed to|had to|make sure|ensure that|deadline|by the end of|in time for|so that we could|i owned|i took (?:on|ownership))\b/iu },
];

/** Steps taken, in order. Subject-verb actions are added from the ownership detector. */
const ACTION_CUES: readonly Cue[] = [
  { weight: 1.5, pattern: /^(?:first(?:ly)?|then|next|after that|afterwards|so i|so we|to (?:do|fix|solve|test|check) (?:this|that|it)|i started|i began|i also|from there|once)\b/iu },
  { weight: 1, pattern: /\b(?:built|wrote|designed|implemented|proposed|set up|added|created|profiled|analy[sz]ed|investigated|reproduced|talked|met with|scheduled|organi[sz]ed|reviewed|refactored|migrated|deployed|rolled out|tested|paired|prototyped|benchmarked|instrumented|interviewed|drafted|presented|convinced|negotiated|mentored|automated|traced|debugged|compared|rewrote|split|replaced|removed|introduced|asked|pushed|escalated|documented)\b/iu },
];

/** Outcomes, numbers, what changed, and what was learned. */
const RESULT_CUES: readonly Cue[] = [
  { weight: 2.5, pattern: /\b(?:as a result|in the end|ultimately|ended up|the (?:result|outcome|impact|payoff) (?:was|is)|this (?:led|resulted|meant|allowed|let|cut|reduced|brought|saved)|which (?:led|resulted|meant|reduced|cut|saved|brought)|resulted in|by the end|at the end|afterwards,? (?:the|our|we))\b/iu },
  { weight: 1.5, pattern: /\b(?:reduced|increased|improved|dropped|fell|rose|grew|doubled|halved|tripled|cut|saved|shipped|launched|delivered|released|went from|down to|up to|decreased|eliminated|resolved|met the deadline|beat|exceeded|achieved|won|adopted|stopped|stayed|no longer|went live|on time|zero)\b/iu },
  { weight: 1, pattern: /\b(?:since then|today|got promoted|praised|was recogni[sz]ed|thanked|the feedback was|now (?:the|we|our|it|i))\b/iu },
];

const cueScore = (text: string, cues: readonly Cue[]): number =>
  cues.reduce((total, cue) => (cue.pattern.test(text) ? total + cue.weight : total), 0);

/** Cue strengths of one sentence, before any position prior. */
export const scoreCues = (sentence: Sentence): PartScores => {
  const { mine, ours } = findSubjectActions(sentence);
  const quantities = findQuantities(sentence);
  const hasRelative = quantities.some((quantity) => quantity.isRelative);
  return {
    situation: cueScore(sentence.text, SITUATION_CUES),
    task: cueScore(sentence.text, TASK_CUES),
    action: cueScore(sentence.text, ACTION_CUES) + Math.min(2, mine.length) * 1.5 + Math.min(2, ours.length) * 1,
    result:
      cueScore(sentence.text, RESULT_CUES) +
      // A bare number is as often context ("40,000 lines of Kotlin") as outcome; a claimed change is an outcome.
      (quantities.length > 0 ? 0.5 : 0) +
      (hasRelative ? 1.5 : 0) +
      (findLearning(sentence).length > 0 ? 2.5 : 0),
  };
};

/**
 * The position prior for the main answer: context early, result late, action
 * in between. Small, so any clear cue outweighs it.
 */
const positionPrior = (index: number, count: number): PartScores => {
  const relative = count <= 1 ? 0 : index / (count - 1);
  return {
    situation: 1.2 * (1 - relative) ** 2,
    task: 0.6 * Math.max(0, 1 - Math.abs(relative - 0.25) * 4),
    action: 0.8 * (1 - Math.abs(2 * relative - 1)),
    result: 1.2 * relative ** 2,
  };
};

const NO_PRIOR: PartScores = { situation: 0, task: 0, action: 0.1, result: 0 };

const bestPart = (scores: PartScores): StarPart =>
  STAR_PARTS.reduce((best, part) => (scores[part] > scores[best] ? part : best), STAR_PARTS[0] ?? 'situation');

/**
 * Classifies every sentence of one turn. The main answer (turn 0) uses the
 * position prior; replies answer a probe and are classified by cues alone.
 */
export const classifyTurn = (sentences: readonly Sentence[]): ClassifiedSentence[] =>
  sentences.map((sentence) => {
    const cues = scoreCues(sentence);
    const prior = sentence.turn === 0 ? positionPrior(sentence.index, sentences.length) : NO_PRIOR;
    const combined: PartScores = {
      situation: cues.situation + prior.situation,
      task: cues.task + prior.task,
      action: cues.action + prior.action,
      result: cues.result + prior.result,
    };
    return { sentence, part: bestPart(combined), cues };
  });

/** A part is present when a sentence classified as it carries a real cue for it. */
export const isPartPresent = (classified: readonly ClassifiedSentence[], part: StarPart): boolean =>
  classified.some((item) => item.part === part && item.cues[part] >= CUE_THRESHOLD);

/**
 * Stories often fold two parts into one sentence ("I was asked to cut our
 * build time, which had grown to 40 minutes"). When a part has no sentence of
 * its own but some sentence carries a clear cue for it, relabel the sentence
 * with the strongest such cue, provided its current part keeps another real sentence.
 */
export const repairMissingParts = (classified: readonly ClassifiedSentence[]): ClassifiedSentence[] => {
  const result = [...classified];
  for (const part of STAR_PARTS) {
    if (isPartPresent(result, part)) continue;
    let bestIndex = -1;
    let bestCue = CUE_THRESHOLD - Number.EPSILON;
    result.forEach((item, index) => {
      const isRealInstance = item.cues[item.part] >= CUE_THRESHOLD;
      const keepsOwnPart =
        !isRealInstance || result.some((other, otherIndex) => otherIndex !== index && other.part === item.part && other.cues[item.part] >= CUE_THRESHOLD);
      if (item.cues[part] > bestCue && keepsOwnPart) {
        bestCue = item.cues[part];
        bestIndex = index;
      }
    });
    const chosen = result[bestIndex];
    if (chosen !== undefined) result[bestIndex] = { ...chosen, part };
  }
  return result;
};
