import {
  CODING_PHASES,
  GROWTH_PROBE_PREFIX,
  SUBMISSION_PROBE_PREFIX,
  phaseBudgetsMs,
  phaseNudge,
  PHASE_LABEL,
  type CodingInterviewState,
  type CodingPhase,
  type Turn,
} from '@onsite/core';
import { timerTone, type TimerTone } from '../../behavioral/round-timer';

/**
 * What the interview room shows about the phase it is in, from core's rules (budgets, nudges,
 * labels): nothing here decides how an interview runs, only how it reads on screen.
 */

/** Whether a turn's phase is one of core's coding phases. */
export const isCodingPhase = (value: string | undefined): value is CodingPhase =>
  CODING_PHASES.some((phase) => phase === value);

/** What the message box is for in each phase: its label and what to write. */
export const MESSAGE_BOX: Readonly<
  Record<CodingPhase, { readonly label: string; readonly placeholder: string }>
> = {
  clarify: {
    label: 'Ask a clarifying question',
    placeholder: 'A question about the input: its size, empty or repeated values, what to return…',
  },
  approach: {
    label: 'Your approach',
    placeholder:
      'Your plan and its complexity, e.g. “one pass with a hash map: O(n) time, O(n) space”.',
  },
  code: {
    label: 'Think aloud',
    placeholder: 'Say what you are doing, or ask a question while you code.',
  },
  test: {
    label: 'Your test cases',
    placeholder: 'The cases you would test, and what your code returns for each.',
  },
  'follow-ups': {
    label: 'Your answer',
    placeholder: 'Your answer to the follow-up: the idea, and what it costs.',
  },
};

export interface PhaseClock {
  /** The phase's share of the round left; negative once it has run past it. */
  readonly remainingMs: number;
  /** Amber in the last 20% of the phase's share and past it, as the round's timer is for the round. */
  readonly tone: TimerTone;
  /** The interviewer's nudge once the phase runs long, else null (core's phaseNudge). */
  readonly nudge: string | null;
}

/** Where the current phase stands against its share of the round at `nowMs`. */
export const phaseClock = (
  state: Pick<CodingInterviewState, 'phase' | 'phaseStartedAt'>,
  nowMs: number,
  totalMs: number,
): PhaseClock => {
  const elapsed = Math.max(0, nowMs - Date.parse(state.phaseStartedAt));
  const budget = phaseBudgetsMs(totalMs)[state.phase];
  return {
    remainingMs: budget - elapsed,
    tone: timerTone(elapsed, budget),
    nudge: phaseNudge(state.phase, elapsed, totalMs),
  };
};

/** How many hints of the ladder are left to ask for. */
export const hintsLeft = (hintCount: number, hintsUsed: number): number =>
  Math.max(0, hintCount - hintsUsed);

/** Each step of the stepper: done, current, or still to come. */
export const phaseSteps = (
  current: CodingPhase,
): readonly { phase: CodingPhase; label: string; status: 'done' | 'current' | 'next' }[] => {
  const at = CODING_PHASES.indexOf(current);
  return CODING_PHASES.map((phase, index) => ({
    phase,
    label: PHASE_LABEL[phase],
    status: index < at ? 'done' : index === at ? 'current' : 'next',
  }));
};

/** How a turn of the coding interview is labelled in the conversation. */
export const interviewTurnLabel = (
  turn: Pick<Turn, 'speaker' | 'purpose' | 'phase' | 'probeId'>,
): string => {
  if (turn.purpose === 'hint') return 'Hint';
  if (turn.purpose === 'closing') return 'Wrap-up';
  const phase = isCodingPhase(turn.phase) ? PHASE_LABEL[turn.phase] : null;
  if (turn.purpose === 'phase') return phase === null ? 'Next phase' : `${phase} phase`;
  if (
    turn.speaker === 'interviewer' &&
    (turn.probeId?.startsWith(SUBMISSION_PROBE_PREFIX) === true ||
      turn.probeId?.startsWith(GROWTH_PROBE_PREFIX) === true)
  )
    return 'About your code';
  return phase ?? (turn.speaker === 'interviewer' ? 'Interviewer' : 'You');
};
