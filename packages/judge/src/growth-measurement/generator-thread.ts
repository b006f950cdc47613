import { Worker } from 'node:worker_threads';

/** What the judge posts to the generator thread: one growth run's inputs. */
export interface GeneratorRequest {
  readonly id: number;
  readonly source: string;
  readonly seed: number;
  readonly size: number;
  readonly count: number;
}

/** The argument lists as UTF-8 JSON, or the generator's error (its message names the generator). */
export type GeneratorReply =
  | { readonly id: number; readonly argsJson: readonly Uint8Array[] }
  | { readonly id: number; readonly error: string };

export interface GeneratorThread {
  /**
   * Makes `count` argument lists of size `size` with the spec's generator and the
   * seed, as UTF-8 JSON, in a worker thread: a growth run's inputs are megabytes,
   * and making them on the event loop stalls every other request the process
   * serves. The same request gives the same text as `compileGeneratorJson` here, encoded.
   */
  generate(request: Omit<GeneratorRequest, 'id'>): Promise<readonly Uint8Array[]>;
  close(): Promise<void>;
}

const ENTRY = new URL('./generator-worker-entry.js', import.meta.url);

interface Pending {
  readonly resolve: (argsJson: readonly Uint8Array[]) => void;
  readonly reject: (error: Error) => void;
}

/**
 * One worker thread, started on first use and unref'd (an idle judge never keeps
 * the process alive). Requests are answered in order; growth runs are one at a
 * time per submission, so one thread keeps up. A thread that dies fails what it
 * was asked and the next request starts a new one.
 */
export const createGeneratorThread = (): GeneratorThread => {
  let worker: Worker | null = null;
  const pending = new Map<number, Pending>();
  let nextId = 0;

  const failAll = (error: Error): void => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    const started = new Worker(ENTRY);
    started.unref();
    started.on('message', (message: GeneratorReply | { readonly ready: true }) => {
      if ('ready' in message) return;
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (waiting === undefined) return;
      if ('argsJson' in message) waiting.resolve(message.argsJson);
      else waiting.reject(new Error(message.error));
    });
    const stop = (error: Error): void => {
      if (worker === started) worker = null;
      failAll(error);
    };
    started.on('error', stop);
    started.on('exit', (code) => {
      stop(
        new Error(`The input generator's thread stopped (exit code ${code}) before it answered.`),
      );
    });
    return started;
  };

  return {
    generate(request) {
      worker ??= start();
      const target = worker;
      nextId += 1;
      const id = nextId;
      return new Promise<readonly Uint8Array[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        target.postMessage({ id, ...request } satisfies GeneratorRequest);
      });
    },
    async close() {
      const running = worker;
      worker = null;
      failAll(new Error("The input generator's thread was closed."));
      await running?.terminate();
    },
  };
};
