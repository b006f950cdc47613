import { DomainError } from '../errors';
import type { UserId } from '../ids';
import type { Clock, PlanStore, SessionStore, StoryStore, SubmissionStore } from '../ports';
import { readEveryPage } from '../paging';
import type { Round, SessionWithRounds } from '../session/types';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportDocumentError,
  readExportDocument,
  type ExportDocument,
  type ExportedSession,
} from './document';

export interface DataTransferDeps {
  readonly sessions: SessionStore;
  readonly stories: StoryStore;
  readonly submissions: SubmissionStore;
  readonly plans: PlanStore;
  readonly clock: Clock;
}

/** What an import added, and what it left alone because the same id was already there. */
export interface ImportSummary {
  readonly sessions: { readonly added: number; readonly skipped: number };
  readonly stories: { readonly added: number; readonly skipped: number };
  readonly submissions: { readonly added: number; readonly skipped: number };
  /** The study plan: added when the file has one and the user had none, else kept (skipped). */
  readonly plan: { readonly added: number; readonly skipped: number };
}

const exportedRound = ({
  userId: _owner,
  sessionId: _session,
  ...round
}: Round): ExportedSession['rounds'][number] => round;

/**
 * Export and import of one user's data (docs/export-format.md). Export reads every store; import
 * checks the whole document first (a bad or truncated file changes nothing), then adds what is not
 * there yet, giving it to the importing user: importing twice adds nothing the second time.
 */
export const createDataTransfer = (deps: DataTransferDeps) => ({
  async exportAll(userId: UserId): Promise<ExportDocument> {
    const summaries = await readEveryPage((page) => deps.sessions.listSessions(userId, page));
    const sessions: SessionWithRounds[] = [];
    for (const summary of summaries.reverse()) {
      const session = await deps.sessions.getSession(userId, summary.id);
      if (session !== null) sessions.push(session);
    }
    const stories = [...(await deps.stories.listStories(userId))].sort((left, right) =>
      left.createdAt.localeCompare(right.createdAt),
    );
    const submissions = (
      await readEveryPage((page) => deps.submissions.listSubmissions(userId, page))
    ).reverse();
    const plan = await deps.plans.getPlan(userId);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: deps.clock.now().toISOString(),
      sessions: sessions.map((session) => ({
        id: session.id,
        mode: session.mode,
        title: session.title,
        status: session.status,
        createdAt: session.createdAt,
        finishedAt: session.finishedAt,
        rounds: session.rounds.map(exportedRound),
      })),
      stories: stories.map(({ userId: _owner, ...story }) => story),
      submissions: submissions.map(({ userId: _owner, judgedBy: _instance, ...record }) => record),
      plan: plan === null ? null : { ...plan.settings, updatedAt: plan.updatedAt },
    };
  },

  async importAll(userId: UserId, value: unknown): Promise<ImportSummary> {
    let document: ExportDocument;
    try {
      document = readExportDocument(value);
    } catch (error) {
      if (error instanceof ExportDocumentError)
        throw new DomainError('VALIDATION_FAILED', error.message, {
          file: error.problems[0] ?? '',
        });
      throw error;
    }
    const sessions = { added: 0, skipped: 0 };
    for (const session of document.sessions) {
      const sessionId = session.id;
      if ((await deps.sessions.getSession(userId, sessionId)) !== null) {
        sessions.skipped += 1;
        continue;
      }
      await deps.sessions.createSession({
        id: sessionId,
        userId,
        mode: session.mode,
        title: session.title,
        status: session.status,
        createdAt: session.createdAt,
        finishedAt: session.finishedAt,
      });
      for (const round of session.rounds)
        await deps.sessions.createRound({ ...round, sessionId, userId });
      sessions.added += 1;
    }
    const stories = { added: 0, skipped: 0 };
    for (const story of document.stories) {
      if ((await deps.stories.getStory(userId, story.id)) !== null) {
        stories.skipped += 1;
        continue;
      }
      await deps.stories.saveStory({ ...story, userId });
      stories.added += 1;
    }
    const submissions = { added: 0, skipped: 0 };
    for (const submission of document.submissions) {
      if ((await deps.submissions.getSubmission(userId, submission.id)) !== null) {
        submissions.skipped += 1;
        continue;
      }
      await deps.submissions.createSubmission({ ...submission, userId, judgedBy: null });
      submissions.added += 1;
    }
    const plan = { added: 0, skipped: 0 };
    if (document.plan !== undefined && document.plan !== null) {
      if ((await deps.plans.getPlan(userId)) === null) {
        const { updatedAt, ...settings } = document.plan;
        await deps.plans.savePlan(userId, settings, updatedAt);
        plan.added = 1;
      } else plan.skipped = 1;
    }
    return { sessions, stories, submissions, plan };
  },
});

export type DataTransfer = ReturnType<typeof createDataTransfer>;
