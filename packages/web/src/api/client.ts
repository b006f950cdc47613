import type {
  ApiErrorBody,
  CreateSessionInput,
  DraftResponse,
  MetaResponse,
  QuestionListQuery,
  QuestionListResponse,
  QuestionResponse,
  RoundResponse,
  SaveDraftInput,
  SessionListResponse,
  SessionResponse,
  StoryInput,
  StoryListResponse,
  StoryMatrixResponse,
  StoryResponse,
  StorySuggestionResponse,
  EvaluateInput,
  EvaluateResponse,
  HealthResponse,
  CreateSubmissionInput,
  SubmissionCreatedResponse,
  SubmissionListResponse,
  SubmissionResponse,
} from './contract';

/** Codes the client adds to the server's own: the request never got an answer, or the answer was not JSON. */
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE';

/**
 * Every failed call rejects with an ApiError: the server's `{ error: { code, message, fields } }`
 * or a client-side code when the server could not be reached.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Readonly<Record<string, string>>;

  constructor(options: {
    status: number;
    code: string;
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

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Question ids are `kind/slug`: each part is encoded, the slash is kept (the route is `:kind/:slug`). */
export const questionPath = (questionId: string): string =>
  questionId
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');

const queryString = (query: Readonly<Record<string, string | number | undefined>>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
};

export const createApiClient = (options: ApiClientOptions = {}) => {
  const baseUrl = options.baseUrl ?? '';
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));

  const request = async <T>(
    method: Method,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<T> => {
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
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
        code: 'NETWORK' satisfies ClientErrorCode,
        message:
          'The Onsite server is not answering. Check that `onsite serve` is still running, then try again.',
      });
    }
    if (response.status === 204) return undefined as T;
    let payload: unknown;
    try {
      payload = await response.json();
    } catch {
      throw new ApiError({
        status: response.status,
        code: 'BAD_RESPONSE' satisfies ClientErrorCode,
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
    return payload as T;
  };

  return {
    meta: () => request<MetaResponse>('GET', '/api/meta'),
    listQuestions: (query: QuestionListQuery = {}) =>
      request<QuestionListResponse>('GET', `/api/questions${queryString(query)}`),
    getQuestion: (questionId: string) =>
      request<QuestionResponse>('GET', `/api/questions/${questionPath(questionId)}`),
    suggestStories: (questionId: string) =>
      request<StorySuggestionResponse>('GET', `/api/questions/${questionPath(questionId)}/stories`),

    createSession: (input: CreateSessionInput) =>
      request<SessionResponse>('POST', '/api/sessions', input),
    listSessions: (page: { limit?: number; offset?: number } = {}) =>
      request<SessionListResponse>('GET', `/api/sessions${queryString(page)}`),
    getSession: (sessionId: string) =>
      request<SessionResponse>('GET', `/api/sessions/${encodeURIComponent(sessionId)}`),

    getRound: (roundId: string) =>
      request<RoundResponse>('GET', `/api/rounds/${encodeURIComponent(roundId)}`),
    saveDraft: (roundId: string, input: SaveDraftInput, signal?: AbortSignal) =>
      request<DraftResponse>(
        'PUT',
        `/api/rounds/${encodeURIComponent(roundId)}/draft`,
        input,
        signal,
      ),
    submitAnswer: (roundId: string, text: string) =>
      request<RoundResponse>('POST', `/api/rounds/${encodeURIComponent(roundId)}/answer`, { text }),
    /** `inReplyTo`: the probe's transcript index, so a resend of the same reply is taken once. */
    reply: (roundId: string, text: string, inReplyTo?: number) =>
      request<RoundResponse>('POST', `/api/rounds/${encodeURIComponent(roundId)}/reply`, {
        text,
        ...(inReplyTo === undefined ? {} : { inReplyTo }),
      }),
    finishRound: (roundId: string) =>
      request<RoundResponse>('POST', `/api/rounds/${encodeURIComponent(roundId)}/finish`),

    listStories: () => request<StoryListResponse>('GET', '/api/stories'),
    storyMatrix: () => request<StoryMatrixResponse>('GET', '/api/stories/matrix'),
    createStory: (input: StoryInput) => request<StoryResponse>('POST', '/api/stories', input),
    updateStory: (storyId: string, input: StoryInput) =>
      request<StoryResponse>('PUT', `/api/stories/${encodeURIComponent(storyId)}`, input),
    deleteStory: (storyId: string) =>
      request<undefined>('DELETE', `/api/stories/${encodeURIComponent(storyId)}`),

    evaluate: (input: EvaluateInput) => request<EvaluateResponse>('POST', '/api/evaluate', input),

    health: () => request<HealthResponse>('GET', '/api/health'),
    createSubmission: (input: CreateSubmissionInput) =>
      request<SubmissionCreatedResponse>('POST', '/api/submissions', input),
    /** Newest first. */
    listSubmissions: (
      query: { questionId?: string; mode?: 'run' | 'submit'; limit?: number; offset?: number } = {},
    ) => request<SubmissionListResponse>('GET', `/api/submissions${queryString(query)}`),
    getSubmission: (submissionId: string) =>
      request<SubmissionResponse>('GET', `/api/submissions/${encodeURIComponent(submissionId)}`),
    /** For EventSource: server-sent JudgeEvents, closed by the server after `done` or `error`. */
    submissionEventsUrl: (submissionId: string) =>
      `${baseUrl}/api/submissions/${encodeURIComponent(submissionId)}/events`,
  };
};

export type ApiClient = ReturnType<typeof createApiClient>;

/** The app's client: same origin (the Onsite server, or Vite's dev proxy). */
export const api: ApiClient = createApiClient();
