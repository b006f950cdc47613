/**
 * A real PostgreSQL for tests. With `DATABASE_URL_TEST` set, tests use that
 * server (the role needs CREATEDB). Otherwise a throwaway cluster is started
 * from the installed binaries (Debian: /usr/lib/postgresql/<ver>/bin) in a
 * temporary directory, and removed again by `stop()`.
 *
 * Each `createDatabase()` gives a new, empty database, so tests never see each
 * other's rows. Reusable by any package's tests (`@onsite/db/testing`).
 */
import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export type PostgresAvailability =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'binaries'; readonly binDir: string }
  | { readonly kind: 'missing'; readonly message: string };

export interface TestPostgres {
  /** A connection string for the server's maintenance database. */
  readonly adminUrl: string;
  /** Creates a new empty database and returns its connection string. */
  createDatabase(): Promise<string>;
  /** Drops the databases it created; stops and deletes a throwaway cluster. */
  stop(): Promise<void>;
  /**
   * Shuts the server down (fast mode: connections are cut) and starts it again on the same port and
   * data, resolving once it accepts connections; `whileDown` runs in between. Only for a throwaway
   * cluster (null for DATABASE_URL_TEST: a shared server is not the tests' to restart).
   */
  readonly restart: ((whileDown?: () => Promise<void>) => Promise<void>) | null;
}

const DEBIAN_PG_ROOT = '/usr/lib/postgresql';

/** The newest `bin` directory holding initdb and pg_ctl: Debian's layout first, then PATH. */
export const findPostgresBinDir = (
  env: NodeJS.ProcessEnv = process.env,
  debianRoot = DEBIAN_PG_ROOT,
): string | null => {
  const hasTools = (dir: string): boolean =>
    existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const dir = join(debianRoot, version, 'bin');
      if (hasTools(dir)) return dir;
    }
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && hasTools(dir)) return dir;
  }
  return null;
};

export const MISSING_POSTGRES_MESSAGE =
  'PostgreSQL tests need a server: set DATABASE_URL_TEST to a server where the role may CREATE DATABASE, ' +
  'or install the PostgreSQL binaries (Debian: apt-get install postgresql; initdb and pg_ctl under /usr/lib/postgresql/<ver>/bin).';

export const findTestPostgres = (
  env: NodeJS.ProcessEnv = process.env,
  debianRoot = DEBIAN_PG_ROOT,
): PostgresAvailability => {
  const url = env.DATABASE_URL_TEST;
  if (url !== undefined && url !== '') return { kind: 'url', url };
  const binDir = findPostgresBinDir(env, debianRoot);
  return binDir === null
    ? { kind: 'missing', message: MISSING_POSTGRES_MESSAGE }
    : { kind: 'binaries', binDir };
};

/** A TCP port on 127.0.0.1 that nothing listens on now (for a server a test or bench starts). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not find a free TCP port'));
      });
    });
  });

const isRoot = (): boolean => process.getuid?.() === 0;

/** PostgreSQL refuses to run as root, so as root the tools run as the `postgres` system user. */
const runAsServerUser = async (command: string, args: readonly string[]): Promise<void> => {
  try {
    if (!isRoot()) {
      await run(command, [...args]);
      return;
    }
    await run('runuser', ['-u', 'postgres', '--', command, ...args]);
  } catch (error) {
    const detail =
      error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error);
    throw new Error(`${command} failed: ${detail.trim()}`, { cause: error });
  }
};

const serverUserIds = (): { uid: number; gid: number } => {
  const id = (flag: string): number => {
    const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    const value = Number(result.stdout.trim());
    if (result.status !== 0 || !Number.isInteger(value)) {
      throw new Error(
        "Running the PostgreSQL tests as root needs the 'postgres' system user (Debian's postgresql package creates it).",
      );
    }
    return value;
  };
  return { uid: id('-u'), gid: id('-g') };
};

const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

let databaseCount = 0;

/** Works against any server reachable at `adminUrl`; `onStop` runs after the databases are dropped. */
const testPostgresAt = (
  adminUrl: string,
  onStop: () => Promise<void>,
  restart: TestPostgres['restart'] = null,
): TestPostgres => {
  const created: string[] = [];
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    adminUrl,
    restart,
    async createDatabase() {
      databaseCount += 1;
      // Names carry the pid so parallel test files sharing DATABASE_URL_TEST never collide.
      const name = `onsite_test_${process.pid}_${databaseCount}_${Date.now().toString(36)}`;
      await admin((client) => client.query(`create database ${name}`));
      created.push(name);
      return withDatabase(adminUrl, name);
    },
    async stop() {
      await admin(async (client) => {
        for (const name of created.splice(0))
          await client.query(`drop database if exists ${name} with (force)`);
      });
      await onStop();
    },
  };
};

const startCluster = async (binDir: string): Promise<TestPostgres> => {
  const dir = mkdtempSync(join(tmpdir(), 'onsite-pg-'));
  if (isRoot()) {
    const { uid, gid } = serverUserIds();
    chownSync(dir, uid, gid);
  }
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const pgCtl = join(binDir, 'pg_ctl');
  // Durability is pointless for a throwaway cluster; turning it off makes tests fast.
  const options = `-p ${port} -k '${dir}' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const startServer = () =>
    runAsServerUser(pgCtl, [
      '-D',
      dataDir,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-t',
      '30',
      '-o',
      options,
      'start',
    ]);
  const stopCluster = (): void => {
    const args = ['-D', dataDir, '-m', 'immediate', 'stop'];
    spawnSync(
      isRoot() ? 'runuser' : pgCtl,
      isRoot() ? ['-u', 'postgres', '--', pgCtl, ...args] : args,
      { stdio: 'ignore' },
    );
    rmSync(dir, { recursive: true, force: true });
  };
  // A test run that dies before stop() must not leave a server behind.
  const onExit = (): void => stopCluster();
  process.once('exit', onExit);
  try {
    await runAsServerUser(join(binDir, 'initdb'), [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--no-sync',
      '--no-instructions',
    ]);
    await startServer();
  } catch (error) {
    process.removeListener('exit', onExit);
    stopCluster();
    throw error;
  }
  const restart = async (whileDown?: () => Promise<void>): Promise<void> => {
    await runAsServerUser(pgCtl, ['-D', dataDir, '-m', 'fast', '-w', '-t', '30', 'stop']);
    try {
      await whileDown?.();
    } finally {
      await startServer();
    }
  };
  return testPostgresAt(
    `postgres://postgres@127.0.0.1:${port}/postgres`,
    () => {
      process.removeListener('exit', onExit);
      stopCluster();
      return Promise.resolve();
    },
    restart,
  );
};

/**
 * Starts (or connects to) a PostgreSQL for tests. Throws with
 * MISSING_POSTGRES_MESSAGE when there is neither DATABASE_URL_TEST nor binaries.
 */
export const startTestPostgres = async (
  env: NodeJS.ProcessEnv = process.env,
): Promise<TestPostgres> => {
  const availability = findTestPostgres(env);
  switch (availability.kind) {
    case 'url':
      return testPostgresAt(availability.url, () => Promise.resolve());
    case 'binaries':
      return startCluster(availability.binDir);
    case 'missing':
      throw new Error(availability.message);
  }
};
