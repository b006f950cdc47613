import { availableParallelism, hostname, networkInterfaces } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ISOLATION_TIERS, type IsolationTier } from '@onsite/core';
import { LOOPBACK_HOSTS, normalizeHostName, type AllowedHosts } from './request-guard';

/** Where `npm run build:web` writes the web app. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** `in-process`: a pool of sandboxes in this process; `queue`: jobs in PostgreSQL for `onsite worker` processes. */
export const JUDGE_MODES = ['in-process', 'queue'] as const;
export type JudgeMode = (typeof JUDGE_MODES)[number];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const blankAsMissing = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * The environment Onsite reads, parsed once at start. Everything else receives
 * the typed `Config`; nothing below the composition root reads `process.env`.
 */
const EnvSchema = z.object({
  PORT: z.preprocess(
    blankAsMissing,
    z.coerce
      .number({ error: 'must be a whole number between 0 and 65535' })
      .int('must be a whole number between 0 and 65535')
      .min(0, 'must be a whole number between 0 and 65535')
      .max(65_535, 'must be a whole number between 0 and 65535')
      .default(4321),
  ),
  HOST: z.preprocess(
    blankAsMissing,
    z
      .string()
      .regex(/^[\w.:[\]-]+$/, 'must be a host name or IP address, e.g. 127.0.0.1')
      .default('127.0.0.1'),
  ),
  ONSITE_DATA_DIR: z.preprocess(blankAsMissing, z.string().default('./.onsite')),
  // The value is never echoed back in a message: it may hold a password.
  DATABASE_URL: z.preprocess(
    blankAsMissing,
    z
      .string()
      .refine((value) => /^postgres(?:ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
        error: 'must be a PostgreSQL URL such as postgres://user:password@localhost:5432/onsite',
      })
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === 'string' ? blankAsMissing(value.toLowerCase()) : value),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
  ONSITE_WEB_DIR: z.preprocess(blankAsMissing, z.string().optional()),
  // Local single-user mode accepts any tier (with a loud warning); a shared deployment sets a floor.
  ONSITE_JUDGE_MIN_ISOLATION: z.preprocess(
    (value) => (typeof value === 'string' ? blankAsMissing(value.toLowerCase()) : value),
    z
      .enum(ISOLATION_TIERS, {
        error: `must be one of ${ISOLATION_TIERS.join(', ')}`,
      })
      .default('none'),
  ),
  ONSITE_JUDGE_MODE: z.preprocess(
    (value) => (typeof value === 'string' ? blankAsMissing(value.toLowerCase()) : value),
    z
      .enum(JUDGE_MODES, { error: `must be one of ${JUDGE_MODES.join(', ')}` })
      .default('in-process'),
  ),
  // Comma-separated host names answered besides the loopback ones and HOST; `*` answers any (behind a proxy that checks Host).
  ONSITE_ALLOWED_HOSTS: z.preprocess(
    blankAsMissing,
    z
      .string()
      .regex(
        /^\s*(?:\*|[\w.:[\]-]+(?:\s*,\s*[\w.:[\]-]+)*)\s*,?\s*$/,
        'must be host names separated by commas (e.g. onsite.example.com,10.0.0.5), or *',
      )
      .optional(),
  ),
  // Sandboxes judging at once in this process. One core stays free by default so that pages,
  // draft saves and answers stay quick while code runs (the judge is CPU-bound by design).
  ONSITE_JUDGE_CONCURRENCY: z.preprocess(
    blankAsMissing,
    z.coerce
      .number({ error: 'must be a whole number between 1 and 64' })
      .int('must be a whole number between 1 and 64')
      .min(1, 'must be a whole number between 1 and 64')
      .max(64, 'must be a whole number between 1 and 64')
      .optional(),
  ),
  ONSITE_INSTANCE_ID: z.preprocess(
    blankAsMissing,
    z.string().max(200, 'must be at most 200 characters').optional(),
  ),
  // A spec's checker and generator are JavaScript run by the server itself, outside the sandbox.
  ONSITE_ALLOW_SPEC_CODE: z.preprocess(
    (value) => (typeof value === 'string' ? blankAsMissing(value.trim().toLowerCase()) : value),
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
      .default('false'),
  ),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Absolute. Holds the SQLite database and anything else Onsite writes. */
  readonly dataDir: string;
  /** Set means PostgreSQL; unset means the embedded SQLite database in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** Absolute path of the built web app. */
  readonly webDir: string;
  /**
   * This server among several on one database (default host:port, stable across restarts):
   * a restart abandons only the unfinished submissions this instance was judging.
   */
  readonly instanceId: string;
  /**
   * The Host names the server answers; anything else gets 421 so that a page on another
   * domain resolving to this machine (DNS rebinding) reads nothing. Default: the loopback
   * names, HOST, and when HOST is a wildcard (0.0.0.0, ::) this machine's name and addresses.
   */
  readonly allowedHosts: AllowedHosts;
  readonly judge: {
    /** Code never runs below this isolation tier (ISOLATION_TOO_WEAK). */
    readonly minIsolation: IsolationTier;
    readonly mode: JudgeMode;
    /**
     * In-process mode: how many sandboxes run at once (default: one fewer than the cores, at
     * least one, so a core stays free to serve requests). Queue mode ignores it: the workers decide.
     */
    readonly concurrency: number;
    /**
     * Whether a spec sent over HTTP may carry a checker or an input generator: JavaScript
     * that runs in the server process, not in the sandbox. Off unless everyone who can reach
     * the server may run code on it. The bank's specs and `onsite judge` are not affected.
     */
    readonly allowSpecCode: boolean;
  };
}

/** Every problem with the environment, reported together so one restart fixes them all. */
export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      `Onsite cannot start: the configuration has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

/** Every name and address a server bound to all interfaces can be reached by on this machine. */
const thisMachineNames = (): string[] => [
  hostname(),
  ...Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .map((address) => address.address),
];

const allowedHostsFor = (host: string, listed: string | undefined): AllowedHosts => {
  const extra = (listed ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (extra.includes('*')) return 'any';
  const names = [
    ...LOOPBACK_HOSTS,
    ...(WILDCARD_HOSTS.has(host) ? thisMachineNames() : [host]),
    ...extra,
  ];
  return new Set(names.map(normalizeHostName));
};

/** One core stays free to serve pages and save drafts while code is judged; one core judges anyway. */
export const defaultJudgeConcurrency = (cores: number): number => Math.max(1, cores - 1);

/**
 * Parses the environment into a `Config`, resolving relative paths against `cwd`.
 * Throws a ConfigError listing every problem at once.
 */
export const loadConfig = (
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Config => {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${issue.path.map(String).join('.') || 'environment'} ${issue.message}`,
      ),
    );
  }
  const values = parsed.data;
  if (values.ONSITE_JUDGE_MODE === 'queue' && values.DATABASE_URL === undefined) {
    throw new ConfigError([
      'ONSITE_JUDGE_MODE=queue needs DATABASE_URL: the judge queue lives in PostgreSQL',
    ]);
  }
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(cwd, values.ONSITE_DATA_DIR),
    databaseUrl: values.DATABASE_URL,
    logLevel: values.LOG_LEVEL,
    webDir:
      values.ONSITE_WEB_DIR === undefined
        ? DEFAULT_WEB_DIR
        : path.resolve(cwd, values.ONSITE_WEB_DIR),
    instanceId: values.ONSITE_INSTANCE_ID ?? `${hostname()}:${String(values.PORT)}`,
    allowedHosts: allowedHostsFor(values.HOST, values.ONSITE_ALLOWED_HOSTS),
    judge: {
      minIsolation: values.ONSITE_JUDGE_MIN_ISOLATION,
      mode: values.ONSITE_JUDGE_MODE,
      concurrency:
        values.ONSITE_JUDGE_CONCURRENCY ?? defaultJudgeConcurrency(availableParallelism()),
      allowSpecCode: ['true', '1', 'yes'].includes(values.ONSITE_ALLOW_SPEC_CODE),
    },
  };
};

/** Hides the password of a connection URL, for logs and messages. */
export const maskSecret = (url: string): string => {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '*****';
    return parsed.toString();
  } catch {
    return '*****';
  }
};

/** The config as it may be logged: secrets masked. */
export const describeConfig = (config: Config): Record<string, string | number> => ({
  port: config.port,
  host: config.host,
  dataDir: config.dataDir,
  database:
    config.databaseUrl === undefined
      ? `sqlite (${path.join(config.dataDir, 'onsite.db')})`
      : maskSecret(config.databaseUrl),
  logLevel: config.logLevel,
  webDir: config.webDir,
  judgeMode: config.judge.mode,
  judgeMinIsolation: config.judge.minIsolation,
  judgeConcurrency: config.judge.concurrency,
  allowSpecCode: String(config.judge.allowSpecCode),
  instanceId: config.instanceId,
  allowedHosts: config.allowedHosts === 'any' ? '*' : [...config.allowedHosts].join(','),
});
