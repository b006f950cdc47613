import { phaseBudgetsMs, phaseNudge, type Turn } from '@onsite/core';
import { describe, expect, it } from 'vitest';
import {
  hintsLeft,
  interviewTurnLabel,
  MESSAGE_BOX,
  phaseClock,
  phaseSteps,
} from './interview-phase';

const TOTAL = 45 * 60_000;
const START = '2026-12-04T20:00:00.000Z';
const at = (minutes: number) => Date.parse(START) + minutes * 60_000;

describe('phaseClock', () => {
  it("counts the phase's share of the round down from when the phase began, with no nudge inside it", () => {
    const clock = phaseClock({ phase: 'clarify', phaseStartedAt: START }, at(1), TOTAL);
    expect(clock.remainingMs).toBe(phaseBudgetsMs(TOTAL).clarify - 60_000);
    expect(clock.tone).toBe('calm');
    expect(clock.nudge).toBeNull();
  });

  it('turns amber in the last 20% of the phase and stays amber past it', () => {
    const budget = phaseBudgetsMs(TOTAL).code;
    const start = Date.parse(START);
    const phase = { phase: 'code' as const, phaseStartedAt: START };
    expect(phaseClock(phase, start + budget * 0.79, TOTAL).tone).toBe('calm');
    expect(phaseClock(phase, start + budget * 0.85, TOTAL).tone).toBe('amber');
    expect(phaseClock(phase, start + budget + 1, TOTAL).tone).toBe('over');
  });

  it("shows core's nudge once the phase has run past its share, and how far past", () => {
    const budgetMinutes = phaseBudgetsMs(TOTAL).approach / 60_000;
    const clock = phaseClock(
      { phase: 'approach', phaseStartedAt: START },
      at(budgetMinutes + 2),
      TOTAL,
    );
    expect(clock.remainingMs).toBe(-120_000);
    expect(clock.nudge).toBe(phaseNudge('approach', (budgetMinutes + 2) * 60_000, TOTAL));
    expect(clock.nudge).not.toBeNull();
  });
});

describe('hintsLeft', () => {
  it('counts down the ladder and never below zero', () => {
    expect(hintsLeft(3, 0)).toBe(3);
    expect(hintsLeft(3, 1)).toBe(2);
    expect(hintsLeft(3, 5)).toBe(0);
  });
});

describe('phaseSteps', () => {
  it('marks the phases before the current one done and the ones after it next, in interview order', () => {
    expect(phaseSteps('code').map((step) => `${step.label}:${step.status}`)).toEqual([
      'Clarify:done',
      'Approach:done',
      'Code:current',
      'Test:next',
      'Follow-ups:next',
    ]);
  });
});

describe('MESSAGE_BOX', () => {
  it('says what to write in each phase: a question, the plan with its complexity, the cases, the answer', () => {
    expect(MESSAGE_BOX.clarify.placeholder).toMatch(/question/i);
    expect(MESSAGE_BOX.approach.placeholder).toMatch(/complexity/);
    expect(MESSAGE_BOX.test.placeholder).toMatch(/cases/);
    expect(MESSAGE_BOX['follow-ups'].placeholder).toMatch(/answer/i);
  });
});

describe('interviewTurnLabel', () => {
  const turn = (fields: Partial<Turn>): Turn => ({
    index: 0,
    speaker: 'interviewer',
    purpose: 'probe',
    text: '…',
    at: START,
    ...fields,
  });

  it('labels hints, phase openings and probes about the code apart from the talk of a phase', () => {
    expect(interviewTurnLabel(turn({ purpose: 'hint', phase: 'code', probeId: 'hint:1' }))).toBe(
      'Hint',
    );
    expect(interviewTurnLabel(turn({ purpose: 'phase', phase: 'test' }))).toBe('Test phase');
    expect(interviewTurnLabel(turn({ phase: 'code', probeId: 'submission:abc' }))).toBe(
      'About your code',
    );
    expect(interviewTurnLabel(turn({ phase: 'test', probeId: 'growth:abc' }))).toBe(
      'About your code',
    );
    expect(
      interviewTurnLabel(turn({ speaker: 'candidate', purpose: 'answer', phase: 'approach' })),
    ).toBe('Approach');
  });
});
