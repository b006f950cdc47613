/**
 * Row types as Kysely sees the tables. Column names are snake_case; the stores
 * map rows to domain objects explicitly, so a renamed column breaks the build.
 *
 * Portability choices (one code path for SQLite and PostgreSQL 15):
 * - Timestamps are ISO-8601 UTC text (`Date#toISOString()`): they round-trip
 *   exactly, and sort correctly as text in both engines.
 * - JSON (evaluations, scorecards, tags, principles) is text holding JSON, so
 *   both drivers hand back the same string and one parser reads it.
 * - A scorecard's score and level are copied into their own columns so the
 *   history list never has to parse scorecards.
 */
export interface UsersTable {
  id: string;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  mode: string;
  title: string;
  status: string;
  created_at: string;
  finished_at: string | null;
}

export interface RoundsTable {
  id: string;
  session_id: string;
  user_id: string;
  position: number;
  kind: string;
  question_id: string | null;
  title: string;
  prompt: string;
  status: string;
  time_limit_ms: number;
  started_at: string;
  finished_at: string | null;
  elapsed_ms: number | null;
  /** JSON of AnswerEvaluation. */
  interim_evaluation: string | null;
  /** JSON of Scorecard. */
  scorecard: string | null;
  score: number | null;
  level: number | null;
  /** How many turns the round has: its version, compared-and-set by every step (SessionStore.advanceRound). */
  turn_count: number;
}

export interface TurnsTable {
  round_id: string;
  idx: number;
  user_id: string;
  speaker: string;
  purpose: string;
  text: string;
  at: string;
  target_flag: string | null;
  probe_id: string | null;
  /** The round's phase the turn belongs to (a coding interview's); null for kinds without phases. */
  phase: string | null;
}

export interface DraftsTable {
  round_id: string;
  user_id: string;
  text: string;
  saved_at: string;
  revision: number;
}

export interface StoriesTable {
  id: string;
  user_id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  learning: string;
  /** JSON arrays. */
  principles: string;
  competencies: string;
  tags: string;
  created_at: string;
  updated_at: string;
}

/** One Run or Submit, kept for good (SubmissionRecord). */
export interface SubmissionsTable {
  id: string;
  user_id: string;
  question_id: string | null;
  /** The interview round it was judged for; null for practice outside a round. */
  round_id: string | null;
  language: string;
  mode: string;
  source: string;
  status: string;
  /** JSON of JudgeResult (hidden-test data already stripped for submit mode). */
  result: string | null;
  /** JSON of { code, message }. */
  error: string | null;
  /** JSON of ComplexityState. */
  complexity: string | null;
  created_at: string;
  finished_at: string | null;
  /** The server instance judging it (ONSITE_INSTANCE_ID); null for none stated. */
  judged_by: string | null;
}

/** A user's study plan settings (PlanSettings), one row per user. */
export interface PlansTable {
  user_id: string;
  /** YYYY-MM-DD. */
  target_date: string;
  /** 'general' or a company id. */
  loop: string;
  hours_per_week: number;
  updated_at: string;
}

/** What progress reads of a round's scorecard (PracticeScorecard), one row per scored round. */
export interface RoundFactsTable {
  round_id: string;
  user_id: string;
  /** JSON of PracticeScorecard. */
  facts: string;
}

export interface DatabaseSchema {
  users: UsersTable;
  sessions: SessionsTable;
  rounds: RoundsTable;
  turns: TurnsTable;
  drafts: DraftsTable;
  stories: StoriesTable;
  submissions: SubmissionsTable;
  plans: PlansTable;
  round_facts: RoundFactsTable;
}
