import { findPrinciple } from '../question/principles';
import type { Question } from '../question/schema';
import type { Story } from './types';

export interface StorySuggestion {
  readonly story: Story;
  /** 0–1. */
  readonly fit: number;
  readonly reasons: readonly string[];
}

/** How much each kind of overlap counts towards the fit; they sum to 1. */
const WEIGHT = { principles: 0.45, competencies: 0.3, words: 0.25 } as const;

const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have how i if in into is it its me my ' +
    'of on or our so that the their them then there they this time to was we were what when where which who why will ' +
    'with would you your tell about describe give example situation walk through'
  ).split(' '),
);

/** A crude stem so "disagreed", "disagreeing" and "disagree" meet; good enough for ranking, not for linguistics. */
const stem = (word: string): string => word.replace(/(?:ing|ed|es|s)$/u, '');

/** Content words by stem, each with the first spelling seen (shown in reasons). */
const keywordsOf = (text: string): Map<string, string> => {
  const words = new Map<string, string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    const key = stem(word);
    if (key.length >= 3 && !words.has(key)) words.set(key, word);
  }
  return words;
};

const storyText = (story: Story): string =>
  [
    story.title,
    story.situation,
    story.task,
    story.action,
    story.result,
    story.learning,
    story.tags.join(' '),
  ].join('\n');

const listOf = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

const quoted = (items: readonly string[]): string => listOf(items.map((item) => `“${item}”`));

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * Ranks the candidate's stories for a question: shared company principles
 * count most, then shared competencies, then the words of the prompt and the
 * question's signals found in the story. Stories with nothing in common are left out.
 */
export const suggestStories = (
  question: Question,
  stories: readonly Story[],
): StorySuggestion[] => {
  const questionPrinciples: readonly string[] =
    question.kind === 'behavioral' ? question.principles : [];
  const questionCompetencies: readonly string[] =
    question.kind === 'behavioral' ? question.competencies : [];
  const signals =
    question.kind === 'behavioral'
      ? question.signals.map((signal) => signal.toLowerCase().trim()).filter((s) => s !== '')
      : [];
  const promptWords = keywordsOf(`${question.title} ${question.prompt}`);

  const suggestions = stories.map((story): StorySuggestion => {
    const reasons: string[] = [];
    let fit = 0;

    const sharedPrinciples = questionPrinciples.filter((id) =>
      story.principles.some((own) => own === id),
    );
    if (questionPrinciples.length > 0 && sharedPrinciples.length > 0) {
      fit += WEIGHT.principles * (sharedPrinciples.length / questionPrinciples.length);
      const names = sharedPrinciples.map((id) => findPrinciple(id)?.name ?? id);
      reasons.push(`Covers ${listOf(names)}, which this question probes`);
    }

    const sharedCompetencies = questionCompetencies.filter((competency) =>
      story.competencies.some((own) => own === competency),
    );
    if (questionCompetencies.length > 0 && sharedCompetencies.length > 0) {
      fit += WEIGHT.competencies * (sharedCompetencies.length / questionCompetencies.length);
      reasons.push(
        `Shows ${listOf(sharedCompetencies.map((competency) => competency.replace(/-/g, ' ')))}`,
      );
    }

    const text = storyText(story).toLowerCase();
    const ownWords = keywordsOf(text);
    const matchedSignals = signals.filter((signal) => text.includes(signal));
    const sharedWords = [...promptWords]
      .filter(([key]) => ownWords.has(key))
      .map(([, word]) => word);
    const wordTargets = signals.length + promptWords.size;
    if (wordTargets > 0 && matchedSignals.length + sharedWords.length > 0) {
      // Signals are what the question listens for, so one counts twice as much as a prompt word.
      const matched = Math.min(wordTargets, 2 * matchedSignals.length + sharedWords.length);
      fit += WEIGHT.words * Math.min(1, matched / Math.max(4, Math.min(wordTargets, 12)));
      if (matchedSignals.length > 0)
        reasons.push(
          `Mentions ${quoted(matchedSignals.slice(0, 4))}, which the interviewer listens for`,
        );
      if (sharedWords.length > 0)
        reasons.push(`Shares words with the question: ${sharedWords.slice(0, 5).join(', ')}`);
    }

    return { story, fit: round2(Math.min(1, fit)), reasons };
  });

  return suggestions
    .filter((suggestion) => suggestion.fit > 0)
    .sort(
      (a, b) =>
        b.fit - a.fit ||
        (a.story.updatedAt < b.story.updatedAt
          ? 1
          : a.story.updatedAt > b.story.updatedAt
            ? -1
            : 0) ||
        a.story.title.localeCompare(b.story.title),
    );
};
