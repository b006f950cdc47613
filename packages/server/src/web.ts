import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';

/** Shown instead of the app when packages/web/dist has not been built. */
const MISSING_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Onsite: web app not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>The Onsite web app has not been built yet</h1>
<p>The API is running, but there is no web app to show. Build it, then reload this page:</p>
<pre>npm run build:web</pre>
<p>(<code>npm start</code> builds it for you.)</p>
</body></html>
`;

const isApiPath = (requestPath: string): boolean =>
  requestPath === '/api' || requestPath.startsWith('/api/');

/**
 * What the web build (packages/web/vite.config.ts, `html.cspNonce`) writes
 * where the per-response CSP nonce goes: on its `<meta property="csp-nonce">`,
 * from which the app hands it to CodeMirror for the `<style>` it writes.
 */
export const CSP_NONCE_PLACEHOLDER = 'ONSITE_CSP_NONCE';

/** A nonce is base64: nothing in it can end the attribute it is written into. */
const isSafeNonce = (nonce: string): boolean => /^[A-Za-z0-9+/=]+$/u.test(nonce);

/**
 * index.html with this response's CSP nonce in place of the placeholder. Read
 * per request so that building the web app while the server runs just works.
 */
const indexHtml = (webDir: string, c: Context): Response => {
  const nonce = c.get('secureHeadersNonce');
  const html = readFileSync(path.join(webDir, 'index.html'), 'utf8');
  c.header('Cache-Control', 'no-cache');
  // Without a nonce (none configured) the placeholder is left: it then matches no policy, so nothing is let in.
  return c.body(
    nonce !== undefined && isSafeNonce(nonce)
      ? html.replaceAll(CSP_NONCE_PLACEHOLDER, nonce)
      : html,
    200,
    { 'Content-Type': 'text/html; charset=utf-8' },
  );
};

const isIndexPath = (requestPath: string): boolean =>
  requestPath === '/' || requestPath === '/index.html';

/** Static files of the built web app; hashed assets are cached for good, everything else revalidates. */
export const webAssets = (webDir: string): MiddlewareHandler => {
  const serve = serveStatic({
    // Joined here rather than passed as `root`, which must be relative and is checked (noisily) at start,
    // while the web app may be built after the server starts. The request path is checked for `..` first.
    rewriteRequestPath: (requestPath) => path.join(webDir, requestPath),
  });
  return async (c, next) => {
    if (isApiPath(c.req.path) || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return next();
    // index.html carries a nonce per response, so it never comes from the static files as it is.
    if (isIndexPath(c.req.path) && existsSync(path.join(webDir, 'index.html')))
      return indexHtml(webDir, c);
    const response = await serve(c, next);
    if (response instanceof Response) {
      // Vite puts content-hashed files under /assets: they never change, everything else may.
      response.headers.set(
        'Cache-Control',
        c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
    return response;
  };
};

/**
 * The single-page-app fallback: a GET for a client route (/sessions/abc) gets
 * index.html so the web router can take over. Paths with a file extension are
 * real files that do not exist, so they stay 404.
 */
export const webFallback = (webDir: string, c: Context): Response | null => {
  if (isApiPath(c.req.path) || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return null;
  if (path.extname(c.req.path) !== '') return null;
  const indexFile = path.join(webDir, 'index.html');
  // Checked per request so that building the web app while the server runs just works.
  if (!existsSync(indexFile)) return c.html(MISSING_BUILD_PAGE, 503);
  return indexHtml(webDir, c);
};
