import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  roundKinds,
  type AnswerEvaluation,
  type buildProgressDashboard,
  type CodingEvaluation,
  type CodingEvaluationInput,
  type ConversationInput,
  type EvaluateAnswer,
  type PracticeRecord,
  type ProgressDashboard,
} from '@onsite/core';

/** What buildProgressDashboard reads, but the registry: a worker has Onsite's own (roundKinds). */
export type DashboardInput = Omit<Parameters<typeof buildProgressDashboard>[0], 'registry'>;

/** What the pool posts to a worker: an answer in words, a coding round (`coding`), or a progress dashboard to build. */
export type EvaluationRequest =
  | { readonly id: number; readonly input: ConversationInput }
  | { readonly id: number; readonly coding: CodingEvaluationInput }
  | { readonly id: number; readonly dashboard: DashboardInput };

/**
 * A dashboard as posted to a worker: each record the worker already holds (the same object the
 * pool sent it before) goes as its round id, the rest whole. A round finishing adds one record to
 * a history of 2 000; cloning all of them to the worker again took longer than building the
 * dashboard's trends.
 */
export type ResidentDashboardInput = Omit<DashboardInput, 'records'> & {
  readonly records: readonly (string | PracticeRecord)[];
};

/** What the pool posts to a worker: an EvaluationRequest, with a dashboard's records as above. */
export type WorkerRequest =
  | Exclude<EvaluationRequest, { readonly dashboard: DashboardInput }>
  | { readonly id: number; readonly dashboard: ResidentDashboardInput };

/** What a worker posts back: the evaluation or the dashboard, or the error thrown (a bug). */
export type EvaluationReply =
  | { readonly id: number; readonly evaluation: AnswerEvaluation }
  | { readonly id: number; readonly dashboard: ProgressDashboard }
  | { readonly id: number; readonly error: string };

type Work = EvaluationRequest extends infer Request
  ? Request extends { readonly id: number }
    ? Omit<Request, 'id'>
    : never
  : never;
type Answer = Exclude<EvaluationReply, { readonly error: string }>;

export interface EvaluationPoolOptions {
  /** Worker threads; default one fewer than the cores (at least 1, at most 4), so the event loop keeps a core. */
  readonly size?: number;
  /**
   * Answers (main answer and replies together) shorter than this are scored on
   * the calling thread: a few milliseconds, less than the hop to a worker.
   * Default 4,000 characters (about 650 words); 0 sends everything to the workers.
   */
  readonly inlineBelowCharacters?: number;
}

export interface EvaluationPool {
  /**
   * `evaluateOffThread(input)`: scores an answer in a worker thread, so the
   * server keeps answering (health checks, draft saves) while a long answer is
   * scored. Same result as `roundKinds.evaluate(input)`. Tasks queue when
   * every worker is busy.
   */
  readonly evaluateOffThread: (input: ConversationInput) => Promise<AnswerEvaluation>;
  /** The `EvaluateAnswer` port for the practice service: inline below the size limit, else off thread. */
  readonly evaluate: EvaluateAnswer;
  /** Scores a coding round in a worker thread (reading the code and the transcript). */
  readonly evaluateCoding: (input: CodingEvaluationInput) => Promise<CodingEvaluation>;
  /**
   * Builds the progress dashboard in a worker thread: over a long history it takes longer than a
   * request may hold the event loop (hundreds of milliseconds for 2 000 rounds on a busy machine).
   */
  readonly buildDashboard: (input: DashboardInput) => Promise<ProgressDashboard>;
  /** Stops the workers; tasks still waiting are rejected. */
  close(): Promise<void>;
}

const ENTRY = new URL('./evaluation-worker-entry.js', import.meta.url);

interface Task {
  readonly request: EvaluationRequest;
  readonly resolve: (answer: Answer) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  /** False until the worker has loaded the evaluator; it takes no task before. */
  isReady: boolean;
  /** The task it is scoring, if any. */
  task: Task | null;
  /** The records the worker holds, by round id: those of the last dashboard posted to it. */
  resident: ReadonlyMap<string, PracticeRecord>;
}

/** The request as posted to this slot's worker: records it holds go as their ids. */
const toWorkerRequest = (slot: Slot, request: EvaluationRequest): WorkerRequest => {
  if (!('dashboard' in request)) return request;
  const { records } = request.dashboard;
  const posted = records.map((record) =>
    slot.resident.get(record.roundId) === record ? record.roundId : record,
  );
  // The worker keeps exactly these (see evaluation-worker.ts), so memory stays one history's.
  slot.resident = new Map(records.map((record) => [record.roundId, record]));
  return { id: request.id, dashboard: { ...request.dashboard, records: posted } };
};

const lengthOf = (input: ConversationInput): number =>
  input.answer.length +
  (input.replies ?? []).reduce((total, exchange) => total + exchange.reply.length, 0);

/**
 * A small pool of worker threads that run the STAR evaluator. Workers start
 * when work first queues (loading the evaluator takes a second or two, paid
 * only by servers that get long answers) and are unref'd, so an idle pool
 * never keeps the process alive. A worker that dies fails its task
 * and is replaced.
 */
export const createEvaluationPool = (options: EvaluationPoolOptions = {}): EvaluationPool => {
  const size = Math.max(1, options.size ?? Math.min(4, availableParallelism() - 1));
  const inlineBelow = options.inlineBelowCharacters ?? 4_000;
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 0;
  let isClosed = false;

  const dispatch = (): void => {
    for (const slot of slots) {
      if (!slot.isReady || slot.task !== null) continue;
      const task = queue.shift();
      if (task === undefined) return;
      slot.task = task;
      slot.worker.postMessage(toWorkerRequest(slot, task.request));
    }
    const starting = slots.filter((slot) => !slot.isReady).length;
    if (queue.length > starting && slots.length < size && !isClosed) spawn();
  };

  const spawn = (): void => {
    const worker = new Worker(ENTRY);
    worker.unref();
    const slot: Slot = { worker, isReady: false, task: null, resident: new Map() };
    slots.push(slot);
    worker.on('message', (message: EvaluationReply | { readonly ready: true }) => {
      if ('ready' in message) {
        slot.isReady = true;
      } else {
        const task = slot.task;
        slot.task = null;
        // After a failure, what the worker holds is not known: the next dashboard goes whole.
        if ('error' in message) slot.resident = new Map();
        if (task !== null && task.request.id === message.id) {
          if ('error' in message) task.reject(new Error(`The evaluator failed: ${message.error}`));
          else task.resolve(message);
        }
      }
      dispatch();
    });
    const fail = (error: Error): void => {
      if (!slots.includes(slot)) return;
      slots.splice(slots.indexOf(slot), 1);
      slot.task?.reject(error);
      slot.task = null;
      // A worker that died loading the evaluator would die again: fail what waits instead of respawning in a loop.
      if (!slot.isReady) for (const task of queue.splice(0)) task.reject(error);
      else dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) =>
      fail(new Error(`The evaluation worker stopped (exit code ${code}) before it answered.`)),
    );
  };

  const post = (work: Work): Promise<Answer> => {
    if (isClosed) return Promise.reject(new Error('The evaluation pool is closed.'));
    return new Promise<Answer>((resolve, reject) => {
      nextId += 1;
      queue.push({ request: { id: nextId, ...work }, resolve, reject });
      dispatch();
    });
  };
  const evaluationOf = (answer: Answer): AnswerEvaluation => {
    if ('evaluation' in answer) return answer.evaluation;
    throw new Error('The evaluation worker answered a dashboard for an evaluation.');
  };
  const evaluateOffThread = async (input: ConversationInput): Promise<AnswerEvaluation> =>
    evaluationOf(await post({ input }));

  return {
    evaluateOffThread,
    evaluateCoding: async (coding) => {
      const evaluation = evaluationOf(await post({ coding }));
      if (evaluation.kind !== 'coding')
        throw new Error(
          `The evaluator returned a ${evaluation.kind} scorecard for a coding round.`,
        );
      return evaluation;
    },
    buildDashboard: async (dashboard) => {
      const answer = await post({ dashboard });
      if ('dashboard' in answer) return answer.dashboard;
      throw new Error('The evaluation worker answered an evaluation for a dashboard.');
    },
    evaluate: (input) =>
      lengthOf(input) < inlineBelow ? roundKinds.evaluate(input) : evaluateOffThread(input),
    async close() {
      isClosed = true;
      for (const task of queue.splice(0)) task.reject(new Error('The evaluation pool is closed.'));
      const running = slots.splice(0);
      await Promise.all(running.map((slot) => slot.worker.terminate()));
    },
  };
};
