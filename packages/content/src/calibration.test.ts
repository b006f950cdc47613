import { describe, expect, it } from 'vitest';
import {
  evaluateBehavioralAnswer,
  isBehavioralQuestion,
  type BehavioralQuestionWithId,
} from '@onsite/core';
import { loadBank } from './load-bank';

/**
 * The evaluator against every behavioral question's own examples: the strong
 * example must outscore the weak one and reach "hire", and the weak example
 * must raise every flag its author listed. When this fails, suspect the
 * evaluator first; fix an example only if the flag truly is not in its text.
 */
const questions: BehavioralQuestionWithId[] = loadBank().questions.filter(isBehavioralQuestion);

const evaluateExample = (question: BehavioralQuestionWithId, answer: string) =>
  evaluateBehavioralAnswer({ prompt: question.prompt, question, answer });

describe('evaluator calibration on the bank', () => {
  it('has behavioral questions to calibrate against', () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  for (const question of questions) {
    describe(question.id, () => {
      const strong = evaluateExample(question, question.examples.strong.answer);
      const weak = evaluateExample(question, question.examples.weak.answer);

      it('scores the strong example above the weak one', () => {
        expect(strong.score).toBeGreaterThan(weak.score);
      });

      it('rates the strong example hire or better', () => {
        expect(strong.level).toBeGreaterThanOrEqual(3);
      });

      it('raises every flag the weak example lists', () => {
        const raised = weak.flags.map((found) => found.flag);
        expect(raised).toEqual(expect.arrayContaining(question.examples.weak.flags));
      });
    });
  }
});
