import type { Context, Hono } from 'hono';
import { API_ROUTES, type ParsedRequest, type RouteKey, type RouteResponse } from '../contract';
import { readBody, readParam, readQuery } from '../validate';

/**
 * A route's handler: gets the request parsed by its entry's schemas, answers the entry's response
 * type. The Hono context is there for what a JSON value cannot say (an event stream, a 503 health).
 */
export type RouteHandler<K extends RouteKey> = (
  request: ParsedRequest<K>,
  c: Context,
) => RouteResponse<K> | Promise<RouteResponse<K>>;

/** A group's handlers (`satisfies RouteHandlers`): a key missing from the table fails to compile. */
export type RouteHandlers = { readonly [K in RouteKey]?: RouteHandler<K> };

/** One handler for every route in the table: the app does not compile while one is missing. */
export type AllRouteHandlers = { readonly [K in RouteKey]: RouteHandler<K> };

const isRouteKey = (key: string): key is RouteKey => key in API_ROUTES;

const paramNamesIn = (path: string): string[] =>
  path
    .split('/')
    .filter((part) => part.startsWith(':'))
    .map((part) => part.slice(1));

/** Reads a request as its entry says (path parameters, then the query, then the body), calls the handler, answers. */
const register = <K extends RouteKey>(app: Hono, key: K, handler: RouteHandler<K>): void => {
  const [method = '', path = ''] = key.split(' ');
  const entry: (typeof API_ROUTES)[RouteKey] = API_ROUTES[key];
  app.on(method, path, async (c) => {
    const params = Object.fromEntries(paramNamesIn(path).map((name) => [name, readParam(c, name)]));
    const query = 'query' in entry ? readQuery(c, entry.query) : undefined;
    const body = 'body' in entry ? await readBody(c, entry.body) : undefined;
    // Every part was parsed by this entry's own schemas (params by the path's own names), which is what ParsedRequest<K> says.
    const request = { params, query, body } as ParsedRequest<K>;
    if ('status' in entry) c.status(entry.status);
    const response = await handler(request, c);
    if (response instanceof Response) return response;
    return 'status' in entry && entry.status === 204 ? c.body(null) : c.json(response);
  });
};

export const registerRoutes = (app: Hono, handlers: AllRouteHandlers): void => {
  for (const key of Object.keys(API_ROUTES).filter(isRouteKey)) register(app, key, handlers[key]);
};
