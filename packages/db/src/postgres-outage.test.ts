import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import {
  DomainError,
  isStorageOutage,
  LOCAL_USER_ID,
  STORAGE_UNAVAILABLE_MESSAGE,
  asSessionId,
  type Session,
} from '@onsite/core';
import { openDatabase, type Database } from './open-database';
import { findTestPostgres, startTestPostgres, type TestPostgres } from './testing/postgres';

const availability = findTestPostgres();

const session = (id: string): Session => ({
  id: asSessionId(id),
  userId: LOCAL_USER_ID,
  mode: 'practice',
  title: `outage ${id}`,
  status: 'active',
  createdAt: new Date().toISOString(),
  finishedAt: null,
});

/** Ends every other connection to the database, as an operator's pg_terminate_backend or a failover does. */
const terminateBackends = async (url: string): Promise<number> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    return result.rowCount ?? 0;
  } finally {
    await client.end();
  }
};

const isSleeping = async (url: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(
      "select 1 from pg_stat_activity where datname = current_database() and state = 'active' and query like '%pg_sleep%' and pid <> pg_backend_pid()",
    );
    return (result.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
};

const rejectionOf = async (work: Promise<unknown>): Promise<unknown> =>
  work.then(
    () => null,
    (error: unknown) => error,
  );

describe.skipIf(availability.kind === 'missing')(
  'PostgreSQL stores when the database goes away',
  () => {
    let server: TestPostgres | undefined;
    let url = '';
    let database: Database | undefined;
    const connectionErrors: unknown[] = [];
    const open = (): Database => {
      if (database === undefined)
        throw new Error('The database did not open; see the beforeAll error.');
      return database;
    };

    beforeAll(async () => {
      server = await startTestPostgres();
      url = await server.createDatabase();
      database = await openDatabase({
        databaseUrl: url,
        dataDir: '/unused',
        onConnectionError: (error) => connectionErrors.push(error),
      });
    });
    afterAll(async () => {
      await database?.close();
      await server?.stop();
    });

    it('survives terminated backends, idle or busy, and reconnects on the next query', async () => {
      const { sessions } = open();
      // Fill the pool with idle connections: their termination is what used to crash the process.
      await Promise.all(
        Array.from({ length: 8 }, (_, index) => sessions.createSession(session(`idle-${index}`))),
      );
      expect(await terminateBackends(url)).toBeGreaterThan(0);
      // A query in flight when its backend dies fails as an outage, not as a bug.
      const slow = rejectionOf(
        open()
          .kysely.selectNoFrom((eb) => eb.fn<number>('pg_sleep', [eb.val(30)]).as('slept'))
          .execute(),
      );
      // Wait until it runs (a loaded machine may take a while to connect), so the termination finds it busy.
      await expect.poll(() => isSleeping(url), { timeout: 20_000, interval: 50 }).toBe(true);
      await terminateBackends(url);
      expect(isStorageOutage(await slow)).toBe(true);
      // The pool drops the dead clients and connects anew. A request that drew a pooled connection
      // whose termination notice had not been read yet fails as an outage (503); the next one works.
      const refusals: unknown[] = [];
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const refusal = await rejectionOf(sessions.createSession(session('after-terminate')));
        if (refusal === null) break;
        refusals.push(refusal);
      }
      for (const refusal of refusals)
        expect(refusal).toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
      expect(refusals.length).toBeLessThan(10);
      expect(
        (await sessions.getSession(LOCAL_USER_ID, asSessionId('after-terminate')))?.title,
      ).toBe('outage after-terminate');
      expect(connectionErrors.length).toBeGreaterThan(0);
    });

    it('answers STORAGE_UNAVAILABLE while the server is down, and works again once it is back', async (context) => {
      const restart = server?.restart ?? null;
      if (restart === null) {
        context.skip();
        return;
      }
      const { sessions } = open();
      await sessions.createSession(session('before-restart'));
      let duringOutage: unknown = null;
      await restart(async () => {
        duringOutage = await rejectionOf(sessions.createSession(session('during-restart')));
      });
      expect(duringOutage).toBeInstanceOf(DomainError);
      expect(duringOutage).toMatchObject({
        code: 'STORAGE_UNAVAILABLE',
        message: STORAGE_UNAVAILABLE_MESSAGE,
      });
      await sessions.createSession(session('after-restart'));
      const titles = (await sessions.listSessions(LOCAL_USER_ID, { limit: 100 })).map(
        (each) => each.title,
      );
      expect(titles).toEqual(
        expect.arrayContaining(['outage before-restart', 'outage after-restart']),
      );
      expect(titles).not.toContain('outage during-restart');
    });
  },
);
