import { DomainError } from '../errors';
import { asQuestionId, type QuestionId } from '../ids';
import { checkJudgeSpec, customInputProblems } from '../rounds/coding/check-spec';
import type { JudgeMode, JudgeRequest, JudgeSpec, Language } from '../rounds/coding/judge-spec';
import type { QuestionBank } from '../ports';
import { isCodingQuestion } from '../rounds/coding/question';
import { toJudgeSpec } from '../question/to-judge-spec';

/** What a Run or Submit asks for: code, and either a bank question or an inline spec. */
export interface SubmissionInput {
  readonly questionId?: QuestionId;
  readonly spec?: JudgeSpec;
  readonly language: Language;
  readonly source: string;
  readonly mode: JudgeMode;
  readonly customInputs?: readonly (readonly unknown[])[];
  /** The coding interview round it is judged for (checked by the caller: open, same question). */
  readonly roundId?: string;
}

/** Which specs a deployment accepts, and how its judge reads a checker. */
export interface SpecRules {
  readonly bank: QuestionBank;
  /** Config.judge.allowSpecCode: whether an inline spec may carry a checker or an input generator. */
  readonly allowSpecCode: boolean;
  /**
   * The judge's own checker compiler: throws VALIDATION_FAILED naming `field` when the source does
   * not compile. A checker's mistake is told at submit rather than as a failed submission.
   */
  readonly compileChecker: (source: string, field: string) => unknown;
}

/**
 * The judge request a submission makes, and the bank question it judges (null for an inline
 * spec). Refuses what cannot be judged before anything is stored: an unknown or non-coding
 * question, an invalid spec, spec code the deployment does not allow, and custom inputs that do
 * not fit the signature.
 */
export const judgeRequestFor = (
  input: SubmissionInput,
  rules: SpecRules,
): { readonly questionId: string | null; readonly request: JudgeRequest } => {
  const spec =
    input.spec === undefined
      ? bankSpec(input.questionId ?? asQuestionId(''), rules.bank)
      : inlineSpec(input.spec, rules);
  checkCustomInputs(spec, input.customInputs);
  return {
    questionId: input.questionId ?? null,
    request: {
      spec,
      language: input.language,
      source: input.source,
      mode: input.mode,
      ...(input.customInputs === undefined ? {} : { customInputs: input.customInputs }),
    },
  };
};

/** The spec a bank coding question compiles to (docs/bank-format.md, docs/judge-spec.md). */
const bankSpec = (id: QuestionId, bank: QuestionBank): JudgeSpec => {
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

/**
 * An inline spec, checked beyond its schema. Its checker and generator would run as JavaScript
 * in the server's process, outside the sandbox: refused unless the deployment allows it.
 */
const inlineSpec = (spec: JudgeSpec, rules: SpecRules): JudgeSpec => {
  // The schema passed; values that do not fit the signature's types would fail inside the harness.
  const problems = checkJudgeSpec(spec);
  if (problems.length > 0) {
    const [first] = problems;
    throw new DomainError(
      'VALIDATION_FAILED',
      `The spec is not valid: ${first?.path ?? ''}: ${first?.message ?? ''}`,
      Object.fromEntries(problems.map((problem) => [`spec.${problem.path}`, problem.message])),
    );
  }
  if (!rules.allowSpecCode) refuseSpecCode(spec);
  if (spec.comparison.mode === 'checker')
    rules.compileChecker(spec.comparison.source, 'spec.comparison.source');
  return spec;
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
 * The candidate's own test cases must fit the signature (argument count and types): otherwise
 * the run would fail inside the harness with a message about the harness, not about their input.
 */
const checkCustomInputs = (
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
