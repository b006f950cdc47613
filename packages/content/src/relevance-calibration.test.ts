import { describe, expect, it } from 'vitest';
import {
  evaluateBehavioralAnswer,
  isBehavioralQuestion,
  type BehavioralQuestionWithId,
} from '@onsite/core';
import { loadBank } from './load-bank';

/**
 * `off-topic` against the bank: every question's own examples, strong and weak,
 * answer it (the weak ones badly, but on topic), so none may be called off
 * topic; a story written for one question and told to a question about
 * something else must be, and is then at most lean no hire.
 */
const questions: BehavioralQuestionWithId[] = loadBank().questions.filter(isBehavioralQuestion);
const byId = (id: string): BehavioralQuestionWithId => {
  const found = questions.find((question) => question.id === `behavioral/${id}`);
  if (found === undefined) throw new Error(`no bank question behavioral/${id}`);
  return found;
};
const evaluateFor = (question: BehavioralQuestionWithId, answer: string) =>
  evaluateBehavioralAnswer({ prompt: question.prompt, question, answer });
const isOffTopic = (question: BehavioralQuestionWithId, answer: string): boolean =>
  evaluateFor(question, answer).flags.some((found) => found.flag === 'off-topic');

describe('off-topic on the bank', () => {
  it("never calls a question's own examples off topic", () => {
    const offTopic = questions.flatMap((question) =>
      (['strong', 'weak'] as const)
        .filter((kind) => isOffTopic(question, question.examples[kind].answer))
        .map((kind) => `${question.id} (${kind})`),
    );
    expect(offTopic).toEqual([]);
  });

  it.each([
    ['outage-you-caused', 'disagree-with-manager'],
    ['conflict-with-peer', 'project-that-failed'],
  ])("calls %s's strong example off topic for %s, and holds it below hire", (storyFor, askedBy) => {
    const evaluation = evaluateFor(byId(askedBy), byId(storyFor).examples.strong.answer);
    expect(evaluation.flags.map((found) => found.flag)).toContain('off-topic');
    expect(evaluation.level).toBeLessThanOrEqual(2);
  });
});
