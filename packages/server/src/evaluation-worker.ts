/**
 * Runs in a worker thread (see evaluation-pool.ts): scores one answer per
 * message with its round kind's pure evaluator (the one the browser uses), or builds a progress
 * dashboard, and posts the result back.
 */
import { parentPort } from 'node:worker_threads';
import {
  buildProgressDashboard,
  evaluateCodingSubmission,
  roundKinds,
  type PracticeRecord,
} from '@onsite/core';
import type { EvaluationReply, ResidentDashboardInput, WorkerRequest } from './evaluation-pool';

const port = parentPort;
if (port === null)
  throw new Error('evaluation-worker.ts runs only as a worker thread (see evaluation-pool.ts).');

/** The records of the last dashboard built, by round id: the pool sends only ids for these. */
let resident = new Map<string, PracticeRecord>();

const recordsOf = (input: ResidentDashboardInput): PracticeRecord[] => {
  const records = input.records.map((entry) => {
    if (typeof entry !== 'string') return entry;
    const record = resident.get(entry);
    if (record === undefined)
      throw new Error(`The pool sent round ${entry} as held, but this worker does not hold it.`);
    return record;
  });
  resident = new Map(records.map((record) => [record.roundId, record]));
  return records;
};

port.on('message', (request: WorkerRequest) => {
  let reply: EvaluationReply;
  try {
    reply =
      'dashboard' in request
        ? {
            id: request.id,
            dashboard: buildProgressDashboard({
              ...request.dashboard,
              records: recordsOf(request.dashboard),
              registry: roundKinds,
            }),
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
