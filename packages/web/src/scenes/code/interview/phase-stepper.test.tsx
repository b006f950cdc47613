// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PhaseStepper } from './phase-stepper';

afterEach(cleanup);

describe('PhaseStepper', () => {
  it('lists the five phases in order and marks the current one as the current step', () => {
    render(<PhaseStepper current="test" />);
    const steps = screen.getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      'Clarify (done)',
      'Approach (done)',
      'Code (done)',
      '4Test',
      '5Follow-ups',
    ]);
    expect(steps.filter((step) => step.getAttribute('aria-current') === 'step')).toEqual([
      steps[3],
    ]);
    expect(screen.getByRole('list', { name: 'Interview phases' })).toBeTruthy();
  });
});
