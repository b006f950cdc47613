import type { CodingQuestion } from '../question';
import {
  describeGrowthClaim,
  formatComplexityClass,
  type ComplexityClass,
  type ComplexityReport,
} from '../complexity';
import type { JudgeResult, Signature, TestCase } from '../judge-spec';
import { testSize } from '../../../question/test-size';
import { formatSize, totalOverCalls } from './approach';

/**
 * Probes from what the judge found, as an interviewer who watched the tests would ask them,
 * without revealing a hidden test's data: a hidden failure is described by the shape of its input
 * ("the array has a single element"), never by its values.
 */

type ProbeQuestion = Pick<CodingQuestion, 'signature' | 'tests' | 'maxSize'>;

export interface SubmissionProbeInput {
  readonly question: ProbeQuestion;
  readonly source: string;
  readonly result: JudgeResult;
  /** The growth measured after Accepted, if any. */
  readonly growth: ComplexityReport | null;
  /** The time complexity the candidate claimed in the approach phase. */
  readonly claimedTime: ComplexityClass | null;
}

export interface SubmissionProbe {
  readonly text: string;
  /** What it is about, for the scorecard and the next probe. */
  readonly about:
    'compile' | 'crash' | 'wrong-sample' | 'wrong-hidden' | 'too-slow' | 'memory' | 'growth';
}

const isArrayOf = (value: unknown): value is unknown[] => Array.isArray(value);
const isIntegerType = (type: string): boolean => ['int', 'long'].includes(type);

/** What stands out about one argument, most telling first ("is empty" before "has duplicates"). */
const featuresOf = (type: string, value: unknown, maxSize: number | undefined): string[] => {
  const features: string[] = [];
  if (type === 'TreeNode') {
    const nodes = isArrayOf(value) ? value.filter((node) => node !== null) : [];
    if (nodes.length === 0) features.push('is an empty tree');
    else if (nodes.length === 1) features.push('is a single node');
    return features;
  }
  if (type === 'string' && typeof value === 'string') {
    if (value.length === 0) features.push('is an empty string');
    else if (value.length === 1) features.push('is a single character');
    else if (new Set(value).size === 1) features.push('repeats one character');
    if (/\s/u.test(value)) features.push('contains spaces');
    if (/[A-Z]/u.test(value) && /[a-z]/u.test(value)) features.push('mixes upper and lower case');
    if (maxSize !== undefined && value.length === maxSize)
      features.push('is as long as the constraints allow');
    return features;
  }
  if (type.endsWith('[]') || type === 'ListNode') {
    if (!isArrayOf(value)) return features;
    const what = type === 'ListNode' ? 'list' : type.endsWith('[][]') ? 'grid' : 'array';
    if (value.length === 0) features.push(`is an empty ${what}`);
    else if (value.length === 1)
      features.push(`has a single ${type.endsWith('[][]') ? 'row' : 'element'}`);
    const flat = value.flat(2);
    const numbers = flat.filter((item): item is number => typeof item === 'number');
    if (value.length > 1 && new Set(flat.map((item) => JSON.stringify(item))).size === 1)
      features.push('holds the same value everywhere');
    else if (new Set(flat.map((item) => JSON.stringify(item))).size < flat.length)
      features.push('has repeated values');
    if (numbers.some((item) => item < 0)) features.push('has negative numbers');
    if (numbers.some((item) => Math.abs(item) >= 2 ** 31 - 1))
      features.push('holds values at the edge of a 32-bit integer');
    if (maxSize !== undefined && value.length === maxSize)
      features.push('is as large as the constraints allow');
    return features;
  }
  if (isIntegerType(type) && typeof value === 'number') {
    if (value === 0) features.push('is zero');
    else if (value < 0) features.push('is negative');
    if (Math.abs(value) >= 2 ** 31 - 1) features.push('is at the edge of a 32-bit integer');
  }
  return features;
};

/** "where `nums` has a single element", or null when nothing stands out. */
export const describeHiddenInput = (
  signature: Signature,
  test: Pick<TestCase, 'args'>,
  maxSize: number | undefined,
): string | null => {
  if (signature.style === 'class') {
    const calls = test.args[0];
    const count = isArrayOf(calls) ? calls.length - 1 : 0;
    if (count <= 2) return 'where only one or two calls follow the constructor';
    return maxSize !== undefined && testSize(signature, test) === maxSize
      ? 'with as many calls as the constraints allow'
      : null;
  }
  for (const [index, param] of signature.params.entries()) {
    const feature = featuresOf(param.type, test.args[index], maxSize)[0];
    if (feature !== undefined) return `where \`${param.name}\` ${feature}`;
  }
  return null;
};

const lineOf = (source: string, line: number): string | null => {
  const text = source.split('\n')[line - 1]?.trim();
  return text === undefined || text === '' ? null : text;
};

/**
 * The probe after a submission, or null when there is nothing to ask (Accepted, growth as
 * expected). Only the first failing test is described: one question at a time.
 */
export const probeFromSubmission = (input: SubmissionProbeInput): SubmissionProbe | null => {
  const { result, question } = input;
  const firstFailed = result.tests.find((test) => test.verdict !== 'Accepted');
  switch (result.verdict) {
    case 'Compile Error':
      return {
        about: 'compile',
        text: 'It does not compile yet. What does the first error say, and which line does it point to?',
      };
    case 'Runtime Error': {
      const line = result.error?.line ?? null;
      const code = line === null ? null : lineOf(input.source, line);
      const test = firstFailed === undefined ? undefined : question.tests[firstFailed.index];
      const shape =
        test === undefined ? null : describeHiddenInput(question.signature, test, question.maxSize);
      const where = code === null ? 'It crashes' : `It crashes on line ${line}: \`${code}\``;
      return {
        about: 'crash',
        text: `${where}${shape === null ? '' : `, on a case ${shape}`}. What can make that line fail?`,
      };
    }
    case 'Wrong Answer':
    case 'Output Limit Exceeded': {
      if (firstFailed?.sample === true)
        return {
          about: 'wrong-sample',
          text: `Sample ${firstFailed.index + 1} gives a different answer than expected. Trace that input through your code by hand: where does it go wrong?`,
        };
      const test = firstFailed === undefined ? undefined : question.tests[firstFailed.index];
      const shape =
        test === undefined ? null : describeHiddenInput(question.signature, test, question.maxSize);
      return {
        about: 'wrong-hidden',
        text:
          shape === null
            ? 'Your solution fails one hidden case. Which inputs have you not tried yet: empty, one element, duplicates, negatives, the largest?'
            : `Your solution fails one hidden case ${shape}. What does your code do then?`,
      };
    }
    case 'Time Limit Exceeded': {
      const size = question.maxSize === undefined ? '' : ` (${formatSize(question.maxSize)} items)`;
      const claim =
        input.claimedTime === null
          ? ''
          : ` You planned ${formatComplexityClass(input.claimedTime)}: does the code do what the plan said?`;
      return {
        about: 'too-slow',
        text: `It passes the small cases and times out on the large one${size}. Where does the time go?${claim}`,
      };
    }
    case 'Memory Limit Exceeded':
      return {
        about: 'memory',
        text: 'It runs out of memory on a large input. What are you storing, and what could you avoid keeping?',
      };
    case 'Accepted':
      return growthProbe(input);
    default:
      return null;
  }
};

const growthProbe = (input: SubmissionProbeInput): SubmissionProbe | null => {
  const report = input.growth;
  if (report === null) return null;
  const claim = describeGrowthClaim(report);
  if (!claim.isKnown) return null;
  const measured = claim.label;
  const perCall = input.question.signature.style === 'class';
  const claimedTotal =
    input.claimedTime === null
      ? null
      : perCall
        ? totalOverCalls(input.claimedTime)
        : input.claimedTime;
  if (input.claimedTime !== null && claimedTotal !== null && !claim.classes.includes(claimedTotal))
    return {
      about: 'growth',
      text: perCall
        ? `You said ${formatComplexityClass(input.claimedTime)} per call, and n calls measure like ${measured}. Which operation is responsible?`
        : `You said ${formatComplexityClass(input.claimedTime)}, and the measurement says it grows like ${measured}. Which line is responsible?`,
    };
  if (report.verdict === 'slower-than-expected' && report.expectedClass !== null)
    return {
      about: 'growth',
      text: `It is correct, and it grows like ${measured}; the best solution grows like ${formatComplexityClass(report.expectedClass)}. Where is the repeated work?`,
    };
  return null;
};
