import {
  DomainError,
  LOCAL_USER_ID,
  asQuestionId,
  questionIdOf,
  type QuestionId,
  ROUND_KINDS,
  RoundKindSchema,
} from '@onsite/core';
import type { AppDeps } from '../../deps';
import type { RouteHandlers } from '../register';
import { presentQuestion, presentQuestionList, presentSuggestions } from './presenter';
import { toQuestionFilter } from './schema';

/** Question ids are `kind/slug`, so the routes take both parts. */
const questionIdFrom = (kind: string, slug: string): QuestionId => {
  const parsed = RoundKindSchema.safeParse(kind);
  if (!parsed.success)
    throw new DomainError(
      'QUESTION_NOT_FOUND',
      `There is no question kind "${kind}"; use one of ${ROUND_KINDS.join(', ')}.`,
    );
  return asQuestionId(questionIdOf(parsed.data, slug));
};

export const questionRoutes = (deps: AppDeps) =>
  ({
    'GET /api/questions': ({ query }) => {
      const filter = toQuestionFilter(query);
      return presentQuestionList(filter === null ? [] : deps.bank.list(filter));
    },
    'GET /api/questions/:kind/:slug': ({ params }) => {
      const id = questionIdFrom(params.kind, params.slug);
      const question = deps.bank.get(id);
      if (question === undefined)
        throw new DomainError('QUESTION_NOT_FOUND', `There is no question "${id}" in the bank.`);
      return presentQuestion(question);
    },
    'GET /api/questions/:kind/:slug/stories': async ({ params }) =>
      presentSuggestions(
        await deps.stories.suggestStoriesForQuestion({
          userId: LOCAL_USER_ID,
          questionId: questionIdFrom(params.kind, params.slug),
        }),
      ),
  }) satisfies RouteHandlers;
