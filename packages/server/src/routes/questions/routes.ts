import { Hono } from 'hono';
import {
  DomainError,
  LOCAL_USER_ID,
  questionIdOf,
  ROUND_KINDS,
  type RoundKind,
} from '@onsite/core';
import type { AppDeps } from '../../deps';
import { readParam, readQuery } from '../../validate';
import { presentQuestion, presentQuestionList, presentSuggestions } from './presenter';
import { QuestionListQuerySchema, toQuestionFilter } from './schema';

const isRoundKind = (value: string): value is RoundKind =>
  (ROUND_KINDS as readonly string[]).includes(value);

/** Question ids are `kind/slug`, so the routes take both parts. */
const questionIdFrom = (kind: string, slug: string): string => {
  if (!isRoundKind(kind))
    throw new DomainError(
      'QUESTION_NOT_FOUND',
      `There is no question kind "${kind}"; use one of ${ROUND_KINDS.join(', ')}.`,
    );
  return questionIdOf(kind, slug);
};

export const questionRoutes = (deps: AppDeps) =>
  new Hono()
    .get('/', (c) => {
      const filter = toQuestionFilter(readQuery(c, QuestionListQuerySchema));
      return c.json(presentQuestionList(filter === null ? [] : deps.bank.list(filter)));
    })
    .get('/:kind/:slug', (c) => {
      const id = questionIdFrom(readParam(c, 'kind'), readParam(c, 'slug'));
      const question = deps.bank.get(id);
      if (question === undefined)
        throw new DomainError('QUESTION_NOT_FOUND', `There is no question "${id}" in the bank.`);
      return c.json(presentQuestion(question));
    })
    .get('/:kind/:slug/stories', async (c) => {
      const questionId = questionIdFrom(readParam(c, 'kind'), readParam(c, 'slug'));
      const suggestions = await deps.stories.suggestStoriesForQuestion({
        userId: LOCAL_USER_ID,
        questionId,
      });
      return c.json(presentSuggestions(suggestions));
    });
