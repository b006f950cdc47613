/**
 * The judge the server and CLI run code with, built from the config: a
 * sandbox judge in this process (the embedded default), or a queue in
 * PostgreSQL served by `onsite worker` processes. The sandbox judge is built
 * lazily, so that starting the server (and every test that builds it) probes
 * nothing until code is first judged or the tier is first asked for; the queue
 * connects at once, to read the workers' tiers.
 */
import type { IsolationTier, Judge, JudgeEvent, JudgeRequest, JudgeResult } from '@onsite/core';
import {
  createQueuedJudge,
  createSandboxJudge,
  type QueuedJudge,
  type SandboxJudge,
} from '@onsite/judge';
import type { Config } from './config';

export interface ServerJudge extends Judge {
  /** Disconnects from the queue (queue mode); nothing to do in-process. */
  close(): Promise<void>;
}

/** What /api/health and `onsite doctor` say about the tier. */
export interface JudgeStatus {
  readonly isolation: IsolationTier;
  /** Absent when unknown (queue mode: the workers run the code). */
  readonly syscallFilter?: boolean;
  readonly warning?: string;
}

const WARNINGS: Partial<Record<IsolationTier, string>> = {
  rlimits:
    'Code runs WITHOUT namespace isolation (bubblewrap is missing or cannot create namespaces): only resource limits apply, so a solution can read the files this user can read and open network connections. Fine for practising alone on your own machine; never expose this to other people. Install bubblewrap to fix it.',
  none: 'Code runs with NO isolation at all: a solution can do anything this user can do. Fine only for practising alone on your own machine; never expose this to other people. Install bubblewrap (and prlimit) to fix it.',
};

export const judgeStatusOf = (isolation: IsolationTier, syscallFilter?: boolean): JudgeStatus => {
  const warning = WARNINGS[isolation];
  return {
    isolation,
    ...(syscallFilter === undefined ? {} : { syscallFilter }),
    ...(warning === undefined ? {} : { warning }),
  };
};

/** Queue mode: how often the live workers' tiers are re-read for /api/health (workers come and go). */
const WORKER_TIERS_REFRESH_MS = 5_000;

/**
 * `warm` (default true) keeps pre-started sandboxes for a long-running server;
 * a one-shot command judges once and would only pay for sandboxes it never uses.
 */
export const createServerJudge = (
  settings: Omit<Config['judge'], 'concurrency'>,
  databaseUrl: string | undefined,
  options: { readonly warm?: boolean } = {},
): ServerJudge => {
  if (settings.mode === 'queue') {
    if (databaseUrl === undefined) throw new Error('ONSITE_JUDGE_MODE=queue needs DATABASE_URL');
    let queued: Promise<QueuedJudge> | null = null;
    let ready: QueuedJudge | null = null;
    const connect = (): Promise<QueuedJudge> => {
      // Workers refuse, and the queued judge rejects, anything run below the configured minimum.
      queued ??= createQueuedJudge({
        connectionString: databaseUrl,
        minimumTier: settings.minIsolation,
      }).then(
        async (judge) => {
          ready = judge;
          await judge.refreshIsolation();
          return judge;
        },
        (error: unknown) => {
          // The next submission tries again rather than failing forever.
          queued = null;
          throw error;
        },
      );
      return queued;
    };
    // Queue mode connects at once (the server needs PostgreSQL anyway) and keeps reading the workers'
    // heartbeat rows, so /api/health reports the live workers' tiers before the first submission.
    const refresh = () =>
      void connect()
        .then((judge) => judge.refreshIsolation())
        .catch(() => undefined); // PostgreSQL unreachable for now: the tier stays as last known, and the next tick tries again
    refresh();
    const refresher = setInterval(refresh, WORKER_TIERS_REFRESH_MS);
    refresher.unref();
    return {
      // The weakest live worker's tier; 'none' (the honest answer for "unknown") until one has reported in.
      get isolation() {
        return ready?.isolation ?? 'none';
      },
      async judge(
        request: JudgeRequest,
        onEvent?: (event: JudgeEvent) => void,
      ): Promise<JudgeResult> {
        return (await connect()).judge(request, onEvent);
      },
      async close() {
        clearInterval(refresher);
        if (queued === null) return;
        const judge = await queued.catch(() => null);
        await judge?.close();
      },
    };
  }

  let sandbox: SandboxJudge | null = null;
  const local = (): Judge => {
    // Warm: pre-started sandboxes per interpreter, so a JS/Python verdict skips the sandbox's start.
    sandbox ??= createSandboxJudge({
      minimumTier: settings.minIsolation,
      warm: options.warm ?? true,
    });
    return sandbox;
  };
  return {
    get isolation() {
      return local().isolation;
    },
    get syscallFilter() {
      return local().syscallFilter;
    },
    judge: (request, onEvent) => local().judge(request, onEvent),
    close: () => sandbox?.close() ?? Promise.resolve(),
  };
};
