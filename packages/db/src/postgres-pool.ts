import pg from 'pg';
import { toStorageError } from '@onsite/core';

/** How long a request waits for a connection before answering "database unavailable" (a dead host never refuses). */
const CONNECT_TIMEOUT_MS = 5_000;
const POOL_SIZE = 10;

/**
 * A node-postgres pool that survives the database going away. pg emits `error` on an idle client
 * whose backend was terminated (the pool re-emits it) and on a checked-out client whose socket
 * broke; with no listener either one is an uncaught exception that ends the server. Both are
 * reported here instead, the broken client is dropped, and the next query opens a new connection,
 * so the server reconnects by itself once the database is back.
 */
export const createPostgresPool = (
  connectionString: string,
  onConnectionError: (error: unknown) => void,
): pg.Pool => {
  const pool = new pg.Pool({
    connectionString,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  pool.on('error', onConnectionError);
  // Kysely checks clients out without listening to them; the pool removes its own listener while one is checked out.
  pool.on('connect', (client) => client.on('error', onConnectionError));
  return pool;
};

/**
 * Wraps a store so that every method's failure caused by a lost connection becomes
 * DomainError('STORAGE_UNAVAILABLE') (503 with a clear message), whatever method it was;
 * other errors pass unchanged. One place instead of a try/catch in each of the stores' methods.
 */
export const withStorageErrors = <Store extends object>(store: Store): Store =>
  new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        try {
          const result: unknown = Reflect.apply(value, target, args);
          return result instanceof Promise
            ? result.catch((error: unknown) => {
                throw toStorageError(error);
              })
            : result;
        } catch (error) {
          throw toStorageError(error);
        }
      };
    },
  });
