import { describe, expect, it } from 'vitest';
import { ManualClock, SequentialIds } from '../testing/clock-and-ids';
import { DomainError } from '../errors';
import { LOCAL_USER_ID, asQuestionId, asStoryId, asUserId } from '../ids';
import { PRINCIPLES } from '../question/principles';
import { MemoryStoryStore, createMemoryQuestionBank } from '../testing/memory-stores';
import { makeBehavioralQuestion } from '../testing/fixtures';
import { buildStoryMatrix } from './matrix';
import { createStoryService, type StoryFields } from './service';
import { suggestStories } from './suggest';
import type { Story } from './types';

const userId = LOCAL_USER_ID;
const question = makeBehavioralQuestion();

const fields = (overrides: Partial<StoryFields> = {}): StoryFields => ({
  title: 'Billing export deadline',
  situation: 'Our team was asked to ship the billing export in two weeks.',
  task: 'I owned the estimate.',
  action: 'I broke the work down and showed my manager the data.',
  result: 'We shipped the CSV path on the date.',
  learning: 'Bring the breakdown to the first conversation.',
  principles: ['amazon/have-backbone-disagree-and-commit'],
  competencies: ['conflict'],
  tags: ['billing'],
  ...overrides,
});

const setup = () => {
  const clock = new ManualClock();
  const service = createStoryService({
    stories: new MemoryStoryStore(),
    bank: createMemoryQuestionBank([question]),
    clock,
    ids: new SequentialIds('story'),
  });
  return { service, clock };
};

const caught = async (promise: Promise<unknown>): Promise<DomainError> => {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DomainError))
    throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
};

const story = (id: string, overrides: Partial<Story> = {}): Story => ({
  id: id as Story['id'],
  userId,
  title: id,
  situation: '',
  task: '',
  action: '',
  result: '',
  learning: '',
  principles: [],
  competencies: [],
  tags: [],
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  ...overrides,
});

describe('story CRUD', () => {
  it('creates, updates, lists and deletes a story', async () => {
    const { service, clock } = setup();
    const created = await service.createStory({
      userId,
      fields: fields({ title: '  Billing export  ', tags: ['a', 'a', ' '] }),
    });
    expect(created).toMatchObject({
      id: 'story-1',
      title: 'Billing export',
      tags: ['a'],
      createdAt: '2026-01-01T09:00:00.000Z',
    });
    clock.advance(1000);
    const updated = await service.updateStory({
      userId,
      storyId: created.id,
      fields: fields({ title: 'Renamed' }),
    });
    expect(updated).toMatchObject({
      title: 'Renamed',
      createdAt: created.createdAt,
      updatedAt: '2026-01-01T09:00:01.000Z',
    });
    expect((await service.listStories({ userId })).map((entry) => entry.title)).toEqual([
      'Renamed',
    ]);
    await service.deleteStory({ userId, storyId: created.id });
    expect(await service.listStories({ userId })).toEqual([]);
  });

  it('rejects unknown principle and competency ids with a field error for each', async () => {
    const { service } = setup();
    const error = await caught(
      service.createStory({
        userId,
        fields: fields({
          principles: ['amazon/ownership', 'amazon/be-nice'],
          competencies: ['juggling'],
        }),
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields).toEqual({
      'principles.1': expect.stringContaining('unknown principle "amazon/be-nice"') as unknown,
      'competencies.0': expect.stringContaining('unknown competency "juggling"') as unknown,
    });
    expect(await service.listStories({ userId })).toEqual([]);
  });

  it('answers STORY_NOT_FOUND for a missing story and for another user’s story', async () => {
    const { service } = setup();
    const created = await service.createStory({ userId, fields: fields() });
    const other = asUserId('other');
    expect(
      (await caught(service.updateStory({ userId: other, storyId: created.id, fields: fields() })))
        .code,
    ).toBe('STORY_NOT_FOUND');
    expect((await caught(service.deleteStory({ userId: other, storyId: created.id }))).code).toBe(
      'STORY_NOT_FOUND',
    );
    expect((await caught(service.getStory({ userId, storyId: asStoryId('nope') }))).code).toBe(
      'STORY_NOT_FOUND',
    );
  });
});

describe('buildStoryMatrix', () => {
  it('has one row per principle and leaves uncovered principles empty (the gaps)', () => {
    const rows = buildStoryMatrix([
      story('a', { principles: ['amazon/ownership'] }),
      story('b', { principles: ['amazon/ownership', 'google/value-feedback'] }),
    ]);
    expect(rows).toHaveLength(PRINCIPLES.length);
    expect(rows.find((row) => row.principle.id === 'amazon/ownership')?.storyIds).toEqual([
      'a',
      'b',
    ]);
    expect(rows.find((row) => row.principle.id === 'google/value-feedback')?.storyIds).toEqual([
      'b',
    ]);
    expect(rows.filter((row) => row.storyIds.length === 0)).toHaveLength(PRINCIPLES.length - 2);
  });
});

describe('suggestStories', () => {
  it('ranks a story sharing the question’s principles and competencies above one sharing only words', () => {
    const onTopic = story('on-topic', {
      principles: ['amazon/have-backbone-disagree-and-commit', 'amazon/earn-trust'],
      competencies: ['conflict', 'influence'],
      action:
        'I disagreed with the deadline and brought data to my manager, then committed to the new plan.',
    });
    const wordsOnly = story('words-only', {
      action: 'The deadline moved twice because the data pipeline was late.',
    });
    const unrelated = story('unrelated', { action: 'Painted the office.' });
    const suggestions = suggestStories(question, [unrelated, wordsOnly, onTopic]);
    expect(suggestions.map((entry) => entry.story.id)).toEqual(['on-topic', 'words-only']);
    const best = suggestions[0];
    expect(best?.fit).toBeGreaterThan(0.75);
    expect(best?.fit).toBeLessThanOrEqual(1);
    expect(best?.reasons).toEqual([
      'Covers Have Backbone; Disagree and Commit and Earn Trust, which this question probes',
      'Shows conflict and influence',
      'Mentions “disagree”, “deadline”, “data” and “commit”, which the interviewer listens for',
      'Shares words with the question: deadline, disagreed, manager',
    ]);
    expect(suggestions[1]?.fit).toBeLessThan(0.3);
  });

  it('suggests stories for a bank question through the service, and rejects an unknown question', async () => {
    const { service } = setup();
    await service.createStory({ userId, fields: fields() });
    const suggestions = await service.suggestStoriesForQuestion({
      userId,
      questionId: asQuestionId(question.id),
    });
    expect(suggestions).toHaveLength(1);
    expect(
      (
        await caught(
          service.suggestStoriesForQuestion({
            userId,
            questionId: asQuestionId('behavioral/missing'),
          }),
        )
      ).code,
    ).toBe('QUESTION_NOT_FOUND');
  });
});
