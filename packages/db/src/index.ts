export {
  openDatabase,
  maskDatabaseUrl,
  SQLITE_FILE_NAME,
  type Database,
  type DatabaseConfig,
  type Dialect,
} from './open-database';
export type { DatabaseSchema } from './tables';
export { MIGRATIONS } from './migrations';
export { type StorageCheck } from './open-database';
export { storageFailureOf, type StorageFailure } from './storage-failure';
export {
  DamagedDatabaseError,
  DataDirInUseError,
  lockDataDir,
  type DataDirLock,
  type DataDirOwner,
} from './sqlite-file';
