import { z } from 'zod';
import { textUpTo } from '../../validate';

// Every body is a strict object: a misspelt or unknown field is a 400 naming it, never silently dropped.

/**
 * Drafts are kept whatever the candidate pastes (up to the request body limit): losing typed text is
 * worse than storing it. Only sending is limited (MAX_ANSWER_CHARACTERS), and scoring reads less still.
 */
export const MAX_DRAFT_CHARACTERS = 500_000;
export const MAX_ANSWER_CHARACTERS = 50_000;

export const SaveDraftSchema = z
  .strictObject({
    text: textUpTo(MAX_DRAFT_CHARACTERS, 'the draft'),
    revision: z.number().int().min(0),
  })
  .describe('draft');
export type SaveDraftInput = z.infer<typeof SaveDraftSchema>;

const answerText = textUpTo(MAX_ANSWER_CHARACTERS, 'the answer').refine(
  (value) => value.trim().length > 0,
  'write an answer before sending it',
);

/** The main answer. */
export const SubmitTextSchema = z.strictObject({ text: answerText }).describe('answer');

/**
 * A reply to a probe. `inReplyTo` is the transcript index of the probe it answers: with it, the
 * same reply sent twice (a double click, a retry after a lost response) is taken once.
 */
export const ReplySchema = z
  .strictObject({ text: answerText, inReplyTo: z.number().int().min(0).optional() })
  .describe('reply');

/** Ending a round takes no fields; an empty body is fine. */
export const FinishRoundSchema = z.strictObject({}).describe('request to end the round');
