import { storyTextOf, type Story, type StoryMatrixRow } from '@onsite/core';
import type { StoryListResponse, StoryMatrixResponse, StoryResponse } from '../../contract';

export const presentStory = (story: Story): Story => ({
  id: story.id,
  userId: story.userId,
  ...storyTextOf(story),
  principles: story.principles,
  competencies: story.competencies,
  tags: story.tags,
  createdAt: story.createdAt,
  updatedAt: story.updatedAt,
});

export const presentStoryResponse = (story: Story): StoryResponse => ({
  story: presentStory(story),
});
export const presentStoryList = (stories: readonly Story[]): StoryListResponse => ({
  stories: stories.map(presentStory),
});
export const presentStoryMatrix = (matrix: {
  rows: readonly StoryMatrixRow[];
  stories: readonly Story[];
}): StoryMatrixResponse => ({
  rows: matrix.rows.map((row) => ({ principle: row.principle, storyIds: row.storyIds })),
  stories: matrix.stories.map(presentStory),
});
