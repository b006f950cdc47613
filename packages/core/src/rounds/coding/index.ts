import { CodingQuestionSchema } from './question';
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
};
