import { z } from 'zod';
import { QuestionBaseSchema } from './base';
import { ROUND_KIND_DEFINITIONS } from '../rounds/registry';

/**
 * The question bank: each bank file is Markdown with YAML front matter that must parse with the
 * schema of its `kind` (rounds/<kind>/question.ts, from the registry). Types are inferred from the
 * schemas, never written by hand.
 */

/** Kinds the bank holds questions for before their round exists; take a kind out when its round is registered. */
export const PLANNED_ROUND_KINDS = ['system-design', 'object-oriented-design', 'scenario'] as const;

/** Every kind the bank knows: the registered ones first, in registry order, then the planned ones. */
export const ROUND_KINDS = [
  ...ROUND_KIND_DEFINITIONS.map((definition) => definition.id),
  ...PLANNED_ROUND_KINDS,
];
export const RoundKindSchema = z.enum(ROUND_KINDS);
export type RoundKind = z.infer<typeof RoundKindSchema>;

/**
 * Kinds without a round yet parse with a base schema so the bank can hold them;
 * each gets its own schema when its round is built.
 */
export const PlannedKindQuestionSchema = QuestionBaseSchema.extend({
  kind: z.enum(PLANNED_ROUND_KINDS),
}).loose();
export type PlannedKindQuestion = z.infer<typeof PlannedKindQuestionSchema>;

/** The kinds' question schemas, in registry order: a tuple, so `Question` narrows by kind. */
type QuestionSchemasOf<Definitions extends readonly unknown[]> = {
  -readonly [K in keyof Definitions]: Definitions[K] extends { readonly questionSchema: infer S }
    ? S
    : never;
};

// The cast: `map` forgets which schema sits where; QuestionSchemasOf puts it back.
const registeredQuestionSchemas = ROUND_KIND_DEFINITIONS.map(
  (definition) => definition.questionSchema,
) as QuestionSchemasOf<typeof ROUND_KIND_DEFINITIONS>;

export const QuestionSchema = z.discriminatedUnion('kind', [
  ...registeredQuestionSchemas,
  PlannedKindQuestionSchema,
]);
export type QuestionInput = z.input<typeof QuestionSchema>;

/** A parsed question plus its id (`kind/slug`) and the Markdown body after the front matter. */
export type Question = z.infer<typeof QuestionSchema> & {
  readonly id: string;
  readonly body: string;
};

export const questionIdOf = (kind: RoundKind, slugValue: string): string => `${kind}/${slugValue}`;
