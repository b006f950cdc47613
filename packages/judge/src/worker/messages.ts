/**
 * What crosses PostgreSQL between a queued judge and its workers. Both sides
 * parse with these schemas: a row is data from another process (maybe another
 * version), never trusted to have the right shape.
 */
import { z } from 'zod';
import { ISOLATION_TIERS, LanguageSchema, VERDICTS, type JudgeEvent } from '@onsite/core';

export const JudgeJobSchema = z.object({
  request: z.object({
    /** The SHA-256 of the spec's JSON: the spec itself is stored once, in SPEC_TABLE. */
    specHash: z.string().regex(/^[0-9a-f]{64}$/),
    language: LanguageSchema,
    source: z.string(),
    mode: z.enum(['run', 'submit']),
    customInputs: z.array(z.array(z.unknown())).optional(),
    /** Bounded as a growth measurement needs: the worker allocates what these ask for. */
    generatedInputs: z
      .object({
        seed: z.number().int().min(0),
        size: z
          .number()
          .int()
          .min(0)
          .max(2 ** 24),
        count: z.number().int().min(1).max(20),
      })
      .optional(),
  }),
  /** The weakest isolation the submitting server accepts: a weaker worker refuses the job. */
  minimumTier: z.enum(ISOLATION_TIERS).optional(),
});
export type JudgeJob = z.infer<typeof JudgeJobSchema>;

const TestResultSchema = z.object({
  index: z.number().int(),
  verdict: z.enum(VERDICTS),
  timeMs: z.number(),
  memoryKb: z.number().nullable(),
  sample: z.boolean(),
  input: z.unknown().optional(),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
  stdout: z.string().optional(),
  message: z.string().optional(),
});

export const JudgeResultSchema = z.object({
  verdict: z.enum(VERDICTS),
  passed: z.number().int(),
  total: z.number().int(),
  tests: z.array(TestResultSchema),
  compileOutput: z.string().nullable(),
  compileTimeMs: z.number().nullable(),
  error: z.object({ message: z.string(), line: z.number().nullable() }).nullable(),
  isolation: z.enum(ISOLATION_TIERS),
  machineBusy: z.object({ extraWallMs: z.number() }).optional(),
});

export const JudgeEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('queued'), position: z.number().int() }),
  z.object({ type: z.literal('compiling') }),
  z.object({ type: z.literal('retrying'), message: z.string() }),
  z.object({ type: z.literal('test'), result: TestResultSchema }),
  z.object({ type: z.literal('done'), result: JudgeResultSchema }),
]) satisfies z.ZodType<JudgeEvent>;
