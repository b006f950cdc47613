export { openDatabase, maskDatabaseUrl, SQLITE_FILE_NAME, type Database, type DatabaseConfig, type Dialect } from './open-database';
export type { DatabaseSchema } from './schema';
export { MIGRATIONS } from './migrations';
