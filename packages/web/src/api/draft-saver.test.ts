import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '@onsite/core';
import { DraftSaver, type DraftStorage } from './draft-saver';
import type { SaveDraftInput } from './contract';

class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** A fake server that keeps the newest revision, as the real store does. */
const fakeServer = () => {
  const calls: SaveDraftInput[] = [];
  let stored: Draft | null = null;
  let isDown = false;
  return {
    calls,
    setDown(value: boolean) {
      isDown = value;
    },
    save: (input: SaveDraftInput) => {
      calls.push(input);
      if (isDown) return Promise.reject(new Error('connection refused'));
      if (stored === null || input.revision > stored.revision)
        stored = { ...input, savedAt: '2025-01-01T00:00:00.000Z' };
      return Promise.resolve({ draft: stored });
    },
  };
};

describe('DraftSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends one save after the typing pauses, with the latest text and a higher revision', async () => {
    const server = fakeServer();
    const saver = new DraftSaver({ storageKey: 'k', save: server.save, delayMs: 700 });
    saver.update('I');
    saver.update('I led');
    saver.update('I led the migration');
    await vi.advanceTimersByTimeAsync(699);
    expect(server.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toEqual([{ text: 'I led the migration', revision: 3 }]);
    expect(saver.getSnapshot().status).toBe('saved');
  });

  it('never waits longer than one second, even when asked to', async () => {
    const server = fakeServer();
    const saver = new DraftSaver({ storageKey: 'k', save: server.save, delayMs: 5000 });
    saver.update('text');
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveLength(1);
  });

  it('keeps every keystroke in local storage before the server sees it', () => {
    const storage = new MemoryStorage();
    const saver = new DraftSaver({ storageKey: 'round-1:0', save: fakeServer().save, storage });
    saver.update('Our checkout was failing');
    expect(JSON.parse(storage.getItem('round-1:0') ?? 'null')).toEqual({
      text: 'Our checkout was failing',
      revision: 1,
    });
  });

  it('restores the local copy after a reload when the server missed the last save', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', JSON.stringify({ text: 'newer local text', revision: 9 }));
    const saver = new DraftSaver({
      storageKey: 'k',
      save: fakeServer().save,
      storage,
      serverDraft: { text: 'older', revision: 4, savedAt: '2025-01-01T00:00:00.000Z' },
    });
    expect(saver.getSnapshot()).toMatchObject({
      text: 'newer local text',
      revision: 9,
      status: 'pending',
    });
  });

  it('prefers the server copy when it is newer than the local one', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', JSON.stringify({ text: 'old local', revision: 2 }));
    const saver = new DraftSaver({
      storageKey: 'k',
      save: fakeServer().save,
      storage,
      serverDraft: { text: 'from another tab', revision: 5, savedAt: '2025-01-01T00:00:00.000Z' },
    });
    saver.update('from another tab, edited');
    expect(saver.getSnapshot()).toMatchObject({ text: 'from another tab, edited', revision: 6 });
  });

  it('ignores a corrupt local entry instead of crashing', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', '{not json');
    const saver = new DraftSaver({ storageKey: 'k', save: fakeServer().save, storage });
    expect(saver.getSnapshot()).toMatchObject({ text: '', revision: 0, status: 'idle' });
  });

  it('shows offline when the server is down and retries until it is back', async () => {
    const server = fakeServer();
    server.setDown(true);
    const saver = new DraftSaver({
      storageKey: 'k',
      save: server.save,
      delayMs: 500,
      retryMs: 2000,
    });
    saver.update('still typing');
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.getSnapshot().status).toBe('offline');
    server.setDown(false);
    await vi.advanceTimersByTimeAsync(2000);
    expect(saver.getSnapshot().status).toBe('saved');
    expect(server.calls.map((call) => call.revision)).toEqual([1, 1]);
  });

  it('flush sends text typed while an earlier save was still in flight', async () => {
    let release: () => void = () => undefined;
    const calls: SaveDraftInput[] = [];
    const save = (input: SaveDraftInput) => {
      calls.push(input);
      return new Promise<{ draft: Draft }>((resolve) => {
        release = () => resolve({ draft: { ...input, savedAt: 'now' } });
      });
    };
    const saver = new DraftSaver({ storageKey: 'k', save, delayMs: 100 });
    saver.update('first');
    await vi.advanceTimersByTimeAsync(100);
    saver.update('first and second');
    const flushed = saver.flush();
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await flushed;
    expect(calls).toEqual([
      { text: 'first', revision: 1 },
      { text: 'first and second', revision: 2 },
    ]);
    expect(saver.getSnapshot().status).toBe('saved');
  });

  it('discard forgets the local copy once the answer is sent', () => {
    const storage = new MemoryStorage();
    const saver = new DraftSaver({ storageKey: 'k', save: fakeServer().save, storage });
    saver.update('sent text');
    saver.discard();
    expect(storage.getItem('k')).toBeNull();
  });
});
