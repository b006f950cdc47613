import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

/** How long SQLite waits for another writer (the CLI next to a running server) before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';

const sqliteCodeOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : '';

/** SQLite's words for a file that is not (or no longer) a whole database. */
const isDamage = (error: unknown): boolean => {
  const code = sqliteCodeOf(error);
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
};

/**
 * The database file fails SQLite's own check (or cannot be read as a database at all).
 * The message names the file and gives the commands to move it aside and restore or start over.
 */
export class DamagedDatabaseError extends Error {
  readonly file: string;
  constructor(file: string, problem: string, options?: { cause?: unknown }) {
    super(
      [
        `The SQLite database ${file} is damaged (${problem}), so Onsite will not use it.`,
        'To go on:',
        '  1. Stop every Onsite server or command using it.',
        '  2. Move the damaged file aside (keep it: what is readable can often be recovered):',
        `       mv ${file} ${file}.damaged; mv ${file}-wal ${file}.damaged-wal 2>/dev/null; rm -f ${file}-shm`,
        '  3. Restore your latest backup of it, or skip this step to start with an empty database:',
        `       cp /path/to/backup/onsite.db ${file}`,
        '  4. Start Onsite again (npm start).',
        `  To recover what the damaged file still holds: sqlite3 ${file}.damaged .recover | sqlite3 ${file}`,
      ].join('\n'),
      options,
    );
    this.name = 'DamagedDatabaseError';
    this.file = file;
  }
}

/** What SQLite's quick_check found: `ok`, or the first problems it listed. */
export type SqliteIntegrity =
  { readonly ok: true } | { readonly ok: false; readonly problem: string };

/**
 * PRAGMA quick_check: reads every page and checks the b-trees (not the indexes' contents), in
 * time proportional to the file's size. A damaged page is otherwise found only by the query that
 * happens to read it.
 */
export const checkSqliteIntegrity = (sqlite: SqliteDatabase.Database): SqliteIntegrity => {
  try {
    const result: unknown = sqlite.pragma('quick_check(3)', { simple: false });
    const rows: readonly unknown[] = Array.isArray(result) ? result : [];
    const lines = rows.map((row) =>
      typeof row === 'object' && row !== null && 'quick_check' in row
        ? String(row.quick_check)
        : JSON.stringify(row),
    );
    return lines.length === 1 && lines[0] === 'ok'
      ? { ok: true }
      : { ok: false, problem: lines.join('; ') || 'quick_check returned nothing' };
  } catch (error) {
    return { ok: false, problem: messageOf(error) };
  }
};

/**
 * quick_check on a connection of its own: a long-open connection keeps pages in its cache and
 * would not see what has happened to the file since it read them.
 */
export const checkSqliteFile = (file: string): SqliteIntegrity => {
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(file, {
      readonly: true,
      fileMustExist: true,
      timeout: SQLITE_BUSY_TIMEOUT_MS,
    });
  } catch (error) {
    return { ok: false, problem: messageOf(error) };
  }
  try {
    return checkSqliteIntegrity(sqlite);
  } finally {
    sqlite.close();
  }
};

/**
 * Opens `<dataDir>/onsite.db` (creating the folder), sets the pragmas several processes need,
 * and refuses a damaged file with a DamagedDatabaseError instead of failing later in a request.
 */
export const openSqliteFile = (file: string, dataDir: string): SqliteDatabase.Database => {
  let sqlite: SqliteDatabase.Database;
  try {
    mkdirSync(dataDir, { recursive: true });
    sqlite = new SqliteDatabase(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new Error(`Could not open the SQLite database at ${file}: ${messageOf(error)}`, {
      cause: error,
    });
  }
  try {
    // WAL lets readers run while one writer writes; NORMAL sync is durable across
    // application crashes in WAL mode and much faster than FULL.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    const integrity = checkSqliteIntegrity(sqlite);
    if (!integrity.ok) throw new DamagedDatabaseError(file, integrity.problem);
  } catch (error) {
    sqlite.close();
    if (error instanceof DamagedDatabaseError) throw error;
    if (isDamage(error)) throw new DamagedDatabaseError(file, messageOf(error), { cause: error });
    throw new Error(`Could not open the SQLite database at ${file}: ${messageOf(error)}`, {
      cause: error,
    });
  }
  return sqlite;
};

/** Distinct statements kept prepared; past this the cache starts again (queries with lists of any length make new texts). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query it runs; preparing costs more than running a small
 * statement (about a millisecond under load), on the server's event loop. The same
 * SQL text reuses its prepared statement. Safe because Kysely runs each statement to
 * completion (`all` or `run`) before the next one starts: no statement is shared by
 * two queries at once.
 */
const withStatementCache = (database: SqliteDatabase.Database): SqliteDialectConfig['database'] => {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statement = database.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
    close() {
      database.close();
    },
  };
};

/**
 * Every transaction starts with BEGIN IMMEDIATE: it takes the write lock at once, waiting up to
 * the busy timeout for another process to finish. A plain BEGIN reads first and asks for the
 * lock at its first write; if another process wrote in between, SQLite cannot wait (the read
 * would be stale) and fails at once with SQLITE_BUSY or SQLITE_BUSY_SNAPSHOT.
 */
class ImmediateTransactionDriver extends SqliteDriver {
  readonly #database: SqliteDatabase.Database;
  constructor(database: SqliteDatabase.Database) {
    super({ database: withStatementCache(database) });
    this.#database = database;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  /**
   * After SQLITE_FULL (a full disk), IOERR, BUSY or NOMEM SQLite may already have rolled the
   * transaction back; a second ROLLBACK then fails with "no transaction is active" and that
   * error, not the full disk, would reach the caller.
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.#database.inTransaction) return;
    await super.rollbackTransaction(connection);
  }
}

export class ImmediateTransactionSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase.Database;
  constructor(database: SqliteDatabase.Database) {
    super({ database });
    this.#database = database;
  }
  override createDriver(): Driver {
    return new ImmediateTransactionDriver(this.#database);
  }
}

/** Who holds a data directory: written beside its lock so that the next server can say. */
export interface DataDirOwner {
  readonly pid: number;
  /** Where it serves, once it listens. */
  readonly url?: string;
  readonly startedAt: string;
}

/** Another process holds the data directory's lock; the message names the directory and the holder. */
export class DataDirInUseError extends Error {
  readonly dataDir: string;
  readonly owner: DataDirOwner | null;
  constructor(dataDir: string, owner: DataDirOwner | null) {
    const who =
      owner === null
        ? 'Another Onsite server'
        : `Another Onsite server (pid ${owner.pid}${owner.url === undefined ? '' : `, ${owner.url}`})`;
    super(
      `${who} is already using the data directory ${dataDir}. Two servers on one SQLite database would overwrite each other's work. ` +
        `Use the running one, stop it first, or give this one its own directory: ONSITE_DATA_DIR=/another/folder npm start.`,
    );
    this.name = 'DataDirInUseError';
    this.dataDir = dataDir;
    this.owner = owner;
  }
}

export interface DataDirLock {
  /** Records where this server listens, for the message another server would print. */
  recordOwner(owner: Omit<DataDirOwner, 'pid' | 'startedAt'>): void;
  /** Safe to call twice. */
  release(): void;
}

export const DATA_DIR_LOCK_FILE = 'server.lock';
export const DATA_DIR_OWNER_FILE = 'server.json';

const readOwner = (file: string): DataDirOwner | null => {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (
      typeof value !== 'object' ||
      value === null ||
      !('pid' in value) ||
      typeof value.pid !== 'number'
    )
      return null;
    const url = 'url' in value && typeof value.url === 'string' ? value.url : undefined;
    const startedAt =
      'startedAt' in value && typeof value.startedAt === 'string' ? value.startedAt : '';
    return { pid: value.pid, startedAt, ...(url === undefined ? {} : { url }) };
  } catch {
    return null;
  }
};

/**
 * One server per SQLite data directory. The lock is SQLite's own (an exclusive transaction held
 * open on `<dataDir>/server.lock`), which the operating system drops when the process ends in any
 * way, kill -9 included: a lock never outlives its server, so there is no stale lock to clear.
 * Throws DataDirInUseError when another process holds it. CLI commands do not take it: they share
 * the database safely through SQLite's own locking and busy timeout.
 */
export const lockDataDir = (dataDir: string, now: () => Date = () => new Date()): DataDirLock => {
  mkdirSync(dataDir, { recursive: true });
  const ownerFile = join(dataDir, DATA_DIR_OWNER_FILE);
  const lock = new SqliteDatabase(join(dataDir, DATA_DIR_LOCK_FILE), { timeout: 0 });
  try {
    lock.exec('begin exclusive');
  } catch (error) {
    lock.close();
    if (sqliteCodeOf(error).startsWith('SQLITE_BUSY'))
      throw new DataDirInUseError(dataDir, readOwner(ownerFile));
    throw new Error(`Could not lock the data directory ${dataDir}: ${messageOf(error)}`, {
      cause: error,
    });
  }
  const startedAt = now().toISOString();
  const writeOwner = (owner: DataDirOwner): void => {
    // Only informative: a failure to write it must not stop the server.
    try {
      writeFileSync(ownerFile, `${JSON.stringify(owner)}\n`);
    } catch {
      /* the lock itself still holds */
    }
  };
  writeOwner({ pid: process.pid, startedAt });
  let released = false;
  return {
    recordOwner: (owner) => writeOwner({ pid: process.pid, startedAt, ...owner }),
    release: () => {
      if (released) return;
      released = true;
      lock.close();
    },
  };
};
