import type { AppDeps } from '../../deps';
import type { RouteHandlers } from '../register';
import { presentHealth, presentMeta } from './presenter';

/** Health and the reference data the web app needs once: principles, competencies, flag copy, the kinds the bank has. */
export const metaRoutes = (deps: AppDeps) =>
  ({
    'GET /api/health': (_, c) => {
      const health = presentHealth(deps.version, deps.judge, deps.storageStatus?.());
      // A monitor reading only the status must see a damaged database too.
      if (!health.ok) c.status(503);
      return health;
    },
    'GET /api/meta': () => presentMeta(deps.version, deps.bank.list()),
  }) satisfies RouteHandlers;
