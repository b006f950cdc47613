import type { StarFlag } from '../flags';
import type { Evidence, FlagFinding } from '../../types';
import type { StarPart } from '../evaluation';
import type { Analysis } from './analyze';
import { GENERIC_TECHNICAL_TERMS, PEOPLE_PROMPT_PATTERN } from './lexicon';
import { relevanceFindings } from './relevance';
import { shorten } from './text';

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

/** Distinct technical terms and named tools below which an engineering story has no depth. */
export const DEPTH = { minimumTerms: 3 } as const;

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

export const lacksTechnicalDepth = (analysis: Analysis): boolean => {
  // A free-form question about people asks how you treated them; a bank question says what it wants in its rubric.
  if (analysis.question === null && PEOPLE_PROMPT_PATTERN.test(analysis.prompt)) return false;
  const terms = technicalTermCount(analysis);
  return terms < 2 || (terms < DEPTH.minimumTerms && analysis.tradeOffs.length === 0);
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
  if (lacksTechnicalDepth(analysis)) {
    const terms = analysis.technical.map((term) => `"${term.quote}"`);
    findings.push(
      finding(
        'no-technical-depth',
        terms.length === 0
          ? 'No system, tool or technical decision is named.'
          : `Beyond ${terms.join(' and ')} there is no technical detail: no mechanism, tool or trade-off you weighed.`,
        analysis.technical,
      ),
    );
  }
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

const reflectionFindings = (analysis: Analysis): FlagFinding<StarFlag>[] =>
  analysis.asksForLearning && analysis.learning.length === 0
    ? [
        finding(
          'no-learning',
          'The question asks what you learned, and the answer never says what you took away or now do differently.',
        ),
      ]
    : [];

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
