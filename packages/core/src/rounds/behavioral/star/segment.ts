import type { StarPart } from '../evaluation';
import { STAR_PARTS } from '../evaluation';
import { COMMON_FUNCTION_WORDS } from './lexicon';
import { findFeltOutcomes, findLearning, findObservableOutcomes } from './language';
import { findSubjectActions } from './ownership';
import { findQuantities } from './quantities';
import { sentenceFeatures } from './sentence-features';
import { tokenize, type Sentence } from './text';

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
  // A harm that stopped, told as an absence: "we've had no lost-edit reports", "nobody has asked to leave since".
  {
    weight: 1.5,
    pattern:
      /\b(?:no longer|not since|(?:'ve|have|has|had) (?:had|seen|been|got) (?:no|zero|none)|haven't (?:had|seen|missed|needed|got)|hasn't (?:happened|recurred|failed|broken|come back)|(?:nobody|no one|none of them) (?:has|have|had|needed|asked|complained)|never (?:again|recurred|came back|needed))\b/i,
  },
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
      /\b(?:(?:on|by) the (?:original|planned|agreed|promised|committed) (?:date|deadline)|on time|on schedule|on budget|within budget|ahead of schedule|before the deadline|by the deadline|as planned|met the deadline)\b/i,
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

const cueScore = (text: string, cues: readonly Cue[]): number =>
  cues.reduce((total, cue) => (cue.pattern.test(text) ? total + cue.weight : total), 0);

/** Fewer words than this after a STAR label is a label, not a part: "Result: success." */
const MIN_LABEL_CONTENT_WORDS = 3;

/** "After our Tuesday release", "A week after we moved", "When the model underperformed": the time a story starts. */
const TIME_ANCHOR =
  /^(?:as (?:the|a|an|our) (?:only |lead |senior |new |first )?[\w-]+ |(?:a|one|two|three|a few|\d+) (?:days?|weeks?|months?|years?) (?:after|before|into)|(?:after|before|during|when|while|the (?:morning|day|week|night) (?:after|before)) (?!i\b|we\b))/iu;

/**
 * A claim out of time: no first person, no past and no time in it ("Field-only issues are some of
 * the hardest problems in engineering", "Quality is a mindset"). A scene is somebody's, or some
 * time's; such an opening is a view, however plain, and sets no scene.
 */
const PERSON_OR_TIME =
  /\b(?:i|i'm|i've|i'd|me|my|we|we're|we've|we'd|our|us|was|were|had|did|didn't|wasn't|weren't|ago|last|previous|former|once|then|when|before|after|during|while|until|day|days|week|weeks|month|months|year|years|morning|night|\w{3,}ed|built|wrote|made|found|took|gave|got|went|came|saw|told|said|knew|thought|began|ran|left|put|sent|lost|kept|brought|caught|led|met|chose|broke|spent|understood|joined|arrive|arrived)\b/iu;
const isTimelessClaim = (sentence: Sentence): boolean => !PERSON_OR_TIME.test(sentence.text);

/** An opening shorter than this is a headline ("It took eight."), not a scene. */
const MIN_OPENING_WORDS = 6;

/** An opening step sets a scene only with some detail: "I fixed a bug in the payment flow" is a headline. */
const MIN_SCENE_SETTING_STEP_WORDS = 14;

/** "Result: success.": a STAR label with fewer than MIN_LABEL_CONTENT_WORDS after it, which is no part at all. */
export const isLabelWithoutContent = (sentence: Sentence): boolean =>
  sentence.label !== undefined && sentenceFeatures(sentence).wordCount < MIN_LABEL_CONTENT_WORDS;

/** Whether a sentence says anything: a labelled one needs words after its label. */
const hasContent = (sentence: Sentence): boolean =>
  sentenceFeatures(sentence).wordCount >=
  (sentence.label === undefined ? 2 : MIN_LABEL_CONTENT_WORDS);

/**
 * How strongly a sentence sets a scene: time and place, how things were (a
 * verb of being, another subject's clause) and what was wrong. A problem
 * counts only beside a state or another subject: "I proved her wrong" tells
 * no scene, "the checkout was wrong for a week" does.
 */
const sceneStrength = (sentence: Sentence): number => {
  const features = sentenceFeatures(sentence);
  if (features.isGeneralisation || features.isToolList || !hasContent(sentence)) return 0;
  const describesWorld = features.hasPastState || features.hasOtherSubjectEvent;
  // Beside a step of the candidate's, another subject's clause is usually what the step did ("I rewrote the
  // retry logic and the errors stopped"): only explicit context (a time, a place, a role, a state) sets a scene.
  const isStep = features.concreteSteps > 0;
  // A reply answers a probe: only explicit context sets a scene there ("we had a nice offsite" answers nothing).
  const readsGrammar = sentence.turn === 0;
  const strength =
    cueScore(sentence.text, SITUATION_CUES) +
    (TIME_ANCHOR.test(sentence.text) ? 1 : 0) +
    (features.hasPastState && readsGrammar ? 1 : 0) +
    (features.hasOtherSubjectEvent && !isStep && readsGrammar ? 1 : 0) +
    (features.hasProblem && describesWorld && !isStep && readsGrammar ? 1 : 0);
  // A plain opening sets the scene whatever words it uses, unless it is only the candidate's claim ("I transformed our on-call").
  const isOpening =
    sentence.turn === 0 && sentence.index === 0 && features.wordCount >= MIN_OPENING_WORDS;
  if (!isOpening) return strength;
  // A view out of time and without a figure opens no scene, whatever words it uses.
  if (isTimelessClaim(sentence) && findQuantities(sentence).length === 0) return 0;
  if (features.concreteSteps + features.abstractSteps === 0) return strength + CUE_THRESHOLD;
  // An opening step that brings in the things the story is about ("I trained a model to classify defects
  // from our factory line") sets its scene; "I set up pairing sessions with him" starts mid-action.
  if (
    features.concreteSteps > 0 &&
    features.introducesEntity &&
    features.wordCount >= MIN_SCENE_SETTING_STEP_WORDS
  )
    return strength + CUE_THRESHOLD;
  return strength > 0 ? strength + 1 : 0;
};

/** Cue strengths of one sentence, before any position prior: for classifying, and for presence. */
export const scoreCues = (
  sentence: Sentence,
): { readonly cues: PartScores; readonly evidence: PartScores } => {
  const features = sentenceFeatures(sentence);
  const { ours } = findSubjectActions(sentence);
  const quantities = findQuantities(sentence);
  const hasRelative = quantities.some((quantity) => quantity.isRelative);
  const [sequencing, ...verbCues] = ACTION_CUES;
  const doing =
    cueScore(sentence.text, verbCues) +
    Math.min(2, features.concreteSteps) * 1.5 +
    Math.min(2, features.abstractSteps) * 0.5 +
    Math.min(2, ours.length) * 1;
  const outcome =
    cueScore(sentence.text, RESULT_CUES) +
    // A bare number is as often context ("40,000 lines of Kotlin") as outcome; a claimed change is an outcome.
    (quantities.length > 0 ? 0.5 : 0) +
    (hasRelative ? 1.5 : 0) +
    // "The next morning I posted…" is the next step; "since then the check has blocked two exports" is an outcome.
    (features.hasPersistentTime ||
    (features.hasLaterTime && features.concreteSteps + features.concreteTeamSteps === 0)
      ? 1
      : 0);
  const scene = sceneStrength(sentence);
  // Another subject's event or a verb of being is as much an outcome as a scene ("p95 was back to 310 ms"):
  // it counts little for either, and the story's order decides. A step taken is not the scene it happens in.
  const event = features.hasOtherSubjectEvent ? 0.5 : 0;
  const situation = Math.max(
    0,
    scene -
      (features.hasOtherSubjectEvent ? 0.5 : 0) -
      (features.hasPastState ? 0.5 : 0) -
      Math.min(2, features.concreteSteps),
  );
  const task = cueScore(sentence.text, TASK_CUES) + (features.hasGoalOrDecision ? 1 : 0);
  const saysNothing = features.isGeneralisation || !hasContent(sentence);
  // A plan ("we'd delete the copies within 48 hours") is not an outcome.
  const result = features.isPlan && !features.hasOtherSubjectEvent ? outcome - 1 : outcome;
  return {
    cues: {
      situation,
      task,
      action: doing + (sequencing === undefined ? 0 : cueScore(sentence.text, [sequencing])),
      result: result + event + (findLearning(sentence).length > 0 ? 2.5 : 0),
    },
    evidence: saysNothing
      ? { situation: 0, task: 0, action: 0, result: 0 }
      : {
          situation: scene,
          task,
          // A team's concrete step is a step taken; whose it was is `we-not-i`'s question.
          action: Math.min(2, features.concreteSteps + features.concreteTeamSteps) * 1.5,
          result: Math.max(0, result),
        },
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
const NOTHING: PartScores = { situation: 0, task: 0, action: 0, result: 0 };

const bestPart = (scores: PartScores): StarPart =>
  STAR_PARTS.reduce(
    (best, part) => (scores[part] > scores[best] ? part : best),
    STAR_PARTS[0] ?? 'situation',
  );

/**
 * How a story moves from one sentence to the next (a penalty, 0 for a natural
 * step): forward through S → T → A → R, staying put, and looping between
 * action and result ("that cut the pages in half, so I…"). Going back to
 * context or to the goal mid-story happens ("the cause turned out to be…"),
 * but needs a clear cue to pay for it.
 */
const TRANSITION: Readonly<Record<StarPart, PartScores>> = {
  situation: { situation: 0, task: 0, action: 0, result: -2 },
  task: { situation: -0.5, task: 0, action: 0, result: -1.5 },
  action: { situation: -2.5, task: -2.5, action: 0, result: 0 },
  result: { situation: -3, task: -2.5, action: -0.3, result: 0 },
};

/** How a story opens: with the scene, the goal, or straight into what was done; rarely with the outcome. */
const OPENING: PartScores = { situation: 1, task: 0.3, action: 0, result: -1.5 };

/** A label is the candidate's own word on a sentence's part: the decoder follows it. */
const LABEL_WEIGHT = 100;

/**
 * The most likely S/T/A/R sequence for the sentences of the main answer
 * (Viterbi over per-sentence scores and TRANSITION). A plain opening comes
 * out as the situation and a changed state after the actions as the result,
 * whatever words they use, because the order of a story carries as much as
 * its cue words.
 */
const decodeSequence = (emissions: readonly PartScores[]): StarPart[] => {
  const first = emissions[0];
  if (first === undefined) return [];
  let best: Record<StarPart, number> = {
    situation: first.situation + OPENING.situation,
    task: first.task + OPENING.task,
    action: first.action + OPENING.action,
    result: first.result + OPENING.result,
  };
  const backPointers: Array<Record<StarPart, StarPart>> = [];
  for (const emission of emissions.slice(1)) {
    const next: Record<StarPart, number> = { situation: 0, task: 0, action: 0, result: 0 };
    const pointers: Record<StarPart, StarPart> = {
      situation: 'situation',
      task: 'situation',
      action: 'situation',
      result: 'situation',
    };
    for (const part of STAR_PARTS) {
      let bestScore = -Infinity;
      for (const previous of STAR_PARTS) {
        const score = best[previous] + TRANSITION[previous][part];
        if (score > bestScore) {
          bestScore = score;
          pointers[part] = previous;
        }
      }
      next[part] = bestScore + emission[part];
    }
    best = next;
    backPointers.push(pointers);
  }
  // A story ends on its outcome or on a step; the decoder may not invent an ending.
  let part = bestPart(best);
  const parts: StarPart[] = [part];
  for (let index = backPointers.length - 1; index >= 0; index -= 1) {
    part = backPointers[index]?.[part] ?? part;
    parts.unshift(part);
  }
  return parts;
};

/**
 * Classifies every sentence of one turn. The main answer (turn 0) is decoded
 * as a sequence (position prior, transitions, labels); a reply answers one
 * probe and is classified by its own cues.
 */
export const classifyTurn = (sentences: readonly Sentence[]): ClassifiedSentence[] => {
  const scored = sentences.map((sentence) => scoreCues(sentence));
  const isMain = sentences[0]?.turn === 0;
  const emissions = scored.map(({ cues }, index): PartScores => {
    const sentence = sentences[index];
    const prior =
      sentence !== undefined && isMain ? positionPrior(sentence.index, sentences.length) : NO_PRIOR;
    const label = sentence?.label;
    // Scene words come back in every part of a story ("we had an incident", "it was late"); they set the
    // scene mostly near the start, so their weight fades along the answer.
    const relative = isMain && sentences.length > 1 ? index / (sentences.length - 1) : 0;
    const sceneWeight = Math.max(0.25, 1 - relative);
    return {
      situation:
        cues.situation * sceneWeight + prior.situation + (label === 'situation' ? LABEL_WEIGHT : 0),
      task: cues.task + prior.task + (label === 'task' ? LABEL_WEIGHT : 0),
      action: cues.action + prior.action + (label === 'action' ? LABEL_WEIGHT : 0),
      result: cues.result + prior.result + (label === 'result' ? LABEL_WEIGHT : 0),
    };
  });
  if (!isMain) {
    return sentences.map((sentence, index) => ({
      sentence,
      part: bestPart(emissions[index] ?? NO_PRIOR),
      cues: scored[index]?.cues ?? NOTHING,
      evidence: scored[index]?.evidence ?? NOTHING,
    }));
  }
  // First pass: where the steps start. What follows them reads differently: a changed state there is an outcome.
  const firstPass = decodeSequence(emissions);
  const firstStep = firstPass.findIndex(
    (part, index) => part === 'action' && (scored[index]?.evidence.action ?? 0) >= CUE_THRESHOLD,
  );
  const afterSteps = sentences.map((sentence, index) =>
    outcomeAfterSteps(sentence, index, {
      firstStep,
      count: sentences.length,
      evidence: scored[index]?.evidence ?? NOTHING,
    }),
  );
  // Second pass: the same decoding, with those outcomes known.
  const parts = decodeSequence(
    emissions.map((emission, index) => ({
      ...emission,
      result: emission.result + (afterSteps[index] ?? 0),
    })),
  );
  return sentences.map((sentence, index) => {
    const cues = scored[index]?.cues ?? NOTHING;
    const evidence = scored[index]?.evidence ?? NOTHING;
    const part = parts[index] ?? 'situation';
    return {
      sentence,
      part,
      cues,
      evidence: { ...evidence, result: evidence.result + (afterSteps[index] ?? 0) },
    };
  });
};

/**
 * How much a sentence reads as an outcome given where it stands: after the
 * candidate's first step, another subject's changed state ("refunds went out
 * the same afternoon", "the design went ahead"), a practice kept since ("since
 * then I pull every UI change") or a late number ("the linter rejected eleven
 * migrations") is how it ended.
 * A plan ("we'd delete the copies within 48 hours") is not.
 */
const outcomeAfterSteps = (
  sentence: Sentence,
  index: number,
  context: { readonly firstStep: number; readonly count: number; readonly evidence: PartScores },
): number => {
  const { firstStep, count, evidence } = context;
  const features = sentenceFeatures(sentence);
  const says = evidence.situation + evidence.task + evidence.action + evidence.result > 0;
  if (firstStep === -1 || index <= firstStep || !says || features.isPlan) return 0;
  const isChangedState =
    (features.hasOtherSubjectAction &&
      (features.concreteSteps === 0 || features.hasLaterTime || evidence.result > 0)) ||
    (features.hasOtherSubjectEvent && (features.hasLaterTime || evidence.result > 0));
  const isKeptPractice =
    features.hasPersistentTime ||
    (features.hasLaterTime && features.concreteSteps + features.concreteTeamSteps === 0);
  const isLateWithNumber =
    count > 2 &&
    index / (count - 1) >= 0.6 &&
    findQuantities(sentence).length > 0 &&
    features.concreteSteps === 0;
  return (isChangedState ? 1.5 : 0) + (isKeptPractice ? 1 : 0) + (isLateWithNumber ? 1 : 0);
};

/**
 * The scene is set before the story gets going: before the candidate's second
 * sentence of concrete steps (an opening step can carry its scene, "I trained
 * a model…, and in testing it scored 96%"). "When he got stuck, I would sit
 * with him" among the steps is no scene, and a story that opens on a run of
 * steps has none.
 */
export const isSituationPresent = (classified: readonly ClassifiedSentence[]): boolean => {
  const main = classified.filter((item) => item.sentence.turn === 0);
  const stepSentences = main.flatMap((item, index) =>
    sentenceFeatures(item.sentence).concreteSteps > 0 ? [index] : [],
  );
  const sceneEnd = (stepSentences[1] ?? main.length) - 1;
  return (
    main.some(
      (item, index) =>
        index <= sceneEnd &&
        // The opening is the scene whatever part its step gave it ("Our designer had chosen a light grey, and when I built…").
        (item.part === 'situation' || item.sentence.label === 'situation' || index === 0) &&
        item.evidence.situation >= CUE_THRESHOLD,
    ) ||
    // A reply to "what was the context?" can set the scene afterwards.
    classified.some(
      (item) =>
        item.sentence.turn > 0 &&
        item.part === 'situation' &&
        item.evidence.situation >= CUE_THRESHOLD,
    )
  );
};

/** Concrete steps outside the scene that show the candidate acted, wherever the decoder put them. */
const STEPS_THAT_SHOW_ACTION = 2;

/** A part is present when a sentence classified as it carries a real cue for it. */
export const isPartPresent = (classified: readonly ClassifiedSentence[], part: StarPart): boolean =>
  classified.some((item) => item.part === part && item.evidence[part] >= CUE_THRESHOLD) ||
  (part === 'action' && countStepsPastScene(classified) >= STEPS_THAT_SHOW_ACTION);

/**
 * Steps can also be told inside a goal or an ending ("I decided to make a
 * rule…" reads as the goal, "I released six versions…" as the ending): two
 * concrete steps anywhere past the scene are the action, whatever part their
 * sentences were given. Management verbs, abstract objects and tool lists
 * are no steps; "we" steps and subjectless bullets are.
 */
const countStepsPastScene = (classified: readonly ClassifiedSentence[]): number =>
  classified
    .filter((item) => item.part !== 'situation')
    .reduce((total, item) => {
      const features = sentenceFeatures(item.sentence);
      return total + features.concreteSteps + features.concreteTeamSteps;
    }, 0);

/** The first letters of a content word, enough to match its inflections ("certificate", "certificates"). */
const STEM_LETTERS = 5;
const stemsOf = (sentence: Sentence): Set<string> =>
  new Set(
    tokenize(sentence.text)
      .map((token) => token.lower)
      .filter((word) => word.length >= STEM_LETTERS && !COMMON_FUNCTION_WORDS.includes(word))
      .map((word) => word.slice(0, STEM_LETTERS)),
  );

/**
 * Whether the ending reports a checkable change (a figure, "zero expiries since") in something the
 * scene set up: then the steps between were aimed at it, and the goal is implied by the story itself
 * ("renewals were done by hand and one expired every month" … "zero expiries in the 14 months since").
 */
const changesWhatTheSceneSet = (classified: readonly ClassifiedSentence[]): boolean => {
  const main = classified.filter((item) => item.sentence.turn === 0);
  const storyStems = new Set(
    main
      .filter((item) => item.part === 'situation' || item.part === 'action')
      .flatMap((item) => [...stemsOf(item.sentence)]),
  );
  if (storyStems.size === 0 || !main.some((item) => item.part === 'action')) return false;
  return main.some(
    (item) =>
      item.part === 'result' &&
      findFeltOutcomes(item.sentence).length === 0 &&
      (findQuantities(item.sentence).length > 0 ||
        findObservableOutcomes(item.sentence).length > 0 ||
        item.evidence.result >= CUE_THRESHOLD) &&
      [...stemsOf(item.sentence)].some((stem) => storyStems.has(stem)),
  );
};

/** Sentences of the main answer read for an implied goal: the scene, and this many steps into the action. */
const FIRST_STEPS_READ_FOR_GOAL = 3;

/**
 * Nobody has to say "my task was": a goal is implied by a scene in which
 * something is wrong ("our webhook started charging customers twice"), or
 * by a goal, constraint or decision in the scene or the first steps ("I didn't
 * want them to hear it from their auditors", "rather than argue I wrote a
 * stress test"). Only a story with none of these lacks a task.
 */
export const isTaskImplied = (classified: readonly ClassifiedSentence[]): boolean => {
  if (changesWhatTheSceneSet(classified)) return true;
  let stepsRead = 0;
  for (const item of classified) {
    if (item.sentence.turn !== 0) continue;
    const features = sentenceFeatures(item.sentence);
    if (features.isGeneralisation || !hasContent(item.sentence)) continue;
    if (features.hasGoalOrDecision || features.hasProblem) return true;
    if (item.part === 'action' || item.part === 'result') stepsRead += 1;
    if (stepsRead >= FIRST_STEPS_READ_FOR_GOAL) return false;
  }
  return false;
};

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

/**
 * Stories often fold two parts into one sentence ("I was asked to cut our
 * build time, which had grown to 40 minutes"). When a part has no sentence of
 * its own but some sentence carries a clear cue for it, relabel the sentence
 * with the strongest such cue, provided its current part keeps another real sentence.
 */
const REPAIRABLE_PARTS: readonly StarPart[] = ['task', 'action', 'result'];

export const repairMissingParts = (
  classified: readonly ClassifiedSentence[],
): ClassifiedSentence[] => {
  const result = [...classified];
  const mainCount = result.filter((item) => item.sentence.turn === 0).length;
  // Not the scene: the decoder already read the opening, and a scene word after the steps is no scene.
  for (const part of REPAIRABLE_PARTS) {
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
