import { describe, expect, it } from 'vitest';
import type { ComplexityClass, ComplexityReport, ComplexityVerdict } from './complexity';
import { evaluateCodingSubmission, type CodingEvaluationInput } from './evaluate';
import type { JudgeResult, Verdict } from './judge-spec';

const SOURCE = ['function twoSum(nums, target) {', '  const seen = nums[99].x;', '}'].join('\n');
const question = { id: 'coding/two-sum', title: 'Two Sum' };

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

const evaluate = (input: Partial<CodingEvaluationInput> & Pick<CodingEvaluationInput, 'result'>) =>
  evaluateCodingSubmission({ question, source: SOURCE, growth: null, ...input });

describe('evaluateCodingSubmission', () => {
  it('gives a strong hire to an accepted solution that grows as the best one does', () => {
    const evaluation = evaluate({
      result: judged('Accepted', 10),
      growth: growth(['n'], 'n', 'as-expected'),
    });
    expect(evaluation).toMatchObject({ kind: 'coding', score: 100, level: 4, flags: [] });
    expect(evaluation.dimensions.map(({ id, level }) => [id, level])).toEqual([
      ['correctness', 4],
      ['efficiency', 4],
    ]);
    expect(evaluation.growth).toMatchObject({ isKnown: true, label: 'O(n)' });
    expect(evaluation.nextSteps).toEqual([]);
  });

  it('lowers efficiency by how far the measured growth is from the expected one, and probes it', () => {
    const quadratic = evaluate({
      result: judged('Accepted', 10),
      growth: growth(['n^2'], 'n', 'slower-than-expected'),
    });
    const nLogN = evaluate({
      result: judged('Accepted', 10),
      growth: growth(['n log n'], 'n', 'slower-than-expected'),
    });
    expect(quadratic.dimensions[1]).toMatchObject({ id: 'efficiency', level: 1 });
    expect(quadratic.dimensions[1]?.summary).toBe('Measured O(n²); the best solution grows O(n).');
    expect(nLogN.dimensions[1]).toMatchObject({ id: 'efficiency', level: 2 });
    expect(quadratic.flags.map((finding) => finding.flag)).toEqual(['grows-faster-than-expected']);
    expect(quadratic.followUps[0]?.targetFlag).toBe('grows-faster-than-expected');
    // Correctness weighs twice: (4·2 + 1) / 3 = 3.
    expect([quadratic.level, quadratic.score]).toEqual([3, 67]);
    expect(nLogN.score).toBeGreaterThan(quadratic.score);
  });

  it('judges correctness only when nothing was measured, and never rates above it', () => {
    const evaluation = evaluate({ result: judged('Wrong Answer', 3) });
    expect(evaluation.dimensions.map(({ id, level }) => [id, level])).toEqual([['correctness', 2]]);
    expect(evaluation.dimensions[0]?.summary).toBe(
      '3 of 10 tests passed; the first failure was Wrong Answer.',
    );
    expect(evaluation).toMatchObject({ level: 2, passed: 3, total: 10, growth: null });
    expect(evaluation.flags.map((finding) => finding.flag)).toEqual(['fails-tests']);
    expect(evaluation.nextSteps).toEqual([
      {
        id: 'retry-fails-tests',
        text: 'Fix this and submit "Two Sum" again.',
        action: { kind: 'practice', questionId: 'coding/two-sum' },
      },
    ]);
    const mostlyRight = evaluate({ result: judged('Wrong Answer', 8) });
    expect(mostlyRight.dimensions[0]?.level).toBe(3);
  });

  it('quotes the line a runtime error points to as evidence, sliced from the source', () => {
    const evaluation = evaluate({
      result: { ...judged('Runtime Error', 0), error: { message: 'TypeError', line: 2 } },
    });
    const [quote] = evaluation.dimensions[0]?.evidence ?? [];
    expect(quote?.quote).toBe('const seen = nums[99].x;');
    expect(SOURCE.slice(quote?.start, quote?.end)).toBe(quote?.quote);
    expect(evaluation.flags[0]).toMatchObject({
      flag: 'crashes',
      message: 'Runtime Error after 0 of 10 tests. TypeError',
      evidence: [quote],
    });
  });

  it('scores a time limit as inefficient and a compile error as the lowest level', () => {
    const slow = evaluate({ result: judged('Time Limit Exceeded', 7) });
    expect(slow.dimensions.map(({ id, level }) => [id, level])).toEqual([
      ['correctness', 2],
      ['efficiency', 1],
    ]);
    expect(slow.flags.map((finding) => finding.flag)).toEqual(['too-slow']);
    const broken = evaluate({ result: judged('Compile Error', 0) });
    expect(broken).toMatchObject({ level: 1, score: 0 });
    expect(broken.flags.map((finding) => finding.flag)).toEqual(['does-not-compile']);
  });

  it('leaves efficiency out when the measurement claims no class', () => {
    const evaluation = evaluate({
      result: judged('Accepted', 10),
      growth: growth([], 'n', 'inconclusive'),
    });
    expect(evaluation.dimensions.map(({ id }) => id)).toEqual(['correctness']);
    expect(evaluation.growth).toMatchObject({ isKnown: false, label: 'inconclusive' });
  });
});
