import { DomainError } from './errors';

/** What a request answers while the database cannot be reached (mapped to 503 by the server). */
export const STORAGE_UNAVAILABLE_MESSAGE =
  'The database cannot be reached right now (it may be restarting), so this request was not completed. Nothing already saved is lost: try again in a few seconds.';

/** Socket-level failures: the server is down, restarting, or the connection was cut. */
const NETWORK_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs that mean "this connection or server is gone for now", not "this query is wrong":
 * class 08 (connection exception), admin/crash shutdown and "starting up" (57P01–57P03), too many connections.
 */
const isOutageSqlState = (code: string): boolean =>
  code.startsWith('08') ||
  code === '57P01' ||
  code === '57P02' ||
  code === '57P03' ||
  code === '53300';

/** node-postgres says these in plain words, without a code. */
const OUTAGE_MESSAGES: readonly RegExp[] = [
  /^Connection terminated/,
  /connection error and is not queryable/,
  /^timeout exceeded when trying to connect/,
  /^Connection ended/,
];

const codeOf = (error: object): string | null =>
  'code' in error && typeof error.code === 'string' ? error.code : null;

/**
 * Whether an error from a database driver means the database is unreachable for now (a dropped
 * connection, a restart) rather than a bug or bad input: such a request may be retried later.
 */
export const isStorageOutage = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  if (error instanceof DomainError) return error.code === 'STORAGE_UNAVAILABLE';
  const code = codeOf(error);
  if (code !== null && (NETWORK_ERROR_CODES.has(code) || isOutageSqlState(code))) return true;
  const message = error instanceof Error ? error.message : '';
  if (OUTAGE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  // An AggregateError (several addresses refused) or a wrapped cause counts when what it wraps does.
  if (error instanceof AggregateError) return error.errors.some(isStorageOutage);
  return (
    error instanceof Error &&
    error.cause !== undefined &&
    error.cause !== error &&
    isStorageOutage(error.cause)
  );
};

/** A storage outage as the domain error the server answers 503 for; anything else unchanged. */
export const toStorageError = (error: unknown): unknown =>
  isStorageOutage(error) && !(error instanceof DomainError)
    ? new DomainError('STORAGE_UNAVAILABLE', STORAGE_UNAVAILABLE_MESSAGE, undefined, {
        cause: error,
      })
    : error;
