import { z } from 'zod';
import { FollowUpProbeSchema, QuestionBaseSchema, SlugSchema } from '../../question/base';
import type { Question } from '../../question/schema';
import { parseComplexityClass } from './complexity';
import {
  ComparisonSchema,
  JudgeSpecSchema,
  LanguageSchema,
  SignatureSchema,
  TestCaseSchema,
} from './judge-spec';

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
 * The patterns interviews draw coding problems from. A problem's first pattern is its main
 * one: progress counts misses per main pattern ("3 of your last 5 misses were sliding-window").
 */
export const CODING_PATTERNS = [
  'arrays-hashing',
  'two-pointers',
  'sliding-window',
  'stack',
  'monotonic-stack',
  'binary-search',
  'linked-list',
  'trees',
  'bst',
  'trie',
  'heap',
  'intervals',
  'greedy',
  'backtracking',
  'graphs',
  'topological-sort',
  'shortest-path',
  'union-find',
  'dp-1d',
  'dp-2d',
  'bit-manipulation',
  'math',
  'design',
] as const;
export const CodingPatternSchema = z.enum(CODING_PATTERNS);
export type CodingPattern = z.infer<typeof CodingPatternSchema>;

/** Each pattern's name for people, as next steps and filters say it. */
export const CODING_PATTERN_LABEL: Readonly<Record<CodingPattern, string>> = {
  'arrays-hashing': 'arrays and hashing',
  'two-pointers': 'two pointers',
  'sliding-window': 'sliding window',
  stack: 'stack',
  'monotonic-stack': 'monotonic stack',
  'binary-search': 'binary search',
  'linked-list': 'linked list',
  trees: 'tree',
  bst: 'binary search tree',
  trie: 'trie',
  heap: 'heap',
  intervals: 'intervals',
  greedy: 'greedy',
  backtracking: 'backtracking',
  graphs: 'graph',
  'topological-sort': 'topological sort',
  'shortest-path': 'shortest path',
  'union-find': 'union-find',
  'dp-1d': '1-D dynamic programming',
  'dp-2d': '2-D dynamic programming',
  'bit-manipulation': 'bit manipulation',
  math: 'math',
  design: 'design',
};

const complexityText = (what: string) =>
  z
    .string()
    .refine(
      (text) => parseComplexityClass(text) !== null,
      `write ${what} as one of O(1), O(log n), O(n), O(n log n), O(n^2), O(n^3), O(2^n)`,
    );

/** Words that show a candidate named something: any cue, case-insensitive, as a phrase. */
const CuesSchema = z
  .array(z.string().min(1))
  .min(1, 'give at least one cue: a word or phrase a candidate would use for it');

/** An input a strong candidate tests without being asked ("an empty list", "all values equal"). */
export const EdgeCaseSchema = z.object({
  id: SlugSchema,
  label: z.string().min(3, 'say the case as a candidate would name it'),
  cues: CuesSchema,
});
export type EdgeCase = z.infer<typeof EdgeCaseSchema>;

/** A follow-up question after a working solution, with the ideas a good answer contains. */
export const CodingFollowUpSchema = FollowUpProbeSchema.extend({ cues: CuesSchema });
export type CodingFollowUp = z.infer<typeof CodingFollowUpSchema>;

/**
 * A coding problem. Everything the judge needs (signature, tests, comparison,
 * limits, generator) uses the judge spec's own schemas, so a question compiles
 * to a JudgeSpec with `toJudgeSpec` (docs/judge-spec.md explains the fields).
 */
export const CodingQuestionSchema = QuestionBaseSchema.extend({
  kind: z.literal('coding'),
  /** Techniques and data structures the problem practises, e.g. hash-map, two-pointers. */
  topics: z.array(SlugSchema).min(1, 'tag at least one topic, e.g. arrays or hash-map'),
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
  expectedComplexity: complexityText('the expected time').optional(),
  /** The extra memory an optimal solution needs, beside the input, e.g. "O(n)". */
  expectedSpace: complexityText('the expected space').optional(),
  /** The interview patterns it practises, main one first. */
  patterns: z.array(CodingPatternSchema).default([]),
  /** Companies known to ask this kind of problem; for filtering, never a claim about a question. */
  companies: z.array(z.string().min(2)).default([]),
  /** The inputs a strong candidate names in the test phase; compared with what they name. */
  edgeCases: z.array(EdgeCaseSchema).default([]),
  /** Asked after a working solution ("what if the stream does not fit in memory?"). */
  followUps: z.array(CodingFollowUpSchema).default([]),
  /** The study view shown after the round: the optimal approach and why its complexity holds. */
  explanation: z.string().min(80, 'explain the optimal approach in a paragraph or more').optional(),
  /** What the editor starts with, per language; the judge's default stub otherwise. */
  starterCode: z.partialRecord(LanguageSchema, z.string().min(1)).optional(),
  /** Nudges revealed one at a time, weakest first. */
  hints: z.array(z.string().min(5, 'write the hint as a sentence')).default([]),
});
export type CodingQuestion = z.infer<typeof CodingQuestionSchema>;

export type CodingQuestionWithId = CodingQuestion & { readonly id: string; readonly body: string };

export const isCodingQuestion = (question: Question): question is CodingQuestionWithId =>
  question.kind === 'coding';
