import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from './errors';

/**
 * Which Host names the server answers. `any` turns the check off (only for a server behind
 * a proxy that checks Host itself); otherwise a set of lower-case host names without port,
 * IPv6 addresses in brackets (`[::1]`).
 */
export type AllowedHosts = 'any' | ReadonlySet<string>;

/** The names a browser on this machine uses for it. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** `::1` → `[::1]`, `Example.COM` → `example.com`: the form `URL.hostname` gives, so the two compare. */
export const normalizeHostName = (name: string): string => {
  const lower = name.trim().toLowerCase();
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower;
};

/** Host name and port of a Host header (`127.0.0.1:4321`, `[::1]:80`), or null when it is not one. */
const parseHostHeader = (value: string): { hostname: string; host: string } | null => {
  try {
    const url = new URL(`http://${value}`);
    // Anything besides host[:port] (a path, credentials) is not a Host header.
    if (url.pathname !== '/' || url.username !== '' || url.search !== '') return null;
    return { hostname: url.hostname, host: url.host };
  } catch {
    return null;
  }
};

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const isJsonMediaType = (contentType: string): boolean => {
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    mediaType === 'application/json' ||
    (mediaType.startsWith('application/') && mediaType.endsWith('+json'))
  );
};

/** Over HTTP/1.1 a request has a body only when it says so with a length or a transfer encoding. */
const hasBody = (c: Context): boolean => {
  const length = c.req.header('content-length');
  if (length !== undefined) return Number(length) > 0;
  return c.req.header('transfer-encoding') !== undefined;
};

/**
 * Why a state-changing request comes from another site, or null when it does not. Browsers
 * send `Sec-Fetch-Site` (Chromium, Firefox, Safari) and `Origin` on every cross-origin POST;
 * a page on another port of 127.0.0.1 is `same-site`, not `same-origin`, so only
 * `same-origin` and `none` (typed by the user) pass. Tools that send neither (curl, the CLI,
 * scripts) are not browsers a page can steer, and pass.
 */
const crossSiteReason = (c: Context, ownHost: string): string | null => {
  const fetchSite = c.req.header('sec-fetch-site')?.toLowerCase();
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none')
    return `Sec-Fetch-Site is ${fetchSite}`;
  const origin = c.req.header('origin');
  if (origin === undefined) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return `Origin ${origin} is not this server`;
  }
  return originHost === ownHost ? null : `Origin ${origin} is not this server`;
};

/**
 * Keeps other web pages away from the API of a server on the user's own machine:
 * - a Host the server was not configured for (DNS rebinding: attacker.example resolving to
 *   127.0.0.1) gets 421 for every path, so no page of another site can read anything;
 * - a POST, PUT, PATCH or DELETE from another origin gets 403 (a form or fetch of a page
 *   the user happens to visit);
 * - a body that is not `application/json` gets 415: a browser sends text/plain or a form
 *   encoding across origins without asking first, never application/json.
 */
export const guardRequests = (allowedHosts: AllowedHosts): MiddlewareHandler => {
  return async (c, next) => {
    const hostHeader = c.req.header('host') ?? new URL(c.req.url).host;
    const host = parseHostHeader(hostHeader);
    if (host === null || (allowedHosts !== 'any' && !allowedHosts.has(host.hostname))) {
      return c.json(
        errorBody(
          'HOST_NOT_ALLOWED',
          `This Onsite server does not answer to the host name "${host?.hostname ?? hostHeader}". Open it as http://127.0.0.1 or http://localhost, or add the name to ONSITE_ALLOWED_HOSTS.`,
        ),
        421,
      );
    }
    const isApi = c.req.path === '/api' || c.req.path.startsWith('/api/');
    if (!isApi || !STATE_CHANGING.has(c.req.method)) return next();

    const crossSite = crossSiteReason(c, host.host);
    if (crossSite !== null) {
      return c.json(
        errorBody(
          'CROSS_SITE_REQUEST',
          `Onsite only accepts changes from its own pages (${crossSite}).`,
        ),
        403,
      );
    }
    const contentType = c.req.header('content-type');
    if ((contentType !== undefined || hasBody(c)) && !isJsonMediaType(contentType ?? '')) {
      return c.json(
        errorBody(
          'UNSUPPORTED_MEDIA_TYPE',
          `Send the body as JSON with "Content-Type: application/json" (got ${contentType === undefined ? 'no Content-Type' : `"${contentType}"`}).`,
        ),
        415,
      );
    }
    return next();
  };
};
