/**
 * Driver failures that are about the storage, not the request or a bug: each has a message a
 * person can act on. The server answers them with their own status instead of a generic 500.
 * - `full`: the disk (or SQLite's page limit) is full; nothing was written.
 * - `busy`: another process held the SQLite write lock past the busy timeout.
 * - `damaged`: the file is not a whole database any more.
 * - `read-only`: the file or its folder cannot be written.
 */
export type StorageFailure = 'full' | 'busy' | 'damaged' | 'read-only';

const codeOf = (error: object): string =>
  'code' in error && typeof error.code === 'string' ? error.code : '';

const failureOfCode = (code: string): StorageFailure | null => {
  // better-sqlite3 reports extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_CORRUPT_VTAB, SQLITE_IOERR_WRITE…).
  if (
    code === 'SQLITE_FULL' ||
    code === 'ENOSPC' ||
    code === 'EDQUOT' ||
    code === '53100' /* PostgreSQL disk_full */
  )
    return 'full';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'read-only';
  return null;
};

/** The storage failure behind an error (looking through `cause`), or null when it is something else. */
export const storageFailureOf = (error: unknown): StorageFailure | null => {
  for (
    let current: unknown = error, depth = 0;
    typeof current === 'object' && current !== null && depth < 5;
    depth += 1
  ) {
    const failure = failureOfCode(codeOf(current));
    if (failure !== null) return failure;
    current = current instanceof Error ? current.cause : null;
  }
  return null;
};
