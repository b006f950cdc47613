import {
  COMPLEXITY_CLASSES,
  formatComplexityClass,
  parseComplexityClass,
  type ComplexityClass,
} from '../complexity';

/**
 * The approach phase: the candidate states a plan and what it costs before coding. The
 * interviewer reads the claimed time (and space) complexity and challenges a plan that cannot
 * meet the problem's largest input, the way a real interviewer does: "that is O(n²) on 10⁵
 * items — is that fast enough?"
 */

export interface ComplexityMention {
  readonly complexity: ComplexityClass;
  /** Whether the mention is about memory ("O(1) extra space") rather than time. */
  readonly about: 'time' | 'space';
  readonly start: number;
  readonly end: number;
}

export interface StatedApproach {
  /** The time complexity the candidate claims (the last one said, if they corrected themselves). */
  readonly claimedTime: ComplexityClass | null;
  readonly claimedSpace: ComplexityClass | null;
  /** They describe checking everything (every pair, nested loops, brute force). */
  readonly bruteForce: boolean;
  readonly mentions: readonly ComplexityMention[];
}

/** "O(n log n)", "O(n^2)", "O(1)" and the words people say for them. */
const MENTION =
  /\bO\s*\(\s*[^()]{1,20}?(?:\([^()]{0,8}\))?[^()]{0,8}\)|\b(?:constant|logarithmic|linear(?:ithmic)?|quadratic|cubic|exponential)\b|\bn\s*log\s*n\b|\bn\s*(?:squared|cubed)\b/giu;

const SPOKEN: Readonly<Record<string, string>> = {
  constant: 'O(1)',
  'n squared': 'O(n^2)',
  'n cubed': 'O(n^3)',
};

const SPACE_NEAR = /^\W{0,3}(?:\w+\W+){0,3}?(?:space|memory|extra|auxiliary|storage)\b/iu;
const TIME_NEAR = /^\s{0,2}(?:time|runtime|running time)\b/iu;
const SPACE_BEFORE =
  /\b(?:space|memory|storage)\s+(?:is|of|would be|will be|complexity(?: is)?)?\s*$/iu;

const BRUTE_FORCE =
  /\bbrute[- ]?force\b|\b(?:every|each|all) (?:possible )?(?:pairs?|combinations?|subsets?|substrings?|subarrays?|triples?|triplets?)\b|\bnested loops?\b|\btwo (?:nested )?loops\b|\btry (?:all|every)\b|\bcheck (?:all|every)\b/iu;

/** Reads the plan: the complexities it claims, for time and for space, and whether it is brute force. */
export const readApproach = (text: string): StatedApproach => {
  const mentions: ComplexityMention[] = [];
  const matches = [...text.matchAll(MENTION)];
  for (const [index, match] of matches.entries()) {
    const spoken = SPOKEN[match[0].toLowerCase().replace(/\s+/gu, ' ')] ?? match[0];
    const complexity = parseComplexityClass(spoken);
    if (complexity === null) continue;
    const start = match.index;
    const end = start + match[0].length;
    // What follows a mention up to the next one is about it: in "O(n) time, O(1) space" the
    // word "space" belongs to the second.
    const after = text.slice(end, Math.min(end + 40, matches[index + 1]?.index ?? Infinity));
    const about = SPACE_BEFORE.test(text.slice(0, start))
      ? 'space'
      : !TIME_NEAR.test(after) && SPACE_NEAR.test(after)
        ? 'space'
        : 'time';
    mentions.push({ complexity, about, start, end });
  }
  const last = (about: 'time' | 'space'): ComplexityClass | null =>
    mentions.filter((mention) => mention.about === about).at(-1)?.complexity ?? null;
  return {
    claimedTime: last('time'),
    claimedSpace: last('space'),
    bruteForce: BRUTE_FORCE.test(text),
    mentions,
  };
};

/** Roughly how many steps a class takes on n items. */
export const stepsFor = (complexity: ComplexityClass, n: number): number => {
  const log = Math.max(1, Math.log2(Math.max(n, 2)));
  switch (complexity) {
    case '1':
      return 1;
    case 'log n':
      return log;
    case 'n':
      return n;
    case 'n log n':
      return n * log;
    case 'n^2':
      return n * n;
    case 'n^3':
      return n * n * n;
    case '2^n':
      return n >= 1000 ? Number.POSITIVE_INFINITY : 2 ** n;
  }
};

/** What a judge's time limit affords: about 10⁸ simple steps in a second in a compiled language. */
export const STEPS_PER_SECOND = 1e8;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** 100000 → "10⁵", 30000 → "3·10⁴", 500 → "500". */
export const formatSize = (n: number): string => {
  if (n < 1000) return String(n);
  const exponent = Math.floor(Math.log10(n));
  const mantissa = n / 10 ** exponent;
  const power = `10${String(exponent).replace(/\d/gu, (digit) => SUPERSCRIPT[Number(digit)] ?? digit)}`;
  return Number.isInteger(mantissa)
    ? mantissa === 1
      ? power
      : `${mantissa}·${power}`
    : n.toLocaleString('en-US');
};

/**
 * A design problem's expected complexity is for the whole sequence of n calls (that is what the
 * judge times), while candidates say the cost of one call ("O(1) per operation"): n calls at a
 * claimed cost each. Function problems are claimed as a whole, as they are.
 */
export const totalOverCalls = (perCall: ComplexityClass): ComplexityClass => {
  switch (perCall) {
    case '1':
      return 'n';
    case 'log n':
      return 'n log n';
    case 'n':
    case 'n log n':
      return 'n^2';
    default:
      return perCall === 'n^2' ? 'n^3' : perCall;
  }
};

export interface ApproachContext {
  readonly expected: ComplexityClass | null;
  /** A design problem: claims are per call, the expected class is for all n calls. */
  readonly perCall?: boolean;
  /** The largest input the constraints allow. */
  readonly maxSize: number | null;
  readonly timeLimitMs: number;
}

export interface ApproachResponse {
  readonly reply: string;
  /** `go`: code it; `challenge`: the plan cannot meet the largest input; `ask`: say the cost first. */
  readonly outcome: 'go' | 'challenge' | 'improve' | 'ask';
}

const tier = (complexity: ComplexityClass): number => COMPLEXITY_CLASSES.indexOf(complexity);

/**
 * The interviewer's answer to a stated plan. A plan whose claimed cost is worse than the problem's
 * largest input allows is challenged with the arithmetic; one that fits but is worse than the
 * best known is accepted with an invitation to improve; one without a cost is asked for it.
 */
export const respondToApproach = (
  approach: StatedApproach,
  context: ApproachContext,
): ApproachResponse => {
  const claimed = approach.claimedTime;
  const n = context.maxSize;
  if (claimed === null) {
    const size = n === null ? '' : `, with up to ${formatSize(n)} items`;
    return {
      outcome: 'ask',
      reply: approach.bruteForce
        ? `Before you code it: what is the time complexity of checking everything${size}?`
        : `What is the time and space complexity of that plan${size}?`,
    };
  }
  const label = `${formatComplexityClass(claimed)}${context.perCall === true ? ' per call' : ''}`;
  const total = context.perCall === true ? totalOverCalls(claimed) : claimed;
  if (n !== null) {
    const steps = stepsFor(total, n);
    const affordable = (STEPS_PER_SECOND * context.timeLimitMs) / 1000;
    if (steps > affordable)
      return {
        outcome: 'challenge',
        reply: `That is ${label} on ${formatSize(n)} ${context.perCall === true ? 'calls' : 'items'} — roughly ${formatSteps(steps)} steps against a ${context.timeLimitMs} ms limit. Is that fast enough?`,
      };
  }
  const expected = context.expected;
  const best =
    expected === null
      ? ''
      : context.perCall === true
        ? `${formatComplexityClass(COMPLEXITY_CLASSES[Math.max(0, tier(expected) - 2)] ?? '1')} per call`
        : formatComplexityClass(expected);
  if (expected !== null && tier(total) > tier(expected))
    return {
      outcome: 'improve',
      reply: `${label} works for the sizes here, but it can be done in ${best}. Do you see where the repeated work is? If not, code this one and we will come back to it.`,
    };
  if (expected !== null && tier(total) < tier(expected) - 1)
    return {
      outcome: 'ask',
      reply: `${label} would beat the best approach I know for this. Which step costs the most?`,
    };
  return {
    outcome: 'go',
    reply: `${label} sounds right. Go ahead and code it, and talk me through it as you go.`,
  };
};

const formatSteps = (steps: number): string => {
  if (!Number.isFinite(steps)) return 'more than 10³⁰⁰';
  const exponent = Math.round(Math.log10(steps));
  return `10${String(exponent).replace(/\d/gu, (digit) => SUPERSCRIPT[Number(digit)] ?? digit)}`;
};
