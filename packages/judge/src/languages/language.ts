/**
 * What each language contributes to a judged run: the files written into the
 * box, an optional compile step, the run command, its memory settings, and how
 * to find the candidate's line in an error.
 */
import type { JudgeSpec } from '@onsite/core';
import type { Toolchain } from '../toolchains';

export interface PrepareInput {
  readonly spec: JudgeSpec;
  readonly source: string;
  /** Host directory of the box (files are written here). */
  readonly hostDir: string;
  /** The same directory as the sandboxed process sees it. */
  readonly boxDir: string;
  readonly toolchain: Toolchain;
  /**
   * Native code: build with AddressSanitizer, so that an out-of-bounds access or a use after
   * free is named at the line that made it (the judge asks for it on Run, see judge-spec.md).
   */
  readonly addressSanitizer: boolean;
}

export interface SandboxStep {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly readOnlyPaths: readonly string[];
  /**
   * Written on stdin before the harness's input: the go-ahead line a launcher waits for (a
   * pre-started C++ sandbox starts before its binary exists, and execs it on this line).
   */
  readonly stdinPrefix?: string;
}

/** An error as the harness reports it. */
export interface ErrorReport {
  readonly name: string;
  readonly message: string;
  readonly stack?: string | undefined;
  readonly line?: number | null | undefined;
}

export interface PreparedProgram {
  /** Compile errors found on the host (esbuild) before any sandbox starts. */
  readonly compileError: { readonly message: string; readonly line: number | null } | null;
  /** Runs in the sandbox with the box writable; its failure is a Compile Error. */
  readonly compile: SandboxStep | null;
  readonly run: SandboxStep;
  /** Where the harness finds the candidate's code, inside the box. */
  readonly solutionPath: string;
  /** Memory the runtime needs on top of the problem's limit (interpreter, JIT, heap metadata). */
  readonly runtimeOverheadMb: number;
  /** RLIMIT_AS suits interpreters and native code; JIT runtimes reserve huge address space and get RLIMIT_DATA. */
  readonly fallbackMemoryKind: 'as' | 'data';
  /** Seconds before the first test may start: runtime start plus the candidate's top-level code. */
  readonly startupMs: number;
  /**
   * Native code: completes an error the harness could only report as raw code addresses
   * (`stack`), on the host after the run while the box still exists: sets `line` to the
   * candidate's line and may sharpen the message. Other languages know their lines in the harness.
   */
  explain?<E extends ErrorReport>(error: E): Promise<E>;
  /** The line in the candidate's own file for an error, from the harness's report. */
  mapLine(error: {
    readonly stack?: string | undefined;
    readonly line?: number | null | undefined;
  }): number | null;
  /** Recognises a runtime's own out-of-memory death from its stderr. */
  isOutOfMemory(stderr: string): boolean;
  /**
   * Native code: the error a runtime reported on stderr before it ended the process itself
   * (AddressSanitizer's report), as the harness would have reported it; null when there is none.
   * `explain` then finds its line.
   */
  errorFromStderr?(stderr: string): ErrorReport | null;
}

/** What a warm run step depends on: nothing about the submission but its memory limit. */
export interface WarmStepInput {
  readonly toolchain: Toolchain;
  readonly boxDir: string;
  readonly memoryLimitMb: number;
}

export interface LanguageRuntime {
  prepare(input: PrepareInput): Promise<PreparedProgram>;
  /**
   * The harness file and the run step, known before the submission, so that a sandbox can be
   * started ahead of it (the warm path). `prepare` then writes the solution (or, compiled, the
   * files its compile turns into the program) into that sandbox's box and must produce exactly
   * this run step.
   */
  readonly warm?: {
    /** Runtimes sharing a pool (JavaScript and TypeScript both run Node's harness). */
    readonly pool: string;
    /** Copied into the box before the sandbox starts; null when the run step reads nothing yet. */
    readonly harness: string | null;
    /** As `PreparedProgram.fallbackMemoryKind`, needed before the submission is known. */
    readonly fallbackMemoryKind: 'as' | 'data';
    runStep(input: WarmStepInput): SandboxStep;
    /** Builds what the run step names before its first sandbox starts (Java's launcher); rejects when it cannot. */
    setUp?(toolchain: Toolchain): Promise<void>;
  };
}

/** The first `file:line` of `fileName` in a stack trace: the innermost frame in the candidate's code. */
export function lineFromStack(
  stack: string,
  fileName: string,
): { line: number; column: number } | null {
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+)(?::(\\d+))?`).exec(stack);
  if (match === null) return null;
  return { line: Number(match[1]), column: Number(match[2] ?? '1') };
}
