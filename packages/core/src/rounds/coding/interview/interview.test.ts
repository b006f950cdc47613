import { describe, expect, it } from 'vitest';
import { answerClarifyingQuestion, ASSUME_REPLY } from './clarify';
import { readApproach, respondToApproach } from './approach';
import { describeHiddenInput, probeFromSubmission } from './probes';
import { edgeCasesNamed, judgeFollowUpAnswer, respondToTestCases } from './cues';
import { phaseBudgetsMs, phaseNudge, CODING_ROUND_MS } from './phases';
import type { JudgeResult, Signature } from '../judge-spec';

const STATEMENT = `You get a list of integers \`nums\` and an integer \`target\`. Exactly two
different positions in the list hold values that add up to \`target\`. Return
those two positions (0-based), in either order.

A value may not be paired with itself, but the list may hold the same value
twice.

Constraints: 2 ≤ length of \`nums\` ≤ 10⁵; every value and \`target\` fit in a
32-bit signed integer; exactly one pair works.`;

describe('the clarify phase', () => {
  it('answers from the sentence of the statement that settles the question', () => {
    const duplicates = answerClarifyingQuestion(STATEMENT, 'Can the same value appear twice?');
    expect(duplicates.basis).toBe('statement');
    expect(duplicates.reply).toContain('the list may hold the same value');
    const size = answerClarifyingQuestion(STATEMENT, 'How large can the input get?');
    expect(size.reply).toContain('10⁵');
    const count = answerClarifyingQuestion(STATEMENT, 'What if there are multiple answers?');
    expect(count.reply).toContain('exactly one pair works');
  });

  it('tells the candidate to assume and say it when the statement is silent', () => {
    const silent = answerClarifyingQuestion(STATEMENT, 'Is the input sorted?');
    expect(silent).toEqual({ reply: ASSUME_REPLY, basis: 'assume', quoted: [] });
    expect(answerClarifyingQuestion(STATEMENT, 'Should I use Python?').basis).toBe('assume');
  });
});

describe('the approach phase', () => {
  it('reads the claimed time and space complexity apart, in symbols or words', () => {
    expect(readApproach('One pass with a hash map, O(n) time and O(n) extra space.')).toMatchObject(
      {
        claimedTime: 'n',
        claimedSpace: 'n',
        bruteForce: false,
      },
    );
    expect(
      readApproach('Sort first, which is n log n, then scan with constant memory'),
    ).toMatchObject({
      claimedTime: 'n log n',
      claimedSpace: '1',
    });
    expect(readApproach('Brute force: check every pair with nested loops.')).toMatchObject({
      claimedTime: null,
      bruteForce: true,
    });
  });

  it('tells the time claim from the space claim whichever order and punctuation they come in', () => {
    const claims = (text: string) => {
      const approach = readApproach(text);
      return [approach.claimedTime, approach.claimedSpace];
    };
    expect(claims('A hash map of values seen so far: O(n) time, O(n) space.')).toEqual(['n', 'n']);
    expect(claims('O(n log n) time, O(1) space')).toEqual(['n log n', '1']);
    expect(claims('O(1) extra space and O(n) time')).toEqual(['n', '1']);
    expect(claims('Space is O(n), time O(n log n).')).toEqual(['n log n', 'n']);
    expect(claims('It uses O(n) memory.')).toEqual([null, 'n']);
  });

  it('challenges a plan that cannot meet the largest input, with the arithmetic', () => {
    const response = respondToApproach(readApproach('Check every pair, that is O(n^2).'), {
      expected: 'n',
      maxSize: 100000,
      timeLimitMs: 1000,
    });
    expect(response.outcome).toBe('challenge');
    expect(response.reply).toBe(
      'That is O(n²) on 10⁵ items — roughly 10¹⁰ steps against a 1000 ms limit. Is that fast enough?',
    );
  });

  it('asks for the cost when none is given, invites improvement when it fits but is not the best, and says go otherwise', () => {
    const context = { expected: 'n', maxSize: 1000, timeLimitMs: 1000 } as const;
    expect(respondToApproach(readApproach('I will use a hash map.'), context).outcome).toBe('ask');
    expect(respondToApproach(readApproach('Nested loops, O(n^2).'), context).outcome).toBe(
      'improve',
    );
    expect(respondToApproach(readApproach('A hash map: linear time.'), context).outcome).toBe('go');
  });
});

const result = (
  verdict: JudgeResult['verdict'],
  failedIndex: number,
  sample: boolean,
): JudgeResult => ({
  verdict,
  passed: failedIndex,
  total: 5,
  tests: [{ index: failedIndex, verdict, timeMs: 1, memoryKb: 1, sample }],
  compileOutput: null,
  compileTimeMs: null,
  error: verdict === 'Runtime Error' ? { message: 'IndexError', line: 2 } : null,
  isolation: 'namespaces',
});

const signature: Signature = {
  style: 'function',
  name: 'maxRun',
  params: [{ name: 'nums', type: 'int[]' }],
  returns: 'int',
};
const tests = [
  { args: [[1, 2, 3]], expected: 3, sample: true },
  { args: [[5]], expected: 1, sample: false },
  { args: [[]], expected: 0, sample: false },
  { args: [[-2, -2, 4]], expected: 2, sample: false },
];

describe('probes from the judge', () => {
  it('describes a failing hidden case by the shape of its input, never its values', () => {
    const probe = probeFromSubmission({
      question: { signature, tests, maxSize: 100000 },
      source: 'def maxRun(nums):\n    return nums[0]\n',
      result: result('Wrong Answer', 1, false),
      growth: null,
      claimedTime: null,
    });
    expect(probe?.text).toBe(
      'Your solution fails one hidden case where `nums` has a single element. What does your code do then?',
    );
    expect(probe?.text).not.toContain('[5]');
    expect(describeHiddenInput(signature, { args: [[]] }, 100)).toBe(
      'where `nums` is an empty array',
    );
    expect(describeHiddenInput(signature, { args: [[-2, -2, 4]] }, 100)).toBe(
      'where `nums` has repeated values',
    );
  });

  it('quotes the crashing line, and sends a failing sample back to be traced by hand', () => {
    const crash = probeFromSubmission({
      question: { signature, tests, maxSize: undefined },
      source: 'def maxRun(nums):\n    return nums[0]\n',
      result: result('Runtime Error', 2, false),
      growth: null,
      claimedTime: null,
    });
    expect(crash?.text).toBe(
      'It crashes on line 2: `return nums[0]`, on a case where `nums` is an empty array. What can make that line fail?',
    );
    const sample = probeFromSubmission({
      question: { signature, tests, maxSize: undefined },
      source: '',
      result: result('Wrong Answer', 0, true),
      growth: null,
      claimedTime: null,
    });
    expect(sample?.about).toBe('wrong-sample');
  });
});

describe('the test phase and follow-ups', () => {
  const edgeCases = [
    { id: 'empty', label: 'an empty list', cues: ['empty', '[]'] },
    { id: 'one', label: 'a single element', cues: ['single', 'one element'] },
    { id: 'negative', label: 'negative numbers', cues: ['negative'] },
  ];

  it('matches named cases by their cues as whole words, and asks about the first one missed', () => {
    const coverage = edgeCasesNamed(edgeCases, [
      { text: 'I would try [] and a single value. Emptying is fine.', turn: 0 },
    ]);
    expect(coverage.named.map((entry) => entry.edgeCase.id)).toEqual(['empty', 'one']);
    expect(coverage.named[1]?.evidence.quote).toBe('I would try [] and a single value.');
    expect(respondToTestCases(coverage)).toBe(
      'Good: an empty list, a single element. That is 2 of the 3 cases I look for. What about negative numbers? What does your code do then?',
    );
    expect(edgeCasesNamed(edgeCases, [{ text: 'Emptying the singles', turn: 0 }]).named).toEqual(
      [],
    );
  });

  it('scores a follow-up answer by the key ideas it contains', () => {
    const followUp = {
      id: 'stream',
      text: 'What if the input is a stream?',
      listensFor: 'A bounded window.',
      cues: ['window', 'chunks', 'heap'],
    };
    expect(
      judgeFollowUpAnswer(followUp, { text: 'Keep a sliding window in a heap.', turn: 4 }).share,
    ).toBe(1);
    expect(judgeFollowUpAnswer(followUp, { text: 'Use a window.', turn: 4 }).share).toBe(0.5);
    expect(judgeFollowUpAnswer(followUp, { text: 'Buy more memory.', turn: 4 }).share).toBe(0);
  });
});

describe('phases', () => {
  it('splits 45 minutes with most of it for code, and nudges only past a phase budget', () => {
    const budgets = phaseBudgetsMs();
    expect(Object.values(budgets).reduce((sum, each) => sum + each, 0)).toBe(CODING_ROUND_MS);
    expect(budgets.code).toBeGreaterThan(budgets.approach * 2);
    expect(phaseNudge('clarify', budgets.clarify - 1)).toBeNull();
    expect(phaseNudge('clarify', budgets.clarify + 1)).toMatch(/Assume what is reasonable/u);
  });
});

describe('design problems', () => {
  it('reads a per-call claim against the expected cost of all n calls', () => {
    const context = { expected: 'n', maxSize: 30000, timeLimitMs: 1000, perCall: true } as const;
    expect(
      respondToApproach(
        readApproach('A hash map plus a linked list: O(1) per operation.'),
        context,
      ),
    ).toMatchObject({
      outcome: 'go',
    });
    expect(
      respondToApproach(readApproach('Scan the list on every get, O(n).'), context).reply,
    ).toBe(
      'That is O(n) per call on 3·10⁴ calls — roughly 10⁹ steps against a 1000 ms limit. Is that fast enough?',
    );
    const small = { ...context, maxSize: 1000 };
    expect(respondToApproach(readApproach('Scan the list on every get, O(n).'), small).reply).toBe(
      'O(n) per call works for the sizes here, but it can be done in O(1) per call. Do you see where the repeated work is? If not, code this one and we will come back to it.',
    );
  });
});
