import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UserId } from '@onsite/core';
import { openDatabase, type Database } from '../open-database';

/** A database for one test plus what the contract suite needs around it. */
export interface TestDatabase extends Database {
  addUser(id: UserId): Promise<void>;
}

const withAddUser = (database: Database, close: () => Promise<void>): TestDatabase => ({
  ...database,
  async addUser(id) {
    await database.kysely
      .insertInto('users')
      .values({ id, created_at: new Date().toISOString() })
      .execute();
  },
  close,
});

/** A fresh SQLite database in its own temporary directory, deleted on close. */
export const openTestSqlite = async (): Promise<TestDatabase> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'onsite-sqlite-'));
  const database = await openDatabase({ dataDir });
  return withAddUser(database, async () => {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
};

/** Opens a PostgreSQL database by URL (e.g. from TestPostgres#createDatabase). */
export const openTestPostgres = async (databaseUrl: string): Promise<TestDatabase> => {
  const database = await openDatabase({ databaseUrl, dataDir: '/nonexistent-unused-for-postgres' });
  return withAddUser(database, () => database.close());
};
