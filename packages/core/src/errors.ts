/**
 * The closed set of domain error codes. Adapters map each code to a transport
 * status exactly once (the server keeps an exhaustive Record<DomainErrorCode, number>).
 * Expected outcomes (a wrong answer, a rubric level) are values, never errors.
 */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'QUESTION_NOT_FOUND',
  'SESSION_NOT_FOUND',
  'ROUND_NOT_FOUND',
  'STORY_NOT_FOUND',
  'SUBMISSION_NOT_FOUND',
  'SESSION_FINISHED',
  'ROUND_FINISHED',
  'ROUND_NOT_ANSWERED',
  'ANSWER_EMPTY',
  'UNSUPPORTED_ROUND_KIND',
  'LANGUAGE_UNAVAILABLE',
  'ISOLATION_TOO_WEAK',
  'SPEC_CODE_NOT_ALLOWED',
  'QUEUE_FULL',
  /** Queue mode: the judge workers running this code were lost twice; it is not tried a third time. */
  'JUDGE_WORKER_LOST',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'INTERVIEWER_UNAVAILABLE',
  /** The database cannot be reached for now (a dropped connection, a restart): retry later. */
  'STORAGE_UNAVAILABLE',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** Field-level problems, keyed by a dotted path such as `answer` or `tags.0`. */
export type FieldErrors = Record<string, string>;

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly fields: FieldErrors | undefined;

  /** `options.cause`: the failure this error stands for (an interviewer's or a driver's error), kept for the log. */
  constructor(
    code: DomainErrorCode,
    message: string,
    fields?: FieldErrors,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'DomainError';
    this.code = code;
    this.fields = fields;
  }
}

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;
