/**
 * Keeps what the candidate types safe twice over: in localStorage on every
 * keystroke (a reload or a dead server loses nothing), and on the server after
 * a short pause, each save with a higher revision so a late, stale save can
 * never overwrite newer text.
 */
import type { Draft } from '@onsite/core';
import type { SaveDraftInput } from './contract';

export type DraftSaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'offline';

export interface DraftSnapshot {
  readonly text: string;
  readonly revision: number;
  readonly status: DraftSaveStatus;
  /** When the server last confirmed a save (ISO-8601), if it has. */
  readonly savedAt: string | null;
}

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface DraftSaverOptions {
  /** localStorage key; one per round and per pending turn. */
  readonly storageKey: string;
  readonly save: (input: SaveDraftInput) => Promise<{ readonly draft: Draft }>;
  /** Draft the server already has, if any. */
  readonly serverDraft?: Draft | null;
  readonly storage?: DraftStorage | null;
  /** Pause after the last keystroke before saving to the server; at most 1000. */
  readonly delayMs?: number;
  /** After a failed save, try again after this long even if nothing is typed. */
  readonly retryMs?: number;
}

interface StoredDraft {
  readonly text: string;
  readonly revision: number;
}

const readStored = (storage: DraftStorage | null, key: string): StoredDraft | null => {
  if (storage === null) return null;
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value === 'object' && value !== null && 'text' in value && 'revision' in value) {
      const { text, revision } = value;
      if (typeof text === 'string' && typeof revision === 'number') return { text, revision };
    }
    return null;
  } catch {
    // A corrupt entry (or storage blocked by the browser) must not break the editor.
    return null;
  }
};

export class DraftSaver {
  private text: string;
  private revision: number;
  private confirmedRevision: number;
  private status: DraftSaveStatus;
  private savedAt: string | null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private disposed = false;
  private readonly listeners = new Set<() => void>();
  private readonly storage: DraftStorage | null;
  private readonly delayMs: number;
  private readonly retryMs: number;
  private snapshot: DraftSnapshot;

  constructor(private readonly options: DraftSaverOptions) {
    this.storage = options.storage ?? null;
    this.delayMs = Math.min(options.delayMs ?? 700, 1000);
    this.retryMs = options.retryMs ?? 5000;
    const server = options.serverDraft ?? null;
    const local = readStored(this.storage, options.storageKey);
    // Whichever copy is newer wins; the local copy is newer when the server missed the last saves.
    if (local !== null && (server === null || local.revision > server.revision)) {
      this.text = local.text;
      this.revision = local.revision;
      this.confirmedRevision = server?.revision ?? 0;
      this.status = local.text === (server?.text ?? '') ? 'saved' : 'pending';
    } else {
      this.text = server?.text ?? '';
      this.revision = server?.revision ?? 0;
      this.confirmedRevision = this.revision;
      this.status = server === null ? 'idle' : 'saved';
    }
    this.savedAt = server?.savedAt ?? null;
    this.snapshot = this.makeSnapshot();
    if (this.status === 'pending') this.schedule(this.delayMs);
  }

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DraftSnapshot => this.snapshot;

  /** Records new text: stored locally now, sent to the server after the pause. */
  update(text: string): void {
    if (this.disposed || text === this.text) return;
    this.text = text;
    this.revision += 1;
    this.writeLocal();
    this.status = 'pending';
    this.emit();
    this.schedule(this.delayMs);
  }

  /** Sends the latest text now (before submitting, or when the page hides). */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.disposed) return;
    // Several flushes may wait on one save; only the first to wake sends the newer text.
    while (this.inFlight !== null) await this.inFlight;
    if (this.revision > this.confirmedRevision) await this.send();
  }

  /** Forgets the local copy once the text has been submitted as a turn. */
  discard(): void {
    this.clearTimer();
    this.disposed = true;
    try {
      this.storage?.removeItem(this.options.storageKey);
    } catch {
      // Storage may be unavailable (private mode); nothing to clean up then.
    }
  }

  /** Stops timers; the local copy stays so nothing typed is lost. */
  dispose(): void {
    this.clearTimer();
    this.disposed = true;
  }

  private schedule(delayMs: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private send(): Promise<void> {
    const input: SaveDraftInput = { text: this.text, revision: this.revision };
    this.status = 'saving';
    this.emit();
    const attempt = this.options
      .save(input)
      .then(({ draft }) => {
        this.confirmedRevision = Math.max(this.confirmedRevision, input.revision, draft.revision);
        this.savedAt = draft.savedAt;
        if (this.disposed) return;
        this.status = this.revision > this.confirmedRevision ? 'pending' : 'saved';
        if (draft.revision > this.revision) {
          // The server holds a newer revision (another tab): keep counting above it so our next save is not stale.
          this.revision = draft.revision;
        }
        this.emit();
      })
      .catch(() => {
        if (this.disposed) return;
        this.status = 'offline';
        this.emit();
        this.schedule(this.retryMs);
      })
      .finally(() => {
        this.inFlight = null;
      });
    this.inFlight = attempt;
    return attempt;
  }

  private writeLocal(): void {
    try {
      this.storage?.setItem(
        this.options.storageKey,
        JSON.stringify({ text: this.text, revision: this.revision } satisfies StoredDraft),
      );
    } catch {
      // Quota or privacy mode: the server copy still protects the text.
    }
  }

  private makeSnapshot(): DraftSnapshot {
    return { text: this.text, revision: this.revision, status: this.status, savedAt: this.savedAt };
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
