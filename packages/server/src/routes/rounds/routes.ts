import { asRoundId, LOCAL_USER_ID } from '@onsite/core';
import type { AppDeps } from '../../deps';
import type { RouteHandlers } from '../register';
import { presentDraftResponse, presentRoundResponse } from './presenter';

export const roundRoutes = (deps: AppDeps) =>
  ({
    'GET /api/rounds/:id': async ({ params }) =>
      presentRoundResponse(
        await deps.practice.getRound({ userId: LOCAL_USER_ID, roundId: asRoundId(params.id) }),
      ),
    'PUT /api/rounds/:id/draft': async ({ params, body: { text, revision } }) =>
      presentDraftResponse(
        await deps.practice.saveDraft({
          userId: LOCAL_USER_ID,
          roundId: asRoundId(params.id),
          text,
          revision,
        }),
      ),
    'POST /api/rounds/:id/answer': async ({ params, body: { text } }) =>
      presentRoundResponse(
        await deps.practice.submitAnswer({
          userId: LOCAL_USER_ID,
          roundId: asRoundId(params.id),
          text,
        }),
      ),
    'POST /api/rounds/:id/reply': async ({ params, body: { text, inReplyTo } }) =>
      presentRoundResponse(
        await deps.practice.submitReply({
          userId: LOCAL_USER_ID,
          roundId: asRoundId(params.id),
          text,
          ...(inReplyTo === undefined ? {} : { inReplyTo }),
        }),
      ),
    'POST /api/rounds/:id/coding': async ({ params, body }) =>
      presentRoundResponse(
        await deps.codingInterview.act({
          userId: LOCAL_USER_ID,
          roundId: asRoundId(params.id),
          action: body,
        }),
      ),
    'POST /api/rounds/:id/finish': async ({ params }) =>
      presentRoundResponse(
        await deps.practice.finishRound({ userId: LOCAL_USER_ID, roundId: asRoundId(params.id) }),
      ),
  }) satisfies RouteHandlers;
