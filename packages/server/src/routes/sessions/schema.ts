import { asQuestionId } from '@onsite/core';
import { z } from 'zod';
import { textUpTo } from '../../validate';

/** Start a practice session with one round: a bank question, or a free-form prompt. */
export const CreateSessionSchema = z
  .union([
    z.object({ questionId: z.string().min(1).max(200).transform(asQuestionId) }).strict(),
    z
      .object({
        kind: z.literal('behavioral'),
        prompt: textUpTo(2000, 'the prompt').min(
          10,
          'write the question as a full sentence (at least 10 characters)',
        ),
        title: textUpTo(120, 'the title').optional(),
      })
      .strict(),
  ])
  .describe('session');
export type CreateSessionInput = z.input<typeof CreateSessionSchema>;

export const ListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
