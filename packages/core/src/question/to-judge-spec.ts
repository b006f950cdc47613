import { parseComplexityClass, formatComplexityClass } from '../rounds/coding/complexity';
import type { JudgeSpec } from '../rounds/coding/judge-spec';
import type { CodingQuestion } from '../rounds/coding/question';

/** A question's spec is built once: the judge caches by spec (a queued judge hashes it, megabytes for a large hidden test). */
const compiled = new WeakMap<CodingQuestion, JudgeSpec>();

/**
 * Compiles a bank coding question into the spec the judge reads. The question
 * holds the judge's fields under the same names, so this only picks them out
 * and folds `expectedComplexity` into the generator. The spec id is the slug,
 * which is unique across the bank.
 */
export function toJudgeSpec(question: CodingQuestion): JudgeSpec {
  const known = compiled.get(question);
  if (known !== undefined) return known;
  const spec = compileJudgeSpec(question);
  compiled.set(question, spec);
  return spec;
}

function compileJudgeSpec(question: CodingQuestion): JudgeSpec {
  const expected =
    question.expectedComplexity === undefined
      ? null
      : parseComplexityClass(question.expectedComplexity);
  const generator =
    question.generator === undefined
      ? undefined
      : {
          source: question.generator.source,
          ...(question.generator.sizes === undefined ? {} : { sizes: question.generator.sizes }),
          ...(expected === null ? {} : { expectedClass: formatComplexityClass(expected) }),
        };
  return {
    id: question.slug,
    title: question.title,
    signature: question.signature,
    tests: question.tests,
    comparison: question.comparison,
    limits: question.limits,
    ...(generator === undefined ? {} : { generator }),
  };
}
