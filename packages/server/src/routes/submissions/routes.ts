import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { DomainError, type JudgeEvent } from '@onsite/core';
import type { AppDeps } from '../../deps';
import type { SubmissionFailure } from '../../submissions';
import { readBody, readParam } from '../../validate';
import { presentCreated, presentSubmission } from './presenter';
import { CreateSubmissionSchema, specFor } from './schema';

const notFound = (id: string) =>
  new DomainError('SUBMISSION_NOT_FOUND', `There is no submission "${id}" (submissions are kept for an hour after they finish).`);

/** Code to the judge: 202 with an id at once; progress by polling or server-sent events. */
export const submissionRoutes = (deps: AppDeps) =>
  new Hono()
    .post('/', async (c) => {
      const input = await readBody(c, CreateSubmissionSchema, 'submission');
      const spec = specFor(input, deps.bank);
      const state = deps.submissions.submit({
        spec,
        language: input.language,
        source: input.source,
        mode: input.mode,
        ...(input.customInputs === undefined ? {} : { customInputs: input.customInputs }),
      });
      return c.json(presentCreated(state), 202);
    })
    .get('/:id', (c) => {
      const id = readParam(c, 'id');
      const state = deps.submissions.get(id);
      if (state === undefined) throw notFound(id);
      return c.json(presentSubmission(state));
    })
    .get('/:id/events', (c) => {
      const id = readParam(c, 'id');
      const state = deps.submissions.get(id);
      if (state === undefined) throw notFound(id);
      return streamSSE(c, async (stream) => {
        const write = (event: JudgeEvent | SubmissionFailure) => stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
        // Subscribing and taking the snapshot happen in the same tick, so no event falls between them.
        const live: (JudgeEvent | SubmissionFailure)[] = [];
        let wake: (() => void) | null = null;
        const unsubscribe = deps.submissions.subscribe(id, (event) => {
          live.push(event);
          wake?.();
        });
        stream.onAbort(() => {
          unsubscribe();
          wake?.();
        });
        const past = deps.submissions.get(id) ?? state;
        for (const event of past.events) await write(event);
        if (past.error !== undefined) await write({ type: 'error', ...past.error });
        let finished = past.status === 'done';
        let seen = 0;
        while (!finished && !stream.aborted) {
          if (live.length <= seen) await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          while (live.length > seen) {
            const event = live[seen];
            seen += 1;
            if (event === undefined) continue;
            await write(event);
            if (event.type === 'done' || event.type === 'error') finished = true;
          }
        }
        unsubscribe();
      });
    });
