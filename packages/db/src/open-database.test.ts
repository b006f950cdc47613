import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maskDatabaseUrl, openDatabase } from './open-database';

describe('openDatabase', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'onsite-open-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('uses SQLite when the database URL is empty', async () => {
    const db = await openDatabase({ databaseUrl: '', dataDir: root });
    expect(db.dialect).toBe('sqlite');
    await db.close();
  });

  it('names the SQLite path when the data directory cannot be created', async () => {
    const blocker = join(root, 'a-file');
    writeFileSync(blocker, 'not a directory');
    await expect(openDatabase({ dataDir: join(blocker, 'data') })).rejects.toThrow(
      /Could not open the SQLite database at .*a-file\/data\/onsite\.db/,
    );
  });

  it('reports an unreachable PostgreSQL without revealing the password', async () => {
    // Port 1 on loopback refuses connections at once.
    const attempt = openDatabase({
      databaseUrl: 'postgres://onsite:hunter2@127.0.0.1:1/onsite',
      dataDir: root,
    });
    await expect(attempt).rejects.toThrow(
      /Could not prepare the postgres database at postgres:\/\/onsite:\*\*\*@127\.0\.0\.1:1\/onsite/,
    );
    await expect(attempt).rejects.not.toThrow(/hunter2/);
  });
});

describe('maskDatabaseUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(maskDatabaseUrl('postgres://me:s3cr:et@db.example:5432/app?sslmode=require')).toBe(
      'postgres://me:***@db.example:5432/app?sslmode=require',
    );
  });

  it('leaves a URL without a password unchanged', () => {
    expect(maskDatabaseUrl('postgres://me@db.example/app')).toBe('postgres://me@db.example/app');
  });
});
