import type { StoryId, UserId } from '../ids';
import type { Competency, PrincipleId } from '../question/principles';

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
