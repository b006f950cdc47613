/**
 * How long a round lasts: the one rule the engine's timer and every screen
 * that promises a duration (Practice, Today) read, so they cannot disagree.
 */

/** A round with no time of its own (a free-form question, or a bank question that sets none). */
export const DEFAULT_TIME_LIMIT_MS = 10 * 60_000;

/** The question's own `timeLimitMinutes` when it has one, otherwise the default. */
export const roundTimeLimitMs = (
  question: { readonly timeLimitMinutes?: number | undefined } | null | undefined,
): number =>
  question?.timeLimitMinutes !== undefined
    ? question.timeLimitMinutes * 60_000
    : DEFAULT_TIME_LIMIT_MS;

/**
 * A session round's length: a kind practised as an interview (coding) lasts its interview's time,
 * whatever the question sets; any other round its question's. The engine's timer and the study
 * plan both read it.
 */
export const sessionRoundTimeLimitMs = (
  question: { readonly timeLimitMinutes?: number | undefined } | null | undefined,
  interview: { readonly timeLimitMs: number } | null,
): number => interview?.timeLimitMs ?? roundTimeLimitMs(question);
