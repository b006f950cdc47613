/** Helpers for tests in any package: a real PostgreSQL, and fresh databases to run against. */
export {
  freePort,
  findPostgresBinDir,
  findTestPostgres,
  startTestPostgres,
  MISSING_POSTGRES_MESSAGE,
  type PostgresAvailability,
  type TestPostgres,
} from './postgres';
export { openTestPostgres, openTestSqlite, type TestDatabase } from './open-test-database';
