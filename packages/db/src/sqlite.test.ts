import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_USER_ID, asRoundId, asSessionId } from '@onsite/core';
import { describeSessionStoreContract } from './contract.test-suite';
import { openDatabase } from './open-database';
import { openTestSqlite } from './testing/open-test-database';

describeSessionStoreContract('SQLite', openTestSqlite);

describe('SQLite database file', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'onsite-sqlite-file-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('creates <dataDir>/onsite.db, making missing directories, in WAL mode with foreign keys on', async () => {
    const dataDir = join(root, 'nested', 'data');
    const db = await openDatabase({ dataDir });
    try {
      expect(db.dialect).toBe('sqlite');
      expect(existsSync(join(dataDir, 'onsite.db'))).toBe(true);
      const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db.kysely);
      expect(journal.rows[0]?.journal_mode).toBe('wal');
      const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(
        db.kysely,
      );
      expect(foreignKeys.rows[0]?.foreign_keys).toBe(1);
      const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db.kysely);
      expect(busy.rows[0]?.timeout).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  });

  it('keeps a draft across close and reopen, and migrates a second time without duplicating the local user', async () => {
    const first = await openDatabase({ dataDir: root });
    await first.sessions.createSession({
      id: asSessionId('s1'),
      userId: LOCAL_USER_ID,
      mode: 'practice',
      title: 'Tuesday practice',
      status: 'active',
      createdAt: '2026-01-01T09:00:00.000Z',
      finishedAt: null,
    });
    await first.sessions.createRound({
      id: asRoundId('r1'),
      sessionId: asSessionId('s1'),
      userId: LOCAL_USER_ID,
      position: 0,
      kind: 'behavioral',
      questionId: null,
      title: 'A late change',
      prompt: 'Tell me about a late change.',
      status: 'answering',
      transcript: [],
      draft: null,
      timeLimitMs: 600_000,
      startedAt: '2026-01-01T09:00:00.000Z',
      finishedAt: null,
      elapsedMs: null,
      interimEvaluation: null,
      scorecard: null,
    });
    await first.sessions.saveDraft(LOCAL_USER_ID, asRoundId('r1'), {
      text: 'Half a sentence',
      savedAt: '2026-01-01T09:01:00.000Z',
      revision: 4,
    });
    await first.close();

    const second = await openDatabase({ dataDir: root });
    try {
      const round = await second.sessions.getRound(LOCAL_USER_ID, asRoundId('r1'));
      expect(round?.draft).toEqual({
        text: 'Half a sentence',
        savedAt: '2026-01-01T09:01:00.000Z',
        revision: 4,
      });
      const users = await second.kysely.selectFrom('users').select('id').execute();
      expect(users).toEqual([{ id: LOCAL_USER_ID }]);
    } finally {
      await second.close();
    }
  });

  it('closes twice without error', async () => {
    const db = await openDatabase({ dataDir: root });
    await db.close();
    await expect(db.close()).resolves.toBeUndefined();
  });
});
