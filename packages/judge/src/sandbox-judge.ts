/**
 * `createSandboxJudge()`: the `Judge` port over the sandbox. One compile per
 * submission, then every test in ONE sandboxed process (the fast path), each
 * test timed by its own timer from the harness's progress messages. When the
 * process dies at a limit the test that was running gets the verdict; in `run`
 * mode a fresh sandbox continues with the remaining tests, in `submit` mode
 * judging stops there, as LeetCode does.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, constants as osConstants, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DomainError,
  type IsolationTier,
  type Judge,
  type JudgeEvent,
  type JudgeRequest,
  type JudgeResult,
  type JudgeSpec,
  type Language,
  type TestResult,
  tierRank,
  type Verdict,
} from '@onsite/core';
import { generateInputsJson } from './growth-measurement/generated-inputs';
import { createGeneratorThread } from './growth-measurement/generator-thread';
import { createComparer } from './compare';
import { createCompileCache } from './compile-cache';
import { parseChannelLine, type HarnessError, type HarnessMessage } from './harness-host/protocol';
import { cppRuntime } from './languages/cpp';
import { javaRuntime } from './languages/java';
import { javascriptRuntime, typescriptRuntime } from './languages/javascript';
import type { LanguageRuntime, PreparedProgram } from './languages/language';
import { pythonRuntime } from './languages/python';
import { detectIsolation, type IsolationInfo } from './sandbox/isolation';
import {
  startDeadline,
  startTestDeadline,
  type Deadline,
  type TestDeadline,
} from './sandbox/starvation';
import {
  boxPath,
  runSandboxed,
  type PrestartedSandbox,
  type SandboxClaim,
  type SandboxExit,
  type SandboxLimits,
  type SandboxRun,
} from './sandbox/run-sandboxed';
import {
  createWarmPool,
  type WarmPool,
  type WarmPoolStats,
  type WarmProfile,
} from './sandbox/warm-pool';
import { detectToolchains, type Toolchains } from './toolchains';

export interface SandboxJudgeOptions {
  /** Defaults to probing this machine once. */
  readonly isolation?: IsolationInfo;
  readonly toolchains?: Toolchains;
  /** A multi-user deployment refuses to run code below this tier. */
  readonly minimumTier?: IsolationTier;
  /** Where per-run boxes are created (default: the OS temp dir). */
  readonly workDir?: string;
  /** Characters of a test's stdout kept for display. */
  readonly keepStdoutBytes?: number;
  /** Output beyond this (printed or written) is Output Limit Exceeded. */
  readonly maxOutputBytes?: number;
  readonly maxProcesses?: number;
  /** Source code larger than this is refused before anything runs. */
  readonly maxSourceBytes?: number;
  /**
   * Pre-started sandboxes for JavaScript/TypeScript, Python, Java and C++ (the warm path): `true`
   * keeps one idle sandbox per core for each of them, `{ size }` that many. Each serves one submission
   * and is replaced in the background; with none ready a submission runs cold. Off by default so
   * that short-lived judges (tests, the CLI) start no processes; the server turns it on. A judge
   * with a warm pool must be `close()`d.
   */
  readonly warm?: boolean | { readonly size?: number };
  /**
   * Called as a verdict passes each stage, with `performance.now()` then: where a verdict's time
   * goes (`BENCH_ONLY=stages npm run bench:judge`).
   */
  readonly onStage?: (stage: JudgeStage, atMs: number) => void;
}

/**
 * The stages of one verdict, in order: `prepared` (the language wrote its files), `keyed` (the
 * compile cache looked up), `compiled` (the compiler exited), `claimed` (the sandbox has the
 * input), `ready` (the harness read its input), `tests-done` (the last test's result arrived),
 * `ended` (the run is over), `verdict`.
 */
export type JudgeStage =
  'prepared' | 'keyed' | 'compiled' | 'claimed' | 'ready' | 'tests-done' | 'ended' | 'verdict';

export interface SandboxJudge extends Judge {
  /** Idle pre-started sandboxes per pool (node, python, java, cpp; empty without a warm pool). */
  warmStats(): Readonly<Record<string, WarmPoolStats>>;
  /** Processes of the idle pre-started sandboxes, for leak checks (empty without a warm pool). */
  idleProcessIds(): number[];
  /** Stops the warm pool: kills idle sandboxes and removes their cgroups and boxes. */
  close(): Promise<void>;
}

const RUNTIMES: Record<Language, LanguageRuntime> = {
  javascript: javascriptRuntime,
  typescript: typescriptRuntime,
  python: pythonRuntime,
  java: javaRuntime,
  cpp: cppRuntime,
};

const MB = 1024 * 1024;
/** The spec schema's default and largest memory limits: warm Node sandboxes start with the default heap. */
const DEFAULT_MEMORY_LIMIT_MB = 256;
const MAX_MEMORY_LIMIT_MB = 4096;

interface PlannedTest {
  readonly index: number;
  readonly args: readonly unknown[];
  /** The arguments as UTF-8 JSON when they were made that way (generated inputs: never parsed on this thread). */
  readonly argsJson?: Uint8Array;
  readonly hasExpected: boolean;
  readonly expected: unknown;
  readonly sample: boolean;
  /** Sample and custom tests show their data; hidden tests in submit never do. */
  readonly visible: boolean;
}

type DoneMessage = Extract<HarnessMessage, { t: 'done' }>;

/**
 * A spec test's arguments as UTF-8 JSON, kept per test object: a bank problem's
 * tests (10⁵-element ones among them) are the same objects for every submission,
 * so each is serialised and encoded once, not on every submit.
 */
const argsJsonCache = new WeakMap<readonly unknown[], Uint8Array>();
const argsJsonOf = (test: PlannedTest): Uint8Array => {
  if (test.argsJson !== undefined) return test.argsJson;
  let json = argsJsonCache.get(test.args);
  if (json === undefined) {
    json = Buffer.from(JSON.stringify(test.args));
    argsJsonCache.set(test.args, json);
  }
  return json;
};

const COMMA = Buffer.from(',');

/** The harness's stdin: the run's settings, then the tests' argument lists as pieces written in order (see argsJsonOf). */
const harnessInput = (
  settings: Record<string, unknown>,
  tests: readonly PlannedTest[],
): readonly Uint8Array[] => {
  const head = JSON.stringify(settings);
  const pieces: Uint8Array[] = [Buffer.from(`${head.slice(0, -1)},"tests":[`)];
  tests.forEach((test, position) => {
    if (position > 0) pieces.push(COMMA);
    pieces.push(argsJsonOf(test));
  });
  pieces.push(Buffer.from(']}'));
  return pieces;
};

interface BatchOutcome {
  readonly done: ReadonlyMap<number, DoneMessage>;
  readonly compileError: HarnessError | null;
  readonly loadError: { readonly kind: 'runtime' | 'memory'; readonly error: HarnessError } | null;
  /**
   * The test (batch position) running when the process died, why it died, and the run's peak
   * memory where a cgroup measured it (null otherwise: nothing is reported as "0 KB").
   */
  readonly crash: {
    readonly position: number;
    readonly verdict: Verdict;
    readonly message: string;
    readonly line: number | null;
    readonly peakMemoryKb: number | null;
  } | null;
  /** Wall time the batch's tests were given past their limit because the machine kept them waiting for a CPU. */
  readonly extraWallMs: number;
}

const SIGNAL_MEANINGS: Partial<Record<NodeJS.Signals, string>> = {
  SIGSEGV: ': segmentation fault (a null or out-of-range access, or a stack overflow)',
  SIGFPE: ': arithmetic error (division by zero)',
  SIGABRT: ': aborted',
  SIGBUS: ': bus error',
};

/**
 * bwrap's init (and a shell) report a child killed by a signal as exit code 128 + the signal's
 * number: 139 is a segmentation fault, not a program that chose to exit with 139.
 */
function signalOfExitCode(code: number | null): NodeJS.Signals | null {
  if (code === null || code <= 128 || code > 128 + 64) return null;
  const found = Object.entries(osConstants.signals).find(([, number]) => number === code - 128);
  return found === undefined ? null : (found[0] as NodeJS.Signals);
}

/**
 * `report`: what a native harness said about its own fatal signal, or what a sanitizer reported
 * on stderr (`fromStderr`: the report is the message, stderr's tail would only repeat it),
 * already explained.
 */
function crashVerdict(
  exit: SandboxExit,
  program: PreparedProgram,
  report: HarnessError | null,
  fromStderr: boolean,
): { verdict: Verdict; message: string; line: number | null } {
  // Out of time while held at its memory limit: the kernel was reclaiming under a run that kept
  // allocating (on a busy machine that thrashing can outlast the wall clock before the OOM killer
  // ends it), so the limit it met is memory.
  if (exit.killedFor === 'time' && (exit.oomKilled || exit.hitMemoryLimit))
    return { verdict: 'Memory Limit Exceeded', message: 'memory limit exceeded', line: null };
  if (exit.killedFor === 'time')
    return { verdict: 'Time Limit Exceeded', message: 'time limit exceeded', line: null };
  if (exit.killedFor === 'output')
    return { verdict: 'Output Limit Exceeded', message: 'output limit exceeded', line: null };
  if (exit.oomKilled || program.isOutOfMemory(exit.stderr))
    return { verdict: 'Memory Limit Exceeded', message: 'memory limit exceeded', line: null };
  if (exit.signal === 'SIGXCPU')
    return { verdict: 'Time Limit Exceeded', message: 'CPU time limit exceeded', line: null };
  const tail = exit.stderr.trim().split('\n').slice(-20).join('\n');
  if (report !== null) {
    const text = `${report.name}: ${report.message}`;
    return {
      verdict: 'Runtime Error',
      message: tail.length > 0 && !fromStderr ? `${text}\n${tail}` : text,
      line: program.mapLine(report),
    };
  }
  const signal = exit.signal ?? signalOfExitCode(exit.exitCode);
  const how =
    signal !== null
      ? `killed by ${signal}${SIGNAL_MEANINGS[signal] ?? ''}`
      : `exited with code ${String(exit.exitCode)}`;
  const message = tail.length > 0 ? `${tail}\n(${how})` : how;
  return { verdict: 'Runtime Error', message, line: program.mapLine({ stack: message }) };
}

/** Native errors arrive as code addresses: the language maps them to the candidate's lines. */
async function explained(program: PreparedProgram, error: HarnessError): Promise<HarnessError> {
  return program.explain === undefined ? error : program.explain(error);
}

export function createSandboxJudge(options: SandboxJudgeOptions = {}): SandboxJudge {
  const isolation = options.isolation ?? detectIsolation();
  const keepStdoutBytes = options.keepStdoutBytes ?? 4096;
  const maxOutputBytes = options.maxOutputBytes ?? 64 * MB;
  const maxProcesses = options.maxProcesses ?? 128;
  const maxSourceBytes = options.maxSourceBytes ?? 256 * 1024;
  const workDir = options.workDir ?? tmpdir();
  const compiled = createCompileCache(
    join(workDir, `onsite-judge-compiled-${String(process.pid)}-${randomBytes(4).toString('hex')}`),
  );
  let toolchains = options.toolchains ?? null;
  const onStage = options.onStage;
  const stage = (name: JudgeStage): void => onStage?.(name, performance.now());
  /** Boxes of finished verdicts still being removed. */
  const removals = new Set<Promise<void>>();

  /** Limits that depend on the submission; the rest are the same for every run (`fixedLimits`). */
  function limitsOf(
    memoryBytes: number,
    fallbackMemoryKind: 'as' | 'data',
    budgetMs: number,
  ): SandboxLimits {
    return {
      cpuSeconds: Math.ceil(budgetMs / 1000) + 1,
      wallMs: budgetMs + 2000,
      memoryBytes,
      fallbackMemoryLimit: {
        kind: fallbackMemoryKind,
        bytes: fallbackMemoryKind === 'data' ? memoryBytes + 512 * MB : memoryBytes,
      },
      maxProcesses,
      maxOpenFiles: 256,
      maxFileSizeBytes: 16 * MB,
      maxOutputBytes,
      tmpBytes: 64 * MB,
    };
  }

  function limitsFor(
    spec: JudgeSpec,
    program: PreparedProgram,
    testCount: number,
    perTestWallMs: number,
  ): SandboxLimits {
    return limitsOf(
      (spec.limits.memoryLimitMb + program.runtimeOverheadMb) * MB,
      program.fallbackMemoryKind,
      program.startupMs + testCount * perTestWallMs,
    );
  }

  // A judge that refuses to run code (tier below the minimum) pre-starts nothing.
  const refuses =
    options.minimumTier !== undefined && tierRank(isolation.tier) > tierRank(options.minimumTier);
  const warmSize =
    refuses || options.warm === undefined || options.warm === false
      ? 0
      : options.warm === true
        ? availableParallelism()
        : (options.warm.size ?? availableParallelism());
  const warmPool: WarmPool | null =
    warmSize > 0
      ? createWarmPool({ isolation, workDir, size: warmSize, profiles: warmProfiles() })
      : null;
  const generatorThread = createGeneratorThread();
  warmPool?.refill();

  function warmProfiles(): WarmProfile[] {
    toolchains ??= detectToolchains();
    const profiles: WarmProfile[] = [];
    for (const language of Object.keys(RUNTIMES) as Language[]) {
      const warm = RUNTIMES[language].warm;
      const toolchain = toolchains[language];
      if (warm === undefined || !toolchain.available) continue;
      profiles.push({
        pool: warm.pool,
        harness: warm.harness,
        step: (boxDir) =>
          warm.runStep({ toolchain, boxDir, memoryLimitMb: DEFAULT_MEMORY_LIMIT_MB }),
        ...(warm.setUp === undefined
          ? {}
          : { setUp: () => warm.setUp?.(toolchain) ?? Promise.resolve() }),
        // The largest limits any spec may ask for: the claim lowers them to the submission's own.
        startLimits: limitsOf((MAX_MEMORY_LIMIT_MB + 512) * MB, warm.fallbackMemoryKind, 3_600_000),
      });
    }
    return profiles;
  }

  async function runBatch(
    spec: JudgeSpec,
    program: PreparedProgram,
    hostDir: string,
    tests: readonly PlannedTest[],
    warm: PrestartedSandbox | null,
  ): Promise<BatchOutcome> {
    const nonce = randomBytes(16).toString('hex');
    // The time limit is CPU time (reported by the harness). A test's timed call has a tight wall
    // clock (startTestDeadline: the limit plus a grace, more only while the machine keeps it waiting
    // for a CPU); the harness's own work around it (converting arguments and results, which can
    // take a second for a 10⁶-element result) gets this roomier one, as does the whole run.
    const perTestWallMs = spec.limits.timeLimitMs * 2 + 500;
    const done = new Map<number, DoneMessage>();
    // Written by channel callbacks while the run is in flight.
    const state: {
      compileError: HarnessError | null;
      loadError: BatchOutcome['loadError'];
      crashReport: HarnessError | null;
      ready: boolean;
      running: number | null;
    } = {
      compileError: null,
      loadError: null,
      crashReport: null,
      ready: false,
      running: null,
    };
    let handle: SandboxRun | null = null;
    // Wall-clock deadlines that give a starved run (a loaded machine) more time and a sleeping one none.
    const deadline = (afterMs: number, cpuBudgetMs: number): Deadline =>
      startDeadline({
        afterMs,
        cpuBudgetMs,
        demand: () => handle?.demand() ?? null,
        onExpire: () => handle?.kill('time'),
      });
    let testTimer: Deadline | undefined;
    let extraWallMs = 0;
    /** The tight clock of a timed call: what it gave a starved test is reported with the verdict. */
    const callDeadline = (): TestDeadline => {
      const timer = startTestDeadline({
        limitMs: spec.limits.timeLimitMs,
        maxMs: 5 * perTestWallMs,
        demand: () => handle?.demand() ?? null,
        onExpire: () => handle?.kill('time'),
      });
      let counted = false;
      return {
        cancel: () => {
          timer.cancel();
          if (!counted) extraWallMs += timer.extraWallMs();
          counted = true;
        },
        extraWallMs: () => timer.extraWallMs(),
      };
    };
    const harnessWork = (): Deadline => deadline(perTestWallMs, 2 * spec.limits.timeLimitMs);
    const startupTimer = deadline(
      program.startupMs + perTestWallMs,
      program.startupMs + perTestWallMs,
    );

    const onMessage = (message: HarnessMessage): void => {
      switch (message.t) {
        case 'ready':
          stage('ready');
          state.ready = true;
          startupTimer.cancel();
          return;
        case 'start':
          testTimer?.cancel();
          state.running = message.i;
          // A design class is timed whole, from here; a function from its "call" on.
          testTimer = spec.signature.style === 'class' ? callDeadline() : harnessWork();
          return;
        case 'call':
          testTimer?.cancel();
          testTimer = callDeadline();
          return;
        case 'returned':
          testTimer?.cancel();
          testTimer = harnessWork();
          return;
        case 'done': {
          testTimer?.cancel();
          const position = message.i < 0 ? 0 : message.i;
          // The first report for a test wins: a forged second one changes nothing.
          if (!done.has(position)) done.set(position, { ...message, i: position });
          state.running = null;
          if (done.size === tests.length) stage('tests-done');
          return;
        }
        case 'compile':
          state.compileError ??= message.error;
          return;
        case 'load-error':
          state.loadError ??= { kind: message.kind, error: message.error };
          return;
        case 'crash':
          state.crashReport ??= message.error;
          return;
        case 'end':
          // Every result is in: the verdict need not wait for the sandbox to tear down.
          if (done.size === tests.length) endedEarly();
          return;
      }
    };
    let endedEarly: () => void = () => undefined;
    const ended = new Promise<'ended'>((resolve) => {
      endedEarly = () => resolve('ended');
    });

    const input = harnessInput(
      {
        nonce,
        signature: spec.signature,
        solutionPath: program.solutionPath,
        keepStdoutBytes,
        maxStdoutBytes: maxOutputBytes,
      },
      tests,
    );
    const claim = {
      stdin:
        program.run.stdinPrefix === undefined
          ? input
          : [Buffer.from(program.run.stdinPrefix), ...input],
      limits: limitsFor(spec, program, tests.length, perTestWallMs),
      onChannelLine: (line: string) => {
        const message = parseChannelLine(line, nonce);
        if (message !== null) onMessage(message);
      },
    };
    handle =
      claimWarm(warm, claim) ??
      runSandboxed(isolation, {
        argv: program.run.argv,
        boxDir: hostDir,
        boxWritable: false,
        readOnlyPaths: program.run.readOnlyPaths,
        env: program.run.env,
        ...claim,
      });
    stage('claimed');
    const exitOrEnd = await Promise.race([handle.exit, ended]);
    stage('ended');
    startupTimer.cancel();
    testTimer?.cancel();
    if (exitOrEnd === 'ended') {
      handle.dispose();
      return { done, compileError: null, loadError: null, crash: null, extraWallMs };
    }
    const exit = exitOrEnd;

    let crash: BatchOutcome['crash'] = null;
    if (state.compileError === null && state.loadError === null) {
      const firstMissing = tests.findIndex((_t, position) => !done.has(position));
      // A harness that caught a test printing past the output limit reported it and ended the
      // program itself: the run stops there, an Output Limit Exceeded, not a crash of the next test.
      const overflowed = [...done.values()].find(
        (message) => !message.ok && message.kind === 'output',
      );
      if (firstMissing >= 0 && overflowed !== undefined && exit.killedFor === null) {
        crash = {
          position: overflowed.i,
          verdict: 'Output Limit Exceeded',
          message: 'output limit exceeded',
          line: null,
          peakMemoryKb: exit.peakMemoryKb,
        };
      } else if (firstMissing >= 0) {
        const position = state.running ?? (state.ready ? firstMissing : 0);
        const stderrReport =
          state.crashReport === null ? (program.errorFromStderr?.(exit.stderr) ?? null) : null;
        const raw = state.crashReport ?? stderrReport;
        const report = raw === null ? null : await explained(program, raw);
        crash = {
          position,
          ...crashVerdict(exit, program, report, stderrReport !== null),
          peakMemoryKb: exit.peakMemoryKb,
        };
      }
    }
    return {
      done,
      compileError: state.compileError,
      loadError: state.loadError,
      crash,
      extraWallMs,
    };
  }

  /** The warm path, when the pre-started sandbox is still alive and takes the submission's limits; null means go cold. */
  function claimWarm(warm: PrestartedSandbox | null, claim: SandboxClaim): SandboxRun | null {
    if (warm === null || !warm.alive()) {
      warm?.dispose();
      return null;
    }
    try {
      return warm.claim(claim);
    } catch {
      return null; // the claim killed it (its memory use exceeds the submission's limit)
    }
  }

  /** `memoryKb`: the peak measured, null when nothing was (a harness reports 0 then). */
  function resultFor(
    test: PlannedTest,
    verdict: Verdict,
    fields: {
      timeMs: number;
      memoryKb: number | null;
      actual?: unknown;
      stdout?: string;
      message?: string;
    },
  ): TestResult {
    const memoryKb =
      fields.memoryKb === null || fields.memoryKb <= 0 ? null : Math.round(fields.memoryKb);
    const base = {
      index: test.index,
      verdict,
      timeMs: Math.round(fields.timeMs * 100) / 100,
      memoryKb,
      sample: test.sample,
    };
    if (!test.visible) return base;
    return {
      ...base,
      input: test.args,
      ...(test.hasExpected ? { expected: test.expected } : {}),
      ...(fields.actual !== undefined ? { actual: fields.actual } : {}),
      ...(fields.stdout !== undefined ? { stdout: fields.stdout } : {}),
      ...(fields.message !== undefined ? { message: fields.message } : {}),
    };
  }

  async function judge(
    request: JudgeRequest,
    onEvent?: (event: JudgeEvent) => void,
  ): Promise<JudgeResult> {
    if (
      options.minimumTier !== undefined &&
      tierRank(isolation.tier) > tierRank(options.minimumTier)
    ) {
      throw new DomainError(
        'ISOLATION_TOO_WEAK',
        `code runs only at isolation '${options.minimumTier}' or stronger; this machine offers '${isolation.tier}'`,
      );
    }
    if (Buffer.byteLength(request.source) > maxSourceBytes)
      throw new DomainError(
        'PAYLOAD_TOO_LARGE',
        `source code is limited to ${String(maxSourceBytes)} bytes`,
      );
    toolchains ??= detectToolchains();
    const toolchain = toolchains[request.language];
    if (!toolchain.available)
      throw new DomainError(
        'LANGUAGE_UNAVAILABLE',
        `${request.language} is not available here: ${toolchain.reason ?? 'unknown reason'}`,
      );

    const { spec } = request;
    // Before anything runs: a checker that does not compile is a VALIDATION_FAILED of the spec.
    const comparer = createComparer(spec);
    const plan: PlannedTest[] = [];
    spec.tests.forEach((test, index) => {
      if (request.mode === 'run' && !test.sample) return;
      plan.push({
        index,
        args: test.args,
        hasExpected: true,
        expected: test.expected,
        sample: test.sample,
        visible: request.mode === 'run' || test.sample,
      });
    });
    if (request.mode === 'run') {
      // Custom inputs are numbered after the spec's tests; they have no expected output, only the candidate's.
      const custom = request.customInputs ?? [];
      custom.forEach((args, k) =>
        plan.push({
          index: spec.tests.length + k,
          args,
          hasExpected: false,
          expected: undefined,
          sample: true,
          visible: true,
        }),
      );
      // Generated inputs (a growth measurement) come last and show nothing but their time: they can be megabytes.
      // Made in a worker thread, as JSON text: megabytes of inputs would stall the server's event loop.
      (await generateInputsJson(request, generatorThread)).forEach((argsJson, k) =>
        plan.push({
          index: spec.tests.length + custom.length + k,
          args: [],
          argsJson,
          hasExpected: false,
          expected: undefined,
          sample: false,
          visible: false,
        }),
      );
    }

    const results: TestResult[] = [];
    /** Wall time the tests were given past their limits because the machine kept them waiting for a CPU. */
    let extraWallMs = 0;
    const emit = (result: TestResult): void => {
      results.push(result);
      onEvent?.({ type: 'test', result });
    };
    const finish = (
      partial: Omit<JudgeResult, 'passed' | 'total' | 'tests' | 'isolation' | 'verdict'> & {
        verdict?: Verdict;
      },
    ): JudgeResult => {
      const sorted = [...results].sort((a, b) => a.index - b.index);
      const failed = sorted.find((r) => r.verdict !== 'Accepted');
      const result: JudgeResult = {
        verdict: partial.verdict ?? failed?.verdict ?? 'Accepted',
        passed: sorted.filter((r) => r.verdict === 'Accepted').length,
        total: plan.length,
        tests: sorted,
        compileOutput: partial.compileOutput,
        compileTimeMs: partial.compileTimeMs,
        error: partial.error,
        isolation: isolation.tier,
        // Whole milliseconds, and only past the noise of a timer: the candidate is told why the verdict was slow.
        ...(extraWallMs >= 1 ? { machineBusy: { extraWallMs: Math.round(extraWallMs) } } : {}),
      };
      stage('verdict');
      onEvent?.({ type: 'done', result });
      return result;
    };

    // The warm path: a pre-started sandbox whose run step is exactly the one this submission needs.
    const runtime = RUNTIMES[request.language];
    let warm = runtime.warm === undefined ? null : (warmPool?.take(runtime.warm.pool) ?? null);
    if (warm !== null && runtime.warm !== undefined) {
      const wanted = runtime.warm.runStep({
        toolchain,
        boxDir: boxPath(isolation, warm.hostDir),
        memoryLimitMb: spec.limits.memoryLimitMb,
      });
      if (JSON.stringify(wanted) !== JSON.stringify(warm.step)) {
        warmPool?.giveBack(warm);
        warm = null;
      }
    }
    const hostDir = warm?.hostDir ?? (await mkdtemp(join(workDir, 'onsite-judge-')));
    let warmSandbox = warm?.sandbox ?? null;
    let keeping: Promise<void> = Promise.resolve();
    try {
      const program = await runtime.prepare({
        spec,
        source: request.source,
        hostDir,
        boxDir: boxPath(isolation, hostDir),
        toolchain,
        // Run only (Submit's times and memory are verdicts; a growth run times the code), and
        // only where a cgroup holds the memory limit: the sanitizer's shadow reserves terabytes
        // of address space, which no RLIMIT_AS or RLIMIT_DATA fallback would let it map.
        addressSanitizer:
          request.mode === 'run' &&
          request.generatedInputs === undefined &&
          isolation.cgroup !== null,
      });
      stage('prepared');
      if (program.compileError !== null) {
        return finish({
          verdict: 'Compile Error',
          compileOutput: program.compileError.message,
          compileTimeMs: 0,
          error: program.compileError,
        });
      }
      let compileOutput: string | null = null;
      let compileTimeMs: number | null = null;
      // The same files compiled with the same command before (Run then Submit in Java, Submit then
      // the growth measurement's one run per size): reuse.
      const cacheKey =
        program.compile === null
          ? null
          : await compiled.keyOf(hostDir, program.compile, request.language);
      const reused = cacheKey === null ? null : await compiled.restore(cacheKey, hostDir);
      stage('keyed');
      if (reused !== null) {
        compileOutput = reused.output;
        compileTimeMs = 0;
      } else if (program.compile !== null) {
        onEvent?.({ type: 'compiling' });
        const compilation = await runSandboxed(isolation, {
          argv: program.compile.argv,
          boxDir: hostDir,
          boxWritable: true,
          readOnlyPaths: program.compile.readOnlyPaths,
          env: program.compile.env,
          stdin: '',
          limits: {
            cpuSeconds: 30,
            wallMs: 30_000,
            memoryBytes: 1536 * MB,
            fallbackMemoryLimit: { kind: 'data', bytes: 2048 * MB },
            maxProcesses,
            maxOpenFiles: 512,
            maxFileSizeBytes: 64 * MB,
            maxOutputBytes: MB,
            tmpBytes: 256 * MB,
          },
        }).exit;
        stage('compiled');
        compileTimeMs = Math.round(compilation.wallMs);
        const output = `${compilation.stdout}${compilation.stderr}`.trim();
        compileOutput = output.length > 0 ? output : null;
        if (compilation.exitCode !== 0) {
          const message =
            compilation.killedFor === 'time'
              ? 'compilation took longer than 30 s'
              : compilation.oomKilled
                ? 'the compiler ran out of memory'
                : output ||
                  `the compiler failed (${String(compilation.signal ?? compilation.exitCode)})`;
          return finish({
            verdict: 'Compile Error',
            compileOutput: message,
            compileTimeMs,
            error: { message, line: program.mapLine({ stack: message }) },
          });
        }
        // Kept while the program runs, not before it: the run sees the box read-only, and linking
        // the files into the cache (a handful of thread-pool round trips, 5 ms of a warm verdict on
        // a busy machine) need not delay it. A program that fails to be kept is compiled again.
        if (cacheKey !== null)
          keeping = compiled
            .keep(cacheKey, hostDir, { output: compileOutput })
            .catch(() => undefined);
      }

      let firstError: JudgeResult['error'] = null;
      let pending = plan;
      let restarts = 0;
      while (pending.length > 0) {
        const outcome = await runBatch(spec, program, hostDir, pending, warmSandbox);
        extraWallMs += outcome.extraWallMs;
        warmSandbox = null; // one submission, one claim: restarts run cold
        if (outcome.compileError !== null) {
          const message = outcome.compileError.message;
          const line = program.mapLine(outcome.compileError);
          return finish({
            verdict: 'Compile Error',
            compileOutput: line === null ? message : `Line ${String(line)}: ${message}`,
            compileTimeMs,
            error: { message, line },
          });
        }
        if (outcome.loadError !== null) {
          // The candidate's top level failed: it would fail the same way for every test.
          const message = `${outcome.loadError.error.name}: ${outcome.loadError.error.message}`;
          const verdict: Verdict =
            outcome.loadError.kind === 'memory' ? 'Memory Limit Exceeded' : 'Runtime Error';
          firstError ??= { message, line: program.mapLine(outcome.loadError.error) };
          for (const test of pending)
            emit(resultFor(test, verdict, { timeMs: 0, memoryKb: null, message }));
          break;
        }
        for (const [position, message] of [...outcome.done.entries()].sort((a, b) => a[0] - b[0])) {
          const test = pending[position];
          if (test === undefined) continue;
          const measured = {
            timeMs: message.cpuMs,
            memoryKb: message.memoryKb,
            stdout: message.stdout,
          };
          if (!message.ok) {
            const verdict: Verdict =
              message.kind === 'memory'
                ? 'Memory Limit Exceeded'
                : message.kind === 'output'
                  ? 'Output Limit Exceeded'
                  : 'Runtime Error';
            const error =
              verdict === 'Runtime Error' ? await explained(program, message.error) : message.error;
            const text =
              error.name === 'OutputLimit' ? error.message : `${error.name}: ${error.message}`;
            if (verdict === 'Runtime Error')
              firstError ??= { message: text, line: program.mapLine(error) };
            emit(resultFor(test, verdict, { ...measured, message: text }));
            continue;
          }
          let verdict: Verdict = 'Accepted';
          let note: string | undefined;
          if (message.cpuMs > spec.limits.timeLimitMs) verdict = 'Time Limit Exceeded';
          else if (test.hasExpected) {
            const outcome = comparer.compare(test.args, test.expected, message.value);
            if (!outcome.match) verdict = 'Wrong Answer';
            note = outcome.note;
          }
          emit(
            resultFor(test, verdict, {
              ...measured,
              actual: message.value,
              ...(note === undefined ? {} : { message: note }),
            }),
          );
        }
        if (outcome.crash === null) break;
        const crashed = pending[outcome.crash.position];
        if (crashed !== undefined && !outcome.done.has(outcome.crash.position)) {
          const timeMs =
            outcome.crash.verdict === 'Time Limit Exceeded' ? spec.limits.timeLimitMs : 0;
          if (outcome.crash.verdict === 'Runtime Error')
            firstError ??= { message: outcome.crash.message, line: outcome.crash.line };
          emit(
            resultFor(crashed, outcome.crash.verdict, {
              timeMs,
              memoryKb: outcome.crash.peakMemoryKb,
              message: outcome.crash.message,
            }),
          );
        }
        // LeetCode's submit stops at the first test that ends the program; run shows every sample.
        if (request.mode === 'submit' || restarts >= 3) break;
        restarts++;
        pending = pending.slice(outcome.crash.position + 1);
      }
      return finish({ compileOutput, compileTimeMs, error: firstError });
    } finally {
      warmSandbox?.dispose(); // taken but never claimed (a compile error in TypeScript): never reused
      if (warmPool !== null) setImmediate(() => warmPool.refill());
      // Linked while the tests ran, so long done: a Run followed by a Submit finds the program.
      await keeping;
      // The verdict does not wait for the box's removal (milliseconds of a fast verdict); close() does.
      const removal: Promise<void> = rm(hostDir, { recursive: true, force: true })
        .catch(() => undefined)
        .finally(() => removals.delete(removal));
      removals.add(removal);
    }
  }

  return {
    isolation: isolation.tier,
    syscallFilter: isolation.tier === 'namespaces' && isolation.seccomp,
    judge,
    warmStats: () => warmPool?.stats() ?? {},
    idleProcessIds: () => warmPool?.idleProcessIds() ?? [],
    close: async () => {
      await Promise.all([...removals]);
      await warmPool?.close();
      await generatorThread.close();
      await compiled.clear();
    },
  };
}
