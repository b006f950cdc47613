import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asStoryId, LOCAL_USER_ID } from '@onsite/core';
import { openDatabase } from '@onsite/db';
import { loadConfig } from './config';
import type { ApiErrorBody, HealthResponse } from './contract';
import { startServer } from './main';
import { createTestApp } from './testing';

const logger = pino({ level: 'silent' });

const STORY_BODY = JSON.stringify({
  title: 'Billing export deadline',
  situation: 'x'.repeat(4000),
  action: 'I brought data to my manager.',
});

describe('storage failures over HTTP (real SQLite)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'onsite-storage-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a full disk answers 507 STORAGE_FULL saying the draft is kept in the browser, never a 500', async () => {
    const database = await openDatabase({ dataDir });
    try {
      const { app } = createTestApp({
        sessions: database.sessions,
        stories: database.stories,
        submissions: database.submissions,
      });
      // SQLite's page limit stands in for the disk: from now on the file may not grow.
      const pages = await sql<{ page_count: number }>`pragma page_count`.execute(database.kysely);
      await sql
        .raw(`pragma max_page_count = ${pages.rows[0]?.page_count ?? 0}`)
        .execute(database.kysely);
      const statuses: number[] = [];
      let refusal: ApiErrorBody | null = null;
      while (statuses.length < 200 && refusal === null) {
        const response = await app.request('/api/stories', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: STORY_BODY,
        });
        statuses.push(response.status);
        if (response.status !== 201) refusal = (await response.json()) as ApiErrorBody;
      }
      expect(statuses.at(-1)).toBe(507);
      expect(refusal?.error.code).toBe('STORAGE_FULL');
      expect(refusal?.error.message).toContain('disk');
      expect(refusal?.error.message).toContain('your draft is kept in this browser');
    } finally {
      await database.close();
    }
  });

  it('a write lock held by another connection (as by another process) past the busy timeout answers 503 STORAGE_BUSY with Retry-After, never a 500', async () => {
    const database = await openDatabase({ dataDir });
    const otherProcess = await openDatabase({ dataDir });
    try {
      const { app } = createTestApp({
        sessions: database.sessions,
        stories: database.stories,
        submissions: database.submissions,
      });
      await sql`begin exclusive`.execute(otherProcess.kysely);
      const response = await app.request('/api/stories', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: STORY_BODY,
      });
      await sql`commit`.execute(otherProcess.kysely);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(((await response.json()) as ApiErrorBody).error.code).toBe('STORAGE_BUSY');
      // Once the lock is gone the same request goes through.
      expect(
        (
          await app.request('/api/stories', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: STORY_BODY,
          })
        ).status,
      ).toBe(201);
    } finally {
      await otherProcess.close();
      await database.close();
    }
  });

  it('/api/health answers 503 with the file and the problem once a page of the database is damaged', async () => {
    const prepared = await openDatabase({ dataDir });
    for (let index = 0; index < 100; index += 1) {
      await prepared.stories.saveStory({
        id: asStoryId(`story-${index}`),
        userId: LOCAL_USER_ID,
        title: `Story ${index}`,
        situation: 'x'.repeat(2000),
        task: '',
        action: 'I did it.',
        result: '',
        learning: '',
        principles: [],
        competencies: [],
        tags: [],
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
    }
    await sql`pragma wal_checkpoint(truncate)`.execute(prepared.kysely);
    await prepared.close();

    const server = await startServer(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', ONSITE_DATA_DIR: dataDir }, dataDir),
      { logger },
    );
    try {
      const file = path.join(dataDir, 'onsite.db');
      const fd = openSync(file, 'r+');
      writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 2 * 4096);
      closeSync(fd);
      const response = await fetch(`${server.url}/api/health`);
      expect(response.status).toBe(503);
      const health = (await response.json()) as HealthResponse;
      expect(health.ok).toBe(false);
      expect(health.storage).toMatchObject({
        ok: false,
        file,
        problem: expect.any(String) as string,
      });
    } finally {
      await server.close();
    }
  });

  it('/api/health reports a whole database as ok', async () => {
    const server = await startServer(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', ONSITE_DATA_DIR: dataDir }, dataDir),
      { logger },
    );
    try {
      const response = await fetch(`${server.url}/api/health`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as HealthResponse).storage).toEqual({ ok: true });
    } finally {
      await server.close();
    }
  });

  it('a second server on the same data directory is refused, naming the directory and the first one; once the first stops it starts', async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ONSITE_DATA_DIR: dataDir }, dataDir);
    const first = await startServer(config, { logger });
    try {
      await expect(startServer(config, { logger })).rejects.toThrow(
        `Another Onsite server (pid ${process.pid}, ${first.url}) is already using the data directory ${dataDir}`,
      );
      // The refused one opened nothing: the first still answers.
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    } finally {
      await first.close();
    }
    const second = await startServer(config, { logger });
    await second.close();
  });
});
