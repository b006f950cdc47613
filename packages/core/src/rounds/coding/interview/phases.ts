/**
 * A coding interview runs in phases, as interviewers run it: the candidate asks what the
 * statement leaves open, states a plan and its cost, codes, tests, then answers follow-ups.
 * Each phase gets a share of the round; the interviewer nudges when one runs long.
 */
export const CODING_PHASES = ['clarify', 'approach', 'code', 'test', 'follow-ups'] as const;
export type CodingPhase = (typeof CODING_PHASES)[number];

/** The length of a real coding interview's problem-solving part. */
export const CODING_ROUND_MS = 45 * 60_000;

/** Each phase's share of the round: most of it goes to writing the code. */
export const PHASE_SHARE: Readonly<Record<CodingPhase, number>> = {
  clarify: 0.1,
  approach: 0.15,
  code: 0.45,
  test: 0.15,
  'follow-ups': 0.15,
};

export const PHASE_LABEL: Readonly<Record<CodingPhase, string>> = {
  clarify: 'Clarify',
  approach: 'Approach',
  code: 'Code',
  test: 'Test',
  'follow-ups': 'Follow-ups',
};

/** What the interviewer says when a phase has run past its share. */
const NUDGE: Readonly<Record<CodingPhase, string>> = {
  clarify:
    'We have a few minutes on questions already. Assume what is reasonable, say it, and tell me your plan.',
  approach: 'Let us settle on an approach: say its time complexity and start coding.',
  code: 'You are past the time I would give the code. Get a version working end to end, then improve it.',
  test: 'Pick your two most important cases and walk one of them through the code.',
  'follow-ups': 'We are nearly out of time. One sentence on how you would approach it is enough.',
};

/** Each phase's time budget in milliseconds for a round of `totalMs`. */
export const phaseBudgetsMs = (totalMs: number = CODING_ROUND_MS): Record<CodingPhase, number> => {
  const share = (phase: CodingPhase): number => Math.round(totalMs * PHASE_SHARE[phase]);
  return {
    clarify: share('clarify'),
    approach: share('approach'),
    code: share('code'),
    test: share('test'),
    'follow-ups': share('follow-ups'),
  };
};

/** The nudge for a phase that has run past its budget, or null while it is within it. */
export const phaseNudge = (
  phase: CodingPhase,
  elapsedInPhaseMs: number,
  totalMs: number = CODING_ROUND_MS,
): string | null => (elapsedInPhaseMs > phaseBudgetsMs(totalMs)[phase] ? NUDGE[phase] : null);

/** The phase after this one; null after the last. */
export const nextPhase = (phase: CodingPhase): CodingPhase | null =>
  CODING_PHASES[CODING_PHASES.indexOf(phase) + 1] ?? null;
