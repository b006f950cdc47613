import { starFinding, type StarFlag } from '../flags';
import type { Evidence, FlagFinding } from '../../types';
import type { Analysis } from './analyze';
import { isLabelWithoutContent } from './segment';
import { sentenceFeatures } from './sentence-features';
import { evidenceOf, shorten, type Sentence } from './text';

/**
 * The four structure flags and their messages. Whether a part is there is
 * decided in analyze.ts (`parts`); these say, with the candidate's words,
 * why it is missing: a creed for an opening, management words for steps, a
 * label or a plan for an ending.
 */

const quoted = (evidence: Evidence): string => `"${shorten(evidence.quote)}"`;

const mainSentences = (analysis: Analysis): Sentence[] =>
  analysis.classified.filter((item) => item.sentence.turn === 0).map((item) => item.sentence);

/** "Result: success.": the label as written, for a message about it. */
const asLabelled = (sentence: Sentence): string =>
  sentence.label === undefined
    ? sentence.text
    : `${sentence.label.charAt(0).toUpperCase()}${sentence.label.slice(1)}: ${sentence.text}`;

const missingSituation = (analysis: Analysis): FlagFinding<StarFlag> => {
  const opening = mainSentences(analysis)[0];
  if (opening === undefined)
    return starFinding('missing-situation', 'There is no answer to judge yet.');
  const evidence = evidenceOf(opening);
  const features = sentenceFeatures(opening);
  const message = features.isGeneralisation
    ? `You open with ${quoted(evidence)}, a view rather than a moment: which team, system and problem was this?`
    : features.concreteSteps + features.abstractSteps > 0
      ? `You open on what you did, ${quoted(evidence)}, before saying which team, system or stakes it was about.`
      : `You open with ${quoted(evidence)} without saying which team, system or stakes this was about.`;
  return starFinding('missing-situation', message, [evidence]);
};

const missingAction = (analysis: Analysis): FlagFinding<StarFlag> => {
  const claimed = analysis.classified
    .map((item) => sentenceFeatures(item.sentence).abstractStep)
    .find((step) => step !== undefined);
  if (claimed !== undefined)
    return starFinding(
      'missing-action',
      `${quoted(claimed)} names no step anyone could check: what did you do, and to what?`,
      [claimed],
    );
  const ours = analysis.ourActions[0];
  return ours === undefined
    ? starFinding('missing-action', 'No sentence describes a step you took yourself.')
    : starFinding(
        'missing-action',
        `The steps are told as ${quoted(ours)}; no sentence says what you did.`,
        [ours],
      );
};

const missingResult = (analysis: Analysis): FlagFinding<StarFlag> => {
  const last = mainSentences(analysis).at(-1);
  if (last === undefined) return starFinding('missing-result', 'The story has no outcome.');
  const evidence = evidenceOf(last);
  const message = isLabelWithoutContent(last)
    ? `"${shorten(asLabelled(last))}" is a label, not an outcome: what changed, and for whom?`
    : sentenceFeatures(last).isPlan
      ? `The story ends on a plan, ${quoted(evidence)}: what happened after it?`
      : `The story stops at ${quoted(evidence)}: what changed because of what you did?`;
  return starFinding('missing-result', message, [evidence]);
};

/** The structure flags an answer raises, in STAR order. */
export const structureFindings = (analysis: Analysis): FlagFinding<StarFlag>[] => [
  ...(analysis.parts.situation ? [] : [missingSituation(analysis)]),
  ...(analysis.parts.task
    ? []
    : [
        starFinding(
          'missing-task',
          'Nothing in the story says what you set out to fix, reach or decide: no problem, goal or deadline in the scene or your first steps, so they read as a list of activities.',
        ),
      ]),
  ...(analysis.parts.action ? [] : [missingAction(analysis)]),
  ...(analysis.parts.result ? [] : [missingResult(analysis)]),
];
