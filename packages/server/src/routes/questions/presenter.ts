import {
  roundTimeLimitMs,
  toPublicQuestion,
  type Question,
  type StorySuggestion,
} from '@onsite/core';
import type {
  QuestionListResponse,
  QuestionResponse,
  QuestionSummary,
  StorySuggestionResponse,
} from '../../contract';
import { presentStory } from '../stories/presenter';

export const presentQuestionSummary = (question: Question): QuestionSummary => ({
  id: question.id,
  kind: question.kind,
  slug: question.slug,
  title: question.title,
  prompt: question.prompt,
  difficulty: question.difficulty,
  tags: question.tags,
  competencies: question.kind === 'behavioral' ? question.competencies : [],
  principles: question.kind === 'behavioral' ? question.principles : [],
  companies:
    question.kind === 'behavioral'
      ? [...new Set(question.principles.map((id) => id.split('/')[0] ?? id))]
      : question.kind === 'coding'
        ? question.companies
        : [],
  timeLimitMs: roundTimeLimitMs(question),
});

export const presentQuestionList = (questions: readonly Question[]): QuestionListResponse => ({
  questions: questions.map(presentQuestionSummary),
});

/** Coding questions leave with their samples only: hidden tests, generators and checker code stay here. */
export const presentQuestion = (question: Question): QuestionResponse => ({
  question: toPublicQuestion(question),
});

export const presentSuggestions = (
  suggestions: readonly StorySuggestion[],
): StorySuggestionResponse => ({
  suggestions: suggestions.map((suggestion) => ({
    story: presentStory(suggestion.story),
    fit: suggestion.fit,
    reasons: suggestion.reasons,
  })),
});
