import type { SubmissionCreatedResponse, SubmissionResponse } from '../../contract';
import type { SubmissionState } from '../../submissions';

export const presentCreated = (state: SubmissionState): SubmissionCreatedResponse => ({
  id: state.id,
  status: 'queued',
  position: state.position,
});

/** Events and result are already stripped of hidden-test data by the submission service. */
export const presentSubmission = (state: SubmissionState): SubmissionResponse => ({
  id: state.id,
  status: state.status,
  position: state.position,
  events: state.events,
  ...(state.result === undefined ? {} : { result: state.result }),
  ...(state.error === undefined ? {} : { error: state.error }),
});
