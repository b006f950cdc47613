import { asSessionId, LOCAL_USER_ID, sessionReport } from '@onsite/core';
import type { AppDeps } from '../../deps';
import type { RouteHandlers } from '../register';

/** A file name for today: onsite-export-2026-12-04.json. */
const fileNameOn = (date: Date, stem: string, extension: string): string =>
  `${stem}-${date.toISOString().slice(0, 10)}.${extension}`;

/** A slug of a title for a file name: "Pushed back on a deadline" → pushed-back-on-a-deadline. */
const slugOf = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .slice(0, 60) || 'session';

/** All of the user's data as one JSON file, one session as Markdown, and the import of a file. */
export const transferRoutes = (deps: AppDeps) =>
  ({
    'GET /api/export': async (_, c) => {
      const document = await deps.transfer.exportAll(LOCAL_USER_ID);
      c.header(
        'Content-Disposition',
        `attachment; filename="${fileNameOn(new Date(document.exportedAt), 'onsite-export', 'json')}"`,
      );
      return c.json(document);
    },
    'POST /api/import': async ({ body }) => ({
      imported: await deps.transfer.importAll(LOCAL_USER_ID, body),
    }),
    'GET /api/sessions/:id/report': async ({ params }, c) => {
      const session = await deps.practice.getSession({
        userId: LOCAL_USER_ID,
        sessionId: asSessionId(params.id),
      });
      c.header(
        'Content-Disposition',
        `attachment; filename="${fileNameOn(new Date(session.createdAt), slugOf(session.title), 'md')}"`,
      );
      return c.body(sessionReport(session), 200, {
        'Content-Type': 'text/markdown; charset=utf-8',
      });
    },
  }) satisfies RouteHandlers;
