/**
 * Runs in a worker thread (see evaluation-pool.ts): scores one answer per
 * message with its round kind's pure evaluator (the one the browser uses), or builds a progress
 * dashboard, and posts the result back.
 */
import { parentPort } from 'node:worker_threads';
import { buildProgressDashboard, evaluateCodingSubmission, roundKinds } from '@onsite/core';
import type { EvaluationRequest, EvaluationReply } from './evaluation-pool';

const port = parentPort;
if (port === null)
  throw new Error('evaluation-worker.ts runs only as a worker thread (see evaluation-pool.ts).');

port.on('message', (request: EvaluationRequest) => {
  let reply: EvaluationReply;
  try {
    reply =
      'dashboard' in request
        ? {
            id: request.id,
            dashboard: buildProgressDashboard({ ...request.dashboard, registry: roundKinds }),
          }
        : {
            id: request.id,
            evaluation:
              'coding' in request
                ? evaluateCodingSubmission(request.coding)
                : roundKinds.evaluate(request.input),
          };
  } catch (error) {
    reply = {
      id: request.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
