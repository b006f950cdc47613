/**
 * Python 3: the harness (harness/runner.py) compiles the candidate's file
 * itself, so a syntax error comes back as a Compile Error with its line, and
 * tracebacks are matched against the candidate's file name.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { harnessFile } from '../harness/files';
import type { LanguageRuntime, PreparedProgram } from './language';

export const pythonRuntime: LanguageRuntime = {
  async prepare(input): Promise<PreparedProgram> {
    const python = input.toolchain.binaries.python;
    if (python === undefined) throw new Error('python toolchain without an interpreter');
    await writeFile(join(input.hostDir, 'solution.py'), input.source);
    await copyFile(harnessFile('runner.py'), join(input.hostDir, 'runner.py'));
    return {
      compileError: null,
      compile: null,
      // -I: ignore PYTHON* variables and the user site; -S: skip site (faster start); -B: no .pyc writes.
      run: { argv: [python, '-I', '-S', '-B', join(input.boxDir, 'runner.py')], env: { HOME: '/tmp', TMPDIR: '/tmp', LANG: 'C.UTF-8' }, readOnlyPaths: input.toolchain.readOnlyPaths },
      solutionPath: join(input.boxDir, 'solution.py'),
      runtimeOverheadMb: 48,
      fallbackMemoryKind: 'as',
      startupMs: 5000,
      mapLine: (error) => (typeof error.line === 'number' ? error.line : null),
      isOutOfMemory: (stderr) => /MemoryError/.test(stderr),
    };
  },
};
