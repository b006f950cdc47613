/**
 * The private channel between a harness (inside the sandbox) and the judge:
 * one JSON message per line on fd 3, each prefixed with the run's nonce.
 * Lines without the nonce or that fail the schema are ignored, so nothing the
 * candidate prints or forges blindly can become a result.
 */
import { z } from 'zod';

const ErrorInfoSchema = z.object({
  name: z.string().max(200).default('Error'),
  message: z.string().max(20_000).default(''),
  stack: z.string().max(50_000).optional(),
  line: z.number().int().nullable().optional(),
});
export type HarnessError = z.infer<typeof ErrorInfoSchema>;

const MeasurementShape = {
  cpuMs: z.number().nonnegative().default(0),
  memoryKb: z.number().nonnegative().default(0),
  stdout: z.string().default(''),
  stdoutBytes: z.number().nonnegative().default(0),
};

export const HarnessMessageSchema = z.union([
  z.object({ t: z.literal('ready') }),
  z.object({ t: z.literal('compile'), error: ErrorInfoSchema }),
  z.object({
    t: z.literal('load-error'),
    kind: z.enum(['runtime', 'memory']).default('runtime'),
    error: ErrorInfoSchema,
  }),
  z.object({ t: z.literal('start'), i: z.number().int() }),
  // Function problems: the candidate's timed call begins (the arguments are converted) and has
  // returned (the result's conversion follows). The test's tight wall clock covers only the call.
  z.object({ t: z.literal('call'), i: z.number().int() }),
  z.object({ t: z.literal('returned'), i: z.number().int() }),
  z.object({
    t: z.literal('done'),
    i: z.number().int(),
    ok: z.literal(true),
    value: z.unknown(),
    ...MeasurementShape,
  }),
  z.object({
    t: z.literal('done'),
    i: z.number().int(),
    ok: z.literal(false),
    kind: z.enum(['runtime', 'memory', 'output']),
    error: ErrorInfoSchema,
    ...MeasurementShape,
  }),
  z.object({ t: z.literal('end') }),
  // Native code only: the process is about to die of a signal while running test `i`.
  z.object({ t: z.literal('crash'), i: z.number().int(), error: ErrorInfoSchema }),
]);
export type HarnessMessage = z.infer<typeof HarnessMessageSchema>;

/**
 * The schemas of each message type: a line is checked against its own type's only. A run sends
 * four messages per test, and trying the whole union on each cost more than the tests of a fast
 * 30-test run (5–10 ms on this machine).
 */
const SCHEMAS_BY_TYPE = new Map<string, z.ZodType<HarnessMessage>[]>();
for (const option of HarnessMessageSchema.options) {
  const type = option.shape.t.value;
  SCHEMAS_BY_TYPE.set(type, [...(SCHEMAS_BY_TYPE.get(type) ?? []), option]);
}

/** Parses one channel line; null for anything not from this run's harness. */
export function parseChannelLine(line: string, nonce: string): HarnessMessage | null {
  const prefix = `${nonce} `;
  if (!line.startsWith(prefix)) return null;
  let json: unknown;
  try {
    json = JSON.parse(line.slice(prefix.length));
  } catch {
    return null;
  }
  const type: unknown = typeof json === 'object' && json !== null && 't' in json ? json.t : null;
  for (const schema of (typeof type === 'string' && SCHEMAS_BY_TYPE.get(type)) || []) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
  }
  return null;
}
