import { asStoryId, LOCAL_USER_ID } from '@onsite/core';
import type { AppDeps } from '../../deps';
import type { RouteHandlers } from '../register';
import { presentStoryList, presentStoryMatrix, presentStoryResponse } from './presenter';

export const storyRoutes = (deps: AppDeps) =>
  ({
    'GET /api/stories': async () =>
      presentStoryList(await deps.stories.listStories({ userId: LOCAL_USER_ID })),
    'GET /api/stories/matrix': async () =>
      presentStoryMatrix(await deps.stories.getStoryMatrix({ userId: LOCAL_USER_ID })),
    'POST /api/stories': async ({ body: fields }) =>
      presentStoryResponse(await deps.stories.createStory({ userId: LOCAL_USER_ID, fields })),
    'PUT /api/stories/:id': async ({ params, body: fields }) =>
      presentStoryResponse(
        await deps.stories.updateStory({
          userId: LOCAL_USER_ID,
          storyId: asStoryId(params.id),
          fields,
        }),
      ),
    'DELETE /api/stories/:id': async ({ params }) => {
      await deps.stories.deleteStory({ userId: LOCAL_USER_ID, storyId: asStoryId(params.id) });
    },
  }) satisfies RouteHandlers;
