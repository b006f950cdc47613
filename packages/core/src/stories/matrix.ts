import { PRINCIPLES, type Principle } from '../question/principles';
import type { Story } from './types';

export interface StoryMatrixRow {
  readonly principle: Principle;
  /** Stories tagged with the principle; empty means a gap to fill before the interview. */
  readonly storyIds: readonly string[];
}

/** One row per known principle, in the canonical order, listing the stories that cover it. */
export const buildStoryMatrix = (stories: readonly Story[]): StoryMatrixRow[] =>
  PRINCIPLES.map((principle) => ({
    principle,
    storyIds: stories
      .filter((story) => story.principles.includes(principle.id))
      .map((story) => story.id),
  }));
