import { LOCAL_USER_ID } from '@onsite/core';
import type { AppDeps } from '../../deps';
import type { RouteHandlers } from '../register';
import { presentHistory } from './presenter';
import { toHistoryFilter } from './schema';

/** Progress, history, comparing attempts and the study plan's settings. */
export const progressRoutes = (deps: AppDeps) =>
  ({
    'GET /api/progress': async ({ query }) =>
      deps.progress.dashboard(LOCAL_USER_ID, query.timeZone),
    'GET /api/history': async ({ query }) =>
      presentHistory(
        await deps.progress.listHistory({
          userId: LOCAL_USER_ID,
          filter: toHistoryFilter(query),
          timeZone: query.timeZone,
          limit: query.limit,
          offset: query.offset,
        }),
      ),
    'GET /api/history/compare': async ({ query }) =>
      deps.progress.compare({ userId: LOCAL_USER_ID, a: query.a, b: query.b }),
    'GET /api/plan': async () => ({ settings: await deps.progress.getPlan(LOCAL_USER_ID) }),
    'PUT /api/plan': async ({ body }) => ({
      settings: await deps.progress.savePlan(LOCAL_USER_ID, body),
    }),
    'DELETE /api/plan': async () => {
      await deps.progress.deletePlan(LOCAL_USER_ID);
    },
  }) satisfies RouteHandlers;
