import { DomainError, type FieldErrors } from '../errors';
import { asStoryId, type QuestionId, type StoryId, type UserId } from '../ids';
import type { Clock, IdGenerator, QuestionBank, StoryStore } from '../ports';
import {
  COMPETENCIES,
  type Competency,
  isPrincipleId,
  type PrincipleId,
} from '../question/principles';
import { buildStoryMatrix, type StoryMatrixRow } from './matrix';
import { suggestStories, type StorySuggestion } from './suggest';
import { storyTextOf, type Story, type StoryText } from './types';

/** What the candidate writes; ids, owner and timestamps are added by the service. */
export interface StoryFields extends StoryText {
  readonly principles: readonly string[];
  readonly competencies: readonly string[];
  readonly tags: readonly string[];
}

export interface StoryServiceDeps {
  readonly stories: StoryStore;
  readonly bank: QuestionBank;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

const isCompetency = (value: string): value is Competency =>
  (COMPETENCIES as readonly string[]).includes(value);

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/**
 * Checks principle and competency ids against the known sets and tidies the
 * text. Every problem is reported at once, keyed by its path (`principles.1`).
 */
export const validateStoryFields = (
  fields: StoryFields,
): Omit<StoryFields, 'principles' | 'competencies'> & {
  principles: PrincipleId[];
  competencies: Competency[];
} => {
  const problems: FieldErrors = {};
  if (fields.title.trim() === '') problems['title'] = 'give the story a title';
  const principles: PrincipleId[] = [];
  fields.principles.forEach((id: string, index) => {
    if (isPrincipleId(id)) principles.push(id);
    else
      problems[`principles.${index}`] =
        `unknown principle "${fields.principles[index] ?? ''}"; use an id such as amazon/ownership`;
  });
  const competencies: Competency[] = [];
  fields.competencies.forEach((id: string, index) => {
    if (isCompetency(id)) competencies.push(id);
    else
      problems[`competencies.${index}`] =
        `unknown competency "${fields.competencies[index] ?? ''}"; allowed: ${COMPETENCIES.join(', ')}`;
  });
  const problemCount = Object.keys(problems).length;
  if (problemCount > 0) {
    const first = Object.values(problems)[0] ?? '';
    throw new DomainError(
      'VALIDATION_FAILED',
      problemCount === 1
        ? `The story was not saved: ${first}.`
        : `The story was not saved: ${problemCount} fields need fixing.`,
      problems,
    );
  }
  return {
    ...storyTextOf(fields, (text) => text.trim()),
    principles: unique(principles),
    competencies: unique(competencies),
    tags: unique(fields.tags.map((tag) => tag.trim()).filter((tag) => tag !== '')),
  };
};

/** The story bank use cases: CRUD, the principle coverage matrix and suggestions for a question. */
export const createStoryService = ({ stories, bank, clock, ids }: StoryServiceDeps) => {
  const getStory = async ({
    userId,
    storyId,
  }: {
    userId: UserId;
    storyId: StoryId;
  }): Promise<Story> => {
    const story = await stories.getStory(userId, storyId);
    if (story === null)
      throw new DomainError('STORY_NOT_FOUND', `There is no story with id "${storyId}".`);
    return story;
  };

  return {
    listStories: ({ userId }: { userId: UserId }): Promise<readonly Story[]> =>
      stories.listStories(userId),

    getStory,

    async createStory({ userId, fields }: { userId: UserId; fields: StoryFields }): Promise<Story> {
      const valid = validateStoryFields(fields);
      const now = clock.now().toISOString();
      const story: Story = {
        ...valid,
        id: asStoryId(ids.next()),
        userId,
        createdAt: now,
        updatedAt: now,
      };
      await stories.saveStory(story);
      return story;
    },

    async updateStory({
      userId,
      storyId,
      fields,
    }: {
      userId: UserId;
      storyId: StoryId;
      fields: StoryFields;
    }): Promise<Story> {
      const existing = await getStory({ userId, storyId });
      const valid = validateStoryFields(fields);
      const story: Story = { ...existing, ...valid, updatedAt: clock.now().toISOString() };
      await stories.saveStory(story);
      return story;
    },

    async deleteStory({ userId, storyId }: { userId: UserId; storyId: StoryId }): Promise<void> {
      const deleted = await stories.deleteStory(userId, storyId);
      if (!deleted)
        throw new DomainError('STORY_NOT_FOUND', `There is no story with id "${storyId}".`);
    },

    async getStoryMatrix({
      userId,
    }: {
      userId: UserId;
    }): Promise<{ rows: StoryMatrixRow[]; stories: readonly Story[] }> {
      const all = await stories.listStories(userId);
      return { rows: buildStoryMatrix(all), stories: all };
    },

    async suggestStoriesForQuestion({
      userId,
      questionId,
    }: {
      userId: UserId;
      questionId: QuestionId;
    }): Promise<StorySuggestion[]> {
      const question = bank.get(questionId);
      if (question === undefined)
        throw new DomainError(
          'QUESTION_NOT_FOUND',
          `There is no question "${questionId}" in the bank.`,
        );
      return suggestStories(question, await stories.listStories(userId));
    },
  };
};

export type StoryService = ReturnType<typeof createStoryService>;
