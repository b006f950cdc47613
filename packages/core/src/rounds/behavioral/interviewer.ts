import type { InterviewerTurns } from '../types';

/** The built-in interviewer's lines for a behavioral round: it closes on the story. */
export const BEHAVIORAL_INTERVIEWER_TURNS: InterviewerTurns = {
  closingLine: 'Thank you, that is all I wanted to ask about this story. Your scorecard is ready.',
  fallbackProbes: [
    { text: 'What was the hardest decision in this, and which alternative did you reject?' },
    { text: 'If you did this again, what would you do differently?' },
  ],
};
