import type {
  ApiErrorBody,
  ApiErrorCode,
  JsonRouteKey,
  RouteKey,
  RouteRequest,
  RouteResponse,
} from './contract';

/** Codes the client adds to the server's own: the request never got an answer, or the answer was not JSON. */
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE';

/**
 * Every failed call rejects with an ApiError: the server's `{ error: { code, message, fields } }`
 * or a client-side code when the server could not be reached.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode | ClientErrorCode;
  readonly fields: Readonly<Record<string, string>>;

  constructor(options: {
    status: number;
    code: ApiErrorCode | ClientErrorCode;
    message: string;
    fields?: Record<string, string>;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.fields = options.fields ?? {};
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

const isErrorBody = (value: unknown): value is ApiErrorBody => {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error: unknown = value.error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
};

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiClientOptions {
  /** Prefix for every path; '' means the page's own origin. */
  readonly baseUrl?: string;
  readonly fetch?: Fetch;
}

/** Question ids are `kind/slug`: each part is encoded, the slash is kept (the route is `:kind/:slug`). */
export const questionPath = (questionId: string): string =>
  questionId
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');

/** A question id as the `:kind/:slug` parameters of its routes. */
export const questionParams = (questionId: string) => {
  const [kind = '', ...slug] = questionId.split('/');
  return { kind, slug: slug.join('/') };
};

/** `/api/rounds/:id` with `{ id: 'r 1' }` → `/api/rounds/r%201`. */
const fillPath = (template: string, params: Readonly<Record<string, string>>): string =>
  template.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

const queryString = (query: Readonly<Record<string, unknown>>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string' || typeof value === 'number') {
      if (value !== '') params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
};

/** Every part a route may read, as the client fills a request in (RouteRequest<K> narrows it per route). */
interface RequestParts {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
}

/** A route's request, which may be left out when the route needs nothing given. */
type RequestArgs<K extends RouteKey> =
  Record<string, never> extends RouteRequest<K>
    ? [request?: RouteRequest<K> & RequestParts]
    : [request: RouteRequest<K> & RequestParts];

/**
 * `api(route, request)` calls a route of the contract's table by its key (`'GET /api/rounds/:id'`):
 * the request and the response are typed by that entry. `api.url` is a route's URL (for EventSource).
 */
export const createApiClient = (options: ApiClientOptions = {}) => {
  const baseUrl = options.baseUrl ?? '';
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));

  const urlOf = (route: RouteKey, { params = {}, query = {} }: RequestParts = {}): string => {
    const [, template = ''] = route.split(' ');
    return `${baseUrl}${fillPath(template, params)}${queryString(query)}`;
  };
  const url = <K extends RouteKey>(route: K, ...[request]: RequestArgs<K>): string =>
    urlOf(route, request);

  const call = async <K extends JsonRouteKey>(
    route: K,
    ...[request]: RequestArgs<K>
  ): Promise<RouteResponse<K>> => {
    const [method = 'GET'] = route.split(' ');
    const body = request?.body;
    let response: Response;
    try {
      response = await doFetch(urlOf(route, request), {
        method,
        headers:
          body === undefined
            ? { accept: 'application/json' }
            : { accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch {
      throw new ApiError({
        status: 0,
        code: 'NETWORK',
        message:
          'The Onsite server is not answering. Check that `onsite serve` is still running, then try again.',
      });
    }
    if (response.status === 204) return undefined as RouteResponse<K>;
    let payload: unknown;
    try {
      payload = await response.json();
    } catch {
      throw new ApiError({
        status: response.status,
        code: 'BAD_RESPONSE',
        message: `The server answered ${response.status} ${response.statusText} without readable data. Reload the page; if it persists, check the server log.`,
      });
    }
    if (!response.ok) {
      if (isErrorBody(payload)) {
        throw new ApiError({ status: response.status, ...payload.error });
      }
      throw new ApiError({
        status: response.status,
        code: 'BAD_RESPONSE',
        message: `The server answered ${response.status}.`,
      });
    }
    // The contract types describe what the server sends; trusting them here is the point of sharing them.
    return payload as RouteResponse<K>;
  };

  return Object.assign(call, { url });
};

export type ApiClient = ReturnType<typeof createApiClient>;

/** The app's client: same origin (the Onsite server, or Vite's dev proxy). */
export const api: ApiClient = createApiClient();
