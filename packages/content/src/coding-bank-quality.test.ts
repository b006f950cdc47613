import { describe, expect, it } from 'vitest';
import { CODING_PATTERNS, isCodingQuestion, type CodingPattern } from '@onsite/core';
import { loadBank } from './load-bank';

/**
 * The bar every shipped coding problem meets, so that the interviewer has something to say in
 * every phase: samples to show, enough hidden tests to find the edges, a hint ladder, follow-ups,
 * the edge cases a strong candidate names, and a study view for after the round.
 */
const questions = loadBank().questions.filter(isCodingQuestion);

describe('every shipped coding problem', () => {
  for (const question of questions) {
    it(`${question.slug} has what a full interview round needs`, () => {
      const samples = question.tests.filter((test) => test.sample).length;
      const hidden = question.tests.length - samples;
      expect({
        samplesAtLeast3: samples >= 3,
        hiddenAtLeast20: hidden >= 20,
        threeHints: question.hints.length === 3,
        twoOrThreeFollowUps: question.followUps.length >= 2 && question.followUps.length <= 3,
        edgeCasesAtLeast3: question.edgeCases.length >= 3,
        aPattern: question.patterns.length >= 1,
        aCompany: question.companies.length >= 1,
        explanation: question.explanation !== undefined,
        expectedTime: question.expectedComplexity !== undefined,
        expectedSpace: question.expectedSpace !== undefined,
        maxSize: question.maxSize !== undefined,
        generator: question.generator !== undefined,
      }).toEqual({
        samplesAtLeast3: true,
        hiddenAtLeast20: true,
        threeHints: true,
        twoOrThreeFollowUps: true,
        edgeCasesAtLeast3: true,
        aPattern: true,
        aCompany: true,
        explanation: true,
        expectedTime: true,
        expectedSpace: true,
        maxSize: true,
        generator: true,
      });
    });
  }
});

describe('the coding bank as a whole', () => {
  it('has at least 60 problems, about 25% easy, 55% medium and 20% hard', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    const share = (difficulty: string): number =>
      questions.filter((question) => question.difficulty === difficulty).length / questions.length;
    expect(share('easy')).toBeGreaterThanOrEqual(0.18);
    expect(share('easy')).toBeLessThanOrEqual(0.32);
    expect(share('medium')).toBeGreaterThanOrEqual(0.45);
    expect(share('medium')).toBeLessThanOrEqual(0.65);
    expect(share('hard')).toBeGreaterThanOrEqual(0.14);
    expect(share('hard')).toBeLessThanOrEqual(0.26);
  });

  it('covers every pattern interviews draw on, with at least 6 design problems', () => {
    const count = (pattern: CodingPattern): number =>
      questions.filter((question) => question.patterns.includes(pattern)).length;
    const uncovered = CODING_PATTERNS.filter((pattern) => count(pattern) === 0);
    expect(uncovered).toEqual([]);
    expect(count('design')).toBeGreaterThanOrEqual(6);
  });

  it('includes the leaderboard-ranking graph problem', () => {
    const leaderboard = questions.filter(
      (question) => question.slug.includes('leaderboard') && question.patterns.includes('graphs'),
    );
    expect(leaderboard.length).toBeGreaterThanOrEqual(1);
  });
});
