import type { StarFlag } from '../flags';
import type { BehavioralDimension } from '../question';
import type { Competency } from '../../../question/principles';
import type { FlagFinding, NextStep } from '../../types';
import type { Analysis } from './analyze';
import type { WeightedJudgement } from './dimensions';

/**
 * Two to four concrete things to practise, aimed at the weakest dimensions
 * and worded after the flags that pulled them down.
 */

/** Which competency to practise for each dimension, and which principle (if the question is tagged with it). */
const PRACTICE_TARGET: Readonly<
  Record<
    BehavioralDimension,
    { readonly competency: Competency; readonly principles: readonly string[] }
  >
> = {
  structure: { competency: 'communication', principles: [] },
  ownership: {
    competency: 'ownership',
    principles: ['amazon/ownership', 'microsoft/accountability'],
  },
  impact: {
    competency: 'impact',
    principles: ['amazon/deliver-results', 'microsoft/making-a-difference'],
  },
  depth: { competency: 'technical-depth', principles: ['amazon/dive-deep'] },
  communication: { competency: 'communication', principles: [] },
  reflection: {
    competency: 'growth',
    principles: ['microsoft/growth-mindset', 'google/value-feedback', 'amazon/earn-trust'],
  },
};

const has = (flags: ReadonlySet<StarFlag>, flag: StarFlag): boolean => flags.has(flag);

/** The advice for one dimension, specific to the flags raised. */
const adviceFor = (
  dimension: BehavioralDimension,
  flags: ReadonlySet<StarFlag>,
  analysis: Analysis,
): string => {
  switch (dimension) {
    case 'structure': {
      const missing = (['situation', 'task', 'action', 'result'] as const).filter(
        (part) => !analysis.parts[part],
      );
      return missing.length > 0
        ? `Outline the story as four labelled lines before telling it, and add the missing ${missing.join(' and ')}.`
        : 'Outline the story as four labelled lines (situation, task, action, result) and spend most of the time on actions.';
    }
    case 'ownership':
      return has(flags, 'blames-others')
        ? 'Retell the setback describing others neutrally, and name one thing you could have done differently yourself.'
        : 'Retell the actions with "I" as the subject: list three steps you took yourself and why you took them.';
    case 'impact':
      return has(flags, 'no-baseline')
        ? 'Find the starting value behind your headline number and how it was measured; say it as "from X to Y, measured over Z".'
        : 'Pick the one metric your work moved and state it with a number and a time frame.';
    case 'depth':
      return 'Prepare to go two levels deeper on one technical decision: what you chose, what you rejected, and why.';
    case 'communication':
      if (has(flags, 'too-long'))
        return 'Cut the story to 200–450 words: two sentences of context, most of it on actions, one on the result.';
      if (has(flags, 'too-short'))
        return 'Expand the story to 200–450 words, with each STAR part and at least three concrete actions.';
      if (has(flags, 'vague-language')) {
        const example = analysis.vague[0]?.quote;
        return `Replace each vague phrase${example === undefined ? '' : ` (like "${example}")`} with the specific system, number or decision.`;
      }
      return 'Tell the story aloud against a timer and keep it between 1.5 and 3 minutes.';
    case 'reflection':
      return 'End with one lesson and one thing you now do differently, with an example of when you did it.';
  }
};

const stepFor = (
  judgement: WeightedJudgement,
  flags: ReadonlySet<StarFlag>,
  analysis: Analysis,
): NextStep => {
  const target = PRACTICE_TARGET[judgement.dimension];
  const principle = target.principles.find((candidate) =>
    (analysis.question?.principles ?? []).some((tagged) => tagged === candidate),
  );
  return {
    id: `improve-${judgement.dimension}`,
    text: adviceFor(judgement.dimension, flags, analysis),
    action:
      principle === undefined
        ? { kind: 'practice', competency: target.competency }
        : { kind: 'practice', competency: target.competency, principle },
  };
};

/** Steps for an answer that is already strong: keep it sharp and widen the repertoire. */
const maintenanceSteps = (analysis: Analysis): NextStep[] => {
  const competency = analysis.question?.competencies[0];
  return [
    {
      id: 'rehearse-aloud',
      text: 'Rehearse this story aloud and answer the follow-up probes without notes.',
      action: { kind: 'practice', ...(competency === undefined ? {} : { competency }) },
    },
    {
      id: 'second-story',
      text: 'Prepare a second story for the same competency, so you are not caught with one.',
      action: { kind: 'practice', ...(competency === undefined ? {} : { competency }) },
    },
  ];
};

/**
 * For an answer to another question, the first step is to find the right
 * story: polishing the one told would not help. It practises the question's
 * own competency when the question has one.
 */
const answerTheQuestionStep = (analysis: Analysis): NextStep => {
  const competency = analysis.question?.competencies[0];
  return {
    id: 'answer-the-question',
    text: `Reread the question ("${analysis.prompt}"), name the moment it asks about, and pick a story where that moment happens; tell it so that moment is the centre of the answer.`,
    action: { kind: 'practice', competency: competency ?? 'communication' },
  };
};

export const proposeNextSteps = (
  dimensions: readonly WeightedJudgement[],
  findings: readonly FlagFinding<StarFlag>[],
  analysis: Analysis,
): NextStep[] => {
  const flags = new Set(findings.map((found) => found.flag));
  const weakest = [...dimensions]
    .filter((judgement) => judgement.level <= 3)
    .sort((a, b) => a.level - b.level || b.weight - a.weight);
  const offTopic = has(flags, 'off-topic');
  const steps = [
    ...(offTopic ? [answerTheQuestionStep(analysis)] : []),
    ...weakest.slice(0, offTopic ? 3 : 4).map((judgement) => stepFor(judgement, flags, analysis)),
  ];
  for (const step of maintenanceSteps(analysis)) {
    if (steps.length >= 2) break;
    steps.push(step);
  }
  return steps;
};
