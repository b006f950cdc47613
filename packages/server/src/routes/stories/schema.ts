import { z } from 'zod';
import { textUpTo } from '../../validate';

export const StoryInputSchema = z
  .strictObject({
    title: textUpTo(160, 'the title').min(1, 'give the story a title'),
    situation: textUpTo(5000, 'the situation').default(''),
    task: textUpTo(5000, 'the task').default(''),
    action: textUpTo(10_000, 'the action').default(''),
    result: textUpTo(5000, 'the result').default(''),
    learning: textUpTo(5000, 'the learning').default(''),
    principles: z.array(z.string().max(80)).max(40).default([]),
    competencies: z.array(z.string().max(60)).max(20).default([]),
    tags: z.array(textUpTo(40, 'a tag').min(1)).max(20).default([]),
  })
  .describe('story');
export type StoryInput = z.input<typeof StoryInputSchema>;
