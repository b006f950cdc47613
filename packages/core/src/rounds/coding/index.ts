import { CodingQuestionSchema } from './question';
import type { SubmissionRoundKind } from '../types';
import {
  CODING_DIMENSIONS,
  evaluateCodingSubmission,
  type CodingEvaluation,
  type CodingEvaluationInput,
} from './evaluate';
import { CODING_FLAG_COPY } from './flags';

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
};
