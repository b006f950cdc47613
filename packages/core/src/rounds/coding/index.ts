import { CODING_PATTERN_LABEL, CodingQuestionSchema, isCodingQuestion } from './question';
import type { SubmissionRoundKind } from '../types';
import {
  CODING_DIMENSIONS,
  evaluateCodingSubmission,
  type CodingEvaluation,
  type CodingEvaluationInput,
} from './evaluate';
import { CODING_FLAG_COPY } from './flags';
import { openingLine } from './interview/conversation';
import { CODING_PHASES, CODING_ROUND_MS } from './interview/phases';

/** The coding round: code judged on hidden tests, its growth measured after Accepted. */
export const codingRound: SubmissionRoundKind<
  CodingEvaluationInput,
  CodingEvaluation,
  typeof CodingQuestionSchema
> = {
  id: 'coding',
  label: 'Coding',
  answeredBy: 'submission',
  questionSchema: CodingQuestionSchema,
  dimensions: CODING_DIMENSIONS,
  flags: CODING_FLAG_COPY,
  evaluate: evaluateCodingSubmission,
  interview: { openingLine, firstPhase: CODING_PHASES[0], timeLimitMs: CODING_ROUND_MS },
  progress: {
    noun: { one: 'problem', other: 'problems' },
    topicsOf: (question) =>
      isCodingQuestion(question)
        ? question.patterns.map((pattern) => ({
            type: 'pattern',
            id: pattern,
            label: CODING_PATTERN_LABEL[pattern],
          }))
        : [],
    measures: {
      timeToFirstAcceptedMs: { label: 'Time to first Accepted', unit: 'ms', better: 'lower' },
      failedSubmissions: { label: 'Failed submissions', unit: 'count', better: 'lower' },
      hintsUsed: { label: 'Hints used', unit: 'count', better: 'lower' },
    },
    measure: (evaluation) => ({
      timeToFirstAcceptedMs: evaluation.timeToFirstAcceptedMs,
      failedSubmissions: evaluation.failedSubmissions,
      hintsUsed: evaluation.hintsUsed,
    }),
  },
};
