import {
  checkJudgeSpec,
  customInputProblems,
  DomainError,
  isCodingQuestion,
  JudgeSpecSchema,
  LanguageSchema,
  toJudgeSpec,
  type JudgeSpec,
  type QuestionBank,
} from '@onsite/core';
import { compileChecker } from '@onsite/judge';
import { z } from 'zod';
import { ListQuerySchema } from '../sessions/schema';

/** Source code is limited to 100 KB (UTF-8 bytes). */
export const MAX_SOURCE_BYTES = 100 * 1024;

/** Judge a solution: against an inline spec (docs/judge-spec.md) or a bank question's tests. */
export const CreateSubmissionSchema = z
  .object({
    spec: JudgeSpecSchema.optional(),
    questionId: z.string().min(1).max(200).optional(),
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

/** A question's (or every) submission history, newest first. */
export const SubmissionListQuerySchema = ListQuerySchema.extend({
  questionId: z.string().min(1).max(200).optional(),
  mode: z.enum(['run', 'submit']).optional(),
}).strict();
export type SubmissionListQuery = z.input<typeof SubmissionListQuerySchema>;

/**
 * The spec to judge: the inline one, or the one a bank coding question compiles
 * to (docs/bank-format.md, docs/judge-spec.md). An inline spec's checker and
 * generator would run as JavaScript in this process, outside the sandbox: refused
 * unless the deployment allows it (ONSITE_ALLOW_SPEC_CODE).
 */
export const specFor = (
  input: z.output<typeof CreateSubmissionSchema>,
  bank: QuestionBank,
  options: { readonly allowSpecCode: boolean },
): JudgeSpec => {
  if (input.spec !== undefined) {
    // The schema passed; values that do not fit the signature's types would fail inside the harness.
    const problems = checkJudgeSpec(input.spec);
    if (problems.length > 0) {
      const [first] = problems;
      throw new DomainError(
        'VALIDATION_FAILED',
        `The spec is not valid: ${first?.path ?? ''}: ${first?.message ?? ''}`,
        Object.fromEntries(problems.map((problem) => [`spec.${problem.path}`, problem.message])),
      );
    }
    if (!options.allowSpecCode) refuseSpecCode(input.spec);
    // Allowed here: a checker that does not compile is the spec's mistake, told now rather than as a failed submission.
    if (input.spec.comparison.mode === 'checker')
      compileChecker(input.spec.comparison.source, 'spec.comparison.source');
    return input.spec;
  }
  const id = input.questionId ?? '';
  const question = bank.get(id);
  if (question === undefined)
    throw new DomainError('QUESTION_NOT_FOUND', `There is no question "${id}" in the bank.`);
  if (!isCodingQuestion(question))
    throw new DomainError(
      'VALIDATION_FAILED',
      `The question "${id}" is a ${question.kind} question, so there are no tests to judge code against.`,
      {
        questionId: 'only coding questions have judge tests; send a spec instead',
      },
    );
  return toJudgeSpec(question);
};

function refuseSpecCode(spec: JudgeSpec): void {
  const fields: Record<string, string> = {};
  if (spec.comparison.mode === 'checker')
    fields['spec.comparison.source'] =
      'a checker is JavaScript this server would run outside the sandbox';
  if (spec.generator !== undefined)
    fields['spec.generator.source'] =
      'a generator is JavaScript this server would run outside the sandbox';
  const parts = Object.keys(fields).map((field) =>
    field.includes('comparison') ? 'a checker' : 'an input generator',
  );
  if (parts.length === 0) return;
  throw new DomainError(
    'SPEC_CODE_NOT_ALLOWED',
    `This spec carries ${parts.join(' and ')}: JavaScript that the server would run itself, outside the sandbox, so this server does not accept it over HTTP. Judge it with \`onsite judge --spec FILE\` on your own machine, add the problem to the bank, or (only if everyone who can reach this server may run code on it) start the server with ONSITE_ALLOW_SPEC_CODE=true.`,
    fields,
  );
}

/**
 * The candidate's own test cases must fit the signature (argument count and
 * types): otherwise the run would fail inside the harness with a message
 * about the harness, not about their input.
 */
export const checkCustomInputs = (
  spec: JudgeSpec,
  customInputs: readonly (readonly unknown[])[] | undefined,
): void => {
  if (customInputs === undefined) return;
  const problems = customInputProblems(spec, customInputs);
  if (problems.length === 0) return;
  const fields = Object.fromEntries(problems.map((problem) => [problem.path, problem.message]));
  const [first] = problems;
  throw new DomainError(
    'VALIDATION_FAILED',
    `A test case of yours does not fit the signature: ${first?.path ?? 'customInputs'}: ${first?.message ?? ''}`,
    fields,
  );
};
