import type { Comparison, TestCase } from '../rounds/coding/judge-spec';
import type { CodingQuestionWithId } from '../rounds/coding/question';
import type { Question } from './schema';

/** A sample test as the candidate sees it; `index` is its place among all the question's tests (results are numbered so). */
export type SampleTest = TestCase & { readonly index: number };

/** How answers are compared, without a checker's source: that code stays on the server. */
export type PublicComparison =
  Exclude<Comparison, { mode: 'checker' }> | { readonly mode: 'checker' };

/**
 * A coding question as it may leave the server: the samples only. Hidden
 * tests (their inputs and expected outputs), the growth generator, the
 * generated-test source and a checker's code would let a candidate read the
 * answers, so they are replaced by what the room needs to know about them. The edge-case
 * list, the follow-ups and the study view are the interviewer's: they would tell the candidate
 * what to say, so the round reveals them (the scorecard carries the study view).
 */
export type PublicCodingQuestion = Omit<
  CodingQuestionWithId,
  | 'tests'
  | 'generator'
  | 'generatedTests'
  | 'comparison'
  | 'edgeCases'
  | 'followUps'
  | 'explanation'
> & {
  readonly samples: readonly SampleTest[];
  /** Every test a submit runs, hidden ones included. */
  readonly testCount: number;
  /** An Accepted submit is followed by a growth measurement (the question has an input generator). */
  readonly measuresGrowth: boolean;
  readonly comparison: PublicComparison;
};

/** What the question API returns: coding questions stripped to their samples, other kinds as they are. */
export type PublicQuestion = Exclude<Question, { kind: 'coding' }> | PublicCodingQuestion;

const publicComparison = (comparison: Comparison): PublicComparison =>
  comparison.mode === 'checker' ? { mode: 'checker' } : comparison;

/**
 * The one place that decides what of a question a candidate may see. Fields
 * are picked, not deleted, so a field added to the coding schema stays on the
 * server until someone decides it is public.
 */
export function toPublicQuestion(question: Question): PublicQuestion {
  return question.kind === 'coding' ? toPublicCodingQuestion(question) : question;
}

export function toPublicCodingQuestion(coding: CodingQuestionWithId): PublicCodingQuestion {
  return {
    id: coding.id,
    kind: coding.kind,
    slug: coding.slug,
    title: coding.title,
    prompt: coding.prompt,
    difficulty: coding.difficulty,
    tags: coding.tags,
    ...(coding.timeLimitMinutes === undefined ? {} : { timeLimitMinutes: coding.timeLimitMinutes }),
    body: coding.body,
    topics: coding.topics,
    signature: coding.signature,
    comparison: publicComparison(coding.comparison),
    limits: coding.limits,
    ...(coding.maxSize === undefined ? {} : { maxSize: coding.maxSize }),
    ...(coding.expectedComplexity === undefined
      ? {}
      : { expectedComplexity: coding.expectedComplexity }),
    ...(coding.expectedSpace === undefined ? {} : { expectedSpace: coding.expectedSpace }),
    patterns: coding.patterns,
    companies: coding.companies,
    ...(coding.starterCode === undefined ? {} : { starterCode: coding.starterCode }),
    hints: coding.hints,
    samples: coding.tests.flatMap((test, index) => (test.sample ? [{ ...test, index }] : [])),
    testCount: coding.tests.length,
    measuresGrowth: coding.generator !== undefined,
  };
}

export const isPublicCodingQuestion = (
  question: PublicQuestion,
): question is PublicCodingQuestion => question.kind === 'coding';
