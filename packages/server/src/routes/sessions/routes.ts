import { Hono } from 'hono';
import { LOCAL_USER_ID } from '@onsite/core';
import type { AppDeps } from '../../deps';
import { readBody, readParam, readQuery } from '../../validate';
import { presentSession, presentSessionList } from './presenter';
import { CreateSessionSchema, ListQuerySchema } from './schema';

export const sessionRoutes = (deps: AppDeps) =>
  new Hono()
    .post('/', async (c) => {
      const input = await readBody(c, CreateSessionSchema, 'session');
      const session = await deps.practice.startPracticeSession({ userId: LOCAL_USER_ID, ...input });
      return c.json(presentSession(session), 201);
    })
    .get('/', async (c) => {
      const { limit, offset } = readQuery(c, ListQuerySchema);
      return c.json(
        presentSessionList(
          await deps.practice.listSessions({ userId: LOCAL_USER_ID, limit, offset }),
        ),
      );
    })
    .get('/:id', async (c) => {
      const session = await deps.practice.getSession({
        userId: LOCAL_USER_ID,
        sessionId: readParam(c, 'id'),
      });
      return c.json(presentSession(session));
    });
