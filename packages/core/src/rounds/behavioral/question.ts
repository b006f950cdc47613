import { z } from 'zod';
import { COMPETENCIES, PRINCIPLES } from '../../question/principles';
import { FollowUpProbeSchema, QuestionBaseSchema } from '../../question/base';
import type { Question } from '../../question/schema';
import { STAR_FLAGS } from './flags';

const principleIds = PRINCIPLES.map((principle) => principle.id) as [string, ...string[]];
export const PrincipleIdSchema = z.enum(principleIds, {
  error: (issue) =>
    `unknown principle "${String(issue.input)}"; use an id such as amazon/ownership (see docs/bank-format.md)`,
});
export const CompetencySchema = z.enum(COMPETENCIES, {
  error: (issue) =>
    `unknown competency "${String(issue.input)}"; allowed: ${COMPETENCIES.join(', ')}`,
});
export const StarFlagSchema = z.enum(STAR_FLAGS, {
  error: (issue) => `unknown flag "${String(issue.input)}"; allowed: ${STAR_FLAGS.join(', ')}`,
});

/** The standard dimensions every behavioral answer is judged on. */
export const BEHAVIORAL_DIMENSIONS = [
  'structure',
  'ownership',
  'impact',
  'depth',
  'communication',
  'reflection',
] as const;
export const BehavioralDimensionSchema = z.enum(BEHAVIORAL_DIMENSIONS);
export type BehavioralDimension = z.infer<typeof BehavioralDimensionSchema>;

/** A question's own words for what each dimension looks like at its best and worst. */
export const RubricDimensionSchema = z.object({
  dimension: BehavioralDimensionSchema,
  /** Relative weight in the overall score; 1 is normal. */
  weight: z.number().min(0).max(5).default(1),
  strong: z.string().min(10, 'describe what a strong answer shows on this dimension'),
  weak: z.string().min(10, 'describe what a weak answer shows on this dimension'),
});
export type RubricDimension = z.infer<typeof RubricDimensionSchema>;

export const ExampleAnswerSchema = z.object({
  answer: z.string().min(40, 'an example answer needs at least a few sentences'),
  /** Why this answer is strong or weak, one point per item. */
  notes: z.array(z.string().min(5)).min(1, 'say at least once why the example is strong or weak'),
  /** Flags the evaluator must raise on this example (weak examples); checked by the calibration test. */
  flags: z.array(StarFlagSchema).default([]),
});
export type ExampleAnswer = z.infer<typeof ExampleAnswerSchema>;

export const BehavioralQuestionSchema = QuestionBaseSchema.extend({
  kind: z.literal('behavioral'),
  competencies: z.array(CompetencySchema).min(1, 'tag at least one competency'),
  principles: z.array(PrincipleIdSchema).min(1, 'tag at least one company principle'),
  /** Failure and growth questions expect the candidate to say what they learned and changed. */
  asksForLearning: z.boolean().default(false),
  /**
   * Words a story for this question would mention (e.g. "disagree", "data", "commit"): they rank
   * the candidate's saved stories for it (stories/suggest.ts), and relevance (star/relevance.ts)
   * reads them when the prompt names nothing it knows: an answer using none of them is off topic.
   */
  signals: z.array(z.string().min(2)).default([]),
  followUps: z.array(FollowUpProbeSchema).min(2, 'give at least two follow-up probes'),
  rubric: z.array(RubricDimensionSchema).min(3, 'describe at least three rubric dimensions'),
  examples: z.object({ strong: ExampleAnswerSchema, weak: ExampleAnswerSchema }),
});
export type BehavioralQuestion = z.infer<typeof BehavioralQuestionSchema>;

export type BehavioralQuestionWithId = BehavioralQuestion & {
  readonly id: string;
  readonly body: string;
};

export const isBehavioralQuestion = (question: Question): question is BehavioralQuestionWithId =>
  question.kind === 'behavioral';
