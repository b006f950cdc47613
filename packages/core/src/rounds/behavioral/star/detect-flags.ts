import type { StarFlag } from '../flags';
import type { Evidence, FlagFinding } from '../../types';
import type { StarPart } from '../evaluation';
import type { Analysis } from './analyze';
import { GENERIC_TECHNICAL_TERMS } from './lexicon';
import {
  findBlame,
  findConcreteDetails,
  findLessonsAboutOthers,
  findNamedThings,
  findTechnicalTerms,
  isSpokenFiller,
  isToolList,
} from './language';
import { findQuantities } from './quantities';
import { relevanceFindings } from './relevance';
import { evidenceOf, shorten, type Sentence } from './text';

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

export const isWeNotI = (analysis: Analysis): boolean => {
  const mine = analysis.myActions.length;
  const ours = analysis.ourActions.length;
  return (mine < OWNERSHIP.enoughPersonalActions && ours > mine) || (ours >= 4 && ours >= 3 * mine);
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
 * Below `sparse` there is no depth whatever the tone; below `thin` (or
 * `thinWhenHedged` with two hedges) only when hedges show the candidate is not
 * sure of the details either. Spoken fillers are not hedges. The same rule
 * serves prompts about people: there depth is what exactly was said and done.
 */
export const DEPTH = { sparse: 0.9, thin: 2, thinWhenHedged: 2.4, minimumWords: 60 } as const;

export interface DepthReading {
  /** Concrete items per 100 words (technical terms, names, numbers, quoted text, a weighed alternative). */
  readonly density: number;
  /** Sentences that name several tools in one breath and nothing else. */
  readonly toolLists: readonly Evidence[];
  /** The first step told without one concrete thing, to quote. */
  readonly abstractStep: Evidence | undefined;
}

/** What one sentence names concretely; generic terms ("the database", "logs") count a third. */
const concretePoints = (sentence: Sentence): number => {
  const terms = findTechnicalTerms(sentence).reduce(
    (total, term) => total + (GENERIC_TECHNICAL_TERMS.has(term.quote.toLowerCase()) ? 1 / 3 : 1),
    0,
  );
  const named = findNamedThings(sentence).length;
  const details = findConcreteDetails(sentence).length;
  const numbers = findQuantities(sentence).length;
  return terms + named + 0.5 * details + 0.5 * numbers;
};

export const readDepth = (analysis: Analysis): DepthReading => {
  const toolLists: Evidence[] = [];
  let abstractStep: Evidence | undefined;
  let points = (analysis.tradeOffs.length > 0 ? 1 : 0) + (analysis.causal.length > 0 ? 0.5 : 0);
  for (const item of analysis.classified) {
    const sentence = item.sentence;
    const concrete = concretePoints(sentence);
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
};

/** Hedges and vague phrases, without the "um"s and "you know"s of speech. */
export const hedgesOf = (analysis: Analysis): Evidence[] =>
  analysis.vague.filter((hit) => !isSpokenFiller(hit));

export const lacksTechnicalDepth = (analysis: Analysis): boolean => {
  const { density, toolLists } = readDepth(analysis);
  const hedges = hedgesOf(analysis).length;
  // A list of tools with no alternative weighed and no reason given is a stack, not a decision.
  const isBareToolList =
    toolLists.length > 0 && analysis.tradeOffs.length === 0 && analysis.causal.length === 0;
  return (
    isBareToolList ||
    density < DEPTH.sparse ||
    (density < DEPTH.thin && hedges >= 1) ||
    (density < DEPTH.thinWhenHedged && hedges >= 2)
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

const finding = (
  flag: StarFlag,
  message: string,
  evidence: ReadonlyArray<Evidence | undefined> = [],
): FlagFinding<StarFlag> => ({
  flag,
  message,
  evidence: evidence.filter((item): item is Evidence => item !== undefined),
});

const structureFindings = (analysis: Analysis): FlagFinding<StarFlag>[] => {
  const findings: FlagFinding<StarFlag>[] = [];
  const opening = analysis.classified[0];
  const openingEvidence =
    opening === undefined
      ? undefined
      : {
          quote: opening.sentence.text,
          turn: opening.sentence.turn,
          start: opening.sentence.start,
          end: opening.sentence.end,
        };
  if (!analysis.parts.situation) {
    findings.push(
      finding(
        'missing-situation',
        opening === undefined
          ? 'There is no answer to judge yet.'
          : `You open with ${quoted(openingEvidence)} without saying which team, system or stakes this was about.`,
        [openingEvidence],
      ),
    );
  }
  if (!analysis.parts.task) {
    findings.push(
      finding(
        'missing-task',
        'You never say what you were responsible for or what success looked like.',
      ),
    );
  }
  if (!analysis.parts.action) {
    const ours = analysis.ourActions[0];
    findings.push(
      finding(
        'missing-action',
        ours === undefined
          ? 'No sentence describes a step you took yourself.'
          : `The steps are told as ${quoted(ours)}; no sentence says what you did.`,
        [ours],
      ),
    );
  }
  if (!analysis.parts.result) {
    const last = lastSentenceOfMain(analysis);
    findings.push(
      finding(
        'missing-result',
        last === undefined
          ? 'The story has no outcome.'
          : `The story stops at ${quoted(last)}: what changed because of what you did?`,
        [last],
      ),
    );
  }
  return findings;
};

const impactFindings = (analysis: Analysis): FlagFinding<StarFlag>[] => {
  const findings: FlagFinding<StarFlag>[] = [];
  if (analysis.resultQuantities.length === 0) {
    const result = firstSentenceOf(analysis, 'result');
    findings.push(
      finding(
        'unquantified-result',
        result === undefined
          ? 'There is no measurable outcome in the answer.'
          : `Your result, ${quoted(result)}, has no number: how much, and over what period?`,
        [result],
      ),
    );
  }
  const unbaselined = analysis.unbaselined[0];
  if (unbaselined !== undefined) {
    findings.push(
      finding(
        'no-baseline',
        `You said "${unbaselined.evidence.quote}" but not compared with what, or how you measured it.`,
        analysis.unbaselined.map((quantity) => quantity.evidence),
      ),
    );
  }
  return findings;
};

const ownershipFindings = (analysis: Analysis): FlagFinding<StarFlag>[] => {
  const findings: FlagFinding<StarFlag>[] = [];
  if (isWeNotI(analysis)) {
    const mine = analysis.myActions.length;
    const ours = analysis.ourActions.length;
    findings.push(
      finding(
        'we-not-i',
        `You describe ${ours} step${ours === 1 ? '' : 's'} as "we" or "the team" (like ${quoted(analysis.ourActions[0])}) and ${mine === 0 ? 'none' : mine} as "I".`,
        analysis.ourActions.slice(0, 3),
      ),
    );
  }
  if (blamesOthers(analysis)) {
    const blame = [...analysis.blameStrong, ...analysis.blameSoft];
    findings.push(
      finding(
        'blames-others',
        `You said ${quoted(blame[0])}, which puts the failure on others rather than on what you could control.`,
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
    return finding(
      'no-technical-depth',
      `${quoted(list)} lists tools without saying what you decided, why, or what you ruled out.`,
      toolLists.slice(0, 1),
    );
  if (abstractStep !== undefined)
    return finding(
      'no-technical-depth',
      `Steps like ${quoted(abstractStep)} name no system, mechanism or alternative weighed: what exactly did you do, and why that way?`,
      [abstractStep],
    );
  const hedges = hedgesOf(analysis);
  return finding(
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
      finding(
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
      finding(
        'too-short',
        `At ${words} words (about ${Math.max(1, Math.round(words / 2.5))} seconds spoken) the answer is too short to show much; aim for ${LENGTH.idealFrom}–${LENGTH.idealTo}.`,
      ),
    ];
  }
  if (words > LENGTH.tooLongAbove) {
    return [
      finding(
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
export const ownLessons = (analysis: Analysis): Evidence[] => {
  const aboutOthers = analysis.classified
    .map((item) => item.sentence)
    .filter((sentence) => findLessonsAboutOthers(sentence).length > 0 || hasBlame(sentence));
  return analysis.learning.filter(
    (hit) =>
      !aboutOthers.some(
        (sentence) =>
          sentence.turn === hit.turn && hit.start >= sentence.start && hit.start < sentence.end,
      ),
  );
};

const hasBlame = (sentence: Sentence): boolean => {
  const blame = findBlame(sentence);
  return blame.strong.length > 0 || blame.soft.length > 0;
};

/**
 * No lesson of the candidate's own, where one is due: the question asks for
 * one, or the story blames others (a bar raiser then looks for what the
 * candidate would do differently), or the only lesson drawn is what others
 * should do, which is not a lesson.
 */
const reflectionFindings = (analysis: Analysis): FlagFinding<StarFlag>[] => {
  // After blame, a lesson counts only with some accountability: "you sometimes have to act" is a verdict.
  const isBlameUnowned = blamesOthers(analysis) && !analysis.isSelfAccountable;
  if (!isBlameUnowned && ownLessons(analysis).length > 0) return [];
  const aboutOthers = analysis.classified.flatMap((item) => findLessonsAboutOthers(item.sentence));
  const first = aboutOthers[0];
  if (first !== undefined)
    return [
      finding(
        'no-learning',
        `The only lesson drawn is what others should do (${quoted(first)}); what would you do differently?`,
        aboutOthers.slice(0, 2),
      ),
    ];
  if (isBlameUnowned) {
    const blame = [...analysis.blameStrong, ...analysis.blameSoft];
    return [
      finding(
        'no-learning',
        `The story ends on others' part (${quoted(blame[0])}) and never says what you took away or now do differently.`,
        blame.slice(0, 1),
      ),
    ];
  }
  return analysis.asksForLearning
    ? [
        finding(
          'no-learning',
          'The question asks what you learned, and the answer never says what you took away or now do differently.',
        ),
      ]
    : [];
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
