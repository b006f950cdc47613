import { availableParallelism } from 'node:os';
import {
  DomainError,
  type Judge,
  type JudgeEvent,
  type JudgeRequest,
  type JudgeResult,
} from '@onsite/core';

export interface JudgePoolOptions {
  readonly judge: Judge;
  /** Submissions judged at once; the rest wait in order. Default: the number of cores. */
  readonly concurrency?: number;
  /** Beyond this many waiting submissions `judge()` rejects with QUEUE_FULL. Default: unbounded. */
  readonly maxQueued?: number;
}

export interface JudgePoolStats {
  readonly running: number;
  readonly queued: number;
  readonly concurrency: number;
}

export interface JudgePool extends Judge {
  stats(): JudgePoolStats;
}

interface Waiter {
  readonly onEvent: ((event: JudgeEvent) => void) | undefined;
  readonly start: () => void;
}

/**
 * Bounds how many submissions run at once (each one is CPU-bound: more than a
 * core each only makes all of them slower and their timings noisier) and
 * queues the rest first come, first served. A waiting submission hears
 * `{ type: 'queued', position }` when it joins (position 1 = next to run) and
 * again each time the queue moves.
 */
export function createJudgePool(options: JudgePoolOptions): JudgePool {
  const concurrency = options.concurrency ?? availableParallelism();
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  const maxQueued = options.maxQueued ?? Number.POSITIVE_INFINITY;
  const { judge } = options;
  const queue: Waiter[] = [];
  let running = 0;

  const announcePositions = () => {
    for (const [index, waiter] of queue.entries())
      waiter.onEvent?.({ type: 'queued', position: index + 1 });
  };

  const release = () => {
    running -= 1;
    const next = queue.shift();
    if (next === undefined) return;
    running += 1;
    next.start();
    announcePositions();
  };

  const waitForSlot = (onEvent: ((event: JudgeEvent) => void) | undefined): Promise<void> => {
    if (running < concurrency) {
      running += 1;
      return Promise.resolve();
    }
    if (queue.length >= maxQueued) {
      return Promise.reject(
        new DomainError(
          'QUEUE_FULL',
          `The judge queue is full (${queue.length} submissions waiting); try again shortly.`,
        ),
      );
    }
    return new Promise<void>((resolve) => {
      queue.push({ onEvent, start: resolve });
      onEvent?.({ type: 'queued', position: queue.length });
    });
  };

  return {
    // A getter: the wrapped judge's tier may change (a queued judge learns it from its workers).
    get isolation() {
      return judge.isolation;
    },
    get syscallFilter() {
      return judge.syscallFilter;
    },
    stats: () => ({ running, queued: queue.length, concurrency }),
    async judge(
      request: JudgeRequest,
      onEvent?: (event: JudgeEvent) => void,
    ): Promise<JudgeResult> {
      await waitForSlot(onEvent);
      try {
        return await judge.judge(request, onEvent);
      } finally {
        release();
      }
    },
  };
}
