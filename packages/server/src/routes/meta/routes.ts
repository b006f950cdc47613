import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { presentHealth, presentMeta } from './presenter';

/** Health and the reference data the web app needs once: principles, competencies, flag copy, the kinds the bank has. */
export const metaRoutes = (deps: AppDeps) =>
  new Hono()
    .get('/health', (c) => {
      const health = presentHealth(deps.version, deps.judge, deps.storageStatus?.());
      // A monitor reading only the status must see a damaged database too.
      return c.json(health, health.ok ? 200 : 503);
    })
    .get('/meta', (c) => c.json(presentMeta(deps.version, deps.bank.list())));
