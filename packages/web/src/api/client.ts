import type {
  ApiErrorBody,
  ApiErrorCode,
  JsonRouteKey,
  RouteKey,
  RouteRequest,
  RouteResponse,
  SaveDraftInput,
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
const questionParams = (questionId: string) => {
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

export const createApiClient = (options: ApiClientOptions = {}) => {
  const baseUrl = options.baseUrl ?? '';
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));

  /** The URL of a route (its key from the contract's table) with its path parameters and query filled in. */
  const urlOf = (route: RouteKey, { params = {}, query = {} }: RequestParts): string => {
    const [, template = ''] = route.split(' ');
    return `${baseUrl}${fillPath(template, params)}${queryString(query)}`;
  };

  /** Calls a route of the contract's table; the request and the response are typed by its entry. */
  const call = async <K extends JsonRouteKey>(
    route: K,
    request: RouteRequest<K> & RequestParts,
    signal?: AbortSignal,
  ): Promise<RouteResponse<K>> => {
    const [method = 'GET'] = route.split(' ');
    const { body } = request;
    let response: Response;
    try {
      response = await doFetch(urlOf(route, request), {
        method,
        headers:
          body === undefined
            ? { accept: 'application/json' }
            : { accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
        signal: signal ?? null,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
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

  return {
    call,
    meta: () => call('GET /api/meta', {}),
    listQuestions: (query: RouteRequest<'GET /api/questions'>['query'] = {}) =>
      call('GET /api/questions', { query }),
    getQuestion: (questionId: string) =>
      call('GET /api/questions/:kind/:slug', { params: questionParams(questionId) }),
    suggestStories: (questionId: string) =>
      call('GET /api/questions/:kind/:slug/stories', { params: questionParams(questionId) }),

    createSession: (body: RouteRequest<'POST /api/sessions'>['body']) =>
      call('POST /api/sessions', { body }),
    listSessions: (query: RouteRequest<'GET /api/sessions'>['query'] = {}) =>
      call('GET /api/sessions', { query }),
    getSession: (id: string) => call('GET /api/sessions/:id', { params: { id } }),

    getRound: (id: string) => call('GET /api/rounds/:id', { params: { id } }),
    saveDraft: (id: string, body: SaveDraftInput, signal?: AbortSignal) =>
      call('PUT /api/rounds/:id/draft', { params: { id }, body }, signal),
    submitAnswer: (id: string, text: string) =>
      call('POST /api/rounds/:id/answer', { params: { id }, body: { text } }),
    /** `inReplyTo`: the probe's transcript index, so a resend of the same reply is taken once. */
    reply: (id: string, text: string, inReplyTo?: number) =>
      call('POST /api/rounds/:id/reply', {
        params: { id },
        body: { text, ...(inReplyTo === undefined ? {} : { inReplyTo }) },
      }),
    finishRound: (id: string) => call('POST /api/rounds/:id/finish', { params: { id } }),

    listStories: () => call('GET /api/stories', {}),
    storyMatrix: () => call('GET /api/stories/matrix', {}),
    createStory: (body: RouteRequest<'POST /api/stories'>['body']) =>
      call('POST /api/stories', { body }),
    updateStory: (id: string, body: RouteRequest<'PUT /api/stories/:id'>['body']) =>
      call('PUT /api/stories/:id', { params: { id }, body }),
    deleteStory: (id: string) => call('DELETE /api/stories/:id', { params: { id } }),

    evaluate: (body: RouteRequest<'POST /api/evaluate'>['body']) =>
      call('POST /api/evaluate', { body }),

    health: () => call('GET /api/health', {}),
    createSubmission: (body: RouteRequest<'POST /api/submissions'>['body']) =>
      call('POST /api/submissions', { body }),
    /** Newest first. */
    listSubmissions: (query: RouteRequest<'GET /api/submissions'>['query'] = {}) =>
      call('GET /api/submissions', { query }),
    getSubmission: (id: string) => call('GET /api/submissions/:id', { params: { id } }),
    /** For EventSource: server-sent JudgeEvents, closed by the server after `done` or `error`. */
    submissionEventsUrl: (id: string) =>
      urlOf('GET /api/submissions/:id/events', { params: { id } }),
  };
};

export type ApiClient = ReturnType<typeof createApiClient>;

/** The app's client: same origin (the Onsite server, or Vite's dev proxy). */
export const api: ApiClient = createApiClient();
