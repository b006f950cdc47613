import { CODING_PHASES } from '@onsite/core';
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

/**
 * A move in the coding interview room: words in the current phase (a clarifying question, the
 * plan, the test cases, a follow-up answer), moving to a phase, a hint, or telling the
 * interviewer a submission of the round was judged (its probe is asked once, however often told).
 */
export const CodingActionSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('say'), text: answerText }),
    z.strictObject({ type: z.literal('phase'), phase: z.enum(CODING_PHASES) }),
    z.strictObject({ type: z.literal('hint') }),
    z.strictObject({ type: z.literal('judged'), submissionId: z.string().min(1).max(200) }),
  ])
  .describe('interview move');

/** Ending a round takes no fields; an empty body is fine. */
export const FinishRoundSchema = z.strictObject({}).describe('request to end the round');
