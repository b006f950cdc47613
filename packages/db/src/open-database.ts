import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import type { SessionStore, StoryStore, SubmissionStore } from '@onsite/core';
import { migrationProvider } from './migrations';
import { createPostgresPool, withStorageErrors } from './postgres-pool';
import type { DatabaseSchema } from './schema';
import { KyselySessionStore } from './session-store';
import { KyselyStoryStore } from './story-store';
import { KyselySubmissionStore } from './submission-store';

export interface DatabaseConfig {
  /** A PostgreSQL connection string; when absent, SQLite in `dataDir` is used. */
  readonly databaseUrl?: string | undefined;
  /** Where the SQLite file lives (`<dataDir>/onsite.db`); created if missing. */
  readonly dataDir: string;
  /**
   * Told when a PostgreSQL connection breaks (a restart, a terminated backend). The server logs it
   * and carries on: the pool reconnects, and requests meanwhile answer STORAGE_UNAVAILABLE.
   */
  readonly onConnectionError?: ((error: unknown) => void) | undefined;
}

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  readonly dialect: Dialect;
  readonly sessions: SessionStore;
  readonly stories: StoryStore;
  readonly submissions: SubmissionStore;
  /** The query layer, for stores added later. Write SQL both engines accept. */
  readonly kysely: Kysely<DatabaseSchema>;
  /** Closes the connection (SQLite) or the pool (PostgreSQL). Safe to call twice. */
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'onsite.db';

/** How long SQLite waits for another writer (e.g. the CLI next to a running server) before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error');

const openSqliteFile = (dataDir: string): SqliteDatabase.Database => {
  const file = join(dataDir, SQLITE_FILE_NAME);
  try {
    mkdirSync(dataDir, { recursive: true });
    return new SqliteDatabase(file);
  } catch (error) {
    throw new Error(`Could not open the SQLite database at ${file}: ${messageOf(error)}`, { cause: error });
  }
};

const openSqlite = (dataDir: string): Kysely<DatabaseSchema> => {
  const sqlite = openSqliteFile(dataDir);
  // WAL lets readers run while one writer writes; NORMAL sync is durable across
  // application crashes in WAL mode and much faster than FULL.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  return new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
};

const openPostgres = (databaseUrl: string, onConnectionError: (error: unknown) => void): Kysely<DatabaseSchema> =>
  new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool: createPostgresPool(databaseUrl, onConnectionError) }) });

const warnOfConnectionError = (error: unknown): void => console.warn(`[onsite db] lost a PostgreSQL connection (it will reconnect): ${messageOf(error)}`);

/** Hides the password of a connection string so it can appear in an error message. */
export const maskDatabaseUrl = (url: string): string => url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');

/**
 * Opens SQLite (default) or PostgreSQL (when `databaseUrl` is set), applies any
 * pending migrations and returns the stores. Fails with a clear message when
 * the database cannot be reached or a migration fails.
 */
export const openDatabase = async (config: DatabaseConfig): Promise<Database> => {
  const url = config.databaseUrl === undefined || config.databaseUrl === '' ? null : config.databaseUrl;
  const dialect: Dialect = url === null ? 'sqlite' : 'postgres';
  const kysely = url === null ? openSqlite(config.dataDir) : openPostgres(url, config.onConnectionError ?? warnOfConnectionError);

  const { error, results } = await new Migrator({ db: kysely, provider: migrationProvider }).migrateToLatest();
  if (error !== undefined) {
    await kysely.destroy();
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    const where = url === null ? join(config.dataDir, SQLITE_FILE_NAME) : maskDatabaseUrl(url);
    throw new Error(`Could not prepare the ${dialect} database at ${where}${failed === undefined ? '' : ` (migration ${failed})`}: ${messageOf(error)}`, {
      cause: error,
    });
  }

  let closed: Promise<void> | undefined;
  return {
    dialect,
    sessions: withStorageErrors(new KyselySessionStore(kysely)),
    stories: withStorageErrors(new KyselyStoryStore(kysely)),
    submissions: withStorageErrors(new KyselySubmissionStore(kysely)),
    kysely,
    close: () => (closed ??= kysely.destroy()),
  };
};
