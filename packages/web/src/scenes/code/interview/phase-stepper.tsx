import type { CodingPhase } from '@onsite/core';
import { Icon } from '../../../components/icons';
import { phaseSteps } from './interview-phase';

/** Clarify · Approach · Code · Test · Follow-ups, the current one marked. */
export const PhaseStepper = ({ current }: { current: CodingPhase }) => (
  <ol className="phase-stepper" aria-label="Interview phases">
    {phaseSteps(current).map((step, index) => (
      <li
        key={step.phase}
        className={`phase-step phase-step-${step.status}`}
        aria-current={step.status === 'current' ? 'step' : undefined}
      >
        <span className="phase-step-dot" aria-hidden="true">
          {step.status === 'done' ? <Icon name="check" size={12} /> : index + 1}
        </span>
        {step.label}
        {step.status === 'done' && <span className="visually-hidden"> (done)</span>}
      </li>
    ))}
  </ol>
);
