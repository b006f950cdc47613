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

/** The free text of `from` and nothing else of it, each part passed through `tidy` (by default kept as is). */
export const storyTextOf = (
  from: StoryText,
  tidy: (text: string) => string = (text) => text,
): StoryText => {
  const text: Record<string, string> = {};
  for (const key of STORY_TEXT_FIELDS) text[key] = tidy(from[key]);
  return text as StoryText;
};

/** A STAR story the candidate keeps ready for behavioral rounds. */
export interface Story extends StoryText {
  readonly id: StoryId;
  readonly userId: UserId;
  readonly principles: readonly PrincipleId[];
  readonly competencies: readonly Competency[];
  readonly tags: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}
