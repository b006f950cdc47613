import type { z } from 'zod';
import type { InterviewContext, Interviewer, InterviewerMove } from '../ports';
import {
  BehavioralQuestionSchema,
  type BehavioralQuestionWithId,
} from '../rounds/behavioral/question';
import { CodingQuestionSchema, type CodingQuestionWithId } from '../rounds/coding/question';
import { questionIdOf } from '../question/schema';
import type { HiringLevel } from '../rounds/types';
import type { BehavioralEvaluation } from '../rounds/behavioral/evaluation';
import { behavioralRound } from '../rounds/behavioral';
import { createRoundRegistry } from '../rounds/registry';
import type { EvaluateAnswer } from '../session/engine';

/**
 * Small, hand-written parts for tests of the session engine, stories and the
 * server. They are deliberately simple and predictable; the real evaluator and
 * interviewer have their own tests.
 */
export const makeBehavioralQuestion = (
  overrides: Partial<z.input<typeof BehavioralQuestionSchema>> = {},
): BehavioralQuestionWithId => {
  const parsed = BehavioralQuestionSchema.parse({
    kind: behavioralRound.id,
    slug: 'pushed-back-on-a-deadline',
    title: 'Pushed back on a deadline',
    prompt: 'Tell me about a time you disagreed with a deadline your manager set. What did you do?',
    difficulty: 'medium',
    tags: ['conflict', 'planning'],
    timeLimitMinutes: 12,
    competencies: ['conflict', 'influence'],
    principles: ['amazon/have-backbone-disagree-and-commit', 'amazon/earn-trust'],
    signals: ['disagree', 'deadline', 'data', 'commit'],
    followUps: [
      { id: 'what-data', text: 'What data did you bring to that conversation?' },
      {
        id: 'if-overruled',
        text: 'What would you have done if your manager had not changed the date?',
      },
    ],
    rubric: [
      {
        dimension: 'structure',
        strong: 'Context, own goal, actions and outcome in order.',
        weak: 'Jumps around; the outcome is missing.',
      },
      {
        dimension: 'ownership',
        strong: 'Says what they personally did and decided.',
        weak: 'Describes what the team did, never themselves.',
      },
      {
        dimension: 'impact',
        strong: 'A measured result with a baseline.',
        weak: 'No result, or only a vague one.',
      },
    ],
    examples: {
      strong: {
        answer:
          'Our team was asked to ship billing export in two weeks. I estimated four, showed my manager the breakdown, and we cut scope to the CSV path; it shipped on the date and covered 80% of requests.',
        notes: ['Data-backed disagreement and a measured outcome.'],
      },
      weak: {
        answer:
          'We thought the deadline was too tight so we told our manager and eventually things worked out fine for everybody involved.',
        notes: ['No personal action, no result.'],
        flags: ['we-not-i'],
      },
    },
    ...overrides,
  });
  return { ...parsed, id: questionIdOf(behavioralRound.id, parsed.slug), body: '' };
};

export const makeCodingQuestion = (): CodingQuestionWithId => {
  const parsed = CodingQuestionSchema.parse({
    kind: 'coding',
    slug: 'two-sum',
    title: 'Two sum',
    prompt:
      'Given an array of integers and a target, return the indices of two numbers adding up to the target.',
    difficulty: 'easy',
    tags: ['arrays'],
    topics: ['hash-map'],
    signature: {
      style: 'function',
      name: 'twoSum',
      params: [
        { name: 'nums', type: 'int[]' },
        { name: 'target', type: 'int' },
      ],
      returns: 'int[]',
    },
    tests: [
      { args: [[2, 7, 11], 9], expected: [0, 1], sample: true },
      { args: [[3, 3], 6], expected: [0, 1] },
    ],
    comparison: { mode: 'any-order' },
  });
  return { ...parsed, id: questionIdOf('coding', parsed.slug), body: '' };
};

/** Only the behavioral kind: a session's evaluations are then typed as behavioral ones. */
export const behavioralRounds = createRoundRegistry<BehavioralEvaluation>([behavioralRound]);

/**
 * A stand-in for the STAR evaluator: the score grows with the words written
 * (answer and replies), so tests can check that replies were taken into account.
 */
export const wordCountEvaluate: EvaluateAnswer<BehavioralEvaluation> = (input) => {
  const words = [input.answer, ...(input.replies ?? []).map((exchange) => exchange.reply)]
    .join(' ')
    .split(/\s+/)
    .filter((word) => word !== '').length;
  const score = Math.min(100, words);
  const level: HiringLevel = score >= 75 ? 4 : score >= 50 ? 3 : score >= 25 ? 2 : 1;
  return {
    kind: behavioralRound.id,
    score,
    level,
    flags:
      score < 25
        ? [{ flag: 'too-short', message: 'That answer is very short.', evidence: [] }]
        : [],
    dimensions: [
      { id: 'structure', name: 'Structure', level, summary: `${words} words.`, evidence: [] },
    ],
    segments: [],
    wordCount: words,
    followUps: [{ text: 'What was the result, in numbers?', targetFlag: 'missing-result' }],
    nextSteps: [],
  };
};

/** Asks the given probes in order, then closes. Records every context it was given. */
export class ScriptedInterviewer implements Interviewer {
  readonly name = 'scripted';
  readonly contexts: InterviewContext[] = [];
  constructor(
    private readonly probes: readonly string[] = [
      'What exactly did you do yourself?',
      'How did you measure the result?',
    ],
    private readonly closing = 'Thanks, that is all I wanted to ask.',
  ) {}

  nextMove(context: InterviewContext): Promise<InterviewerMove> {
    this.contexts.push(context);
    const probe = this.probes[context.probesAsked];
    const move: InterviewerMove =
      probe !== undefined && context.probesAsked < context.maxProbes
        ? {
            type: 'probe',
            text: probe,
            targetFlag: 'missing-result',
            probeId: `probe-${context.probesAsked + 1}`,
          }
        : { type: 'close', text: this.closing };
    return Promise.resolve(move);
  }
}
