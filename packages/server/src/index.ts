export { createApp, MAX_BODY_BYTES } from './app';
export { loadConfig, ConfigError, describeConfig, maskSecret, type Config } from './config';
export { createAppDeps, type AppDeps, type Ports } from './deps';
export {
  createDeps,
  startServer,
  systemClock,
  randomIds,
  type Deps,
  type RunningServer,
} from './main';
export { HTTP_STATUS_BY_CODE } from './errors';
