import { customInputProblems, DomainError, isCodingQuestion, toJudgeSpec, type JudgeSpec, type QuestionBank } from '@onsite/core';
import type { CreateSubmissionSchema } from '../../contract';
import type { z } from 'zod';

export { CreateSubmissionSchema, SubmissionListQuerySchema } from '../../contract';

/**
 * The spec to judge: the inline one, or the one a bank coding question compiles
 * to (docs/bank-format.md, docs/judge-spec.md).
 */
export const specFor = (input: z.output<typeof CreateSubmissionSchema>, bank: QuestionBank): JudgeSpec => {
  if (input.spec !== undefined) return input.spec;
  const id = input.questionId ?? '';
  const question = bank.get(id);
  if (question === undefined) throw new DomainError('QUESTION_NOT_FOUND', `There is no question "${id}" in the bank.`);
  if (!isCodingQuestion(question))
    throw new DomainError('VALIDATION_FAILED', `The question "${id}" is a ${question.kind} question, so there are no tests to judge code against.`, {
      questionId: 'only coding questions have judge tests; send a spec instead',
    });
  return toJudgeSpec(question);
};

/**
 * The candidate's own test cases must fit the signature (argument count and
 * types): otherwise the run would fail inside the harness with a message
 * about the harness, not about their input.
 */
export const checkCustomInputs = (spec: JudgeSpec, customInputs: readonly (readonly unknown[])[] | undefined): void => {
  if (customInputs === undefined) return;
  const problems = customInputProblems(spec, customInputs);
  if (problems.length === 0) return;
  const fields = Object.fromEntries(problems.map((problem) => [problem.path, problem.message]));
  const [first] = problems;
  throw new DomainError('VALIDATION_FAILED', `A test case of yours does not fit the signature: ${first?.path ?? 'customInputs'}: ${first?.message ?? ''}`, fields);
};
