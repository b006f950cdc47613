/**
 * Branded identifiers. A `SessionId` can never be passed where a `RoundId` is
 * expected, even though both are strings at run time.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type UserId = Brand<string, 'UserId'>;
export type SessionId = Brand<string, 'SessionId'>;
export type RoundId = Brand<string, 'RoundId'>;
export type QuestionId = Brand<string, 'QuestionId'>;
export type StoryId = Brand<string, 'StoryId'>;
export type SubmissionId = Brand<string, 'SubmissionId'>;

export const asUserId = (value: string): UserId => value as UserId;
export const asSessionId = (value: string): SessionId => value as SessionId;
export const asRoundId = (value: string): RoundId => value as RoundId;
export const asQuestionId = (value: string): QuestionId => value as QuestionId;
export const asStoryId = (value: string): StoryId => value as StoryId;
export const asSubmissionId = (value: string): SubmissionId => value as SubmissionId;

/** The user every row belongs to in single-user local mode (no login). */
export const LOCAL_USER_ID = asUserId('local');
