import { asQuestionId, JudgeSpecSchema, LanguageSchema } from '@onsite/core';
import { z } from 'zod';
import { ListQuerySchema } from '../sessions/schema';

/** Source code is limited to 100 KB (UTF-8 bytes). */
export const MAX_SOURCE_BYTES = 100 * 1024;

/** Judge a solution: against an inline spec (docs/judge-spec.md) or a bank question's tests. */
export const CreateSubmissionSchema = z
  .object({
    spec: JudgeSpecSchema.optional(),
    questionId: z.string().min(1).max(200).transform(asQuestionId).optional(),
    language: LanguageSchema,
    source: z
      .string()
      .refine((value) => value.trim().length > 0, 'write some code before running it')
      .refine(
        (value) => new TextEncoder().encode(value).length <= MAX_SOURCE_BYTES,
        `the source is too long (at most ${MAX_SOURCE_BYTES / 1024} KB)`,
      ),
    mode: z.enum(['run', 'submit']),
    /** Extra argument lists, run (mode 'run' only) after the sample tests and shown with the candidate's output. */
    customInputs: z.array(z.array(z.unknown()).max(20)).max(10).optional(),
    /** The open coding interview round this is judged for (the question must be the round's). */
    roundId: z.string().min(1).max(200).optional(),
  })
  .strict()
  .refine((value) => (value.spec === undefined) !== (value.questionId === undefined), {
    message: 'give either a spec or a questionId, not both',
    path: ['spec'],
  })
  .refine((value) => value.mode === 'run' || value.customInputs === undefined, {
    message: 'custom inputs are for mode "run" only',
    path: ['customInputs'],
  })
  .describe('submission');
export type CreateSubmissionInput = z.input<typeof CreateSubmissionSchema>;

/** A question's, an interview round's (or every) submission history, newest first. */
export const SubmissionListQuerySchema = ListQuerySchema.extend({
  questionId: z.string().min(1).max(200).optional(),
  mode: z.enum(['run', 'submit']).optional(),
  roundId: z.string().min(1).max(200).optional(),
}).strict();
