/**
 * Python 3: the harness (harness/runner.py) compiles the candidate's file
 * itself, so a syntax error comes back as a Compile Error with its line, and
 * tracebacks are matched against the candidate's file name.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyHarness } from '../harness-host/files';
import type { LanguageRuntime, PreparedProgram, SandboxStep, WarmStepInput } from './language';

function runStep(input: WarmStepInput): SandboxStep {
  const python = input.toolchain.binaries.python;
  if (python === undefined) throw new Error('python toolchain without an interpreter');
  // -I: ignore PYTHON* variables and the user site; -S: skip site (faster start); -B: no .pyc writes.
  return {
    argv: [python, '-I', '-S', '-B', join(input.boxDir, 'runner.py')],
    env: { HOME: '/tmp', TMPDIR: '/tmp', LANG: 'C.UTF-8' },
    readOnlyPaths: input.toolchain.readOnlyPaths,
  };
}

export const pythonRuntime: LanguageRuntime = {
  async prepare(input): Promise<PreparedProgram> {
    const run = runStep({
      toolchain: input.toolchain,
      boxDir: input.boxDir,
      memoryLimitMb: input.spec.limits.memoryLimitMb,
    });
    await writeFile(join(input.hostDir, 'solution.py'), input.source);
    await copyHarness('runner.py', input.hostDir);
    return {
      compileError: null,
      compile: null,
      run,
      solutionPath: join(input.boxDir, 'solution.py'),
      runtimeOverheadMb: 48,
      fallbackMemoryKind: 'as',
      startupMs: 5000,
      mapLine: (error) => (typeof error.line === 'number' ? error.line : null),
      isOutOfMemory: (stderr) => /MemoryError/.test(stderr),
    };
  },
  warm: { pool: 'python', harness: 'runner.py', fallbackMemoryKind: 'as', runStep },
};
