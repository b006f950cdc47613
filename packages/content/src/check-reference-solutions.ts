import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import {
  describeGrowthClaim,
  testSize,
  toJudgeSpec,
  type CodingQuestionWithId,
  type ComplexityReport,
  type Judge,
  type JudgeResult,
  type JudgeSpec,
  type Language,
  type Verdict,
} from '@onsite/core';

/**
 * Measures a solution's growth on the problem's generator: the judge package's
 * `measureComplexity` bound to a judge. Passed in because content may import
 * only core (docs/ARCHITECTURE.md); the CLI composes the two.
 */
export type MeasureGrowth = (
  spec: JudgeSpec,
  language: Language,
  source: string,
) => Promise<ComplexityReport>;

/** A reference solution judged: the Python and TypeScript ones must be Accepted, the slow one must time out. */
export interface SolutionCheck {
  readonly kind: 'reference' | 'slow';
  /** The file's name in the bank folder, e.g. `two-sum.solution.py`. */
  readonly file: string;
  readonly language: Language;
  readonly status: 'passed' | 'failed';
  /** The judge's verdict; null when the file is missing or the judge could not run it. */
  readonly verdict: Verdict | null;
  /** The first test that was not Accepted, with its size in the unit of the question's `maxSize`. */
  readonly firstFailedTest: { readonly index: number; readonly size: number } | null;
  /** What was expected and what happened, in a sentence. */
  readonly message: string;
}

/** A reference's measured growth against the question's `expectedComplexity`. */
export interface GrowthCheck {
  readonly kind: 'growth';
  /** `skipped` when nothing could be measured (no generator, no expected class, no Accepted reference). */
  readonly status: 'passed' | 'failed' | 'inconclusive' | 'skipped';
  readonly language: Language | null;
  /** "O(n)"; null when the question states none. */
  readonly expected: string | null;
  /** What the measurement vouches for: "O(n) or O(n log n)", or "inconclusive"; null when not measured. */
  readonly measured: string | null;
  readonly message: string;
  readonly report: ComplexityReport | null;
}

export type ReferenceCheck = SolutionCheck | GrowthCheck;

export interface ReferenceCheckResult {
  readonly slug: string;
  /** True when no check failed (an inconclusive or skipped growth measurement is not a failure). */
  readonly ok: boolean;
  /** The Python reference, the TypeScript reference, the slow Python solution, then the growth. */
  readonly checks: readonly ReferenceCheck[];
}

export interface ReferenceCheckProgress {
  readonly total: number;
  readonly completed: number;
  /** Slugs being judged right now. */
  readonly running: readonly string[];
  /** The problem that just finished; absent when one just started. */
  readonly finished?: ReferenceCheckResult;
}

export interface CheckReferenceSolutionsOptions {
  readonly questions: readonly CodingQuestionWithId[];
  /** The folder holding each question's `<slug>.solution.py`, `.solution.ts` and `.slow.py`. */
  readonly dir: string;
  readonly judge: Judge;
  readonly measureGrowth: MeasureGrowth;
  /** Problems judged at once (each one's judgings run one after another). Default: the number of CPUs. */
  readonly concurrency?: number;
  readonly onProgress?: (progress: ReferenceCheckProgress) => void;
}

const REFERENCES = [
  { suffix: '.solution.py', language: 'python' },
  { suffix: '.solution.ts', language: 'typescript' },
] as const satisfies readonly { suffix: string; language: Language }[];
const SLOW = { suffix: '.slow.py', language: 'python' } as const satisfies {
  suffix: string;
  language: Language;
};

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

const formatSize = (size: number): string => size.toLocaleString('en-US');

/** The source, or null when the file does not exist (any other read error is a bug to see). */
const readSource = async (file: string): Promise<string | null> => {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')
      return null;
    throw error;
  }
};

const firstFailedTestOf = (
  question: CodingQuestionWithId,
  result: JudgeResult,
): SolutionCheck['firstFailedTest'] => {
  const failed = result.tests.find((test) => test.verdict !== 'Accepted');
  const test = failed === undefined ? undefined : question.tests[failed.index];
  return failed === undefined || test === undefined
    ? null
    : { index: failed.index, size: testSize(question.signature, test) };
};

/** "Wrong Answer on test 4 (size 3)", with the error's first line when there is one. */
const describeFailure = (result: JudgeResult, failed: SolutionCheck['firstFailedTest']): string => {
  const where = failed === null ? '' : ` on test ${failed.index} (size ${formatSize(failed.size)})`;
  const detail =
    result.error?.message ??
    result.compileOutput ??
    result.tests.find((test) => test.verdict !== 'Accepted')?.message;
  const firstLine = detail?.trim().split('\n')[0];
  return `${result.verdict}${where}${firstLine === undefined || firstLine === '' ? '' : `: ${firstLine}`}`;
};

interface Judged {
  readonly source: string | null;
  readonly check: SolutionCheck;
}

async function judgeSolution(
  question: CodingQuestionWithId,
  options: CheckReferenceSolutionsOptions,
  kind: SolutionCheck['kind'],
  { suffix, language }: { readonly suffix: string; readonly language: Language },
): Promise<Judged> {
  const file = `${question.slug}${suffix}`;
  const failed = (message: string): Judged => ({
    source: null,
    check: {
      kind,
      file,
      language,
      status: 'failed',
      verdict: null,
      firstFailedTest: null,
      message,
    },
  });
  const source = await readSource(path.join(options.dir, file));
  if (source === null)
    return failed(
      `${file} is missing: every coding problem needs a Python and a TypeScript reference solution and a too-slow Python one beside its .md.`,
    );
  let result: JudgeResult;
  try {
    result = await options.judge.judge({
      spec: toJudgeSpec(question),
      language,
      source,
      mode: 'submit',
    });
  } catch (error) {
    return failed(`The judge could not run ${file}: ${messageOf(error)}`);
  }
  const firstFailedTest = firstFailedTestOf(question, result);
  const judged = { kind, file, language, verdict: result.verdict, firstFailedTest };
  if (kind === 'reference') {
    const isAccepted = result.verdict === 'Accepted' && result.passed === result.total;
    return {
      source,
      check: {
        ...judged,
        status: isAccepted ? 'passed' : 'failed',
        message: isAccepted
          ? `Accepted on all ${result.total} tests.`
          : `${describeFailure(result, firstFailedTest)}; a reference solution must be Accepted.`,
      },
    };
  }
  return { source, check: { ...judged, ...judgeSlowOutcome(question, result, firstFailedTest) } };
}

/**
 * A slow solution must pass every test smaller than the largest and time out first on the one of
 * `maxSize`: that proves the large test is what separates the expected complexity from a worse one
 * (and that the slow solution is otherwise right, so its timeout is not a bug in it).
 */
function judgeSlowOutcome(
  question: CodingQuestionWithId,
  result: JudgeResult,
  failed: SolutionCheck['firstFailedTest'],
): Pick<SolutionCheck, 'status' | 'message'> {
  const { maxSize } = question;
  const maxSizeTest =
    maxSize === undefined ? 'the largest test' : `the maxSize test (size ${formatSize(maxSize)})`;
  if (result.verdict === 'Accepted')
    return {
      status: 'failed',
      message: `The slow solution was Accepted on all ${result.total} tests: no test is large enough to time it out, so a candidate's slow solution would pass too.`,
    };
  if (result.verdict !== 'Time Limit Exceeded')
    return {
      status: 'failed',
      message: `${describeFailure(result, failed)}; the slow solution must be right but too slow (Time Limit Exceeded on ${maxSizeTest}).`,
    };
  if (maxSize !== undefined && failed !== null && failed.size !== maxSize)
    return {
      status: 'failed',
      message: `Time Limit Exceeded first on test ${failed.index} (size ${formatSize(failed.size)}), not on ${maxSizeTest}: a smaller test already times out, so the time limit or that test is off.`,
    };
  return { status: 'passed', message: `Time Limit Exceeded on ${maxSizeTest}, as it should.` };
}

/**
 * Measures the first Accepted reference, Python before TypeScript: an interpreted Python step costs
 * ~50× a JIT-compiled one, so at the bank's sizes its times rise well above the timer's noise, and
 * no JIT tier-up bends its curve.
 */
async function checkGrowth(
  question: CodingQuestionWithId,
  options: CheckReferenceSolutionsOptions,
  accepted: readonly { readonly language: Language; readonly source: string }[],
): Promise<GrowthCheck> {
  const spec = toJudgeSpec(question);
  // Already in the usual spelling ("O(n)"): toJudgeSpec formats expectedComplexity.
  const expectedClass = spec.generator?.expectedClass;
  const expected = expectedClass ?? null;
  const skipped = (message: string): GrowthCheck => ({
    kind: 'growth',
    status: 'skipped',
    language: null,
    expected,
    measured: null,
    message,
    report: null,
  });
  if (spec.generator === undefined)
    return skipped('Growth not measured: the problem has no input generator.');
  if (expectedClass === undefined)
    return skipped('Growth not measured: the problem states no expectedComplexity.');
  const [reference] = accepted;
  if (reference === undefined)
    return skipped('Growth not measured: no reference solution was Accepted.');
  let report: ComplexityReport;
  try {
    report = await options.measureGrowth(spec, reference.language, reference.source);
  } catch (error) {
    return {
      ...skipped(`The growth could not be measured: ${messageOf(error)}`),
      status: 'failed',
      language: reference.language,
    };
  }
  const measured = describeGrowthClaim(report).label;
  const base = {
    kind: 'growth',
    language: reference.language,
    expected,
    measured,
    report,
  } as const;
  switch (report.verdict) {
    case 'as-expected':
      return { ...base, status: 'passed', message: report.message };
    case 'slower-than-expected':
      return {
        ...base,
        status: 'failed',
        message: `The reference grows like ${measured}, slower than the stated ${expected}: the reference or expectedComplexity is wrong. ${report.message}`,
      };
    case 'faster':
      // Faster contradicts the statement too: either expectedComplexity is too high, or the
      // generator never drives the reference to its worst case, and then a candidate's slow
      // solution would be measured on the same easy inputs and look fine.
      return {
        ...base,
        status: 'failed',
        message: `The reference grows like ${measured}, faster than the stated ${expected}: the generator may not reach the worst case, or expectedComplexity is too high. ${report.message}`,
      };
    case 'inconclusive':
      // Not a failure: the fit refuses to claim a class when the sizes do not separate the tiers
      // (a busy machine, one size out of line), and claims it makes are the ones it gets right.
      // Failing on "do not know" would fail the bank at random on a loaded CI machine.
      return { ...base, status: 'inconclusive', message: report.message };
  }
}

async function checkQuestion(
  question: CodingQuestionWithId,
  options: CheckReferenceSolutionsOptions,
): Promise<ReferenceCheckResult> {
  const references: Judged[] = [];
  for (const reference of REFERENCES)
    references.push(await judgeSolution(question, options, 'reference', reference));
  const slow = await judgeSolution(question, options, 'slow', SLOW);
  const accepted = references.flatMap(({ source, check }) =>
    source !== null && check.status === 'passed' ? [{ language: check.language, source }] : [],
  );
  const growth = await checkGrowth(question, options, accepted);
  const checks = [...references.map(({ check }) => check), slow.check, growth];
  return {
    slug: question.slug,
    ok: checks.every((check) => check.status !== 'failed'),
    checks,
  };
}

/**
 * What `onsite bank check` judges for each coding question: its Python and TypeScript references
 * must be Accepted, its slow solution must get Time Limit Exceeded first on the `maxSize` test,
 * and a reference's measured growth must not contradict `expectedComplexity`. Problems run
 * `concurrency` at a time; results come back in the questions' order. Expected outcomes (a
 * missing file, a verdict) are values in the result; only a bug throws.
 */
export async function checkReferenceSolutions(
  options: CheckReferenceSolutionsOptions,
): Promise<readonly ReferenceCheckResult[]> {
  const { questions, onProgress } = options;
  const concurrency = options.concurrency ?? availableParallelism();
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  const results: ReferenceCheckResult[] = [];
  const running = new Set<string>();
  let completed = 0;
  let next = 0;
  const work = async (): Promise<void> => {
    for (let index = next++; index < questions.length; index = next++) {
      const question = questions[index];
      if (question === undefined) continue;
      running.add(question.slug);
      onProgress?.({ total: questions.length, completed, running: [...running] });
      const result = await checkQuestion(question, options);
      results[index] = result;
      running.delete(question.slug);
      completed += 1;
      onProgress?.({ total: questions.length, completed, running: [...running], finished: result });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, questions.length) }, work));
  return results;
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** A check's outcome in a few words, for the summary table: a verdict and test, or measured vs expected. */
const outcomeOf = (check: ReferenceCheck): string => {
  if (check.kind === 'growth')
    return check.measured === null || check.language === null
      ? 'not measured'
      : `${check.language}: ${check.measured === 'inconclusive' ? 'inconclusive' : `measured ${check.measured}`}, expected ${check.expected ?? 'none'}`;
  if (check.verdict === null) return 'not judged';
  const test = check.firstFailedTest;
  return test === null
    ? check.verdict
    : `${check.verdict} on test ${test.index} (size ${formatSize(test.size)})`;
};

const whatOf = (check: ReferenceCheck): string =>
  check.kind === 'growth' ? 'growth' : check.file.slice(check.file.indexOf('.') + 1);

/**
 * The text `onsite bank check` prints after judging: a headline, then per failing problem what
 * failed and why, then the inconclusive growth measurements (reported, not failures).
 */
export function formatReferenceReport(results: readonly ReferenceCheckResult[]): string {
  const failedProblems = results.filter((result) => !result.ok);
  const rows = (status: ReferenceCheck['status']) =>
    results.flatMap((result) =>
      result.checks
        .filter((check) => check.status === status)
        .map((check) => ({ slug: result.slug, check })),
    );
  const failures = rows('failed');
  const inconclusive = rows('inconclusive');
  const lines = [
    failedProblems.length === 0
      ? `Reference solutions OK: ${plural(results.length, 'coding problem')} judged, none failed.`
      : `Reference solutions: ${failedProblems.length} of ${plural(results.length, 'coding problem')} failed.`,
  ];
  const table = (entries: readonly { slug: string; check: ReferenceCheck }[]): string[] => {
    const slugWidth = Math.max(...entries.map((entry) => entry.slug.length));
    const whatWidth = Math.max(...entries.map((entry) => whatOf(entry.check).length));
    return entries.flatMap(({ slug, check }) => [
      `  ${slug.padEnd(slugWidth)}  ${whatOf(check).padEnd(whatWidth)}  ${outcomeOf(check)}`,
      `  ${' '.repeat(slugWidth + whatWidth + 4)}${check.message}`,
    ]);
  };
  if (failures.length > 0) lines.push('', 'Failed:', ...table(failures));
  if (inconclusive.length > 0)
    lines.push(
      '',
      'Growth inconclusive (reported, not a failure: the times did not separate the classes):',
      ...table(inconclusive),
    );
  const skipped = rows('skipped');
  if (skipped.length > 0) lines.push('', 'Growth not measured:', ...table(skipped));
  return lines.join('\n');
}
