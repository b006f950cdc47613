/**
 * The HTTP API contract shared by the server and the web app: the route table (method, path,
 * request schemas, response type, success status) and the response shapes. The server registers
 * one handler per entry (routes/register.ts); the web client calls routes by the same keys
 * (packages/web/src/api/client.ts), importing this file as types only. A route renamed, removed
 * or given another input breaks both builds.
 *
 * Errors always have the shape `ApiErrorBody` with a 4xx/5xx status.
 */
import type { z } from 'zod';
import type {
  AnswerEvaluation,
  AttemptComparison,
  ComplexityState,
  DomainErrorCode,
  Language,
  IsolationTier,
  JudgeEvent,
  JudgeResult,
  Draft,
  FlagCopy,
  ImportSummary,
  Principle,
  PlanSettings,
  PracticeRecord,
  ProgressDashboard,
  PublicQuestion,
  Question,
  Round,
  SessionSummary,
  SessionWithRounds,
  StarFlag,
  Story,
  StorySuggestion,
  Topic,
} from '@onsite/core';
import { EvaluateSchema } from './routes/evaluate/schema';
import { QuestionListQuerySchema } from './routes/questions/schema';
import {
  CodingActionSchema,
  FinishRoundSchema,
  ReplySchema,
  SaveDraftSchema,
  SubmitTextSchema,
} from './routes/rounds/schema';
import {
  CompareQuerySchema,
  HistoryQuerySchema,
  PlanSettingsSchema,
  ProgressQuerySchema,
} from './routes/progress/schema';
import { CreateSessionSchema, ListQuerySchema } from './routes/sessions/schema';
import { StoryInputSchema } from './routes/stories/schema';
import { ImportSchema } from './routes/transfer/schema';
import { CreateSubmissionSchema, SubmissionListQuerySchema } from './routes/submissions/schema';

/** Codes only the HTTP layer answers with: requests refused before any route, and storage or bug failures. */
export type ServerErrorCode =
  | 'METHOD_NOT_ALLOWED'
  | 'HOST_NOT_ALLOWED'
  | 'CROSS_SITE_REQUEST'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'STORAGE_FULL'
  | 'STORAGE_BUSY'
  | 'STORAGE_DAMAGED'
  | 'STORAGE_READ_ONLY'
  | 'INTERNAL';

export type ApiErrorCode = DomainErrorCode | ServerErrorCode;

export interface ApiErrorBody {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly fields?: Record<string, string>;
  };
}

// ── Responses ──────────────────────────────────────────────────────────────

export interface QuestionSummary {
  readonly id: string;
  readonly kind: Question['kind'];
  readonly slug: string;
  readonly title: string;
  readonly prompt: string;
  readonly difficulty: Question['difficulty'];
  readonly tags: readonly string[];
  readonly competencies: readonly string[];
  readonly principles: readonly string[];
  readonly companies: readonly string[];
  /** How long a round on this question lasts (core's roundTimeLimitMs): what the room's timer counts down from. */
  readonly timeLimitMs: number;
}

export interface MetaResponse {
  readonly version: string;
  /** The round kinds that have questions in the bank, with how many; kinds still to come are left out. */
  readonly kinds: readonly { readonly kind: Question['kind']; readonly count: number }[];
  readonly principles: readonly Principle[];
  readonly competencies: readonly string[];
  readonly companies: readonly string[];
  readonly flags: Readonly<Record<StarFlag, FlagCopy>>;
}
export interface QuestionListResponse {
  readonly questions: readonly QuestionSummary[];
}
export interface QuestionResponse {
  /** A coding question carries its samples only (`samples`, `testCount`): hidden tests never leave the server. */
  readonly question: PublicQuestion;
}
export interface SessionResponse {
  readonly session: SessionWithRounds;
}
export interface SessionListResponse {
  readonly sessions: readonly SessionSummary[];
}
export interface ImportResponse {
  readonly imported: ImportSummary;
}
export interface RoundResponse {
  readonly round: Round;
}
export interface DraftResponse {
  readonly draft: Draft;
}
export interface StoryResponse {
  readonly story: Story;
}
export interface StoryListResponse {
  readonly stories: readonly Story[];
}
export interface StoryMatrixResponse {
  /** One row per principle; `storyIds` empty means no story covers it yet. */
  readonly rows: readonly {
    readonly principle: Principle;
    readonly storyIds: readonly string[];
  }[];
  readonly stories: readonly Story[];
}
export interface StorySuggestionResponse {
  readonly suggestions: readonly StorySuggestion[];
}
export interface HealthResponse {
  /** False (and the status 503) when the storage check failed. */
  readonly ok: boolean;
  readonly version: string;
  /**
   * The judge's isolation tier; `warning` is set (and must be shown) below 'namespaces'.
   * `syscallFilter`: whether a seccomp filter applies too (absent when unknown: queue mode).
   */
  readonly judge: {
    readonly isolation: IsolationTier;
    readonly syscallFilter?: boolean;
    readonly warning?: string;
  };
  /**
   * SQLite only: the last quick_check of the database file (repeated at most once a minute);
   * `problem` says what it found and `file` which file, when it is damaged.
   */
  readonly storage?: { readonly ok: boolean; readonly file?: string; readonly problem?: string };
}

export type SubmissionStatus = 'queued' | 'running' | 'done';

export interface SubmissionCreatedResponse {
  readonly id: string;
  readonly status: 'queued';
  /** 1 = next to run; 0 = running already or about to. */
  readonly position: number;
}

/**
 * A submission so far. In submit mode hidden tests carry only index, verdict,
 * time and memory: never their input, expected or actual output, stdout or message.
 * `error` is set when the judge could not judge at all (e.g. ISOLATION_TOO_WEAK).
 */
export interface SubmissionResponse {
  readonly id: string;
  readonly status: SubmissionStatus;
  readonly position: number;
  /** Every event so far while the server has them in memory; empty for a submission read back from storage. */
  readonly events: readonly JudgeEvent[];
  readonly result?: JudgeResult;
  readonly error?: { readonly code: string; readonly message: string };
  readonly questionId: string | null;
  readonly language: Language;
  readonly mode: 'run' | 'submit';
  /** The code exactly as judged (the candidate's own: "restore this version"). */
  readonly source: string;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  /**
   * After an Accepted submit of a problem with an input generator, the measured growth:
   * 'measuring' until the report is in (the `complexity` SSE event), then 'done' or 'failed'.
   * Null when nothing is measured.
   */
  readonly complexity: ComplexityState | null;
}

/** One line of a question's submission history (no source, no per-test data). */
export interface SubmissionSummary {
  readonly id: string;
  readonly questionId: string | null;
  readonly language: Language;
  readonly mode: 'run' | 'submit';
  readonly status: SubmissionStatus;
  /** Null while judging or when the judge could not judge. */
  readonly verdict: JudgeResult['verdict'] | null;
  readonly passed: number | null;
  readonly total: number | null;
  /** The slowest test's CPU time and the largest peak memory, for "Runtime / Memory" columns. */
  readonly maxTimeMs: number | null;
  readonly maxMemoryKb: number | null;
  readonly errorMessage: string | null;
  /**
   * When a growth measurement finished, what the growth card shows for the class: "O(n²)",
   * "O(n) or O(n log n)", or "inconclusive" (`describeGrowthClaim`), never a class the card does not claim.
   */
  readonly fittedComplexity: string | null;
  readonly createdAt: string;
}

export interface SubmissionListResponse {
  readonly submissions: readonly SubmissionSummary[];
}

export interface EvaluateResponse {
  readonly evaluation: AnswerEvaluation;
}

/** One finished round in the history: its record without the full answer, and the answer's start. */
export type HistoryEntry = Omit<PracticeRecord, 'text'> & {
  /** The first ~160 characters of the answer or code (whitespace collapsed), "…" when cut. */
  readonly excerpt: string;
};

export interface HistoryResponse {
  /** The page asked for (limit, offset), newest first. */
  readonly rounds: readonly HistoryEntry[];
  /** How many rounds match the filter, over all pages. */
  readonly total: number;
  /** Every topic in the whole history (not only the filtered page), for the filter menu. */
  readonly topics: readonly Topic[];
}

export interface HistoryCompareResponse {
  /** The two rounds as asked (a, then b), each with its whole answer or code. */
  readonly a: PracticeRecord;
  readonly b: PracticeRecord;
  /** compareAttempts (core) with the earlier-finished of the two as `before`, so a positive change is progress. */
  readonly comparison: AttemptComparison;
}

export interface PlanResponse {
  /** Null until the candidate sets a plan. */
  readonly settings: PlanSettings | null;
}

// ── Routes ─────────────────────────────────────────────────────────────────

/** Carries a route's response type; the value is never read. */
interface Responds<Body> {
  readonly type?: [Body];
}
const responds = <Body>(): Responds<Body> => ({});

interface RouteEntry {
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** 200 unless said; 204 answers no body. */
  readonly status?: 201 | 202 | 204;
  readonly response: Responds<unknown>;
}

/**
 * Every route, keyed `METHOD /path`. Path parameters are `:name` (opaque ids of at most 200
 * characters); question ids contain a slash, so question routes take `:kind/:slug`.
 */
export const API_ROUTES = {
  'GET /api/health': { response: responds<HealthResponse>() },
  'GET /api/meta': { response: responds<MetaResponse>() },
  'GET /api/questions': {
    query: QuestionListQuerySchema,
    response: responds<QuestionListResponse>(),
  },
  'GET /api/questions/:kind/:slug': { response: responds<QuestionResponse>() },
  'GET /api/questions/:kind/:slug/stories': { response: responds<StorySuggestionResponse>() },
  'POST /api/sessions': {
    body: CreateSessionSchema,
    status: 201,
    response: responds<SessionResponse>(),
  },
  'GET /api/sessions': { query: ListQuerySchema, response: responds<SessionListResponse>() },
  'GET /api/sessions/:id': { response: responds<SessionResponse>() },
  'GET /api/rounds/:id': { response: responds<RoundResponse>() },
  'PUT /api/rounds/:id/draft': { body: SaveDraftSchema, response: responds<DraftResponse>() },
  /** The round becomes 'probing' with its first probe appended. */
  'POST /api/rounds/:id/answer': { body: SubmitTextSchema, response: responds<RoundResponse>() },
  /** The next probe, or the closing turn and the scorecard when done; a resent reply is taken once. */
  'POST /api/rounds/:id/reply': { body: ReplySchema, response: responds<RoundResponse>() },
  /** A move in a coding interview round; the interviewer's answer is appended to the transcript. */
  'POST /api/rounds/:id/coding': { body: CodingActionSchema, response: responds<RoundResponse>() },
  /** Ends the round early; scores what was answered. */
  'POST /api/rounds/:id/finish': { body: FinishRoundSchema, response: responds<RoundResponse>() },
  'GET /api/stories': { response: responds<StoryListResponse>() },
  'GET /api/stories/matrix': { response: responds<StoryMatrixResponse>() },
  'POST /api/stories': { body: StoryInputSchema, status: 201, response: responds<StoryResponse>() },
  'PUT /api/stories/:id': { body: StoryInputSchema, response: responds<StoryResponse>() },
  'DELETE /api/stories/:id': { status: 204, response: responds<undefined>() },
  'POST /api/evaluate': { body: EvaluateSchema, response: responds<EvaluateResponse>() },
  'POST /api/submissions': {
    body: CreateSubmissionSchema,
    status: 202,
    response: responds<SubmissionCreatedResponse>(),
  },
  /** Newest first; survives restarts. */
  'GET /api/submissions': {
    query: SubmissionListQuerySchema,
    response: responds<SubmissionListResponse>(),
  },
  /** From memory while live, else from storage. */
  'GET /api/submissions/:id': { response: responds<SubmissionResponse>() },
  /**
   * text/event-stream (open it with EventSource): one `event: <type>` with `data: JudgeEvent` per
   * event (queued, compiling, test, done; `error` with {code, message} if judging failed); after
   * done, when a growth measurement follows, `complexity` with data ComplexityState ('done' or
   * 'failed'); then closed.
   */
  'GET /api/submissions/:id/events': { response: responds<Response>() },
  /** All of the user's data as an export document (docs/export-format.md), as a file download. */
  'GET /api/export': { response: responds<Response>() },
  /** Adds an export document's data; what is already here (same ids) is left as it is. */
  'POST /api/import': { body: ImportSchema, response: responds<ImportResponse>() },
  /** One session as a Markdown report, as a file download. */
  'GET /api/sessions/:id/report': { response: responds<Response>() },
  /**
   * Today and Progress in one read: streak, today's queue, weak areas, trends per kind, the plan.
   * Days are counted in `timeZone` (default UTC; an unknown zone is a 400).
   */
  'GET /api/progress': { query: ProgressQuerySchema, response: responds<ProgressDashboard>() },
  /** Finished rounds, newest first, filtered (all filters combine) and paged; dates in `timeZone`. */
  'GET /api/history': { query: HistoryQuerySchema, response: responds<HistoryResponse>() },
  /** Two attempts at the same question side by side; a round not found (or not this user's) is a 404. */
  'GET /api/history/compare': {
    query: CompareQuerySchema,
    response: responds<HistoryCompareResponse>(),
  },
  'GET /api/plan': { response: responds<PlanResponse>() },
  /** Sets (or replaces) the study plan's settings. */
  'PUT /api/plan': { body: PlanSettingsSchema, response: responds<PlanResponse>() },
  'DELETE /api/plan': { status: 204, response: responds<undefined>() },
} as const satisfies Record<string, RouteEntry>;

export type RouteKey = keyof typeof API_ROUTES;
type Entry<K extends RouteKey> = (typeof API_ROUTES)[K];
type PathOf<K extends RouteKey> = K extends `${string} ${infer Path}` ? Path : never;
type ParamNamesIn<Path> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNamesIn<Rest>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;
export type RouteParams<K extends RouteKey> = Record<ParamNamesIn<PathOf<K>>, string>;
/** What a route answers: a JSON body, nothing for 204, or (the event stream) the Response itself. */
export type RouteResponse<K extends RouteKey> =
  Entry<K>['response'] extends Responds<infer Body> ? Body : never;
/** The routes a JSON client calls (all but the event stream). */
export type JsonRouteKey = {
  [K in RouteKey]: RouteResponse<K> extends Response ? never : K;
}[RouteKey];

/** A request as the server's handler receives it: every part parsed by the entry's schemas. */
export interface ParsedRequest<K extends RouteKey> {
  readonly params: RouteParams<K>;
  readonly query: Entry<K> extends { query: infer S extends z.ZodType } ? z.output<S> : undefined;
  readonly body: Entry<K> extends { body: infer S extends z.ZodType } ? z.output<S> : undefined;
}

/**
 * A request as a client sends it: only the parts the route reads. A query's fields may be left
 * out, and so may a body that may be empty (the server reads no body as `{}`).
 */
export type RouteRequest<K extends RouteKey> = ([ParamNamesIn<PathOf<K>>] extends [never]
  ? unknown
  : { readonly params: RouteParams<K> }) &
  (Entry<K> extends { query: infer S extends z.ZodType }
    ? { readonly query?: Partial<z.output<S>> }
    : unknown) &
  (Entry<K> extends { body: infer S extends z.ZodType }
    ? Record<string, never> extends z.input<S>
      ? { readonly body?: z.input<S> }
      : { readonly body: z.input<S> }
    : unknown);
