import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asRoundId, asSessionId, asStoryId, LOCAL_USER_ID, type Story } from '@onsite/core';
import { openDatabase, SQLITE_FILE_NAME } from './open-database';
import { DamagedDatabaseError, DataDirInUseError, lockDataDir } from './sqlite-file';
import { storageFailureOf } from './storage-failure';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const WRITER = fileURLToPath(new URL('./testing/concurrent-writer.ts', import.meta.url));

const run = (
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(TSX, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

const story = (id: string): Story => ({
  id: asStoryId(id),
  userId: LOCAL_USER_ID,
  title: `Story ${id}`,
  situation: 'x'.repeat(2000),
  task: '',
  action: 'I did it.',
  result: '',
  learning: '',
  tags: [],
  principles: [],
  competencies: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

/** A database with a few hundred KB in it, checkpointed into the main file and closed. */
const fillDatabase = async (dataDir: string): Promise<string> => {
  const db = await openDatabase({ dataDir });
  for (let index = 0; index < 100; index += 1) await db.stories.saveStory(story(`s${index}`));
  await sql`pragma wal_checkpoint(truncate)`.execute(db.kysely);
  await db.close();
  return join(dataDir, SQLITE_FILE_NAME);
};

describe('SQLite shared by several processes', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'onsite-sqlite-shared-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('two processes writing to one file at once (transactions that read, then write) both finish without an error', async () => {
    // Create the schema first, so both writers start from the same migrated file.
    await (await openDatabase({ dataDir: root })).close();
    const [first, second] = await Promise.all([
      run([WRITER, root, 'a', '150']),
      run([WRITER, root, 'b', '150']),
    ]);
    for (const writer of [first, second]) {
      expect(writer.stderr).toBe('');
      expect(JSON.parse(writer.stdout)).toEqual({ written: 150, errors: [] });
      expect(writer.code).toBe(0);
    }
    const db = await openDatabase({ dataDir: root });
    const rounds = await sql<{ count: number }>`select count(*) as count from rounds`.execute(
      db.kysely,
    );
    expect(rounds.rows[0]?.count).toBe(300);
    await db.close();
  }, 120_000);
});

describe('a damaged database file', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'onsite-sqlite-damaged-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('a truncated file is refused at open with its path and the commands to move it aside and restore', async () => {
    const file = await fillDatabase(root);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const opening = openDatabase({ dataDir: root });
    await expect(opening).rejects.toBeInstanceOf(DamagedDatabaseError);
    await expect(opening).rejects.toThrow(`The SQLite database ${file} is damaged`);
    await expect(opening).rejects.toThrow(`mv ${file} ${file}.damaged`);
    await expect(opening).rejects.toThrow(/restore your latest backup/i);
  });

  it('a file that is not a database at all is refused the same way', async () => {
    const file = await fillDatabase(root);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
    closeSync(fd);
    await expect(openDatabase({ dataDir: root })).rejects.toThrow(
      `The SQLite database ${file} is damaged`,
    );
  });

  it('a page damaged while the database is open is found by checkStorage, which was ok before', async () => {
    const file = await fillDatabase(root);
    const db = await openDatabase({ dataDir: root });
    try {
      expect(db.checkStorage()).toEqual({ ok: true, file });
      // Overwrite page 3 (a b-tree page of the stories table) with garbage, as a failing disk would.
      const pageSize = 4096;
      const fd = openSync(file, 'r+');
      writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, 2 * pageSize);
      closeSync(fd);
      const check = db.checkStorage();
      expect(check.ok).toBe(false);
      expect(check).toMatchObject({ file, problem: expect.any(String) as string });
    } finally {
      await db.close();
    }
  });
});

describe('a full disk', () => {
  it('a write that does not fit is SQLITE_FULL, classified as a full disk (not a bug)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'onsite-sqlite-full-'));
    const db = await openDatabase({ dataDir: root });
    try {
      // SQLite's own page limit stands in for the disk: the database may not grow past its size now.
      const pages = await sql<{ page_count: number }>`pragma page_count`.execute(db.kysely);
      await sql.raw(`pragma max_page_count = ${pages.rows[0]?.page_count ?? 0}`).execute(db.kysely);
      let failure: unknown = null;
      for (let index = 0; index < 200 && failure === null; index += 1) {
        await db.stories.saveStory(story(`full-${index}`)).catch((error: unknown) => {
          failure = error;
        });
      }
      expect(failure).toMatchObject({ code: 'SQLITE_FULL' });
      expect(storageFailureOf(failure)).toBe('full');
      expect(storageFailureOf(Object.assign(new Error('write failed'), { code: 'ENOSPC' }))).toBe(
        'full',
      );
      expect(storageFailureOf(new Error('a bug'))).toBeNull();
    } finally {
      await db.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('a full disk inside a transaction (a real full file system: a small tmpfs, which needs root)', () => {
  it('rejects with SQLITE_FULL, not with the failed ROLLBACK of a transaction SQLite already rolled back', async (context) => {
    const mountPoint = mkdtempSync(join(tmpdir(), 'onsite-sqlite-full-tx-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], {
        stdio: 'ignore',
      });
    } catch {
      rmSync(mountPoint, { recursive: true, force: true });
      context.skip('mounting a small tmpfs needs root');
      return;
    }
    const db = await openDatabase({ dataDir: join(mountPoint, 'data') });
    try {
      const at = '2026-01-01T00:00:00.000Z';
      await db.sessions.createSession({
        id: asSessionId('s1'),
        userId: LOCAL_USER_ID,
        mode: 'practice',
        title: 'S',
        status: 'active',
        createdAt: at,
        finishedAt: null,
      });
      // Fill the file system to the last byte.
      const fd = openSync(join(mountPoint, 'filler'), 'w');
      try {
        for (;;) writeSync(fd, Buffer.alloc(64 * 1024));
      } catch (error) {
        expect(error).toMatchObject({ code: 'ENOSPC' });
      } finally {
        closeSync(fd);
      }
      const creating = db.sessions.createRound({
        id: asRoundId('r1'),
        sessionId: asSessionId('s1'),
        userId: LOCAL_USER_ID,
        position: 0,
        kind: 'behavioral',
        questionId: null,
        title: 'R',
        prompt: 'Tell me about a time.',
        status: 'answering',
        transcript: Array.from({ length: 40 }, (_, index) => ({
          index,
          speaker: 'interviewer' as const,
          purpose: 'question' as const,
          text: 'x'.repeat(4000),
          at,
        })),
        draft: null,
        timeLimitMs: 600_000,
        startedAt: at,
        finishedAt: null,
        elapsedMs: null,
        interimEvaluation: null,
        scorecard: null,
      });
      await expect(creating).rejects.toMatchObject({ code: 'SQLITE_FULL' });
      // Nothing of the round was kept, and once there is room the connection writes again.
      expect(await db.sessions.getRound(LOCAL_USER_ID, asRoundId('r1'))).toBeNull();
      rmSync(join(mountPoint, 'filler'));
      await db.sessions.createSession({
        id: asSessionId('s2'),
        userId: LOCAL_USER_ID,
        mode: 'practice',
        title: 'S2',
        status: 'active',
        createdAt: at,
        finishedAt: null,
      });
    } finally {
      await db.close();
      execFileSync('umount', [mountPoint]);
      rmSync(mountPoint, { recursive: true, force: true });
    }
  });
});

describe('lockDataDir', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'onsite-lock-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a second holder, naming the directory and the first one’s pid and address, until it is released', () => {
    const first = lockDataDir(root);
    first.recordOwner({ url: 'http://127.0.0.1:4321' });
    let refused: unknown = null;
    try {
      lockDataDir(root);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirInUseError);
    expect(String(refused)).toContain(`pid ${process.pid}, http://127.0.0.1:4321`);
    expect(String(refused)).toContain(`the data directory ${root}`);
    expect(String(refused)).toContain('ONSITE_DATA_DIR=');
    first.release();
    const second = lockDataDir(root);
    second.release();
  });

  it('is free again once its holder is killed (kill -9 leaves no stale lock)', async () => {
    // The holder keeps the lock referenced: a lock nothing refers to is closed by the garbage
    // collector (better-sqlite3's finalizer), which freed it early in one CI run.
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `import { lockDataDir } from ${JSON.stringify(join(ROOT, 'packages/db/src/sqlite-file.ts'))}; globalThis.held = lockDataDir(${JSON.stringify(root)}); console.log('locked'); setInterval(() => {}, 1000);`,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('locked')) resolve();
      });
      holder.on('close', () => reject(new Error('the holder exited before locking')));
    });
    expect(() => lockDataDir(root)).toThrow(new RegExp(`pid ${String(holder.pid)}`));
    const exited = new Promise((resolve) => holder.on('close', resolve));
    holder.kill('SIGKILL');
    await exited;
    const taken = lockDataDir(root);
    taken.release();
  }, 60_000);
});
