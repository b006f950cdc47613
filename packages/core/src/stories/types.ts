import type { StoryId, UserId } from '../ids';
import type { Competency, PrincipleId } from '../question/principles';

/** The free-text parts of a story, in the order they are written and shown. */
export const STORY_TEXT_FIELDS = [
  'title',
  'situation',
  'task',
  'action',
  'result',
  'learning',
] as const;
export type StoryTextField = (typeof STORY_TEXT_FIELDS)[number];

/** The story's free text alone: what forms edit and the service tidies. */
export type StoryText = { readonly [K in StoryTextField]: string };

/** A STAR story the candidate keeps ready for behavioral rounds. */
export interface Story {
  readonly id: StoryId;
  readonly userId: UserId;
  readonly title: string;
  readonly situation: string;
  readonly task: string;
  readonly action: string;
  readonly result: string;
  readonly learning: string;
  readonly principles: readonly PrincipleId[];
  readonly competencies: readonly Competency[];
  readonly tags: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}
