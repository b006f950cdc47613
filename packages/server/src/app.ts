import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { NONCE, secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import type { AppDeps } from './deps';
import { createErrorHandler, errorBody } from './errors';
import { guardRequests } from './request-guard';
import { evaluateRoutes } from './routes/evaluate/routes';
import { metaRoutes } from './routes/meta/routes';
import { progressRoutes } from './routes/progress/routes';
import { questionRoutes } from './routes/questions/routes';
import { registerRoutes } from './routes/register';
import { roundRoutes } from './routes/rounds/routes';
import { sessionRoutes } from './routes/sessions/routes';
import { storyRoutes } from './routes/stories/routes';
import { submissionRoutes } from './routes/submissions/routes';
import { MAX_IMPORT_BYTES } from './routes/transfer/schema';
import { transferRoutes } from './routes/transfer/routes';
import { webAssets, webFallback } from './web';

/**
 * Larger than any valid body (the biggest field is 50,000 characters, up to
 * 4 bytes each once JSON-escaped), small enough that nobody can fill memory.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

const logRequests =
  (logger: Logger): MiddlewareHandler =>
  async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    // Every request at debug (LOG_LEVEL=debug to see them); server faults always.
    const level = c.res.status >= 500 ? 'error' : 'debug';
    logger[level]({ method: c.req.method, path: c.req.path, status: c.res.status, ms }, 'request');
  };

/**
 * The HTTP app: /api/* from the route table (packages/server/src/contract.ts),
 * and the built web app for every other path. Every error, including an
 * unknown route or a wrong method, is JSON of the shape `ApiErrorBody`.
 */
export const createApp = (deps: AppDeps) => {
  const app = new Hono();

  app.use(logRequests(deps.logger));
  app.use(
    secureHeaders({
      // Only our own origin: the app is fully offline, nothing may come from a CDN.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // A fresh nonce per response lets the <style> CodeMirror writes apply (the server puts it into index.html).
        styleSrc: ["'self'", NONCE],
        // Vite inlines very small assets (icons, font subsets) as data: URLs.
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  app.use(guardRequests(deps.allowedHosts));
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        c.json(
          errorBody(
            'METHOD_NOT_ALLOWED',
            `${c.req.method} is not allowed here; use ${methods.join(' or ')}.`,
          ),
          405,
          { Allow: methods.join(', ') },
        ),
    }),
  );
  const limitBodies = (maxSize: number, what: string) =>
    bodyLimit({
      maxSize,
      onError: (c) =>
        c.json(
          errorBody(
            'PAYLOAD_TOO_LARGE',
            `The ${what} is larger than ${what === 'request body' ? `${maxSize / 1024} KB` : `${maxSize / 1024 / 1024} MB`}.`,
          ),
          413,
        ),
    });
  const apiLimit = limitBodies(MAX_BODY_BYTES, 'request body');
  const importLimit = limitBodies(MAX_IMPORT_BYTES, 'export file');
  app.use(
    '/api/*',
    // An export file may hold years of work: only the import takes one that large.
    ((c, next) =>
      c.req.path === '/api/import'
        ? importLimit(c, next)
        : apiLimit(c, next)) satisfies MiddlewareHandler,
  );
  app.use(webAssets(deps.webDir));

  registerRoutes(app, {
    ...metaRoutes(deps),
    ...questionRoutes(deps),
    ...sessionRoutes(deps),
    ...roundRoutes(deps),
    ...storyRoutes(deps),
    ...evaluateRoutes(deps),
    ...submissionRoutes(deps),
    ...transferRoutes(deps),
    ...progressRoutes(deps),
  });

  app.notFound(
    (c) =>
      webFallback(deps.webDir, c) ??
      c.json(errorBody('NOT_FOUND', `There is no ${c.req.method} ${c.req.path}.`), 404),
  );
  app.onError(createErrorHandler(deps.logger));
  return app;
};
