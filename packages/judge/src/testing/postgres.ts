/**
 * A real PostgreSQL for the judge queue's tests. The same idea as
 * `packages/db/src/testing/postgres.ts`, kept separate because judge may
 * import only core (a lint rule): with `DATABASE_URL_TEST` set that server is
 * used as is; otherwise a throwaway cluster is started from Debian's binaries
 * in a temporary directory and deleted by `stop()`. Tests keep apart by using
 * their own queue names.
 */
import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ThrowawayPostgres {
  readonly connectionString: string;
  stop(): Promise<void>;
  /**
   * Stops the server (fast: connections are cut), runs `whileDown`, and starts it again on the same
   * port. Null for DATABASE_URL_TEST: a shared server is not the tests' to restart.
   */
  readonly restart: ((whileDown: () => Promise<void>) => Promise<void>) | null;
}

const PG_ROOT = '/usr/lib/postgresql';

/** The newest Debian PostgreSQL `bin` directory, or null when none is installed. */
export function findPostgresBinDir(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  const found = versions
    .map((v) => join(PG_ROOT, v, 'bin'))
    .find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  return found ?? null;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });

const isRoot = () => process.getuid?.() === 0;

/** PostgreSQL refuses to run as root, so as root its tools run as Debian's `postgres` user. */
const asServerUser = (command: string, args: string[]): [string, string[]] =>
  isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const url = process.env.DATABASE_URL_TEST;
  if (url !== undefined && url !== '')
    return { connectionString: url, stop: () => Promise.resolve(), restart: null };
  const binDir = findPostgresBinDir();
  if (binDir === null)
    throw new Error(
      "The judge queue tests need PostgreSQL: set DATABASE_URL_TEST or install Debian's postgresql (initdb under /usr/lib/postgresql/<ver>/bin).",
    );

  const dir = mkdtempSync(join(tmpdir(), 'onsite-judge-pg-'));
  if (isRoot()) {
    const id = (flag: string) =>
      Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  const dataDir = join(dir, 'data');
  const pgCtl = join(binDir, 'pg_ctl');
  const stopCluster = () => {
    const [command, args] = asServerUser(pgCtl, ['-D', dataDir, '-m', 'immediate', 'stop']);
    spawnSync(command, args, { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  // A test run that dies before stop() must not leave a server behind.
  process.once('exit', stopCluster);
  const port = await freePort();
  // Durability is pointless for a throwaway cluster; without it the tests run faster.
  const options = `-p ${port} -k '${dir}' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const startServer = () =>
    run(
      ...asServerUser(pgCtl, [
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
      ]),
    );
  try {
    await run(
      ...asServerUser(join(binDir, 'initdb'), [
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
      ]),
    );
    await startServer();
  } catch (error) {
    process.removeListener('exit', stopCluster);
    stopCluster();
    throw error;
  }
  return {
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: async (whileDown) => {
      await run(...asServerUser(pgCtl, ['-D', dataDir, '-m', 'fast', '-w', '-t', '30', 'stop']));
      try {
        await whileDown();
      } finally {
        await startServer();
      }
    },
    stop: () => {
      process.removeListener('exit', stopCluster);
      stopCluster();
      return Promise.resolve();
    },
  };
}
