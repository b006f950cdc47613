/**
 * JavaScript and TypeScript: the candidate's file is loaded by the Node
 * harness (harness/runner.cjs) with a trailer that exports the names the
 * signature needs. TypeScript is transpiled on the host by esbuild, whose
 * source map turns stack lines back into lines of the candidate's file.
 */
import { writeFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import type { JudgeSpec } from '@onsite/core';
import { transform } from 'esbuild';
import { copyHarness } from '../harness-host/files';
import {
  lineFromStack,
  type LanguageRuntime,
  type PrepareInput,
  type PreparedProgram,
  type WarmStepInput,
} from './language';

function exportTrailer(spec: JudgeSpec): string {
  const names =
    spec.signature.style === 'function'
      ? [spec.signature.name, 'Solution']
      : [spec.signature.className];
  const entries = names.map(
    (name) => `${name}: typeof ${name} === 'undefined' ? undefined : ${name}`,
  );
  // One line after the candidate's last line, so every line number stays the candidate's own.
  return `\n;module.exports = { ${entries.join(', ')} };\n`;
}

const OOM_PATTERN = /heap out of memory|Allocation failed|Reached heap limit|process out of memory/;

function runStep(input: WarmStepInput): PreparedProgram['run'] {
  const nodePath = input.toolchain.binaries.node;
  if (nodePath === undefined) throw new Error('node toolchain without a node binary');
  // No V8 flags (--max-old-space-size, --max-semi-space-size...): any of them makes V8 reject
  // Node's built-in code cache, so every internal module the harness loads after start (the CJS
  // loader's path for `require(solution)`) compiles from source: +15-25 ms per verdict, measured.
  // The memory limit is the cgroup's (or RLIMIT_DATA without one), whose kill reads as Memory
  // Limit Exceeded just the same.
  return {
    argv: [nodePath, join(input.boxDir, 'runner.cjs')],
    env: { HOME: '/tmp', TMPDIR: '/tmp', LANG: 'C.UTF-8' },
    readOnlyPaths: input.toolchain.readOnlyPaths,
  };
}

async function prepare(input: PrepareInput, typescript: boolean): Promise<PreparedProgram> {
  let code = input.source;
  let sourceMap: SourceMap | null = null;
  let compileError: PreparedProgram['compileError'] = null;
  if (typescript) {
    try {
      const result = await transform(input.source, {
        loader: 'ts',
        format: 'cjs',
        sourcemap: 'external',
        sourcefile: 'solution.ts',
        target: 'node20',
      });
      code = result.code;
      sourceMap = new SourceMap(
        JSON.parse(result.map) as ConstructorParameters<typeof SourceMap>[0],
      );
    } catch (error) {
      const failure = error as {
        errors?: { text: string; location: { line: number; column: number } | null }[];
      };
      const first = failure.errors?.[0];
      compileError = {
        message:
          (failure.errors ?? [])
            .map(
              (e) =>
                `solution.ts${e.location === null ? '' : `:${String(e.location.line)}:${String(e.location.column)}`}: ${e.text}`,
            )
            .join('\n') || String(error),
        line: first?.location?.line ?? null,
      };
    }
  }
  await writeFile(join(input.hostDir, 'solution.js'), code + exportTrailer(input.spec));
  await copyHarness('runner.cjs', input.hostDir);
  const solutionPath = join(input.boxDir, 'solution.js');
  return {
    compileError,
    compile: null,
    run: runStep({
      toolchain: input.toolchain,
      boxDir: input.boxDir,
      memoryLimitMb: input.spec.limits.memoryLimitMb,
    }),
    solutionPath,
    runtimeOverheadMb: 160,
    fallbackMemoryKind: 'data',
    startupMs: 5000,
    mapLine: (error) => {
      if (typeof error.line === 'number') return error.line;
      const found = lineFromStack(error.stack ?? '', solutionPath);
      if (found === null) return null;
      if (sourceMap === null) return found.line;
      const entry = sourceMap.findEntry(found.line - 1, found.column - 1) as {
        originalLine?: number;
      };
      return typeof entry.originalLine === 'number' ? entry.originalLine + 1 : null;
    },
    isOutOfMemory: (stderr) => OOM_PATTERN.test(stderr),
  };
}

const warm = { pool: 'node', harness: 'runner.cjs', fallbackMemoryKind: 'data' as const, runStep };
export const javascriptRuntime: LanguageRuntime = {
  prepare: (input) => prepare(input, false),
  warm,
};
export const typescriptRuntime: LanguageRuntime = {
  prepare: (input) => prepare(input, true),
  warm,
};
