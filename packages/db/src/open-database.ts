import { join } from 'node:path';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import type { PlanStore, SessionStore, StoryStore, SubmissionStore } from '@onsite/core';
import { migrationProvider } from './migrations';
import { KyselyPlanStore } from './plan-store';
import { createPostgresPool, withStorageErrors } from './postgres-pool';
import type { DatabaseSchema } from './tables';
import { KyselySessionStore } from './session-store';
import { KyselyStoryStore } from './story-store';
import { checkSqliteFile, ImmediateTransactionSqliteDialect, openSqliteFile } from './sqlite-file';
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

/** Whether the stored data is whole: SQLite's quick_check of the file (PostgreSQL checks its own pages). */
export type StorageCheck =
  | { readonly ok: true; readonly file?: string }
  | { readonly ok: false; readonly file: string; readonly problem: string };

export interface Database {
  readonly dialect: Dialect;
  readonly sessions: SessionStore;
  readonly stories: StoryStore;
  readonly submissions: SubmissionStore;
  readonly plans: PlanStore;
  /** The query layer, for stores added later. Write SQL both engines accept. */
  readonly kysely: Kysely<DatabaseSchema>;
  /** Checks the SQLite file again (it reads every page: call it now and then, not per request). */
  checkStorage(): StorageCheck;
  /** Closes the connection (SQLite) or the pool (PostgreSQL). Safe to call twice. */
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'onsite.db';

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';

const openSqlite = (
  dataDir: string,
): { kysely: Kysely<DatabaseSchema>; checkStorage: () => StorageCheck } => {
  const file = join(dataDir, SQLITE_FILE_NAME);
  const sqlite = openSqliteFile(file, dataDir);
  return {
    kysely: new Kysely<DatabaseSchema>({ dialect: new ImmediateTransactionSqliteDialect(sqlite) }),
    checkStorage: () => {
      const integrity = checkSqliteFile(file);
      return integrity.ok ? { ok: true, file } : { ok: false, file, problem: integrity.problem };
    },
  };
};

const openPostgres = (
  databaseUrl: string,
  onConnectionError: (error: unknown) => void,
): Kysely<DatabaseSchema> =>
  new Kysely<DatabaseSchema>({
    dialect: new PostgresDialect({ pool: createPostgresPool(databaseUrl, onConnectionError) }),
  });

const warnOfConnectionError = (error: unknown): void =>
  console.warn(`[onsite db] lost a PostgreSQL connection (it will reconnect): ${messageOf(error)}`);

/** Hides the password of a connection string so it can appear in an error message. */
export const maskDatabaseUrl = (url: string): string =>
  url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');

/**
 * Opens SQLite (default) or PostgreSQL (when `databaseUrl` is set), applies any
 * pending migrations and returns the stores. Fails with a clear message when
 * the database cannot be reached or a migration fails, and with a DamagedDatabaseError
 * (naming the file and what to do) when the SQLite file fails its quick_check.
 */
export const openDatabase = async (config: DatabaseConfig): Promise<Database> => {
  const url =
    config.databaseUrl === undefined || config.databaseUrl === '' ? null : config.databaseUrl;
  const dialect: Dialect = url === null ? 'sqlite' : 'postgres';
  const { kysely, checkStorage } =
    url === null
      ? openSqlite(config.dataDir)
      : {
          kysely: openPostgres(url, config.onConnectionError ?? warnOfConnectionError),
          checkStorage: (): StorageCheck => ({ ok: true }),
        };

  const { error, results } = await new Migrator({
    db: kysely,
    provider: migrationProvider,
  }).migrateToLatest();
  if (error !== undefined) {
    await kysely.destroy();
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    const where = url === null ? join(config.dataDir, SQLITE_FILE_NAME) : maskDatabaseUrl(url);
    throw new Error(
      `Could not prepare the ${dialect} database at ${where}${failed === undefined ? '' : ` (migration ${failed})`}: ${messageOf(error)}`,
      {
        cause: error,
      },
    );
  }

  let closed: Promise<void> | undefined;
  return {
    dialect,
    sessions: withStorageErrors(new KyselySessionStore(kysely)),
    stories: withStorageErrors(new KyselyStoryStore(kysely)),
    submissions: withStorageErrors(new KyselySubmissionStore(kysely)),
    plans: withStorageErrors(new KyselyPlanStore(kysely)),
    kysely,
    checkStorage,
    close: () => (closed ??= kysely.destroy()),
  };
};
