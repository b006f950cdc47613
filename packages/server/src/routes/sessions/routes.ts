import { asSessionId, LOCAL_USER_ID } from '@onsite/core';
import type { AppDeps } from '../../deps';
import type { RouteHandlers } from '../register';
import { presentSession, presentSessionList } from './presenter';

export const sessionRoutes = (deps: AppDeps) =>
  ({
    'POST /api/sessions': async ({ body }) =>
      presentSession(await deps.practice.startPracticeSession({ userId: LOCAL_USER_ID, ...body })),
    'GET /api/sessions': async ({ query: { limit, offset } }) =>
      presentSessionList(
        await deps.practice.listSessions({ userId: LOCAL_USER_ID, limit, offset }),
      ),
    'GET /api/sessions/:id': async ({ params }) =>
      presentSession(
        await deps.practice.getSession({
          userId: LOCAL_USER_ID,
          sessionId: asSessionId(params.id),
        }),
      ),
  }) satisfies RouteHandlers;
