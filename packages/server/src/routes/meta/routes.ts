import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { presentMeta } from './presenter';

/** Health and the reference data the web app needs once: principles, competencies, flag copy. */
export const metaRoutes = (deps: AppDeps) =>
  new Hono().get('/health', (c) => c.json({ ok: true as const, version: deps.version })).get('/meta', (c) => c.json(presentMeta(deps.version)));
