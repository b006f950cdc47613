import { isApiError } from './client';

export interface ErrorCopy {
  /** What happened, short. */
  readonly title: string;
  /** What to do next. */
  readonly detail: string;
}

/** Turns any failure into words a person can act on; used by toasts and inline errors alike. */
export const describeError = (error: unknown): ErrorCopy => {
  if (!isApiError(error)) {
    return {
      title: 'Something went wrong',
      detail:
        error instanceof Error
          ? `${error.message}. Reload the page; your typing is kept on this device.`
          : 'Reload the page; your typing is kept on this device.',
    };
  }
  switch (error.code) {
    case 'NETWORK':
      return { title: 'Cannot reach Onsite', detail: error.message };
    case 'VALIDATION_FAILED': {
      const fieldText = Object.values(error.fields).join('; ');
      return {
        title: 'Please check what you entered',
        detail: fieldText === '' ? error.message : fieldText,
      };
    }
    case 'ANSWER_EMPTY':
      return { title: 'Nothing to send yet', detail: 'Write your answer first, then send it.' };
    case 'ROUND_FINISHED':
    case 'SESSION_FINISHED':
      return {
        title: 'This round has already ended',
        detail: 'Open its scorecard from History, or start a new round.',
      };
    case 'NOT_FOUND':
    case 'QUESTION_NOT_FOUND':
    case 'SESSION_NOT_FOUND':
    case 'ROUND_NOT_FOUND':
    case 'STORY_NOT_FOUND':
      return {
        title: 'Not found',
        detail: `${error.message} It may have been deleted; go back and pick another.`,
      };
    case 'PAYLOAD_TOO_LARGE':
      return { title: 'That is too long to save', detail: 'Shorten the text and try again.' };
    // The server's message says what happened and that the draft is kept in this browser.
    case 'STORAGE_FULL':
      return { title: 'The disk is full', detail: error.message };
    case 'STORAGE_BUSY':
    case 'STORAGE_DAMAGED':
    case 'STORAGE_READ_ONLY':
      return { title: 'Onsite could not save this', detail: error.message };
    case 'INTERVIEWER_UNAVAILABLE':
      return {
        title: 'The interviewer is unavailable',
        detail: `${error.message} Try again in a moment.`,
      };
    default:
      return { title: 'The request failed', detail: error.message };
  }
};
