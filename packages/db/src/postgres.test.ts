import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { LOCAL_USER_ID } from '@onsite/core';
import { describeSessionStoreContract } from './contract.test-suite';
import { openDatabase } from './open-database';
import { openTestPostgres } from './testing/open-test-database';
import { findTestPostgres, startTestPostgres, type TestPostgres } from './testing/postgres';

const availability = findTestPostgres();

if (availability.kind === 'missing') {
  if (process.env.CI === 'true') {
    // CI must prove both engines work: a missing server is a failure, not a skip.
    describe('PostgreSQL stores', () => {
      it('needs PostgreSQL in CI', () => {
        throw new Error(availability.message);
      });
    });
  } else {
    console.warn(
      `\n${'!'.repeat(78)}\n!! SKIPPING the PostgreSQL store tests. ${availability.message}\n${'!'.repeat(78)}\n`,
    );
    describe.skip('PostgreSQL stores (skipped: no PostgreSQL)', () => {
      it('needs PostgreSQL', () => undefined);
    });
  }
} else {
  let server: TestPostgres | undefined;
  const running = (): TestPostgres => {
    if (server === undefined)
      throw new Error('The test PostgreSQL did not start; see the beforeAll error.');
    return server;
  };

  beforeAll(async () => {
    server = await startTestPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });

  describeSessionStoreContract('PostgreSQL', async () =>
    openTestPostgres(await running().createDatabase()),
  );

  describe('PostgreSQL database', () => {
    it('migrates an empty database, seeds the local user and migrates again as a no-op', async () => {
      const url = await running().createDatabase();
      const first = await openDatabase({ databaseUrl: url, dataDir: '/unused' });
      expect(first.dialect).toBe('postgres');
      await first.close();
      const second = await openDatabase({ databaseUrl: url, dataDir: '/unused' });
      try {
        const users = await second.kysely.selectFrom('users').select('id').execute();
        expect(users).toEqual([{ id: LOCAL_USER_ID }]);
        const tables = await sql<{
          table_name: string;
        }>`select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(
          second.kysely,
        );
        expect(tables.rows.map((row) => row.table_name)).toEqual(
          expect.arrayContaining([
            'drafts',
            'plans',
            'rounds',
            'sessions',
            'stories',
            'submissions',
            'turns',
            'users',
          ]),
        );
      } finally {
        await second.close();
      }
    });
  });
}
