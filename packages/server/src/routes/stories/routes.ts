import { Hono } from 'hono';
import { LOCAL_USER_ID } from '@onsite/core';
import type { AppDeps } from '../../deps';
import { readBody, readParam } from '../../validate';
import { presentStoryList, presentStoryMatrix, presentStoryResponse } from './presenter';
import { StoryInputSchema } from './schema';

export const storyRoutes = (deps: AppDeps) =>
  new Hono()
    .get('/', async (c) =>
      c.json(presentStoryList(await deps.stories.listStories({ userId: LOCAL_USER_ID }))),
    )
    .get('/matrix', async (c) =>
      c.json(presentStoryMatrix(await deps.stories.getStoryMatrix({ userId: LOCAL_USER_ID }))),
    )
    .post('/', async (c) => {
      const fields = await readBody(c, StoryInputSchema, 'story');
      return c.json(
        presentStoryResponse(await deps.stories.createStory({ userId: LOCAL_USER_ID, fields })),
        201,
      );
    })
    .put('/:id', async (c) => {
      const storyId = readParam(c, 'id');
      const fields = await readBody(c, StoryInputSchema, 'story');
      return c.json(
        presentStoryResponse(
          await deps.stories.updateStory({ userId: LOCAL_USER_ID, storyId, fields }),
        ),
      );
    })
    .delete('/:id', async (c) => {
      await deps.stories.deleteStory({ userId: LOCAL_USER_ID, storyId: readParam(c, 'id') });
      return c.body(null, 204);
    });
