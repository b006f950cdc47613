/**
 * The judge's vocabulary: the problem spec it reads (documented for humans in
 * docs/judge-spec.md), the verdicts it returns (values, never exceptions) and
 * the `Judge` port the rest of Onsite calls.
 */
import { z } from 'zod';

export const LANGUAGES = ['javascript', 'typescript', 'python', 'java', 'cpp'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/**
 * Value types a signature may use. Arrays nest (`int[][]`); `ListNode` and
 * `TreeNode` are written as LeetCode arrays (`[3,9,20,null,null,15,7]`).
 */
export const VALUE_TYPE_PATTERN =
  /^(int|long|double|bool|string|char|ListNode|TreeNode|void)(\[\])*$/;
export const ValueTypeSchema = z
  .string()
  .regex(
    VALUE_TYPE_PATTERN,
    'a type is int, long, double, bool, string, char, ListNode, TreeNode or void, with [] for arrays (e.g. int[][])',
  );
export type ValueType = z.infer<typeof ValueTypeSchema>;

export const ParameterSchema = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  type: ValueTypeSchema,
});

export const ComparisonSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('exact') }),
  /** Top-level array compared as a multiset (e.g. "return the pairs in any order"). */
  z.object({ mode: z.literal('any-order'), nested: z.boolean().default(false) }),
  z.object({
    mode: z.literal('float'),
    absTolerance: z.number().nonnegative().default(1e-5),
    relTolerance: z.number().nonnegative().default(1e-5),
  }),
  /** A JavaScript function body `(args, expected, actual) => boolean`, run by the judge outside the sandbox's reach. */
  z.object({ mode: z.literal('checker'), source: z.string().min(1) }),
]);
export type Comparison = z.infer<typeof ComparisonSchema>;

export const FunctionSignatureSchema = z.object({
  style: z.literal('function'),
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  params: z.array(ParameterSchema),
  returns: ValueTypeSchema,
  /** For in-place problems (returns void): which argument is compared after the call. */
  mutates: z.string().optional(),
});

export const ClassSignatureSchema = z.object({
  style: z.literal('class'),
  className: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  constructorParams: z.array(ParameterSchema).default([]),
  methods: z.array(
    z.object({
      name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
      params: z.array(ParameterSchema),
      returns: ValueTypeSchema,
    }),
  ),
});

export const SignatureSchema = z.discriminatedUnion('style', [
  FunctionSignatureSchema,
  ClassSignatureSchema,
]);
export type Signature = z.infer<typeof SignatureSchema>;

/**
 * One test. Function problems: `args` is the argument list and `expected` the
 * return value (or the mutated argument). Class problems: `args` is
 * `[["MinStack","push","getMin"], [[],[1],[]]]` and `expected` the per-call results (null for constructors and void).
 */
export const TestCaseSchema = z.object({
  args: z.array(z.unknown()),
  expected: z.unknown(),
  sample: z.boolean().default(false),
});
export type TestCase = z.infer<typeof TestCaseSchema>;

export const JudgeSpecSchema = z.object({
  id: z.string().min(1),
  title: z.string().optional(),
  signature: SignatureSchema,
  tests: z.array(TestCaseSchema).min(1, 'a spec needs at least one test'),
  comparison: ComparisonSchema.default({ mode: 'exact' }),
  limits: z
    .object({
      timeLimitMs: z.number().int().min(50).max(30_000).default(2000),
      memoryLimitMb: z.number().int().min(16).max(4096).default(256),
    })
    .default({ timeLimitMs: 2000, memoryLimitMb: 256 }),
  /** Optional input generator for complexity measurement: JS source `(n, rng) => args`. */
  generator: z
    .object({
      source: z.string().min(1),
      sizes: z.array(z.number().int().positive()).optional(),
      expectedClass: z.string().optional(),
    })
    .optional(),
});
export type JudgeSpec = z.infer<typeof JudgeSpecSchema>;

export const VERDICTS = [
  'Accepted',
  'Wrong Answer',
  'Time Limit Exceeded',
  'Memory Limit Exceeded',
  'Runtime Error',
  'Compile Error',
  'Output Limit Exceeded',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Strongest first. `none` means no isolation beyond a child process: a loud warning everywhere. */
export const ISOLATION_TIERS = ['namespaces', 'rlimits', 'none'] as const;
export type IsolationTier = (typeof ISOLATION_TIERS)[number];
/** Strength order of tiers: a lower number is stronger. */
export const tierRank = (tier: IsolationTier): number => ISOLATION_TIERS.indexOf(tier);

export interface TestResult {
  readonly index: number;
  readonly verdict: Verdict;
  readonly timeMs: number;
  /** The peak measured (the whole runtime's, as LeetCode reports it); null when none was (a run killed where no cgroup measures it). */
  readonly memoryKb: number | null;
  readonly sample: boolean;
  /** Only for sample tests and custom input: never filled for hidden tests. */
  readonly input?: unknown;
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly stdout?: string;
  readonly message?: string;
}

export interface JudgeResult {
  readonly verdict: Verdict;
  readonly passed: number;
  readonly total: number;
  readonly tests: readonly TestResult[];
  readonly compileOutput: string | null;
  /** Null for interpreted languages; 0 when a program compiled earlier from the same files was reused. */
  readonly compileTimeMs: number | null;
  /** For Runtime Error: the message and the line in the candidate's file, when known. */
  readonly error: { readonly message: string; readonly line: number | null } | null;
  readonly isolation: IsolationTier;
  /**
   * Set when the machine was busy: a test ran past its time limit while its run was kept waiting
   * for a CPU, and the judge gave it that wall time on top (the verdict came this much later).
   * A run that spins or sleeps gets its verdict at the limit plus a small grace instead.
   */
  readonly machineBusy?: { readonly extraWallMs: number };
}

export type JudgeMode = 'run' | 'submit';

export interface JudgeRequest {
  readonly spec: JudgeSpec;
  readonly language: Language;
  readonly source: string;
  /** `run`: sample tests plus custom inputs, with data shown; `submit`: every test, hidden data never shown. */
  readonly mode: JudgeMode;
  readonly customInputs?: readonly (readonly unknown[])[];
  /**
   * `run` only: inputs the spec's generator makes where the code is judged, after the custom
   * inputs, so that a growth measurement's megabytes never travel (through the queue, into
   * progress rows). Their results carry index, verdict, time and memory only.
   */
  readonly generatedInputs?: GeneratedInputs;
}

/** `count` argument lists of size `size` from the spec's generator, seeded so every judge makes the same ones. */
export interface GeneratedInputs {
  readonly seed: number;
  readonly size: number;
  readonly count: number;
}

/** Progress as each test finishes, for server-sent events. */
export type JudgeEvent =
  | { readonly type: 'queued'; readonly position: number }
  | { readonly type: 'compiling' }
  /** The judge worker running this code was lost (killed, cut off): the tests so far are void and the code is judged again. */
  | { readonly type: 'retrying'; readonly message: string }
  | { readonly type: 'test'; readonly result: TestResult }
  | { readonly type: 'done'; readonly result: JudgeResult };

export interface Judge {
  readonly isolation: IsolationTier;
  /**
   * Whether a seccomp syscall filter applies on top of the namespaces tier;
   * undefined when this judge cannot know (workers on other machines).
   */
  readonly syscallFilter?: boolean;
  judge(request: JudgeRequest, onEvent?: (event: JudgeEvent) => void): Promise<JudgeResult>;
}
