import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { presentHealth, presentMeta } from './presenter';

/** Health and the reference data the web app needs once: principles, competencies, flag copy. */
export const metaRoutes = (deps: AppDeps) =>
  new Hono().get('/health', (c) => c.json(presentHealth(deps.version, deps.judge))).get('/meta', (c) => c.json(presentMeta(deps.version)));
