import { z } from 'zod';
import { QuestionBaseSchema } from './base';
import { BehavioralQuestionSchema } from '../rounds/behavioral/question';
import { CodingQuestionSchema } from '../rounds/coding/question';

/**
 * The question bank: each bank file is Markdown with YAML front matter that must parse with the
 * schema of its `kind` (rounds/<kind>/question.ts). Types are inferred from the schemas, never
 * written by hand.
 */
export const ROUND_KINDS = [
  'behavioral',
  'coding',
  'system-design',
  'object-oriented-design',
  'scenario',
] as const;
export const RoundKindSchema = z.enum(ROUND_KINDS);
export type RoundKind = z.infer<typeof RoundKindSchema>;

/**
 * Kinds without a round yet parse with a base schema so the bank can hold them;
 * each gets its own schema when its round is built.
 */
export const PlannedKindQuestionSchema = QuestionBaseSchema.extend({
  kind: z.enum(['system-design', 'object-oriented-design', 'scenario']),
}).loose();
export type PlannedKindQuestion = z.infer<typeof PlannedKindQuestionSchema>;

export const QuestionSchema = z.discriminatedUnion('kind', [
  BehavioralQuestionSchema,
  CodingQuestionSchema,
  PlannedKindQuestionSchema,
]);
export type QuestionInput = z.input<typeof QuestionSchema>;

/** A parsed question plus its id (`kind/slug`) and the Markdown body after the front matter. */
export type Question = z.infer<typeof QuestionSchema> & {
  readonly id: string;
  readonly body: string;
};

export const questionIdOf = (kind: RoundKind, slugValue: string): string => `${kind}/${slugValue}`;
