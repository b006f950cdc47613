import { Hono } from 'hono';
import { LOCAL_USER_ID } from '@onsite/core';
import type { AppDeps } from '../../deps';
import { readBody, readParam } from '../../validate';
import { presentDraftResponse, presentRoundResponse } from './presenter';
import { FinishRoundSchema, ReplySchema, SaveDraftSchema, SubmitTextSchema } from './schema';

export const roundRoutes = (deps: AppDeps) =>
  new Hono()
    .get('/:id', async (c) => {
      const round = await deps.practice.getRound({
        userId: LOCAL_USER_ID,
        roundId: readParam(c, 'id'),
      });
      return c.json(presentRoundResponse(round));
    })
    .put('/:id/draft', async (c) => {
      const roundId = readParam(c, 'id');
      const { text, revision } = await readBody(c, SaveDraftSchema, 'draft');
      return c.json(
        presentDraftResponse(
          await deps.practice.saveDraft({ userId: LOCAL_USER_ID, roundId, text, revision }),
        ),
      );
    })
    .post('/:id/answer', async (c) => {
      const roundId = readParam(c, 'id');
      const { text } = await readBody(c, SubmitTextSchema, 'answer');
      return c.json(
        presentRoundResponse(
          await deps.practice.submitAnswer({ userId: LOCAL_USER_ID, roundId, text }),
        ),
      );
    })
    .post('/:id/reply', async (c) => {
      const roundId = readParam(c, 'id');
      const { text, inReplyTo } = await readBody(c, ReplySchema, 'reply');
      return c.json(
        presentRoundResponse(
          await deps.practice.submitReply({
            userId: LOCAL_USER_ID,
            roundId,
            text,
            ...(inReplyTo === undefined ? {} : { inReplyTo }),
          }),
        ),
      );
    })
    .post('/:id/finish', async (c) => {
      const roundId = readParam(c, 'id');
      await readBody(c, FinishRoundSchema, 'request to end the round');
      const round = await deps.practice.finishRound({ userId: LOCAL_USER_ID, roundId });
      return c.json(presentRoundResponse(round));
    });
