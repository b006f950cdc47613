import { describe, expect, it } from 'vitest';
import type { ComplexityClass, ComplexityReport, ComplexityVerdict } from './complexity';
import {
  evaluateCodingSubmission,
  type CodingEvaluationInput,
  type InterviewTranscript,
  type ScoredQuestion,
} from './evaluate';
import type { JudgeResult, Verdict } from './judge-spec';

const SOURCE = [
  'def pairWithTargetSum(nums, target):',
  '    position_of = {}',
  '    for index, value in enumerate(nums):',
  '        partner = target - value',
  '        if partner in position_of:',
  '            return [position_of[partner], index]',
  '        position_of[value] = index',
  '    return []',
].join('\n');

const question: ScoredQuestion = {
  id: 'coding/pair-with-target-sum',
  title: 'Pair with a target sum',
  signature: {
    style: 'function',
    name: 'pairWithTargetSum',
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'target', type: 'int' },
    ],
    returns: 'int[]',
  },
  tests: [
    { args: [[3, 8, 11, 5], 16], expected: [2, 3], sample: true },
    { args: [[7], 14], expected: [], sample: false },
  ],
  maxSize: 100000,
  expectedComplexity: 'O(n)',
  expectedSpace: 'O(n)',
  patterns: ['arrays-hashing'],
  hints: ['one', 'two', 'three'],
  edgeCases: [
    { id: 'duplicates', label: 'the same value twice', cues: ['duplicate', 'same value'] },
    { id: 'negatives', label: 'negative numbers', cues: ['negative'] },
    { id: 'self-pair', label: 'a value paired with itself', cues: ['itself', 'same index'] },
    { id: 'largest', label: 'the largest input', cues: ['largest', '10^5', 'large input'] },
  ],
  followUps: [
    {
      id: 'sorted',
      text: 'What if the list were sorted?',
      listensFor: 'Two pointers from both ends, O(1) extra space.',
      cues: ['two pointers', 'both ends'],
    },
  ],
  explanation:
    'Walk the list once, keeping a map from each value seen to its position; for each value, look up its partner before storing it.',
};

const judged = (verdict: Verdict, passed: number, total = 10): JudgeResult => ({
  verdict,
  passed,
  total,
  tests: [],
  compileOutput: null,
  compileTimeMs: null,
  error: null,
  isolation: 'namespaces',
});

const growth = (
  claimed: readonly ComplexityClass[],
  expected: ComplexityClass,
  verdict: ComplexityVerdict,
): ComplexityReport => ({
  fittedClass: claimed[0] ?? null,
  claimedClasses: claimed,
  expectedClass: expected,
  measurements: [],
  verdict,
  message: '',
  fits: [],
});

const STRONG_INTERVIEW: InterviewTranscript = {
  clarifications: [
    { text: 'Can the list hold the same value twice, and are there negative numbers?', turn: 0 },
  ],
  approach: {
    text: 'I will walk the list once and keep a map from value to index, so each partner lookup is constant: O(n) time and O(n) space.',
    turn: 1,
  },
  testCases: [
    {
      text: 'I would try a duplicate like [7, 7] with 14, negative numbers, a value that must not pair with itself, and the largest input of 10^5 values.',
      turn: 2,
    },
  ],
  followUpAnswers: [
    {
      followUpId: 'sorted',
      words: { text: 'Then two pointers from both ends would do it in O(1) extra space.', turn: 3 },
    },
  ],
  hintsUsed: 0,
};

const evaluate = (input: Partial<CodingEvaluationInput> & Pick<CodingEvaluationInput, 'result'>) =>
  evaluateCodingSubmission({
    question,
    language: 'python',
    source: SOURCE,
    growth: null,
    ...input,
  });

const levels = (evaluation: ReturnType<typeof evaluate>) =>
  Object.fromEntries(evaluation.dimensions.map(({ id, level }) => [id, level]));

describe('the coding scorecard', () => {
  it('gives a strong hire, on all four dimensions, to a planned, tested, optimal solution with follow-ups answered', () => {
    const evaluation = evaluate({
      result: judged('Accepted', 10),
      growth: growth(['n'], 'n', 'as-expected'),
      interview: STRONG_INTERVIEW,
      submissions: [{ verdict: 'Accepted', atMs: 900_000 }],
    });
    expect(levels(evaluation)).toEqual({
      'problem-solving': 4,
      'technical-competency': 4,
      testing: 4,
      communication: 4,
    });
    expect(evaluation).toMatchObject({
      level: 4,
      score: 100,
      flags: [],
      claimedComplexity: 'O(n)',
      timeToFirstAcceptedMs: 900_000,
    });
    expect(evaluation.edgeCases).toEqual({
      named: [
        'the same value twice',
        'negative numbers',
        'a value paired with itself',
        'the largest input',
      ],
      missed: [],
    });
    expect(evaluation.study?.explanation).toContain('partner');
  });

  it('quotes the claimed complexity and the edge cases named as evidence, sliced from their turns', () => {
    const evaluation = evaluate({
      result: judged('Accepted', 10),
      growth: growth(['n'], 'n', 'as-expected'),
      interview: STRONG_INTERVIEW,
    });
    const solving = evaluation.dimensions.find((dimension) => dimension.id === 'problem-solving');
    expect(solving?.evidence[0]).toMatchObject({ quote: 'O(n)', turn: 1 });
    const approach = STRONG_INTERVIEW.approach?.text ?? '';
    expect(approach.slice(solving?.evidence[0]?.start, solving?.evidence[0]?.end)).toBe('O(n)');
    const testing = evaluation.dimensions.find((dimension) => dimension.id === 'testing');
    // Four cases named, in two sentences: each sentence is quoted once.
    expect(evaluation.edgeCases?.named.length).toBe(4);
    expect(testing?.evidence.map((quote) => quote.turn)).toEqual([0, 2]);
  });

  it('quotes a sentence that names two edge cases once, not once per case', () => {
    const evaluation = evaluate({
      result: judged('Accepted', 10),
      growth: growth(['n'], 'n', 'as-expected'),
      interview: {
        ...STRONG_INTERVIEW,
        clarifications: [],
        testCases: [
          { text: 'I would try negative values and the same value twice in one list.', turn: 2 },
        ],
      },
    });
    const testing = evaluation.dimensions.find((dimension) => dimension.id === 'testing');
    expect(evaluation.edgeCases?.named.length).toBeGreaterThanOrEqual(2);
    expect(testing?.evidence.map((quote) => quote.quote)).toEqual([
      'I would try negative values and the same value twice in one list.',
    ]);
  });

  it('scores code alone on solving and competency, and says communication and testing were not observed', () => {
    const evaluation = evaluate({
      result: judged('Accepted', 10),
      growth: growth(['n'], 'n', 'as-expected'),
    });
    expect(Object.keys(levels(evaluation))).toEqual(['problem-solving', 'technical-competency']);
    expect(evaluation.notObserved).toEqual(['Testing', 'Communication']);
    expect(evaluation.level).toBe(4);
  });

  it('never rates a solution that does not pass above lean no hire, however well it was talked through', () => {
    const evaluation = evaluate({ result: judged('Wrong Answer', 9), interview: STRONG_INTERVIEW });
    expect(evaluation.level).toBeLessThanOrEqual(2);
    expect(evaluation.flags.map((finding) => finding.flag)).toContain('fails-tests');
    expect(evaluation.nextSteps[0]).toMatchObject({
      id: 'retry',
      action: { kind: 'practice', questionId: question.id },
    });
  });

  it('marks down coding without a plan, a wrong complexity claim and hints, each as its own flag', () => {
    const noPlan = evaluate({
      result: judged('Accepted', 10),
      growth: growth(['n'], 'n', 'as-expected'),
      interview: { ...STRONG_INTERVIEW, approach: null },
    });
    expect(levels(noPlan)['problem-solving']).toBe(3);
    expect(noPlan.flags.map((finding) => finding.flag)).toContain('no-approach-stated');

    const wrongClaim = evaluate({
      result: judged('Accepted', 10),
      growth: growth(['n^2'], 'n', 'slower-than-expected'),
      interview: STRONG_INTERVIEW,
    });
    expect(wrongClaim.flags.map((finding) => finding.flag)).toEqual(
      expect.arrayContaining(['grows-faster-than-expected', 'complexity-claim-off']),
    );
    expect(wrongClaim.followUps[0]?.text).toBe(
      'You said O(n), and the measurement says it grows like O(n²). Which line is responsible?',
    );
    expect(levels(wrongClaim)['problem-solving']).toBe(2);

    const hinted = evaluate({
      result: judged('Accepted', 10),
      growth: growth(['n'], 'n', 'as-expected'),
      interview: { ...STRONG_INTERVIEW, hintsUsed: 3 },
    });
    expect(levels(hinted)['problem-solving']).toBe(2);
    expect(hinted.flags.find((finding) => finding.flag === 'hints-used')?.message).toBe(
      'You used 3 of the 3 hints.',
    );
    expect(hinted.nextSteps.map((step) => step.action?.pattern)).toContain('arrays-hashing');
  });

  it('counts hints revealed without a transcript (practice in the terminal) as an interview counts them', () => {
    const hinted = evaluate({
      result: judged('Accepted', 10),
      growth: growth(['n'], 'n', 'as-expected'),
      hintsUsed: 1,
    });
    expect(levels(hinted)['problem-solving']).toBe(3);
    expect(hinted.hintsUsed).toBe(1);
    expect(hinted.flags.find((finding) => finding.flag === 'hints-used')?.message).toBe(
      'You used 1 of the 3 hints.',
    );
    // Still only code: nothing said is scored.
    expect(hinted.notObserved).toEqual(['Testing', 'Communication']);
  });

  it('scores testing by the share of the edge cases named, and flags when fewer than half were', () => {
    const oneCase = evaluate({
      result: judged('Accepted', 10),
      growth: growth(['n'], 'n', 'as-expected'),
      interview: {
        ...STRONG_INTERVIEW,
        clarifications: [],
        testCases: [{ text: 'I would try a list with negative values.', turn: 2 }],
      },
    });
    expect(levels(oneCase).testing).toBe(2);
    expect(oneCase.edgeCases?.missed).toEqual([
      'the same value twice',
      'a value paired with itself',
      'the largest input',
    ]);
    expect(oneCase.flags.map((finding) => finding.flag)).toContain('edge-cases-missed');
  });

  it('counts failed submissions before the first Accepted and loses a solving level at three', () => {
    const evaluation = evaluate({
      result: judged('Accepted', 10),
      growth: growth(['n'], 'n', 'as-expected'),
      submissions: [
        { verdict: 'Wrong Answer', atMs: 60_000 },
        { verdict: 'Runtime Error', atMs: 120_000 },
        { verdict: 'Wrong Answer', atMs: 180_000 },
        { verdict: 'Accepted', atMs: 240_000 },
      ],
    });
    expect(evaluation).toMatchObject({ failedSubmissions: 3, timeToFirstAcceptedMs: 240_000 });
    expect(levels(evaluation)['problem-solving']).toBe(3);
  });

  it('quotes the line a runtime error points to, sliced from the source, marked as code', () => {
    const evaluation = evaluate({
      result: { ...judged('Runtime Error', 0), error: { message: 'KeyError', line: 6 } },
    });
    const competency = evaluation.dimensions.find(
      (dimension) => dimension.id === 'technical-competency',
    );
    const [quote] = competency?.evidence ?? [];
    expect(quote).toMatchObject({ quote: 'return [position_of[partner], index]', origin: 'code' });
    expect(SOURCE.slice(quote?.start, quote?.end)).toBe(quote?.quote);
    expect(evaluation.flags[0]).toMatchObject({ flag: 'crashes', evidence: [quote] });
  });

  it('reads the code itself: unclear names and dead code cap competency and raise a flag with the lines', () => {
    const messy = [
      'def pairWithTargetSum(nums, target):',
      '    d = {}',
      '    for q, v in enumerate(nums):',
      '        # for z in range(len(nums)): print(z)',
      '        if target - v in d:',
      '            return [d[target - v], q]',
      '            print("found")',
      '        d[v] = q',
      '    return []',
    ].join('\n');
    const evaluation = evaluate({
      source: messy,
      result: judged('Accepted', 10),
      growth: growth(['n'], 'n', 'as-expected'),
    });
    expect(evaluation.codeSignals.map((signal) => signal.id)).toEqual([
      'cryptic-names',
      'dead-code',
    ]);
    expect(levels(evaluation)['technical-competency']).toBe(3);
    const flag = evaluation.flags.find((finding) => finding.flag === 'code-hard-to-read');
    expect(flag?.message).toContain('`d`');
    expect(flag?.evidence.map((evidence) => evidence.quote)).toContain('d = {}');
  });

  it('scores a time limit as not passing, and a compile error at the lowest level', () => {
    const slow = evaluate({ result: judged('Time Limit Exceeded', 9) });
    expect(slow.flags.map((finding) => finding.flag)).toEqual(['too-slow']);
    expect(slow.followUps[0]?.text).toMatch(
      /^It passes the small cases and times out on the large one \(10⁵ items\)/u,
    );
    const broken = evaluate({ result: judged('Compile Error', 0) });
    expect(broken).toMatchObject({ level: 1, score: 0 });
  });
});
