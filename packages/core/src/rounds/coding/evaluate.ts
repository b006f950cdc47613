import type { CodingQuestion } from './question';
import type {
  DimensionJudgement,
  Evaluation,
  Evidence,
  FlagFinding,
  HiringLevel,
  NextStep,
  ProposedProbe,
} from '../types';
import {
  classesApart,
  describeGrowthClaim,
  formatComplexityClass,
  type ComplexityReport,
  type GrowthClaim,
} from './complexity';
import type { CodingFlag } from './flags';
import type { JudgeResult, Verdict } from './judge-spec';

/** A submitted solution and what the judge found: every test's verdict and, after Accepted, its measured growth. */
export interface CodingEvaluationInput {
  /** The bank question, for its id (next steps) and topics. */
  readonly question?: (Pick<CodingQuestion, 'title'> & { readonly id: string }) | null;
  /** The code as submitted; evidence quotes slice it. */
  readonly source: string;
  /** A submit's result (every test, hidden ones included). */
  readonly result: JudgeResult;
  /** The growth measured after Accepted; null when none was (no generator, or not Accepted). */
  readonly growth: ComplexityReport | null;
}

/** The coding scorecard: the shared evaluation plus the tests passed and the growth claim. */
export interface CodingEvaluation extends Evaluation<'coding', CodingFlag> {
  readonly verdict: Verdict;
  readonly passed: number;
  readonly total: number;
  /** What the measured growth vouches for; null when nothing was measured. */
  readonly growth: GrowthClaim | null;
}

export const CODING_DIMENSIONS = {
  correctness: 'Correctness',
  efficiency: 'Efficiency',
} as const;

/** Correctness counts twice efficiency: a fast wrong answer is still wrong. */
const WEIGHTS = { correctness: 2, efficiency: 1 } as const;

const VERDICT_FLAG: Partial<Record<Verdict, CodingFlag>> = {
  'Compile Error': 'does-not-compile',
  'Wrong Answer': 'fails-tests',
  'Runtime Error': 'crashes',
  'Output Limit Exceeded': 'crashes',
  'Time Limit Exceeded': 'too-slow',
  'Memory Limit Exceeded': 'too-much-memory',
};

/** The source line a runtime error points to, as a quote of the submitted code. */
const errorLineEvidence = (source: string, line: number | null): Evidence[] => {
  if (line === null || line < 1) return [];
  const lines = source.split('\n');
  const text = lines[line - 1];
  if (text === undefined || text.trim() === '') return [];
  const start = lines.slice(0, line - 1).reduce((offset, each) => offset + each.length + 1, 0);
  const indent = text.length - text.trimStart().length;
  return [
    {
      quote: text.trim(),
      turn: 0,
      start: start + indent,
      end: start + indent + text.trim().length,
    },
  ];
};

const levelAtMost = (value: number, ceiling: HiringLevel): HiringLevel => {
  const capped = Math.min(value, ceiling);
  return capped >= 4 ? 4 : capped >= 3 ? 3 : capped >= 2 ? 2 : 1;
};

const correctnessLevel = (result: JudgeResult): HiringLevel => {
  if (result.verdict === 'Accepted') return 4;
  if (result.verdict === 'Compile Error' || result.total === 0) return 1;
  const share = result.passed / result.total;
  return share >= 0.75 ? 3 : share >= 0.25 ? 2 : 1;
};

const judgeCorrectness = (input: CodingEvaluationInput): DimensionJudgement => {
  const { result } = input;
  const level = correctnessLevel(result);
  const summary =
    result.verdict === 'Compile Error'
      ? 'The code did not compile, so no test ran.'
      : result.verdict === 'Accepted'
        ? `All ${result.total} tests passed.`
        : `${result.passed} of ${result.total} tests passed; the first failure was ${result.verdict}.`;
  return {
    id: 'correctness',
    name: CODING_DIMENSIONS.correctness,
    level,
    summary,
    evidence: errorLineEvidence(input.source, result.error?.line ?? null),
  };
};

/**
 * Efficiency from what was measured: the growth against the problem's expected one after
 * Accepted, or a time limit hit. Null when neither says anything (nothing to judge on).
 */
const judgeEfficiency = (input: CodingEvaluationInput): DimensionJudgement | null => {
  const base = { id: 'efficiency', name: CODING_DIMENSIONS.efficiency, evidence: [] } as const;
  if (input.result.verdict === 'Time Limit Exceeded')
    return { ...base, level: 1, summary: 'A test ran past the time limit.' };
  const report = input.growth;
  if (report === null || report.expectedClass === null) return null;
  const claim = describeGrowthClaim(report);
  if (!claim.isKnown) return null;
  if (report.verdict === 'as-expected' || report.verdict === 'faster')
    return {
      ...base,
      level: 4,
      summary: `Measured ${claim.label}, as the best solution grows.`,
    };
  const apart = classesApart(report.expectedClass, claim.classes) ?? 0;
  return {
    ...base,
    level: apart >= 2 ? 1 : 2,
    summary: `Measured ${claim.label}; the best solution grows ${formatComplexityClass(report.expectedClass)}.`,
  };
};

const flagsOf = (
  input: CodingEvaluationInput,
  efficiency: DimensionJudgement | null,
  correctness: DimensionJudgement,
): FlagFinding<CodingFlag>[] => {
  const { result } = input;
  const flags: FlagFinding<CodingFlag>[] = [];
  const verdictFlag = VERDICT_FLAG[result.verdict];
  if (verdictFlag !== undefined)
    flags.push({
      flag: verdictFlag,
      message: `${result.verdict} after ${result.passed} of ${result.total} tests.${result.error === null ? '' : ` ${result.error.message}`}`,
      evidence: verdictFlag === 'crashes' ? correctness.evidence : [],
    });
  if (efficiency !== null && efficiency.level <= 2 && result.verdict === 'Accepted')
    flags.push({ flag: 'grows-faster-than-expected', message: efficiency.summary, evidence: [] });
  return flags;
};

const FLAG_PROBES: Readonly<Record<CodingFlag, string>> = {
  'does-not-compile': 'Walk me through what this code should do, line by line.',
  'fails-tests': 'Which inputs did you test it on? What happens on an empty input or duplicates?',
  crashes: 'Where can this read past the end of a collection, and how would you guard it?',
  'too-slow': 'What is the time complexity of this, and what is the largest input it must handle?',
  'too-much-memory': 'How much memory does this keep, and what could you avoid storing?',
  'grows-faster-than-expected':
    'What is the time complexity of your solution, and where is the repeated work you could remove?',
};

const nextStepsOf = (
  input: CodingEvaluationInput,
  flags: readonly FlagFinding<CodingFlag>[],
): NextStep[] => {
  const questionId = input.question?.id;
  if (flags.length === 0 || questionId === undefined) return [];
  const first = flags[0];
  if (first === undefined) return [];
  return [
    {
      id: `retry-${first.flag}`,
      text: `Fix this and submit "${input.question?.title ?? questionId}" again.`,
      action: { kind: 'practice', questionId },
    },
  ];
};

/**
 * Scores a coding submission from what the judge measured: correctness from the tests passed
 * (the runtime error's line as evidence), efficiency from the measured growth against the
 * expected one (or a time limit hit). Pure and deterministic.
 */
export const evaluateCodingSubmission = (input: CodingEvaluationInput): CodingEvaluation => {
  const correctness = judgeCorrectness(input);
  const efficiency = judgeEfficiency(input);
  const judged = efficiency === null ? [correctness] : [correctness, efficiency];
  const weightOf = (dimension: DimensionJudgement): number =>
    dimension.id === 'efficiency' ? WEIGHTS.efficiency : WEIGHTS.correctness;
  const totalWeight = judged.reduce((sum, dimension) => sum + weightOf(dimension), 0);
  const meanLevel =
    judged.reduce((sum, dimension) => sum + dimension.level * weightOf(dimension), 0) / totalWeight;
  // The overall level never rises above correctness: passing some tests quickly is not a hire.
  const level = levelAtMost(Math.round(meanLevel), correctness.level);
  const flags = flagsOf(input, efficiency, correctness);
  return {
    kind: 'coding',
    score: Math.round(((meanLevel - 1) / 3) * 100),
    level,
    flags,
    dimensions: judged,
    followUps: flags.map((finding): ProposedProbe<CodingFlag> => ({
      text: FLAG_PROBES[finding.flag],
      targetFlag: finding.flag,
    })),
    nextSteps: nextStepsOf(input, flags),
    verdict: input.result.verdict,
    passed: input.result.passed,
    total: input.result.total,
    growth: input.growth === null ? null : describeGrowthClaim(input.growth),
  };
};
