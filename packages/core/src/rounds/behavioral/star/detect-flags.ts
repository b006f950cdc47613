import { starFinding, type StarFlag } from '../flags';
import type { Evidence, FlagFinding } from '../../types';
import type { StarPart } from '../evaluation';
import type { Analysis } from './analyze';
import { GENERIC_TECHNICAL_TERMS } from './lexicon';
import {
  findBlame,
  findConcreteDetails,
  findFeltOutcomes,
  findLessonsAboutOthers,
  findNamedThings,
  findObservableOutcomes,
  findPraise,
  findTechnicalTerms,
  isSpokenFiller,
  isToolList,
} from './language';
import { assessImpactClaims } from './impact-claims';
import {
  findQuantities,
  isConditional,
  statesBeforeOrTarget,
  isMetricReading,
  isShare,
  unitKeyOf,
  type Quantity,
} from './quantities';
import { relevanceFindings } from './relevance';
import { distinctBySpan, evidenceOf, shorten, type Sentence } from './text';
import { structureFindings } from './structure-findings';

/**
 * Decides which flags an answer raises. Every rule reads the analysis only,
 * and every message quotes the candidate where there is something to quote.
 */

/** Spoken at ~150 words a minute, 1.5–3 minutes is about 200–450 words. */
export const LENGTH = {
  tooShortBelow: 150,
  idealFrom: 200,
  idealTo: 450,
  tooLongAbove: 500,
} as const;

/**
 * Vagueness is judged by density, because one "basically" is normal speech:
 * at least two hits and more than 1.2 per 100 words, or so many that density
 * no longer matters.
 */
export const VAGUE_DENSITY = { minimumHits: 2, perHundredWords: 1.2, alwaysAt: 6 } as const;

/**
 * Fewer than three personal actions, outnumbered by "we", reads as a team
 * story; so does "we" outnumbering "I" three to one.
 */
export const OWNERSHIP = { enoughPersonalActions: 3 } as const;

/**
 * Caches a reading of one analysis: several flags (and their messages) ask
 * the same question of it, and on a long answer each reading costs a pass
 * over every sentence.
 */
export const perAnalysis = <T>(read: (analysis: Analysis) => T): ((analysis: Analysis) => T) => {
  const cache = new WeakMap<Analysis, T>();
  return (analysis) => {
    const cached = cache.get(analysis);
    if (cached !== undefined) return cached;
    const found = read(analysis);
    cache.set(analysis, found);
    return found;
  };
};

/** Impact claims, read once per analysis: the flags, the dimensions and the score all ask for them. */
export const claimsOf = perAnalysis(assessImpactClaims);

/** Whether `hit` starts inside `sentence`. */
const holds = (sentence: Sentence, hit: Evidence): boolean =>
  sentence.turn === hit.turn && hit.start >= sentence.start && hit.start < sentence.end;

const quoted = (evidence: Evidence | undefined): string =>
  evidence === undefined ? '' : `"${shorten(evidence.quote)}"`;

export const isVague = (analysis: Analysis): boolean => {
  const hits = analysis.vague.length;
  const perHundred = analysis.totalWordCount === 0 ? 0 : (hits * 100) / analysis.totalWordCount;
  return (
    hits >= VAGUE_DENSITY.alwaysAt ||
    (hits >= VAGUE_DENSITY.minimumHits && perHundred > VAGUE_DENSITY.perHundredWords)
  );
};

/**
 * The candidate's steps a listener can hold them to: "I tried to align
 * priorities" or "I think I pushed back" hedges the step away, so it does not
 * count against the team's.
 */
export const unhedgedOwnSteps = perAnalysis((analysis: Analysis): Evidence[] => {
  const hedges = hedgesOf(analysis);
  const sentences = analysis.classified.map((item) => item.sentence);
  return analysis.myActions.filter((action) => {
    const holder = sentences.find((sentence) => holds(sentence, action));
    return holder === undefined || !hedges.some((hit) => holds(holder, hit));
  });
});

export const isWeNotI = (analysis: Analysis): boolean => {
  const mine = unhedgedOwnSteps(analysis).length;
  const ours = analysis.ourActions.length;
  const hedged = analysis.myActions.length - mine;
  // One "we" is context; two or more outnumbering the candidate's own steps hide who did what,
  // and so does a team step told plainly beside own steps that are all hedged ("I tried to…").
  return (
    (mine < OWNERSHIP.enoughPersonalActions && ours > mine && ours >= 2) ||
    (ours >= 4 && ours >= 3 * mine) ||
    (mine === 0 && hedged >= OWNERSHIP.enoughPersonalActions && ours >= 1)
  );
};

/**
 * How much technical substance the answer names: specific terms count 1,
 * generic ones a third, named tools not already counted as terms 1 (up to 4).
 */
export const technicalTermCount = (analysis: Analysis): number => {
  const terms = new Set(analysis.technical.map((term) => term.quote.toLowerCase()));
  const generic = [...terms].filter((term) => GENERIC_TECHNICAL_TERMS.has(term)).length;
  const named = analysis.named.filter((thing) => !terms.has(thing.quote.toLowerCase())).length;
  return terms.size - generic + generic / 3 + Math.min(4, named);
};

/**
 * Depth is judged by how densely the answer names concrete things, per 100
 * words: a story with a mechanism names systems, numbers, people and exact
 * artefacts ("server-assigned version numbers", 'my prints came out cropped'),
 * one without it speaks in abstractions ("some discussions", "a compromise").
 * Below `sparse` there is no depth whatever the tone; below `thin` only when
 * hedges (at least `hedgesPerHundredWords`) show the candidate is not sure of
 * the details either. Spoken fillers are not hedges. The same rule serves
 * prompts about people: there depth is what exactly was said and done.
 */
export const DEPTH = { sparse: 0.9, thin: 2, hedgesPerHundredWords: 1, minimumWords: 60 } as const;

export interface DepthReading {
  /** Concrete items per 100 words (technical terms, names, numbers, quoted text, a weighed alternative). */
  readonly density: number;
  /** Sentences that name several tools in one breath and nothing else. */
  readonly toolLists: readonly Evidence[];
  /** The first step told without one concrete thing, to quote. */
  readonly abstractStep: Evidence | undefined;
}

/**
 * What one sentence names concretely that the answer has not named before;
 * generic terms ("the database", "logs") count a third. Naming "Rust" four
 * times names one thing.
 */
const concretePoints = (sentence: Sentence, seen: Set<string>): number => {
  const isNew = (hit: Evidence): boolean => {
    const key = hit.quote.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const terms = findTechnicalTerms(sentence)
    .filter(isNew)
    .reduce(
      (total, term) => total + (GENERIC_TECHNICAL_TERMS.has(term.quote.toLowerCase()) ? 1 / 3 : 1),
      0,
    );
  const named = findNamedThings(sentence).filter(isNew).length;
  const details = findConcreteDetails(sentence).filter(isNew).length;
  const numbers = findQuantities(sentence).length;
  return terms + named + 0.5 * details + 0.5 * numbers;
};

export const readDepth = perAnalysis((analysis: Analysis): DepthReading => {
  const toolLists: Evidence[] = [];
  const seen = new Set<string>();
  let abstractStep: Evidence | undefined;
  let points = (analysis.tradeOffs.length > 0 ? 1 : 0) + (analysis.causal.length > 0 ? 0.5 : 0);
  for (const item of analysis.classified) {
    const sentence = item.sentence;
    const concrete = concretePoints(sentence, seen);
    // A list of tools counts as one thing named; any other sentence at most four.
    if (isToolList(sentence)) toolLists.push(evidenceOf(sentence));
    points += Math.min(isToolList(sentence) ? 1 : 4, concrete);
    if (
      abstractStep === undefined &&
      item.part === 'action' &&
      concrete === 0 &&
      sentence.turn === 0
    )
      abstractStep = evidenceOf(sentence);
  }
  return {
    density: (points * 100) / Math.max(DEPTH.minimumWords, analysis.totalWordCount),
    toolLists,
    abstractStep,
  };
});

/** Hedges and vague phrases, without the "um"s and "you know"s of speech. */
export const hedgesOf = (analysis: Analysis): Evidence[] =>
  analysis.vague.filter((hit) => !isSpokenFiller(hit));

export const lacksTechnicalDepth = (analysis: Analysis): boolean => {
  const { density, toolLists } = readDepth(analysis);
  const hedgesPerHundred =
    (hedgesOf(analysis).length * 100) / Math.max(DEPTH.minimumWords, analysis.totalWordCount);
  // A list of tools with no alternative weighed and no reason given is a stack, not a decision.
  const isBareToolList =
    toolLists.length > 0 && analysis.tradeOffs.length === 0 && analysis.causal.length === 0;
  return (
    isBareToolList ||
    density < DEPTH.sparse ||
    (density < DEPTH.thin && hedgesPerHundred >= DEPTH.hedgesPerHundredWords)
  );
};

/** One clear blame is enough; tone-dependent ones need company and no self-accountability. */
export const blamesOthers = (analysis: Analysis): boolean =>
  analysis.blameStrong.length > 0 ||
  (analysis.blameSoft.length >= 2 && !analysis.isSelfAccountable);

const lastSentenceOfMain = (analysis: Analysis): Evidence | undefined => {
  const main = analysis.classified.filter((item) => item.sentence.turn === 0);
  const last = main[main.length - 1];
  return last === undefined
    ? undefined
    : { quote: last.sentence.text, turn: 0, start: last.sentence.start, end: last.sentence.end };
};

const firstSentenceOf = (analysis: Analysis, part: StarPart): Evidence | undefined => {
  const found = analysis.classified.find((item) => item.part === part);
  return found === undefined
    ? undefined
    : {
        quote: found.sentence.text,
        turn: found.sentence.turn,
        start: found.sentence.start,
        end: found.sentence.end,
      };
};

/**
 * How the story's ending reads when no figure tied to the story measures it:
 * felt ("much smoother", "they trust us more") or observable ("none has
 * doubled since", "they renewed"). Read from the sentences after the opening
 * that are not scene-setting.
 */
export interface OutcomeReading {
  readonly felt: readonly Evidence[];
  /**
   * Felt outcomes whose size is claimed in words or taken back ("much better",
   * "not much of a difference", "mostly stopped", "I believe they trust us
   * more"): they ask "how much?" even beside an observable.
   */
  readonly hedged: readonly Evidence[];
  readonly observable: readonly Evidence[];
  /** The sentences read as the ending: result sentences and the story's last third. */
  readonly ending: readonly Sentence[];
}

/**
 * A size in words ("much", "a lot", "significantly"), one taken back ("mostly",
 * "somewhat"), or a direction with no size at all ("costs went down").
 */
const HEDGED_SIZE =
  /\b(?:mostly|largely|pretty much|generally|somewhat|a bit|a little|slightly|much|a lot|far|way|quite a bit|a great deal|significantly|dramatically|noticeably|hugely|massively|considerably)\b|\b(?:went down|went up|came down|dropped|decreased|increased|fell|rose|improved|shrank|grew)$/iu;

export const readOutcome = perAnalysis((analysis: Analysis): OutcomeReading => {
  const main = analysis.classified.filter((item) => item.sentence.turn === 0);
  // The ending: result sentences, and the last third of the story whatever its labels.
  const endingFrom = Math.max(1, Math.floor((main.length * 2) / 3));
  const felt: Evidence[] = [];
  const hedged: Evidence[] = [];
  const observable: Evidence[] = [];
  const ending: Sentence[] = [];
  const hedges = hedgesOf(analysis);
  main.forEach((item, index) => {
    if (index === 0 || item.part === 'situation') return;
    const sentence = item.sentence;
    const feltHere = findFeltOutcomes(sentence);
    const isHedged = hedges.some((hit) => holds(sentence, hit));
    felt.push(...feltHere);
    hedged.push(...feltHere.filter((hit) => isHedged || HEDGED_SIZE.test(hit.quote)));
    if (item.part !== 'result' && index < endingFrom) return;
    ending.push(sentence);
    // "mostly disappeared" is felt, not the observable "disappeared".
    observable.push(
      ...findObservableOutcomes(sentence).filter(
        (hit) => !feltHere.some((other) => hit.start < other.end && hit.end > other.start),
      ),
    );
  });
  return { felt, hedged, observable, ending };
});

/**
 * `unquantified-result`: the outcome is claimed but not shown. A changed
 * state anyone could check is a result with or without a number; a feeling
 * ("things got much better") or a verdict ("it was a success") is not, and
 * neither is a figure unconnected to the story. No outcome at all is
 * `missing-result`'s business, not this flag's.
 */
const unquantifiedFinding = (analysis: Analysis): FlagFinding<StarFlag> | undefined => {
  const { felt, hedged, observable, ending } = readOutcome(analysis);
  // Only a figure in the ending measures the outcome ("from two weeks to one" in a step does not);
  // a lone figure unconnected to the steps is not the story's measure either.
  const measured = claimsOf(analysis).counted.some((quantity) =>
    ending.some((sentence) => holds(sentence, quantity.evidence)),
  );
  if (measured) return undefined;
  const firstFelt = hedged[0] ?? felt[0];
  if (firstFelt !== undefined && (observable.length === 0 || hedged.length > 0))
    return starFinding(
      'unquantified-result',
      `${quoted(firstFelt)} says the outcome was good, not what changed: what number or observable moved, and over what period?`,
      felt.slice(0, 3),
    );
  const result = firstSentenceOf(analysis, 'result');
  // An ending with neither a figure nor a checkable change, in a story that is thin, hedged or
  // blaming: the outcome is asserted, not shown. A concrete story's plain ending stands as told.
  const isAsserted =
    lacksTechnicalDepth(analysis) || blamesOthers(analysis) || hedgesOf(analysis).length >= 3;
  const endingHasFigures = ending.some((sentence) => findQuantities(sentence).length > 0);
  if (
    result !== undefined &&
    felt.length === 0 &&
    observable.length === 0 &&
    !endingHasFigures &&
    isAsserted
  )
    return starFinding(
      'unquantified-result',
      `Your result, ${quoted(result)}, shows no number and no change anyone could check.`,
      [result],
    );
  return undefined;
};

/**
 * `no-baseline`: a figure of the story's own outcome that cannot be sized. A
 * relative claim ("40% faster") with no starting point, or a metric's level
 * after the change ("down to four pages a week") with no level before it or
 * target anywhere in the answer. Figures unconnected to the story, context in
 * the opening, and thresholds ("fails if it grows by more than 10%") are not
 * claims; counts of things done ("412 refunds") need no baseline.
 */
const SIZE_OF_CHANGE_BEFORE =
  /\b(?:saved?|saving|freed|cut|reduced|shaved|trimmed|by|within|in under|after|took|for|since)\s+(?:(?:them|us|me|about|around|roughly|over|nearly|almost|~)\s+)*$/iu;

/** "a 30-minute review", "30 minutes review of each page": the length of a step, not a level of the metric. */
const isTimeSpentOnStep = (sentence: Sentence, figure: Quantity): boolean =>
  /^[\s-]*(?:long\s+)?(?:review|meeting|call|session|sync|standup|stand-up|slot|check-?in|walkthrough|retro|demo|workshop|huddle)s?\b/iu.test(
    sentence.text.slice(figure.evidence.end - sentence.start),
  );

/**
 * Figures of the story's own outcome: those tied to the story, and a lone
 * figure in its own sentence ("We made it 40% faster") even when its words
 * share nothing with the steps. A sentence listing several unconnected
 * figures is padding, not the outcome.
 */
const storyFigures = (analysis: Analysis): Quantity[] => {
  const claims = claimsOf(analysis);
  const lone = claims.unconnected.filter(
    (quantity) =>
      !claims.paddingSentences.some(
        (sentence) => holds(sentence, quantity.evidence) && findQuantities(sentence).length >= 2,
      ),
  );
  return [...claims.counted, ...lone];
};

export const unbaselinedClaims = (analysis: Analysis): Quantity[] => {
  const counted = new Set(storyFigures(analysis));
  const sentences = analysis.classified.map((item) => item.sentence);
  const holder = (quantity: Quantity): Sentence | undefined =>
    sentences.find((sentence) => holds(sentence, quantity.evidence));
  const isOpening = (sentence: Sentence): boolean => sentence.turn === 0 && sentence.index === 0;
  const relative = analysis.unbaselined.filter((quantity) => {
    const sentence = holder(quantity);
    return (
      counted.has(quantity) &&
      sentence !== undefined &&
      !isOpening(sentence) &&
      !isConditional(sentence, quantity)
    );
  });
  // The ending: result sentences, and the last third of the story (a step is not an outcome).
  const main = analysis.classified.filter((item) => item.sentence.turn === 0);
  const endingFrom = Math.floor((main.length * 2) / 3);
  const resultSentences = new Set(
    main
      .filter((item, index) => item.part === 'result' || index >= endingFrom)
      .map((item) => item.sentence),
  );
  // An ending that states a before or a target for its outcome is checkable as told.
  const endingHasBefore = [...resultSentences].some((sentence) => statesBeforeOrTarget(sentence));
  const levels = [...counted].filter((quantity) => {
    const sentence = holder(quantity);
    if (
      endingHasBefore ||
      sentence === undefined ||
      isOpening(sentence) ||
      isShare(sentence, quantity) ||
      isConditional(sentence, quantity) ||
      // "saved them about four hours a week", "within two days": the size of the change, or its timing.
      SIZE_OF_CHANGE_BEFORE.test(
        sentence.text.slice(
          Math.max(0, quantity.evidence.start - sentence.start - 30),
          quantity.evidence.start - sentence.start,
        ),
      )
    )
      return false;
    if (
      !resultSentences.has(sentence) ||
      quantity.isRelative ||
      !isMetricReading(sentence, quantity)
    )
      return false;
    if (statesBeforeOrTarget(sentence)) return false;
    const key = unitKeyOf(quantity);
    // The same thing measured in another sentence is the before (or the target) of this one.
    return !sentences.some(
      (other) =>
        other !== sentence &&
        findQuantities(other).some(
          (figure) => unitKeyOf(figure) === key && !isTimeSpentOnStep(other, figure),
        ),
    );
  });
  return [...relative, ...levels].sort((a, b) => a.evidence.start - b.evidence.start);
};

const impactFindings = (analysis: Analysis): FlagFinding<StarFlag>[] => {
  const findings: FlagFinding<StarFlag>[] = [];
  const unquantified = unquantifiedFinding(analysis);
  if (unquantified !== undefined) findings.push(unquantified);
  const unbaselined = unbaselinedClaims(analysis);
  const first = unbaselined[0];
  if (first !== undefined) {
    findings.push(
      starFinding(
        'no-baseline',
        `You said "${first.evidence.quote}" but not compared with what: what was it before, or what was the target?`,
        unbaselined.map((quantity) => quantity.evidence),
      ),
    );
  }
  return findings;
};

const ownershipFindings = (analysis: Analysis): FlagFinding<StarFlag>[] => {
  const findings: FlagFinding<StarFlag>[] = [];
  if (isWeNotI(analysis)) {
    const mine = unhedgedOwnSteps(analysis).length;
    const hedged = analysis.myActions.length - mine;
    const ours = analysis.ourActions.length;
    findings.push(
      starFinding(
        'we-not-i',
        `You describe ${ours} step${ours === 1 ? '' : 's'} as "we" or "the team" (like ${quoted(analysis.ourActions[0])}) and ${mine === 0 ? 'none' : mine} plainly as "I"${hedged > 0 ? ` (${hedged} more hedged, like ${quoted(analysis.myActions.find((action) => !unhedgedOwnSteps(analysis).includes(action)))})` : ''}: which part was yours?`,
        analysis.ourActions.slice(0, 3),
      ),
    );
  }
  if (blamesOthers(analysis)) {
    const blame = distinctBySpan([...analysis.blameStrong, ...analysis.blameSoft]);
    const [first, second] = blame;
    findings.push(
      starFinding(
        'blames-others',
        `You said ${quoted(first)}${second === undefined ? '' : ` and ${quoted(second)}`}, which put${second === undefined ? 's' : ''} the outcome on others or on circumstance rather than on what you could control.`,
        blame.slice(0, 3),
      ),
    );
  }
  return findings;
};

/** Quotes what stands where the mechanism should be: a bare tool list, an abstract step, or hedges. */
const depthFinding = (analysis: Analysis): FlagFinding<StarFlag> => {
  const { toolLists, abstractStep } = readDepth(analysis);
  const list = toolLists[0];
  if (list !== undefined && analysis.tradeOffs.length === 0)
    return starFinding(
      'no-technical-depth',
      `${quoted(list)} lists tools without saying what you decided, why, or what you ruled out.`,
      toolLists.slice(0, 1),
    );
  if (abstractStep !== undefined)
    return starFinding(
      'no-technical-depth',
      `Steps like ${quoted(abstractStep)} name no system, mechanism or alternative weighed: what exactly did you do, and why that way?`,
      [abstractStep],
    );
  const hedges = hedgesOf(analysis);
  return starFinding(
    'no-technical-depth',
    hedges.length > 0
      ? `The answer names few concrete things and hedges the rest (${hedges
          .slice(0, 2)
          .map((hit) => `"${hit.quote}"`)
          .join(', ')}): no mechanism, design choice or trade-off.`
      : 'The answer names few concrete things: no system, mechanism, design choice or trade-off.',
    hedges.slice(0, 2),
  );
};

const languageFindings = (analysis: Analysis): FlagFinding<StarFlag>[] => {
  const findings: FlagFinding<StarFlag>[] = [];
  if (isVague(analysis)) {
    const examples = [...new Set(analysis.vague.map((hit) => `"${hit.quote}"`))]
      .slice(0, 3)
      .join(', ');
    findings.push(
      starFinding(
        'vague-language',
        `${analysis.vague.length} vague or filler phrases (${examples}) stand in for specifics.`,
        analysis.vague.slice(0, 5),
      ),
    );
  }
  if (lacksTechnicalDepth(analysis)) findings.push(depthFinding(analysis));
  return findings;
};

const lengthFindings = (analysis: Analysis): FlagFinding<StarFlag>[] => {
  const words = analysis.mainWordCount;
  if (words < LENGTH.tooShortBelow) {
    return [
      starFinding(
        'too-short',
        `At ${words} words (about ${Math.max(1, Math.round(words / 2.5))} seconds spoken) the answer is too short to show much; aim for ${LENGTH.idealFrom}–${LENGTH.idealTo}.`,
      ),
    ];
  }
  if (words > LENGTH.tooLongAbove) {
    return [
      starFinding(
        'too-long',
        `At ${words} words (about ${(words / 150).toFixed(1)} minutes spoken) the answer runs long; aim for ${LENGTH.idealFrom}–${LENGTH.idealTo}.`,
      ),
    ];
  }
  return [];
};

/**
 * The candidate's own lessons: reflection phrases outside sentences that push
 * the lesson onto others ("my takeaway is that teams need to own…") or blame.
 */
export const ownLessons = perAnalysis((analysis: Analysis): Evidence[] => {
  const aboutOthers = analysis.classified
    .map((item) => item.sentence)
    .filter((sentence) => findLessonsAboutOthers(sentence).length > 0 || hasBlame(sentence));
  return analysis.learning.filter((hit) => !aboutOthers.some((sentence) => holds(sentence, hit)));
});

const hasBlame = (sentence: Sentence): boolean => {
  const blame = findBlame(sentence);
  return blame.strong.length > 0 || blame.soft.length > 0;
};

/** A lesson told as a practice that changed ("since then I…", "I now…", "next time I…"). */
const CHANGED_PRACTICE =
  /\b(?:since then|ever since|from then on|now i|i now|next time|i've started|i started to|i always|what i do now|i do now)\b/iu;

/**
 * No lesson of the candidate's own, where one is due: the question asks for
 * one, or the story blames others (a bar raiser then looks for what the
 * candidate would do differently), or the only lesson drawn is what others
 * should do, which is not a lesson.
 */
const reflectionFindings = (analysis: Analysis): FlagFinding<StarFlag>[] => {
  // After blame, a lesson counts only with some accountability: "you sometimes have to act" is a verdict.
  const isBlameUnowned = blamesOthers(analysis) && !analysis.isSelfAccountable;
  // After praise as the payoff, likewise: "I've learned to be a bit gentler" beside "people tell me my reviews are the best".
  const praise = analysis.classified.flatMap((item) => findPraise(item.sentence));
  const hasChangedPractice = ownLessons(analysis).some((hit) => CHANGED_PRACTICE.test(hit.quote));
  const isPraiseUnowned = praise.length > 0 && !analysis.isSelfAccountable && !hasChangedPractice;
  if (!isBlameUnowned && !isPraiseUnowned && ownLessons(analysis).length > 0) return [];
  const aboutOthers = analysis.classified.flatMap((item) => findLessonsAboutOthers(item.sentence));
  const first = aboutOthers[0];
  if (first !== undefined)
    return [
      starFinding(
        'no-learning',
        `The only lesson drawn is what others should do (${quoted(first)}); what would you do differently?`,
        aboutOthers.slice(0, 2),
      ),
    ];
  if (isBlameUnowned) {
    const blame = [...analysis.blameStrong, ...analysis.blameSoft];
    return [
      starFinding(
        'no-learning',
        `The story ends on others' part (${quoted(blame[0])}) and never says what you took away or now do differently.`,
        blame.slice(0, 1),
      ),
    ];
  }
  const firstPraise = praise[0];
  if (isPraiseUnowned && firstPraise !== undefined)
    return [
      starFinding(
        'no-learning',
        `The story's payoff is praise (${quoted(firstPraise)}), not what you took away or now do differently.`,
        praise.slice(0, 2),
      ),
    ];
  if (!analysis.asksForLearning) return [];
  const ending = lastSentenceOfMain(analysis);
  return [
    starFinding(
      'no-learning',
      ending === undefined
        ? 'The question asks what you learned, and the answer never says what you took away or now do differently.'
        : `The question asks what you learned, and the answer ends at ${quoted(ending)} without saying what you took away or now do differently.`,
      [ending],
    ),
  ];
};

/** All flags the answer raises, in the order of FLAG_COPY's groups. */
export const detectFlags = (analysis: Analysis): FlagFinding<StarFlag>[] => [
  ...structureFindings(analysis),
  ...impactFindings(analysis),
  ...ownershipFindings(analysis),
  ...languageFindings(analysis),
  ...lengthFindings(analysis),
  ...reflectionFindings(analysis),
  ...relevanceFindings(analysis),
];
