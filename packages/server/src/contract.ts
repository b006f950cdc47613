/**
 * The HTTP API contract shared by the server and the web app. Request schemas
 * are zod (the server validates with them; the web imports them as types only);
 * response shapes are the `*Response` types. A rename here breaks both builds.
 *
 * Errors always have the shape `ApiErrorBody` with a 4xx/5xx status.
 */
import { z } from 'zod';
import { JudgeSpecSchema, LanguageSchema } from '@onsite/core';
import type {
  AnswerEvaluation,
  ComplexityState,
  Language,
  IsolationTier,
  JudgeEvent,
  JudgeResult,
  Draft,
  FlagCopy,
  Principle,
  PublicQuestion,
  Question,
  Round,
  SessionSummary,
  SessionWithRounds,
  StarFlag,
  Story,
} from '@onsite/core';

export interface ApiErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly fields?: Record<string, string>;
  };
}

// ── Requests ───────────────────────────────────────────────────────────────

const text = (max: number, what: string) =>
  z.string().max(max, `${what} is too long (at most ${max} characters)`);

export const QuestionListQuerySchema = z.object({
  kind: z
    .enum(['behavioral', 'coding', 'system-design', 'object-oriented-design', 'scenario'])
    .optional(),
  competency: z.string().max(60).optional(),
  principle: z.string().max(80).optional(),
  company: z.enum(['amazon', 'google', 'meta', 'microsoft']).optional(),
  difficulty: z.enum(['easy', 'medium', 'hard']).optional(),
  search: z.string().max(200).optional(),
});
export type QuestionListQuery = z.infer<typeof QuestionListQuerySchema>;

/** Start a practice session with one round: a bank question, or a free-form prompt. */
export const CreateSessionSchema = z.union([
  z.object({ questionId: z.string().min(1).max(200) }).strict(),
  z
    .object({
      kind: z.literal('behavioral'),
      prompt: text(2000, 'the prompt').min(
        10,
        'write the question as a full sentence (at least 10 characters)',
      ),
      title: text(120, 'the title').optional(),
    })
    .strict(),
]);
export type CreateSessionInput = z.infer<typeof CreateSessionSchema>;

export const ListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

// Every body is a strict object: a misspelt or unknown field is a 400 naming it, never silently dropped.

/**
 * Drafts are kept whatever the candidate pastes (up to the request body limit): losing typed text is
 * worse than storing it. Only sending is limited (MAX_ANSWER_CHARACTERS), and scoring reads less still.
 */
export const MAX_DRAFT_CHARACTERS = 500_000;
export const MAX_ANSWER_CHARACTERS = 50_000;

export const SaveDraftSchema = z.strictObject({
  text: text(MAX_DRAFT_CHARACTERS, 'the draft'),
  revision: z.number().int().min(0),
});
export type SaveDraftInput = z.infer<typeof SaveDraftSchema>;

/** The main answer, or a reply to the current probe. */
export const SubmitTextSchema = z.strictObject({
  text: text(MAX_ANSWER_CHARACTERS, 'the answer').refine(
    (value) => value.trim().length > 0,
    'write an answer before sending it',
  ),
});
export type SubmitTextInput = z.infer<typeof SubmitTextSchema>;

/**
 * A reply to a probe. `inReplyTo` is the transcript index of the probe it answers: with it, the
 * same reply sent twice (a double click, a retry after a lost response) is taken once.
 */
export const ReplySchema = z.strictObject({
  text: SubmitTextSchema.shape.text,
  inReplyTo: z.number().int().min(0).optional(),
});
export type ReplyInput = z.infer<typeof ReplySchema>;

/** Ending a round takes no fields; an empty body is fine. */
export const FinishRoundSchema = z.strictObject({});

export const StoryInputSchema = z.strictObject({
  title: text(160, 'the title').min(1, 'give the story a title'),
  situation: text(5000, 'the situation').default(''),
  task: text(5000, 'the task').default(''),
  action: text(10_000, 'the action').default(''),
  result: text(5000, 'the result').default(''),
  learning: text(5000, 'the learning').default(''),
  principles: z.array(z.string().max(80)).max(40).default([]),
  competencies: z.array(z.string().max(60)).max(20).default([]),
  tags: z.array(text(40, 'a tag').min(1)).max(20).default([]),
});
export type StoryInput = z.input<typeof StoryInputSchema>;

export const EvaluateSchema = z
  .strictObject({
    kind: z.literal('behavioral'),
    prompt: text(2000, 'the prompt').optional(),
    questionId: z.string().max(200).optional(),
    answer: text(50_000, 'the answer').refine(
      (value) => value.trim().length > 0,
      'the answer is empty',
    ),
  })
  .refine((value) => value.prompt !== undefined || value.questionId !== undefined, {
    message: 'give either a prompt or a questionId',
    path: ['prompt'],
  });
export type EvaluateInput = z.infer<typeof EvaluateSchema>;

/** Source code is limited to 100 KB (UTF-8 bytes). */
export const MAX_SOURCE_BYTES = 100 * 1024;

/** Judge a solution: against an inline spec (docs/judge-spec.md) or a bank question's tests. */
export const CreateSubmissionSchema = z
  .object({
    spec: JudgeSpecSchema.optional(),
    questionId: z.string().min(1).max(200).optional(),
    language: LanguageSchema,
    source: z
      .string()
      .refine((value) => value.trim().length > 0, 'write some code before running it')
      .refine(
        (value) => new TextEncoder().encode(value).length <= MAX_SOURCE_BYTES,
        `the source is too long (at most ${MAX_SOURCE_BYTES / 1024} KB)`,
      ),
    mode: z.enum(['run', 'submit']),
    /** Extra argument lists, run (mode 'run' only) after the sample tests and shown with the candidate's output. */
    customInputs: z.array(z.array(z.unknown()).max(20)).max(10).optional(),
  })
  .strict()
  .refine((value) => (value.spec === undefined) !== (value.questionId === undefined), {
    message: 'give either a spec or a questionId, not both',
    path: ['spec'],
  })
  .refine((value) => value.mode === 'run' || value.customInputs === undefined, {
    message: 'custom inputs are for mode "run" only',
    path: ['customInputs'],
  });
export type CreateSubmissionInput = z.input<typeof CreateSubmissionSchema>;

/** A question's (or every) submission history, newest first. */
export const SubmissionListQuerySchema = ListQuerySchema.extend({
  questionId: z.string().min(1).max(200).optional(),
  mode: z.enum(['run', 'submit']).optional(),
}).strict();
export type SubmissionListQuery = z.input<typeof SubmissionListQuerySchema>;

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
export interface StorySuggestion {
  readonly story: Story;
  /** 0–1. */
  readonly fit: number;
  readonly reasons: readonly string[];
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

/**
 * The routes. Path parameters are `:name`; question ids contain a slash, so
 * question routes take `:kind/:slug`.
 *
 * GET    /api/health                              → HealthResponse
 * GET    /api/meta                                → MetaResponse
 * GET    /api/questions?…QuestionListQuery        → QuestionListResponse
 * GET    /api/questions/:kind/:slug               → QuestionResponse
 * GET    /api/questions/:kind/:slug/stories       → StorySuggestionResponse
 * POST   /api/sessions            CreateSessionSchema → 201 SessionResponse
 * GET    /api/sessions?limit&offset               → SessionListResponse
 * GET    /api/sessions/:id                        → SessionResponse
 * GET    /api/rounds/:id                          → RoundResponse
 * PUT    /api/rounds/:id/draft    SaveDraftSchema → DraftResponse
 * POST   /api/rounds/:id/answer   SubmitTextSchema → RoundResponse  (status becomes 'probing', first probe appended)
 * POST   /api/rounds/:id/reply    ReplySchema     → RoundResponse  (next probe, or closing turn + scorecard when done; a resent reply is taken once)
 * POST   /api/rounds/:id/finish                   → RoundResponse  (ends early; scores what was answered)
 * GET    /api/stories                             → StoryListResponse
 * GET    /api/stories/matrix                      → StoryMatrixResponse
 * POST   /api/stories             StoryInputSchema → 201 StoryResponse
 * PUT    /api/stories/:id         StoryInputSchema → StoryResponse
 * DELETE /api/stories/:id                         → 204
 * POST   /api/evaluate            EvaluateSchema  → EvaluateResponse
 * POST   /api/submissions  CreateSubmissionSchema → 202 SubmissionCreatedResponse
 * GET    /api/submissions?questionId&mode&limit&offset → SubmissionListResponse (newest first; survives restarts)
 * GET    /api/submissions/:id                     → SubmissionResponse (from memory while live, else from storage)
 * GET    /api/submissions/:id/events              → text/event-stream: one `event: <type>` with `data: JudgeEvent` per event
 *                                                   (queued, compiling, test, done; `error` with {code, message} if judging failed);
 *                                                   after done, when a growth measurement follows, `complexity` with data ComplexityState
 *                                                   ('done' or 'failed'); then closed
 */
