import type { StarPart } from '../evaluation';
import { STAR_PARTS } from '../evaluation';
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
  /**
   * Cue strength that makes a part really present. Narrower than `cues`: an
   * action needs a verb of doing (not just "then"), a result needs an outcome
   * (a lesson alone does not end a story).
   */
  readonly evidence: PartScores;
}

/** Cue strength above which a sentence really is its part, not merely placed there. */
export const CUE_THRESHOLD = 1.5;

interface Cue {
  readonly pattern: RegExp;
  readonly weight: number;
}

/** Context: time and place, the team and system, state and past-continuous verbs. */
const SITUATION_CUES: readonly Cue[] = [
  {
    weight: 2,
    pattern:
      /\b(?:at the time|back then|at that time|a (?:few|couple of) (?:years|months|weeks) ago|last (?:year|quarter|summer|spring|fall|autumn|winter)|in (?:19|20)\d\d|when i (?:joined|started|was)|at my (?:previous|last|old|current|first) (?:job|company|role|team|employer)|in my (?:previous|last|old|current|first) (?:job|company|role|team))\b/i,
  },
  { weight: 2.5, pattern: /^at (?:a|an|my|our) /i },
  {
    weight: 2.5,
    pattern:
      /^(?:at|in|on) (?:a|an|the|my|our) (?:[\w-]+ ){0,3}(?:company|startup|bank|firm|agency|team|platform|product|project|org|organi[sz]ation|marketplace|retailer|provider|business|job|role|group)\b/i,
  },
  {
    weight: 2.5,
    pattern:
      /\b(?:i was (?:a|an|the|one of|part of|working|on|at|leading)|i worked (?:at|for|as|on|in)|i joined)\b/i,
  },
  {
    weight: 1.5,
    pattern:
      /\b(?:had been|had grown|used to|the (?:problem|issue|context|background|situation|challenge) (?:was|is))\b/i,
  },
  // Generic state and past-continuous verbs: context, but also common elsewhere, so weaker.
  { weight: 1, pattern: /\b(?:there (?:was|were)|we had|it was|(?:was|were) \w+ing)\b/i },
  // Habits and frequencies describe how things were: "it failed about twice a week".
  {
    weight: 1,
    pattern:
      /\b(?:(?:once|twice|\d+ times|several times) (?:a|per) (?:day|week|month|quarter|sprint|release)|every [a-z]+ team|each (?:team|experiment|release|change|failure|deploy))\b/i,
  },
  {
    weight: 1,
    pattern:
      /\b(?:our|my|the) (?:team|company|product|service|system|platform|app|startup|org|organization|organisation|group|codebase|customers?|client|users|company's)\b/i,
  },
  {
    weight: 1,
    pattern:
      /\b(?:background|context|legacy|existing|originally|at the start|at first|every (?:day|week|month|release))\b/i,
  },
];

/** The candidate's own goal or responsibility. */
const TASK_CUES: readonly Cue[] = [
  {
    weight: 3,
    pattern:
      /\b(?:my (?:\w+ )?(?:goal|task|job|role|responsibility|mandate|assignment|mission|objective|remit)|set (?:myself|me|the) (?:a |the )?(?:\w+ )?(?:goal|target|deadline|task)|the (?:goal|task|objective|aim|ask|mandate|target) (?:was|is)|i was (?:asked|tasked|assigned|responsible|charged|brought in|hired|given|put in charge)|(?:was|were) (?:asked|tasked) to|responsible for|in charge of|asked me to|(?:gave|handed) me (?:the|a|this) (?:task|job|project|goal|responsibility|problem))\b/i,
  },
  {
    weight: 2.5,
    pattern:
      /\bi (?:needed|had|wanted|decided|volunteered|offered|set out|aimed|was supposed|committed|agreed) to\b/i,
  },
  { weight: 2, pattern: /\bwe (?:needed|had|were asked|were supposed|committed|set out) to\b/i },
  {
    weight: 2.5,
    pattern:
      /\b(?:i (?:led|ran|owned|drove) (?:a|an|the) (?:\w+ )?(?:project|effort|migration|initiative|rewrite|launch|rollout|investigation) (?:to|for|that)|my (?:theory|hypothesis|plan|proposal|bet) was|(?:was|were) mine|took it on)\b/i,
  },
  {
    weight: 1.5,
    pattern:
      /\b(?:i owned|i took (?:on|ownership)|i (?:was|am) the (?:owner|lead|on-call)|co-owned)\b/i,
  },
  // Obligations and deadlines hint at the goal but also appear in complaints ("their deadline"), so weaker.
  {
    weight: 1,
    pattern:
      /\b(?:needed to|had to|make sure|ensure that|deadline|by the end of|in time for|so that we could)\b/i,
  },
];

/** Steps taken, in order. Subject-verb actions are added from the ownership detector. */
const ACTION_CUES: readonly Cue[] = [
  {
    weight: 1.5,
    pattern:
      /^(?:first(?:ly)?|then|next|after that|afterwards|so i|so we|to (?:do|fix|solve|test|check) (?:this|that|it)|i started|i began|i also|from there|once)\b/i,
  },
  {
    weight: 1,
    pattern:
      /\b(?:built|wrote|designed|implemented|proposed|set up|added|created|profiled|analy[sz]ed|investigated|reproduced|talked|met with|scheduled|organi[sz]ed|reviewed|refactored|migrated|deployed|rolled out|tested|paired|prototyped|benchmarked|instrumented|interviewed|drafted|presented|convinced|negotiated|mentored|automated|traced|debugged|compared|rewrote|split|replaced|removed|introduced|asked|pushed|escalated|documented)\b/i,
  },
];

/** Outcomes, numbers, what changed, and what was learned. */
const RESULT_CUES: readonly Cue[] = [
  {
    weight: 2.5,
    pattern:
      /\b(?:as a result|in the end|ultimately|ended up|the (?:result|outcome|impact|payoff) (?:was|is)|this (?:led|resulted|meant|allowed|let|cut|reduced|brought|saved)|which (?:led|resulted|meant|reduced|cut|saved|brought)|resulted in|by the end)\b/i,
  },
  // Verbs of change: a metric or a state moved.
  {
    weight: 1.5,
    pattern:
      /\b(?:reduced|increased|improved|dropped|fell|rose|grew|doubled|halved|tripled|cut|saved|went from|down to|up to|decreased|eliminated|no longer|zero)\b/i,
  },
  // Comparative outcomes told without numbers: "he was more careful", "the team was in a better place".
  {
    weight: 1.5,
    pattern:
      /\b(?:(?:was|were|became|got|felt|is|are) (?:much |a lot |far |noticeably |visibly )?(?:more|less|better|worse|happier|faster|slower|calmer|smoother)|in a better place)\b/i,
  },
  // Recovery and prevention: the harm stopped, or stopped recurring.
  {
    weight: 1.5,
    pattern:
      /\b(?:recovered|restored|returned to normal|back to normal|came back|prevented|avoided|paid off|(?:has|have) (?:been|had) (?:no|zero)|there (?:has|have) been no|never (?:happened|recurred) again|has not recurred|hasn't recurred)\b/i,
  },
  // Delivery and timing: weaker alone ("the feature we had released"), convincing together ("we launched on time").
  {
    weight: 1,
    pattern:
      /\b(?:shipped|launched|delivered|released|went live|resolved|adopted|achieved|exceeded|won|stopped|stayed)\b/i,
  },
  {
    weight: 1,
    pattern:
      /\b(?:on time|on schedule|on budget|within budget|ahead of schedule|before the deadline|by the deadline|as planned|met the deadline)\b/i,
  },
  // Agreement reached is how a disagreement or an influence story ends; "agreed to try it" is only a plan.
  {
    weight: 1.5,
    pattern:
      /\b(?:we|they|she|he|both (?:teams|of us)|everyone|the team|my manager|leadership) (?:all )?(?:agreed (?:on|to) (?:the|my|our|a|this|that|her|his|their) (?!trial\b|pilot\b|experiment\b)|signed off|approved|accepted|adopted|came round|came around)/i,
  },
  {
    weight: 1,
    pattern:
      /\b(?:since then|today|got promoted|praised|was recogni[sz]ed|thanked|the feedback was|now (?:the|we|our|it))\b/i,
  },
];

/** Opinions and maxims: they close many weak answers, and end no story. */
const GENERALISATION =
  /\b(?:i (?:think|believe|feel|guess) (?:that )?(?:it(?:'s| is) )?(?:important|key|crucial|essential|better|always)|it(?:'s| is) (?:always )?(?:important|key|crucial|essential)|you (?:have|need) to|you should|you can't|sometimes (?:you|projects|things)|the main thing i would say)\b/i;

const cueScore = (text: string, cues: readonly Cue[]): number =>
  cues.reduce((total, cue) => (cue.pattern.test(text) ? total + cue.weight : total), 0);

/** Cue strengths of one sentence, before any position prior: for classifying, and for presence. */
export const scoreCues = (
  sentence: Sentence,
): { readonly cues: PartScores; readonly evidence: PartScores } => {
  const { mine, ours } = findSubjectActions(sentence);
  const quantities = findQuantities(sentence);
  const hasRelative = quantities.some((quantity) => quantity.isRelative);
  const [sequencing, ...verbCues] = ACTION_CUES;
  const doing =
    cueScore(sentence.text, verbCues) +
    Math.min(2, mine.length) * 1.5 +
    Math.min(2, ours.length) * 1;
  const outcome =
    cueScore(sentence.text, RESULT_CUES) +
    // A bare number is as often context ("40,000 lines of Kotlin") as outcome; a claimed change is an outcome.
    (quantities.length > 0 ? 0.5 : 0) +
    (hasRelative ? 1.5 : 0);
  const situation = cueScore(sentence.text, SITUATION_CUES);
  // "I think it is important to question processes that no longer make sense" is an opinion, not an outcome.
  const isGeneralisation = GENERALISATION.test(sentence.text);
  const task = cueScore(sentence.text, TASK_CUES);
  return {
    cues: {
      situation,
      task,
      action: doing + (sequencing === undefined ? 0 : cueScore(sentence.text, [sequencing])),
      result: outcome + (findLearning(sentence).length > 0 ? 2.5 : 0),
    },
    evidence: { situation, task, action: doing, result: isGeneralisation ? 0 : outcome },
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
  STAR_PARTS.reduce(
    (best, part) => (scores[part] > scores[best] ? part : best),
    STAR_PARTS[0] ?? 'situation',
  );

/**
 * Classifies every sentence of one turn. The main answer (turn 0) uses the
 * position prior; replies answer a probe and are classified by cues alone.
 */
export const classifyTurn = (sentences: readonly Sentence[]): ClassifiedSentence[] =>
  sentences.map((sentence) => {
    const scored = scoreCues(sentence);
    const cues = scored.cues;
    const prior = sentence.turn === 0 ? positionPrior(sentence.index, sentences.length) : NO_PRIOR;
    // A number in the closing part of the answer is usually what changed ("the linter rejected eleven migrations").
    // Not when the sentence is itself a step taken ("I added tests with a 200,000-row file").
    const isLateWithNumber =
      sentence.turn === 0 &&
      sentences.length > 2 &&
      sentence.index / (sentences.length - 1) >= 0.6 &&
      findQuantities(sentence).length > 0 &&
      findSubjectActions(sentence).mine.length === 0;
    const evidence: PartScores = isLateWithNumber
      ? { ...scored.evidence, result: scored.evidence.result + 1 }
      : scored.evidence;
    // The candidate's own label ("Result: …") decides the part, and makes it present.
    if (sentence.label !== undefined) {
      return {
        sentence,
        part: sentence.label,
        cues,
        evidence: {
          ...evidence,
          [sentence.label]: Math.max(evidence[sentence.label], CUE_THRESHOLD),
        },
      };
    }
    const combined: PartScores = {
      situation: cues.situation + prior.situation,
      task: cues.task + prior.task,
      action: cues.action + prior.action,
      result: cues.result + prior.result,
    };
    return { sentence, part: bestPart(combined), cues, evidence };
  });

/** A part is present when a sentence classified as it carries a real cue for it. */
export const isPartPresent = (classified: readonly ClassifiedSentence[], part: StarPart): boolean =>
  classified.some((item) => item.part === part && item.evidence[part] >= CUE_THRESHOLD);

/**
 * Stories often fold two parts into one sentence ("I was asked to cut our
 * build time, which had grown to 40 minutes"). When a part has no sentence of
 * its own but some sentence carries a clear cue for it, relabel the sentence
 * with the strongest such cue, provided its current part keeps another real sentence.
 */
/**
 * Where in the main answer a part can plausibly be found by repair: context
 * in the first half, the goal in the first 60%, the result in the second half.
 * Replies can supply any part.
 */
const isPlausiblePosition = (
  item: ClassifiedSentence,
  part: StarPart,
  mainCount: number,
): boolean => {
  if (item.sentence.turn !== 0) return true;
  const relative = mainCount <= 1 ? 0 : item.sentence.index / (mainCount - 1);
  if (part === 'situation') return relative <= 0.5;
  if (part === 'task') return relative <= 0.6;
  if (part === 'result') return relative >= 0.5;
  return true;
};

const isRealInstance = (item: ClassifiedSentence): boolean =>
  item.evidence[item.part] >= CUE_THRESHOLD;

/** How many sentences really are each part (classified as it, with a real cue). */
const countRealInstances = (
  classified: readonly ClassifiedSentence[],
): Record<StarPart, number> => {
  const counts = { situation: 0, task: 0, action: 0, result: 0 };
  for (const item of classified) if (isRealInstance(item)) counts[item.part] += 1;
  return counts;
};

export const repairMissingParts = (
  classified: readonly ClassifiedSentence[],
): ClassifiedSentence[] => {
  const result = [...classified];
  const mainCount = result.filter((item) => item.sentence.turn === 0).length;
  for (const part of STAR_PARTS) {
    // Counted once per part (not per sentence), so the repair stays linear in the answer's length.
    const realCounts = countRealInstances(result);
    if (realCounts[part] > 0) continue;
    let bestIndex = -1;
    let bestCue = CUE_THRESHOLD - Number.EPSILON;
    result.forEach((item, index) => {
      // A sentence the candidate labelled keeps its label.
      if (item.sentence.label !== undefined || !isPlausiblePosition(item, part, mainCount)) return;
      const keepsOwnPart = !isRealInstance(item) || realCounts[item.part] > 1;
      if (item.evidence[part] > bestCue && keepsOwnPart) {
        bestCue = item.evidence[part];
        bestIndex = index;
      }
    });
    const chosen = result[bestIndex];
    if (chosen !== undefined) result[bestIndex] = { ...chosen, part };
  }
  return result;
};
