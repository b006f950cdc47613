import type { AnswerEvaluation } from '@onsite/core';
import type { EvaluateResponse } from '../../contract';

export const presentEvaluation = (evaluation: AnswerEvaluation): EvaluateResponse => ({
  evaluation,
});
