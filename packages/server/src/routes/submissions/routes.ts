import { streamSSE } from 'hono/streaming';
import { asRoundId, DomainError, LOCAL_USER_ID, type SubmissionEvent } from '@onsite/core';
import type { AppDeps } from '../../deps';
import type { SubmissionState } from '../../submissions';
import type { RouteHandlers } from '../register';
import { presentCreated, presentSubmission, presentSubmissionList } from './presenter';

const notFound = (id: string) =>
  new DomainError('SUBMISSION_NOT_FOUND', `There is no submission "${id}".`);

/** What a settled submission's stream says: its outcome, then its growth measurement if one finished. */
const outcomeEvents = (state: SubmissionState): SubmissionEvent[] => {
  const events: SubmissionEvent[] = [];
  if (state.result !== null) events.push({ type: 'done', result: state.result });
  if (state.error !== null) events.push({ type: 'error', ...state.error });
  if (state.complexity !== null && state.complexity.status !== 'measuring')
    events.push({ type: 'complexity', state: state.complexity });
  return events;
};

/** The `complexity` event carries the ComplexityState itself; every other event is sent as it is. */
const sseData = (event: SubmissionEvent): string =>
  JSON.stringify(event.type === 'complexity' ? event.state : event);

/** Code to the judge: 202 with an id at once; progress by polling or server-sent events; history kept for good. */
export const submissionRoutes = (deps: AppDeps) =>
  ({
    'POST /api/submissions': async ({ body }) => {
      if (body.roundId !== undefined)
        await deps.codingInterview.assertAcceptsSubmission({
          userId: LOCAL_USER_ID,
          roundId: asRoundId(body.roundId),
          questionId: body.questionId,
        });
      return presentCreated(await deps.submissions.submit(LOCAL_USER_ID, body));
    },
    'GET /api/submissions': async ({ query: { questionId, mode, roundId, limit, offset } }) => {
      const records = await deps.submissions.list(LOCAL_USER_ID, {
        limit,
        offset,
        ...(questionId === undefined ? {} : { questionId }),
        ...(mode === undefined ? {} : { mode }),
        ...(roundId === undefined ? {} : { roundId }),
      });
      return presentSubmissionList(records);
    },
    'GET /api/submissions/:id': async ({ params: { id } }) => {
      const state = await deps.submissions.get(LOCAL_USER_ID, id);
      if (state === undefined) throw notFound(id);
      return presentSubmission(state);
    },
    'GET /api/submissions/:id/events': async ({ params: { id } }, c) => {
      const state = await deps.submissions.get(LOCAL_USER_ID, id);
      if (state === undefined) throw notFound(id);
      return streamSSE(c, async (stream) => {
        const write = (event: SubmissionEvent) =>
          stream.writeSSE({ event: event.type, data: sseData(event) });
        const live: SubmissionEvent[] = [];
        // An object, not a `let`: the listener sets it, and the loop must re-read it after each wait.
        const progress = { hasEnded: false };
        let wake: (() => void) | null = null;
        // The past events and the listener come from one synchronous call, so no event falls between them.
        const subscription = deps.submissions.subscribe(LOCAL_USER_ID, id, {
          onEvent: (event) => {
            live.push(event);
            wake?.();
          },
          onEnd: () => {
            progress.hasEnded = true;
            wake?.();
          },
        });
        if (subscription === null) {
          // Settled (or read back from storage): replay its events if still in memory, else its outcome.
          const settled = (await deps.submissions.get(LOCAL_USER_ID, id)) ?? state;
          const events: SubmissionEvent[] =
            settled.events.length > 0
              ? [...settled.events, ...outcomeEvents({ ...settled, result: null })]
              : outcomeEvents(settled);
          for (const event of events) await write(event);
          return;
        }
        stream.onAbort(() => {
          subscription.unsubscribe();
          wake?.();
        });
        for (const event of subscription.past) await write(event);
        let seen = 0;
        while (!stream.aborted) {
          if (live.length <= seen && !progress.hasEnded)
            await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          while (live.length > seen) {
            const event = live[seen];
            seen += 1;
            if (event !== undefined) await write(event);
          }
          if (progress.hasEnded) break;
        }
        subscription.unsubscribe();
      });
    },
  }) satisfies RouteHandlers;
