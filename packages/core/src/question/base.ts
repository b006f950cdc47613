import { z } from 'zod';

/** What every bank question has, whatever its kind; each kind's schema (rounds/<kind>/question.ts) extends it. */
export const DifficultySchema = z.enum(['easy', 'medium', 'hard']);
export type Difficulty = z.infer<typeof DifficultySchema>;

export const SlugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lower-case words joined by hyphens, e.g. "conflict-with-manager"',
  );

/** Fields every question has, whatever its kind. */
export const QuestionBaseSchema = z.object({
  slug: SlugSchema,
  title: z.string().min(3, 'give the question a short title').max(120),
  prompt: z
    .string()
    .min(10, 'the prompt is what the interviewer asks; write it as a full sentence'),
  difficulty: DifficultySchema,
  tags: z.array(z.string().min(1)).default([]),
  /** Suggested length of the round, in minutes. */
  timeLimitMinutes: z.number().int().min(1).max(120).optional(),
});

/** A probe the interviewer may ask after the first answer. */
export const FollowUpProbeSchema = z.object({
  id: SlugSchema,
  text: z.string().min(10, 'write the probe as the interviewer would say it'),
  /** What a good answer to the probe contains: shown to the candidate on the scorecard. */
  listensFor: z.string().min(5).optional(),
});
export type FollowUpProbe = z.infer<typeof FollowUpProbeSchema>;
