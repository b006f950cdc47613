import { asQuestionId } from '@onsite/core';
import { z } from 'zod';
import { textUpTo } from '../../validate';

export const EvaluateSchema = z
  .strictObject({
    kind: z.literal('behavioral'),
    prompt: textUpTo(2000, 'the prompt').optional(),
    questionId: z.string().max(200).transform(asQuestionId).optional(),
    answer: textUpTo(50_000, 'the answer').refine(
      (value) => value.trim().length > 0,
      'the answer is empty',
    ),
  })
  .refine((value) => value.prompt !== undefined || value.questionId !== undefined, {
    message: 'give either a prompt or a questionId',
    path: ['prompt'],
  })
  .describe('evaluation request');
