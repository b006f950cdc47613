import { BehavioralQuestionSchema, isBehavioralQuestion } from './question';
import { findPrinciple } from '../../question/principles';
import type { ConversationRoundKind, Evaluation } from '../types';
import type { BehavioralEvaluation } from './evaluation';
import { FLAG_COPY } from './flags';
import { BEHAVIORAL_INTERVIEWER_TURNS } from './interviewer';
import { DIMENSION_NAMES } from './star/dimensions';
import { evaluateBehavioralAnswer } from './star/evaluate';

/** Whether an evaluation is a behavioral one (with STAR segments, word count and probe outcomes). */
export const isBehavioralEvaluation = (
  evaluation: Evaluation,
): evaluation is BehavioralEvaluation => evaluation.kind === behavioralRound.id;

/** The behavioral round: a STAR story, probed by the interviewer, scored on six dimensions. */
export const behavioralRound: ConversationRoundKind<
  BehavioralEvaluation,
  typeof BehavioralQuestionSchema
> = {
  id: 'behavioral',
  label: 'Behavioral',
  answeredBy: 'conversation',
  questionSchema: BehavioralQuestionSchema,
  dimensions: DIMENSION_NAMES,
  flags: FLAG_COPY,
  evaluate: ({ question, ...input }) =>
    evaluateBehavioralAnswer({
      ...input,
      ...(question !== undefined && isBehavioralQuestion(question) ? { question } : {}),
    }),
  interviewer: BEHAVIORAL_INTERVIEWER_TURNS,
  progress: {
    noun: { one: 'story', other: 'stories' },
    topicsOf: (question) =>
      isBehavioralQuestion(question)
        ? [
            ...question.competencies.map((competency) => ({
              type: 'competency',
              id: competency,
              // A label starts a line in lists and chips: "Technical depth", not "technical depth".
              label: `${competency.charAt(0).toUpperCase()}${competency.slice(1).replaceAll('-', ' ')}`,
            })),
            ...question.principles.map((principle) => ({
              type: 'principle',
              id: principle,
              label: findPrinciple(principle)?.name ?? principle,
            })),
          ]
        : [],
    // A story's quality is all in its rubric; it has no measures of its own.
    measures: {},
    measure: () => ({}),
  },
};
