import { z } from 'zod';
import { COMPETENCIES, PRINCIPLES } from './principles';
import { STAR_FLAGS } from '../rounds/behavioral/flags';
import { parseComplexityClass } from '../rounds/coding/complexity';
import {
  ComparisonSchema,
  JudgeSpecSchema,
  LanguageSchema,
  SignatureSchema,
  TestCaseSchema,
} from '../rounds/coding/judge-spec';

/**
 * The question bank's schemas, one per round kind. Each bank file is Markdown
 * with YAML front matter; the front matter must parse with the schema of its
 * `kind`. Types are inferred from the schemas, never written by hand.
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

export const DifficultySchema = z.enum(['easy', 'medium', 'hard']);
export type Difficulty = z.infer<typeof DifficultySchema>;

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

const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lower-case words joined by hyphens, e.g. "conflict-with-manager"',
  );

/** Fields every question has, whatever its kind. */
const QuestionBaseSchema = z.object({
  slug,
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
  id: slug,
  text: z.string().min(10, 'write the probe as the interviewer would say it'),
  /** What a good answer to the probe contains: shown to the candidate on the scorecard. */
  listensFor: z.string().min(5).optional(),
});
export type FollowUpProbe = z.infer<typeof FollowUpProbeSchema>;

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
  /** Words and phrases that show the answer addresses this question (e.g. "disagree", "data", "commit"). */
  signals: z.array(z.string().min(2)).default([]),
  followUps: z.array(FollowUpProbeSchema).min(2, 'give at least two follow-up probes'),
  rubric: z.array(RubricDimensionSchema).min(3, 'describe at least three rubric dimensions'),
  examples: z.object({ strong: ExampleAnswerSchema, weak: ExampleAnswerSchema }),
});
export type BehavioralQuestion = z.infer<typeof BehavioralQuestionSchema>;

/** Inputs of growing size for measuring a solution's complexity: JS source `(n, rng) => args`. */
export const CodingGeneratorSchema = z.object({
  source: z.string().min(1, 'write the generator as a JavaScript function (n, rng) => args'),
  sizes: z
    .array(z.number().int().positive())
    .min(3, 'give at least three sizes, or leave sizes out')
    .optional(),
});

/**
 * Hidden tests made when the bank loads, for inputs too large to write out:
 * JS source `(n, rng) => ({ args, expected })` called once per case with a
 * `rng` seeded by the case's seed, so the same file always gives the same tests.
 */
export const GeneratedTestsSchema = z.object({
  source: z
    .string()
    .min(1, 'write the maker as a JavaScript function (n, rng) => ({ args, expected })'),
  cases: z
    .array(
      z.object({ n: z.number().int().positive(), seed: z.number().int().nonnegative().default(1) }),
    )
    .min(1, 'give at least one case, e.g. { n: 100000, seed: 1 }'),
});
export type GeneratedTests = z.infer<typeof GeneratedTestsSchema>;

/**
 * A coding problem. Everything the judge needs (signature, tests, comparison,
 * limits, generator) uses the judge spec's own schemas, so a question compiles
 * to a JudgeSpec with `toJudgeSpec` (docs/judge-spec.md explains the fields).
 */
export const CodingQuestionSchema = QuestionBaseSchema.extend({
  kind: z.literal('coding'),
  /** Techniques and data structures the problem practises, e.g. hash-map, two-pointers. */
  topics: z.array(slug).min(1, 'tag at least one topic, e.g. arrays or hash-map'),
  signature: SignatureSchema,
  /** Samples (`sample: true`) are shown to the candidate; the rest stay hidden. */
  tests: z.array(TestCaseSchema).min(1, 'give at least one test'),
  comparison: ComparisonSchema.default({ mode: 'exact' }),
  limits: JudgeSpecSchema.shape.limits,
  generator: CodingGeneratorSchema.optional(),
  /**
   * The largest input the constraints allow, in the unit of `testSize`: elements of the
   * largest list, string, linked list or tree, or calls for a design problem. The bank
   * requires a hidden test of exactly this size, so a slow solution cannot pass.
   */
  maxSize: z.number().int().positive().optional(),
  generatedTests: GeneratedTestsSchema.optional(),
  /** The growth an optimal solution has, e.g. "O(n)": shown next to the measured one. */
  expectedComplexity: z
    .string()
    .refine(
      (text) => parseComplexityClass(text) !== null,
      'write one of O(1), O(log n), O(n), O(n log n), O(n^2), O(n^3), O(2^n)',
    )
    .optional(),
  /** What the editor starts with, per language; the judge's default stub otherwise. */
  starterCode: z.partialRecord(LanguageSchema, z.string().min(1)).optional(),
  /** Nudges revealed one at a time, weakest first. */
  hints: z.array(z.string().min(5, 'write the hint as a sentence')).default([]),
});
export type CodingQuestion = z.infer<typeof CodingQuestionSchema>;

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
export type BehavioralQuestionWithId = BehavioralQuestion & {
  readonly id: string;
  readonly body: string;
};

export type CodingQuestionWithId = CodingQuestion & { readonly id: string; readonly body: string };

export const isBehavioralQuestion = (question: Question): question is BehavioralQuestionWithId =>
  question.kind === 'behavioral';

export const isCodingQuestion = (question: Question): question is CodingQuestionWithId =>
  question.kind === 'coding';

export const questionIdOf = (kind: RoundKind, slugValue: string): string => `${kind}/${slugValue}`;
