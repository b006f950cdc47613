import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { pino, type Logger } from 'pino';
import {
  abandonInterruptedSubmissions,
  LOCAL_USER_ID,
  BuiltInInterviewer,
  type Clock,
  type IdGenerator,
} from '@onsite/core';
import { createQuestionBank, loadBank, type BankProblem } from '@onsite/content';
import {
  lockDataDir,
  openDatabase,
  type DataDirLock,
  type Dialect,
  type StorageCheck,
} from '@onsite/db';
import { createApp } from './app';
import { describeConfig, type Config } from './config';
import { createAppDeps, type AppDeps } from './deps';
import { createEvaluationPool } from './evaluation-pool';
import { createServerJudge } from './server-judge';
import { readPackageVersion } from './version';

export { createApp } from './app';

/** quick_check reads the whole file: /api/health repeats it at most this often. */
const STORAGE_CHECK_INTERVAL_MS = 60_000;

/** The database's integrity check, repeated at most once per interval (health may be polled often). */
const throttledStorageCheck = (check: () => StorageCheck): (() => StorageCheck) => {
  let last: { at: number; result: StorageCheck } | null = null;
  return () => {
    const now = performance.now();
    if (last === null || now - last.at >= STORAGE_CHECK_INTERVAL_MS)
      last = { at: now, result: check() };
    return last.result;
  };
};

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdGenerator = { next: () => randomUUID() };

export interface Deps extends AppDeps {
  readonly dialect: Dialect;
  /** Bank files that failed to load; the rest of the bank still serves. */
  readonly bankProblems: readonly BankProblem[];
  /** Closes the database. */
  close(): Promise<void>;
}

/**
 * The composition root: the one place real adapters are built (database with
 * migrations applied, question bank, built-in interviewer, system clock, random
 * ids). The CLI and the server both start from here.
 */
export const createDeps = async (
  config: Config,
  options: { logger?: Logger } = {},
): Promise<Deps> => {
  const logger = options.logger ?? pino({ level: config.logLevel, base: null });
  const { questions, problems } = loadBank();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onConnectionError: (error: unknown) =>
      logger.warn({ err: error }, 'lost a PostgreSQL connection; reconnecting on the next query'),
  });
  // Whatever a previous run was judging is lost (never its code): say so instead of leaving it "running" forever.
  const interrupted = await abandonInterruptedSubmissions(
    database.submissions,
    systemClock,
    config.instanceId,
  ).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  if (interrupted > 0)
    logger.warn(
      { submissions: interrupted },
      'marked submissions interrupted by the last shutdown',
    );
  // Another instance on the same database may stop for good: now and again, what it left unfinished too long ago.
  const sweep = setInterval(() => {
    abandonInterruptedSubmissions(database.submissions, systemClock, undefined).then(
      (count) => {
        if (count > 0)
          logger.warn({ submissions: count }, 'marked long-unfinished submissions interrupted');
      },
      (error: unknown) => logger.error({ err: error }, 'sweeping unfinished submissions failed'),
    );
  }, 10 * 60_000);
  sweep.unref();
  // Lazy: probes the sandbox (or connects to the queue) only when code is first judged or the tier is asked for.
  const judge = createServerJudge(config.judge, config.databaseUrl);
  // Scoring a long answer takes a while: worker threads keep the event loop answering meanwhile.
  const evaluation = createEvaluationPool();
  const appDeps = createAppDeps(
    {
      sessions: database.sessions,
      stories: database.stories,
      submissions: database.submissions,
      plans: database.plans,
      bank: createQuestionBank(questions),
      interviewer: new BuiltInInterviewer(),
      clock: systemClock,
      ids: randomIds,
      evaluate: evaluation.evaluate,
      evaluateCoding: evaluation.evaluateCoding,
      buildDashboard: evaluation.buildDashboard,
      judge,
    },
    // Queued jobs wait in PostgreSQL with their own positions; locally only the sandboxes are scarce.
    {
      logger,
      webDir: config.webDir,
      version: readPackageVersion(new URL('../package.json', import.meta.url)),
      instanceId: config.instanceId,
      allowSpecCode: config.judge.allowSpecCode,
      allowedHosts: config.allowedHosts,
      ...(database.dialect === 'sqlite'
        ? { storageStatus: throttledStorageCheck(() => database.checkStorage()) }
        : {}),
      judgeConcurrency: config.judge.mode === 'queue' ? 64 : config.judge.concurrency,
    },
  );
  // The local user's history is read now, not on their first visit to Today: over 2 000 rounds the
  // first read takes seconds, later ones catch up from a one-row stamp (server/src/progress.ts).
  let isClosing = false;
  const warming = appDeps.progress.records(LOCAL_USER_ID).then(
    () => {
      // Then a first dashboard, so the worker that builds them has started (a second or two) and
      // holds the records before Today, the home page, asks for one in the user's time zone. Not
      // awaited at close: closing stops the worker, and this dashboard was for nobody.
      appDeps.progress.dashboard(LOCAL_USER_ID, 'UTC').catch((error: unknown) => {
        if (!isClosing) logger.warn({ err: error }, 'building a first dashboard failed');
      });
    },
    (error: unknown) => logger.warn({ err: error }, 'reading the history for progress failed'),
  );
  return {
    ...appDeps,
    dialect: database.dialect,
    bankProblems: problems,
    close: async () => {
      // Writes in hand land first; what is still judging stays unfinished and is marked interrupted at the next start.
      clearInterval(sweep);
      isClosing = true;
      await warming;
      await appDeps.submissions.close();
      await judge.close();
      await evaluation.close();
      await database.close();
    },
  };
};

export interface RunningServer {
  /** e.g. http://127.0.0.1:4321 (the real port when 0 was asked for). */
  readonly url: string;
  readonly server: ServerType;
  readonly deps: Deps;
  /** Stops accepting connections, waits for open requests, then closes the database. */
  close(): Promise<void>;
}

/** Builds the dependencies and the app, and listens on `config.host:config.port`. */
export const startServer = async (
  config: Config,
  options: { logger?: Logger } = {},
): Promise<RunningServer> => {
  // One server per SQLite data directory (DataDirInUseError names the other one); PostgreSQL is made for several.
  const lock: DataDirLock | null =
    config.databaseUrl === undefined ? lockDataDir(config.dataDir) : null;
  let deps: Deps;
  try {
    deps = await createDeps(config, options);
  } catch (error) {
    lock?.release();
    throw error;
  }
  deps.logger.info(
    {
      config: describeConfig(config),
      questions: deps.bank.list().length,
      bankProblems: deps.bankProblems.length,
    },
    'starting',
  );
  const app = createApp(deps);
  let server: ServerType;
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const listening = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
        resolve(listening),
      );
      listening.once('error', reject);
    });
  } catch (error) {
    await deps.close();
    lock?.release();
    if (
      typeof error === 'object' &&
      error !== null &&
      'code' in error &&
      error.code === 'EADDRINUSE'
    ) {
      throw new Error(
        `Port ${config.port} on ${config.host} is already in use (is Onsite already running?). Set PORT to another port.`,
        { cause: error },
      );
    }
    throw error;
  }
  const address = server.address() as AddressInfo | null;
  const port = address?.port ?? config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  lock?.recordOwner({ url: `http://${host}:${port}` });
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    server,
    deps,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would otherwise hold the close open.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      })
        .then(() => deps.close())
        .finally(() => lock?.release());
      return closing;
    },
  };
};
