import { DomainError, JudgeSpecSchema, type JudgeSpec, type QuestionBank } from '@onsite/core';
import type { CreateSubmissionSchema } from '../../contract';
import type { z } from 'zod';

export { CreateSubmissionSchema } from '../../contract';

/**
 * The spec to judge: the inline one, or the bank question's. A coding question
 * carries its tests in a `judge` field of its front matter (docs/judge-spec.md).
 */
export const specFor = (input: z.output<typeof CreateSubmissionSchema>, bank: QuestionBank): JudgeSpec => {
  if (input.spec !== undefined) return input.spec;
  const id = input.questionId ?? '';
  const question = bank.get(id);
  if (question === undefined) throw new DomainError('QUESTION_NOT_FOUND', `There is no question "${id}" in the bank.`);
  const parsed = JudgeSpecSchema.safeParse('judge' in question ? question.judge : undefined);
  if (!parsed.success)
    throw new DomainError('VALIDATION_FAILED', `The question "${id}" has no tests to judge code against.`, {
      questionId: 'this question has no judge tests; send a spec instead',
    });
  return parsed.data;
};
