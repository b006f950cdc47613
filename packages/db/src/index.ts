export {
  maskDatabaseUrl,
  openDatabase,
  type Database,
  type DatabaseConfig,
  type Dialect,
  type StorageCheck,
} from './open-database';
export { storageFailureOf, type StorageFailure } from './storage-failure';
export { DataDirInUseError, lockDataDir, type DataDirLock } from './sqlite-file';
