import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { DomainError, type DomainErrorCode, type FieldErrors } from '@onsite/core';
import { storageFailureOf, type StorageFailure } from '@onsite/db';
import type { ApiErrorBody, ApiErrorCode, ServerErrorCode } from './contract';

/** The one mapping from domain error codes to HTTP statuses. Adding a code breaks the build until it is mapped here. */
export const HTTP_STATUS_BY_CODE = {
  VALIDATION_FAILED: 400,
  ANSWER_EMPTY: 400,
  NOT_FOUND: 404,
  QUESTION_NOT_FOUND: 404,
  SESSION_NOT_FOUND: 404,
  ROUND_NOT_FOUND: 404,
  STORY_NOT_FOUND: 404,
  SUBMISSION_NOT_FOUND: 404,
  SESSION_FINISHED: 409,
  ROUND_FINISHED: 409,
  ROUND_NOT_ANSWERED: 409,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  SPEC_CODE_NOT_ALLOWED: 403,
  UNSUPPORTED_ROUND_KIND: 422,
  LANGUAGE_UNAVAILABLE: 422,
  QUEUE_FULL: 503,
  JUDGE_WORKER_LOST: 503,
  ISOLATION_TOO_WEAK: 503,
  INTERVIEWER_UNAVAILABLE: 503,
  STORAGE_UNAVAILABLE: 503,
} as const satisfies Record<DomainErrorCode, ContentfulStatusCode>;

export const errorBody = (
  code: ApiErrorCode,
  message: string,
  fields?: FieldErrors,
): ApiErrorBody => ({
  error: {
    code,
    message,
    ...(fields !== undefined && Object.keys(fields).length > 0 ? { fields } : {}),
  },
});

/** Seconds a client should wait before retrying while the database is unreachable (a restart takes a few). */
const STORAGE_RETRY_AFTER_SECONDS = 5;

export const errorResponse = (c: Context, error: DomainError): Response => {
  if (error.code === 'STORAGE_UNAVAILABLE')
    c.header('Retry-After', String(STORAGE_RETRY_AFTER_SECONDS));
  return c.json(
    errorBody(error.code, error.message, error.fields),
    HTTP_STATUS_BY_CODE[error.code],
  );
};

/**
 * What a request is answered when the storage fails under it (see storageFailureOf). A full disk
 * is 507 Insufficient Storage; the web app keeps what was typed in the browser, so the message
 * says so. None of these is a bug, so none is a 500.
 */
export const STORAGE_FAILURE_RESPONSES = {
  full: {
    status: 507,
    code: 'STORAGE_FULL',
    message:
      'The disk where Onsite keeps its data is full, so this was not saved; your draft is kept in this browser. Free some disk space, then try again.',
  },
  busy: {
    status: 503,
    code: 'STORAGE_BUSY',
    message:
      'The database is busy with another Onsite process, so this was not saved; your draft is kept in this browser. Try again in a moment.',
  },
  damaged: {
    status: 503,
    code: 'STORAGE_DAMAGED',
    message:
      'The database file is damaged, so this was not saved; your draft is kept in this browser. The server log says which file and how to restore it.',
  },
  'read-only': {
    status: 503,
    code: 'STORAGE_READ_ONLY',
    message:
      'The database file cannot be written (read-only file or folder), so this was not saved; your draft is kept in this browser.',
  },
} as const satisfies Record<
  StorageFailure,
  { status: ContentfulStatusCode; code: ServerErrorCode; message: string }
>;

/** Turns zod issues into `{ 'tags.0': 'message' }`; the first issue on a path wins. */
export const fieldErrorsOf = (error: z.ZodError): FieldErrors => {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'body';
    fields[key] ??= issue.message;
  }
  return fields;
};

export const validationError = (what: string, error: z.ZodError): DomainError => {
  const fields = fieldErrorsOf(error);
  const entries = Object.entries(fields);
  const [first] = entries;
  const summary =
    entries.length === 1 && first !== undefined
      ? `${first[0]}: ${first[1]}`
      : `${entries.length} fields need fixing`;
  return new DomainError('VALIDATION_FAILED', `The ${what} is not valid (${summary}).`, fields);
};

/**
 * The app's error handler: domain errors map through HTTP_STATUS_BY_CODE (a 5xx one is
 * logged with the failure it wraps), Hono's own HTTP errors keep their status, anything else is a bug and is
 * logged with its stack while the client sees a generic message.
 */
export const createErrorHandler =
  (logger: Logger) =>
  (error: Error, c: Context): Response => {
    if (error instanceof DomainError) {
      // A 5xx domain error stands for a failure underneath (the interviewer, the database): the
      // client gets the plain message, the log gets what failed (pino prints the cause's stack).
      if (error.cause !== undefined && HTTP_STATUS_BY_CODE[error.code] >= 500)
        logger.warn(
          { err: error, method: c.req.method, path: c.req.path },
          'a request failed because something it depends on did',
        );
      return errorResponse(c, error);
    }
    if (error instanceof HTTPException) {
      const status = error.status;
      if (status === 413)
        return c.json(errorBody('PAYLOAD_TOO_LARGE', 'The request body is too large.'), 413);
      if (status < 500)
        return c.json(
          errorBody(
            status === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED',
            error.message || 'The request is not valid.',
          ),
          status,
        );
    }
    const storageFailure = storageFailureOf(error);
    if (storageFailure !== null) {
      const answer = STORAGE_FAILURE_RESPONSES[storageFailure];
      logger.error(
        { err: error, method: c.req.method, path: c.req.path, storageFailure },
        'storage failed',
      );
      if (storageFailure === 'busy') c.header('Retry-After', '1');
      return c.json(errorBody(answer.code, answer.message), answer.status);
    }
    logger.error({ err: error, method: c.req.method, path: c.req.path }, 'unhandled error');
    return c.json(
      errorBody(
        'INTERNAL',
        'Something went wrong on the server; the details are in the server log.',
      ),
      500,
    );
  };
