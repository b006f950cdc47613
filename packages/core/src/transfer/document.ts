import { z } from 'zod';
import type { StoredPlan, SubmissionRecord } from '../ports';
import { isCalendarDate } from '../progress/calendar';
import { COMPANIES } from '../question/principles';
import { LANGUAGES } from '../rounds/coding/judge-spec';
import type { Round, Session } from '../session/types';
import type { Story } from '../stories/types';

/**
 * The export document: all of one user's data as JSON, in a versioned schema (docs/export-format.md).
 * Import reads any version up to EXPORT_VERSION and upgrades it in code; the whole document is
 * checked before anything is written, so a bad or truncated file changes nothing.
 *
 * Version history:
 * - 1: sessions (rounds, transcripts, drafts, scorecards), stories, submissions.
 * - 2: a turn may say its `phase` and a submission its `roundId` (the coding interview).
 *   Later, still 2 (an optional field, so older files import and an older Onsite drops it):
 *   `plan`, the study plan's settings. Review state (FSRS cards) is not stored: it is derived
 *   from the rounds, so it travels with them.
 */
export const EXPORT_FORMAT = 'onsite-export';
export const EXPORT_VERSION = 2;

const text = z.string();
const isoTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);

const TurnSchema = z.object({
  index: z.number().int().min(0),
  speaker: z.enum(['interviewer', 'candidate']),
  purpose: z.enum(['question', 'answer', 'probe', 'reply', 'closing', 'hint', 'phase']),
  text,
  at: isoTime,
  targetFlag: z.string().optional(),
  probeId: z.string().optional(),
  phase: z.string().optional(),
});

const DraftSchema = z.object({
  text,
  savedAt: isoTime,
  revision: z.number().int().min(0),
});

/**
 * An evaluation is stored as the evaluator made it; import checks what every kind's has (and
 * what the history list reads) and keeps the rest as it is.
 */
const EvaluationSchema = z.looseObject({
  kind: z.string().min(1),
  score: z.number().min(0).max(100),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  flags: z.array(z.unknown()),
  dimensions: z.array(z.unknown()),
  followUps: z.array(z.unknown()),
  nextSteps: z.array(z.unknown()),
});

const RoundSchema = z.object({
  id,
  position: z.number().int().min(0),
  kind: z.string().min(1),
  questionId: z.string().nullable(),
  title: text,
  prompt: text,
  status: z.enum(['answering', 'probing', 'finished']),
  transcript: z.array(TurnSchema),
  draft: DraftSchema.nullable(),
  timeLimitMs: z.number().int().min(0),
  startedAt: isoTime,
  finishedAt: isoTime.nullable(),
  elapsedMs: z.number().int().min(0).nullable(),
  interimEvaluation: EvaluationSchema.nullable(),
  scorecard: z
    .object({ evaluation: EvaluationSchema, interviewer: text, evaluatedAt: isoTime })
    .nullable(),
});

const SessionSchema = z.object({
  id,
  mode: z.enum(['practice', 'onsite']),
  title: text,
  status: z.enum(['active', 'finished']),
  createdAt: isoTime,
  finishedAt: isoTime.nullable(),
  rounds: z.array(RoundSchema),
});

const StorySchema = z.object({
  id,
  title: text,
  situation: text,
  task: text,
  action: text,
  result: text,
  learning: text,
  principles: z.array(z.string()),
  competencies: z.array(z.string()),
  tags: z.array(z.string()),
  createdAt: isoTime,
  updatedAt: isoTime,
});

const SubmissionSchema = z.object({
  id,
  questionId: z.string().nullable(),
  roundId: z.string().nullable(),
  language: z.enum(LANGUAGES),
  mode: z.enum(['run', 'submit']),
  source: text,
  status: z.enum(['queued', 'running', 'done']),
  result: z.looseObject({ verdict: z.string() }).nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  complexity: z.looseObject({ status: z.enum(['measuring', 'done', 'failed']) }).nullable(),
  createdAt: isoTime,
  finishedAt: isoTime.nullable(),
});

const PlanSchema = z.object({
  targetDate: z.string().refine(isCalendarDate, 'not a date written YYYY-MM-DD'),
  loop: z.enum(['general', ...COMPANIES]),
  hoursPerWeek: z.number().min(1).max(60),
  updatedAt: isoTime,
});

/** What the current version checks on import. */
const ExportDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: isoTime,
  sessions: z.array(SessionSchema),
  stories: z.array(StorySchema),
  submissions: z.array(SubmissionSchema),
  /** Absent in files from before the study plan; null when the user set none. */
  plan: PlanSchema.nullable().optional(),
});

/** The study plan's settings with when they were saved. */
export type ExportedPlan = StoredPlan['settings'] & { readonly updatedAt: string };

/**
 * The current version's document: the stored shapes themselves, without owners (import gives
 * everything to the importer) or the judging instance.
 */
export interface ExportDocument {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  readonly exportedAt: string;
  readonly sessions: readonly ExportedSession[];
  readonly stories: readonly Omit<Story, 'userId'>[];
  readonly submissions: readonly Omit<SubmissionRecord, 'userId' | 'judgedBy'>[];
  /** Always written (null for none); a file from before the study plan has none. */
  readonly plan?: ExportedPlan | null;
}
export interface ExportedSession extends Omit<Session, 'userId'> {
  readonly rounds: readonly Omit<Round, 'userId' | 'sessionId'>[];
}

/** Version 1: no turn phases, submissions without a round. */
const VersionOneSchema = ExportDocumentSchema.extend({
  version: z.literal(1),
  submissions: z.array(SubmissionSchema.omit({ roundId: true })),
});

const HeaderSchema = z.looseObject({
  format: z.literal(
    EXPORT_FORMAT,
    'this is not an Onsite export (its "format" is not "onsite-export")',
  ),
  version: z.number().int().min(1),
});

/** Why a document cannot be imported: one line per problem, each naming where it is. */
export class ExportDocumentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The file cannot be imported, and nothing was changed: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}.`,
    );
  }
}

const problemsOf = (error: z.ZodError): string[] =>
  error.issues.map((issue) =>
    issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`,
  );

/**
 * A document the schema accepted, as the stored types. The schema checks every field the stores
 * and pages read; an evaluation's own fields are the evaluator's and are kept as they are.
 */
const checked = (document: z.infer<typeof ExportDocumentSchema>): ExportDocument =>
  document as unknown as ExportDocument;

/**
 * Reads an export of any known version into the current one, or throws ExportDocumentError
 * saying what is wrong (and where) without changing anything.
 */
export const readExportDocument = (value: unknown): ExportDocument => {
  const header = HeaderSchema.safeParse(value);
  if (!header.success) throw new ExportDocumentError(problemsOf(header.error));
  const { version } = header.data;
  if (version > EXPORT_VERSION)
    throw new ExportDocumentError([
      `it is version ${version}, from a newer Onsite than this one (which reads up to ${EXPORT_VERSION}): update Onsite, then import it`,
    ]);
  if (version === 1) {
    const old = VersionOneSchema.safeParse(value);
    if (!old.success) throw new ExportDocumentError(problemsOf(old.error));
    return checked({
      ...old.data,
      version: EXPORT_VERSION,
      submissions: old.data.submissions.map((submission) => ({ ...submission, roundId: null })),
    });
  }
  const current = ExportDocumentSchema.safeParse(value);
  if (!current.success) throw new ExportDocumentError(problemsOf(current.error));
  return checked(current.data);
};
