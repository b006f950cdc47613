import { evaluateBehavioralAnswer } from '@onsite/core';
import type { ClassifyStar } from './use-star-segments';

/**
 * Classifies each sentence of the text by STAR part with the same pure
 * evaluator the server scores with, so the tints agree with the scorecard.
 */
export const classifyStar: ClassifyStar = (text) =>
  evaluateBehavioralAnswer({ prompt: '', answer: text }).segments;
