/**
 * Row ↔ domain mapping. Text columns holding closed unions are checked on the
 * way out, so a corrupted or hand-edited row fails loudly with the column
 * named instead of leaking an impossible value into the app.
 */
import {
  LANGUAGES,
  ROUND_KINDS,
  STAR_FLAGS,
  asQuestionId,
  asRoundId,
  asSessionId,
  asStoryId,
  asUserId,
  storyTextOf,
  type AnswerEvaluation,
  type Competency,
  type ComplexityState,
  type Draft,
  type HiringLevel,
  type JudgeMode,
  type JudgeResult,
  type PrincipleId,
  type Round,
  type RoundKind,
  type RoundStatus,
  type Scorecard,
  type Session,
  type SessionMode,
  type SessionStatus,
  type Speaker,
  type Story,
  type SubmissionPatch,
  type SubmissionRecord,
  type Turn,
  type TurnPurpose,
} from '@onsite/core';
import type {
  DraftsTable,
  RoundsTable,
  SessionsTable,
  StoriesTable,
  SubmissionsTable,
  TurnsTable,
} from './tables';

const SESSION_MODES = ['practice', 'onsite'] as const satisfies readonly SessionMode[];
const SESSION_STATUSES = ['active', 'finished'] as const satisfies readonly SessionStatus[];
const ROUND_STATUSES = [
  'answering',
  'probing',
  'finished',
] as const satisfies readonly RoundStatus[];
const SPEAKERS = ['interviewer', 'candidate'] as const satisfies readonly Speaker[];
const PURPOSES = [
  'question',
  'answer',
  'probe',
  'reply',
  'closing',
  'hint',
  'phase',
] as const satisfies readonly TurnPurpose[];
const LEVELS = [1, 2, 3, 4] as const satisfies readonly HiringLevel[];
const JUDGE_MODES = ['run', 'submit'] as const satisfies readonly JudgeMode[];
const SUBMISSION_STATUSES = [
  'queued',
  'running',
  'done',
] as const satisfies readonly SubmissionRecord['status'][];

const oneOf = <T extends string | number>(
  allowed: readonly T[],
  value: string | number,
  column: string,
): T => {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined)
    throw new Error(`Unexpected value ${JSON.stringify(value)} in column ${column}`);
  return found;
};

export const toJson = (value: unknown): string => JSON.stringify(value);

/**
 * Reads JSON this package wrote from a typed value. The cast is the one trusted
 * boundary: nothing else writes these columns.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the type it wrote; this is the one cast.
export const fromJson = <T>(text: string, column: string): T => {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`Column ${column} does not hold valid JSON`, { cause: error });
  }
};

export const toLevel = (value: number, column: string): HiringLevel => oneOf(LEVELS, value, column);

export const sessionFromRow = (row: SessionsTable): Session => ({
  id: asSessionId(row.id),
  userId: asUserId(row.user_id),
  mode: oneOf(SESSION_MODES, row.mode, 'sessions.mode'),
  title: row.title,
  status: oneOf(SESSION_STATUSES, row.status, 'sessions.status'),
  createdAt: row.created_at,
  finishedAt: row.finished_at,
});

export const sessionToRow = (session: Session): SessionsTable => ({
  id: session.id,
  user_id: session.userId,
  mode: session.mode,
  title: session.title,
  status: session.status,
  created_at: session.createdAt,
  finished_at: session.finishedAt,
});

export const roundKindOf = (value: string): RoundKind => oneOf(ROUND_KINDS, value, 'rounds.kind');

export const roundFromRow = (
  row: RoundsTable,
  transcript: readonly Turn[],
  draft: Draft | null,
): Round => ({
  id: asRoundId(row.id),
  sessionId: asSessionId(row.session_id),
  userId: asUserId(row.user_id),
  position: row.position,
  kind: roundKindOf(row.kind),
  questionId: row.question_id === null ? null : asQuestionId(row.question_id),
  title: row.title,
  prompt: row.prompt,
  status: oneOf(ROUND_STATUSES, row.status, 'rounds.status'),
  transcript,
  draft,
  timeLimitMs: row.time_limit_ms,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  elapsedMs: row.elapsed_ms,
  interimEvaluation:
    row.interim_evaluation === null
      ? null
      : fromJson<AnswerEvaluation>(row.interim_evaluation, 'rounds.interim_evaluation'),
  scorecard: row.scorecard === null ? null : fromJson<Scorecard>(row.scorecard, 'rounds.scorecard'),
});

/** The scorecard columns, kept together so score and level never drift from the JSON. */
export const scorecardColumns = (
  scorecard: Scorecard | null,
): Pick<RoundsTable, 'scorecard' | 'score' | 'level'> =>
  scorecard === null
    ? { scorecard: null, score: null, level: null }
    : {
        scorecard: toJson(scorecard),
        score: scorecard.evaluation.score,
        level: scorecard.evaluation.level,
      };

export const roundToRow = (round: Round): RoundsTable => ({
  id: round.id,
  session_id: round.sessionId,
  user_id: round.userId,
  position: round.position,
  kind: round.kind,
  question_id: round.questionId,
  title: round.title,
  prompt: round.prompt,
  status: round.status,
  time_limit_ms: round.timeLimitMs,
  started_at: round.startedAt,
  finished_at: round.finishedAt,
  elapsed_ms: round.elapsedMs,
  interim_evaluation: round.interimEvaluation === null ? null : toJson(round.interimEvaluation),
  ...scorecardColumns(round.scorecard),
  turn_count: round.transcript.length,
});

export const turnFromRow = (row: TurnsTable): Turn => ({
  index: row.idx,
  speaker: oneOf(SPEAKERS, row.speaker, 'turns.speaker'),
  purpose: oneOf(PURPOSES, row.purpose, 'turns.purpose'),
  text: row.text,
  at: row.at,
  ...(row.target_flag === null
    ? {}
    : { targetFlag: oneOf(STAR_FLAGS, row.target_flag, 'turns.target_flag') }),
  ...(row.probe_id === null ? {} : { probeId: row.probe_id }),
  ...(row.phase === null ? {} : { phase: row.phase }),
});

export const turnToRow = (roundId: string, userId: string, turn: Turn): TurnsTable => ({
  round_id: roundId,
  idx: turn.index,
  user_id: userId,
  speaker: turn.speaker,
  purpose: turn.purpose,
  text: turn.text,
  at: turn.at,
  target_flag: turn.targetFlag ?? null,
  probe_id: turn.probeId ?? null,
  phase: turn.phase ?? null,
});

export const draftFromRow = (row: Pick<DraftsTable, 'text' | 'saved_at' | 'revision'>): Draft => ({
  text: row.text,
  savedAt: row.saved_at,
  revision: row.revision,
});

export const draftToRow = (roundId: string, userId: string, draft: Draft): DraftsTable => ({
  round_id: roundId,
  user_id: userId,
  text: draft.text,
  saved_at: draft.savedAt,
  revision: draft.revision,
});

export const storyFromRow = (row: StoriesTable): Story => ({
  id: asStoryId(row.id),
  userId: asUserId(row.user_id),
  ...storyTextOf(row),
  principles: fromJson<PrincipleId[]>(row.principles, 'stories.principles'),
  competencies: fromJson<Competency[]>(row.competencies, 'stories.competencies'),
  tags: fromJson<string[]>(row.tags, 'stories.tags'),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const storyToRow = (story: Story): StoriesTable => ({
  id: story.id,
  user_id: story.userId,
  ...storyTextOf(story),
  principles: toJson(story.principles),
  competencies: toJson(story.competencies),
  tags: toJson(story.tags),
  created_at: story.createdAt,
  updated_at: story.updatedAt,
});

export const submissionFromRow = (row: SubmissionsTable): SubmissionRecord => ({
  id: row.id,
  userId: asUserId(row.user_id),
  questionId: row.question_id,
  roundId: row.round_id,
  language: oneOf(LANGUAGES, row.language, 'submissions.language'),
  mode: oneOf(JUDGE_MODES, row.mode, 'submissions.mode'),
  source: row.source,
  status: oneOf(SUBMISSION_STATUSES, row.status, 'submissions.status'),
  result: row.result === null ? null : fromJson<JudgeResult>(row.result, 'submissions.result'),
  error:
    row.error === null
      ? null
      : fromJson<{ code: string; message: string }>(row.error, 'submissions.error'),
  complexity:
    row.complexity === null
      ? null
      : fromJson<ComplexityState>(row.complexity, 'submissions.complexity'),
  createdAt: row.created_at,
  finishedAt: row.finished_at,
  judgedBy: row.judged_by,
});

const jsonOrNull = (value: unknown): string | null => (value === null ? null : toJson(value));

export const submissionToRow = (record: SubmissionRecord): SubmissionsTable => ({
  id: record.id,
  user_id: record.userId,
  question_id: record.questionId,
  round_id: record.roundId,
  language: record.language,
  mode: record.mode,
  source: record.source,
  status: record.status,
  result: jsonOrNull(record.result),
  error: jsonOrNull(record.error),
  complexity: jsonOrNull(record.complexity),
  created_at: record.createdAt,
  finished_at: record.finishedAt,
  judged_by: record.judgedBy,
});

/** The columns a patch names; a field left out of the patch is left alone, null clears it. */
export const submissionPatchColumns = (patch: SubmissionPatch): Partial<SubmissionsTable> => ({
  ...(patch.status === undefined ? {} : { status: patch.status }),
  ...(patch.result === undefined ? {} : { result: jsonOrNull(patch.result) }),
  ...(patch.error === undefined ? {} : { error: jsonOrNull(patch.error) }),
  ...(patch.complexity === undefined ? {} : { complexity: jsonOrNull(patch.complexity) }),
  ...(patch.finishedAt === undefined ? {} : { finished_at: patch.finishedAt }),
});
